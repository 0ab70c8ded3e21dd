#pragma once
// The reminder preview as the letters dialog and the sidebar's Reminders
// panel show it: one line per client in a list box -- "✓ client — level —
// invoices — total due — language" for a client due a letter ("✗" once left
// out), "— client: why no letter" for the others -- and which clients the
// person left out.
//
// A list box rather than a grid control: the letters dialog had a grid, and
// LibreOffice 7.4 was seen corrupting its heap when the dialog closed while
// an accessibility client (a screen reader's, the GUI tests') had walked the
// grid's cells.
#include "core/serial_date.hpp"
#include "ui/ui_texts.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <org/relance/ReminderPreviewRow.hpp>

#include <set>
#include <vector>

namespace relance::ui {

class ReminderPreviewList {
public:
    /// `list`: the list box's model. `intervalDays`: the settings' minimum
    /// days between two letters (said in the reasons).
    ReminderPreviewList(const UiTexts& texts, css::uno::Reference<css::beans::XPropertySet> list, Date nullDate,
                        long intervalDays);

    /// The document's day zero and the minimum days between letters, for the
    /// reasons' dates and days (they may change between two show()s).
    void setReasonContext(Date nullDate, long intervalDays);
    /// Shows `rows`; a client left out stays left out while it is due a letter.
    void show(const css::uno::Sequence<org::relance::ReminderPreviewRow>& rows);
    /// Leaves out (or takes back) the clients at the selected positions who are due a letter.
    void setWrites(const css::uno::Sequence<sal_Int16>& selected, bool write);
    long letterCount() const;
    std::vector<rtl::OUString> leftOut() const;

private:
    rtl::OUString line(const org::relance::ReminderPreviewRow& row) const;
    void showLines();

    const UiTexts& m_texts;
    css::uno::Reference<css::beans::XPropertySet> m_list;
    Date m_nullDate;
    long m_intervalDays;
    css::uno::Sequence<org::relance::ReminderPreviewRow> m_rows;
    std::set<rtl::OUString> m_leftOut;
};

/// Why the preview's client gets no letter, in the UI language (the row's
/// Reason when it has no ReasonCode).
rtl::OUString previewReasonText(const org::relance::ReminderPreviewRow& row, const UiTexts& texts, Date nullDate,
                                long intervalDays);

} // namespace relance::ui
