#pragma once
// A folder as people see it in a dialog (a system path they can read and
// type) and as LibreOffice keeps it (a file URL), and the folder picker that
// fills such a field.
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <rtl/ustring.hxx>

namespace relance::ui {

/// The system path of a file URL; any other text unchanged.
rtl::OUString pathOfFileUrl(const rtl::OUString& url);

/// The name of the file at `url`, as the file manager shows it ("Relance letters 2026-12-31.odt").
rtl::OUString fileNameOfUrl(const rtl::OUString& url);

/// The file URL of a system path; empty stays empty, a text that is not a
/// path unchanged.
rtl::OUString fileUrlOfPath(const rtl::OUString& path);

/// Lets the person choose a folder, starting from the one the edit field
/// `field` (a control model) shows, and writes the choice into it.
void pickFolderInto(const css::uno::Reference<css::uno::XComponentContext>& context,
                    const css::uno::Reference<css::beans::XPropertySet>& field, const rtl::OUString& title);

} // namespace relance::ui
