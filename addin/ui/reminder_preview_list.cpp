#include "ui/reminder_preview_list.hpp"

#include "uno/text_conversion.hpp"

#include <algorithm>

namespace relance::ui {

using css::uno::Any;
using css::uno::Sequence;
using org::relance::ReminderPreviewRow;
using rtl::OUString;

namespace {

bool due(const ReminderPreviewRow& row) { return row.Reason.isEmpty(); }

} // namespace

ReminderPreviewList::ReminderPreviewList(const UiTexts& texts, css::uno::Reference<css::beans::XPropertySet> list,
                                         Date nullDate, long intervalDays)
    : m_texts(texts), m_list(std::move(list)), m_nullDate(nullDate), m_intervalDays(intervalDays)
{
}

void ReminderPreviewList::setReasonContext(Date nullDate, long intervalDays)
{
    m_nullDate = nullDate;
    m_intervalDays = intervalDays;
}

void ReminderPreviewList::show(const Sequence<ReminderPreviewRow>& rows)
{
    m_rows = rows;
    std::set<OUString> stillDue;
    for (const ReminderPreviewRow& row : rows)
        if (due(row) && m_leftOut.count(row.Client))
            stillDue.insert(row.Client);
    m_leftOut = std::move(stillDue);
    showLines();
}

void ReminderPreviewList::setWrites(const Sequence<sal_Int16>& selected, bool write)
{
    for (const sal_Int16 index : selected) {
        if (index < 0 || index >= m_rows.getLength() || !due(m_rows[index]))
            continue;
        if (write)
            m_leftOut.erase(m_rows[index].Client);
        else
            m_leftOut.insert(m_rows[index].Client);
    }
    showLines();
    m_list->setPropertyValue("SelectedItems", Any(selected));
}

long ReminderPreviewList::letterCount() const
{
    return static_cast<long>(std::count_if(m_rows.begin(), m_rows.end(), [this](const ReminderPreviewRow& row) {
        return due(row) && !m_leftOut.count(row.Client);
    }));
}

std::vector<OUString> ReminderPreviewList::leftOut() const { return {m_leftOut.begin(), m_leftOut.end()}; }

OUString ReminderPreviewList::line(const ReminderPreviewRow& row) const
{
    const OUString dash = uno::toOUString(" \u2014 ");
    if (!due(row))
        return uno::toOUString("\u2014 ") + row.Client + dash + previewReasonText(row, m_texts, m_nullDate, m_intervalDays);
    const std::string level = "levels/l" + std::to_string(std::clamp<sal_Int32>(row.Level, 1, 4));
    return uno::toOUString(m_leftOut.count(row.Client) ? "\u2717 " : "\u2713 ") + row.Client + dash +
           m_texts.text(level) + dash + row.Invoices + dash + row.TotalDueText +
           (row.Language.isEmpty() ? OUString() : dash + m_texts.text("languages/" + uno::toUtf8(row.Language)));
}

void ReminderPreviewList::showLines()
{
    Sequence<OUString> lines(m_rows.getLength());
    for (sal_Int32 i = 0; i < m_rows.getLength(); ++i)
        lines.getArray()[i] = line(m_rows[i]);
    m_list->setPropertyValue("StringItemList", Any(lines));
}

OUString previewReasonText(const ReminderPreviewRow& row, const UiTexts& texts, Date nullDate, long intervalDays)
{
    if (row.ReasonCode.isEmpty())
        return row.Reason;
    MessageArguments arguments;
    arguments.text("invoices", uno::toUtf8(row.Invoices)).number("days", intervalDays);
    if (row.LastLetter > 0)
        arguments.date("date", dateFromSerial(row.LastLetter, nullDate));
    return texts.format("letters/reason_" + uno::toUtf8(row.ReasonCode), arguments);
}

} // namespace relance::ui
