#pragma once
// Relance's settings in LibreOffice's configuration (/org.relance.calc.Settings),
// read and written one value at a time, for the options pages. The reminder
// run reads them all at once through uno/settings_reader.hpp.
#include <com/sun/star/container/XHierarchicalNameAccess.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

namespace relance::ui {

class SettingsAccess {
public:
    /// Opens the settings for update.
    explicit SettingsAccess(const css::uno::Reference<css::uno::XComponentContext>& context);

    /// The value at "Group/Name" ("Letterhead/Name"), void when absent.
    css::uno::Any get(const char* path) const;
    /// Changes the value at "Group/Name"; nothing is stored before commit().
    void set(const char* path, const css::uno::Any& value);
    /// Stores the changes: they hold for every document and survive a restart.
    void commit();

private:
    css::uno::Reference<css::container::XHierarchicalNameAccess> m_access;
};

} // namespace relance::ui
