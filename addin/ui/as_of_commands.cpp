// Relance ▸ Freeze the As-of Date / Follow Today's Date: RELANCE_ASOF holds a
// fixed date for a run of letters, or =TODAY() again.
#include "core/error.hpp"
#include "ui/as_of_cell.hpp"
#include "ui/command_table.hpp"
#include "ui/ui_texts.hpp"
#include "ui/undo_step.hpp"

#include <cmath>

namespace relance::ui {

css::uno::Any freezeAsOfCommand(const CommandCall& call)
{
    const auto document = call.document();
    const UiTexts texts(call.context());
    const UndoStep step(document, texts.text("undo/freeze_as_of"));
    const auto cell = ensureAsOfCell(document, texts.text("as_of/label"));
    // Date: a serial of the document; left out, the date the cell shows now
    // (today, when it follows today): "keep today's figures".
    double serial = cell->getValue();
    if (call.has("Date") && !(call.argument("Date") >>= serial))
        throw InvalidArgument("FreezeAsOf: Date must be a date serial number");
    if (!std::isfinite(serial) || serial < 1 || serial > 2958465) // 9999-12-31 with the 1899-12-30 null date
        throw InvalidArgument("FreezeAsOf: the date is not a valid date");
    cell->setValue(std::floor(serial));
    return css::uno::Any(std::floor(serial));
}

css::uno::Any followTodayCommand(const CommandCall& call)
{
    const auto document = call.document();
    const UiTexts texts(call.context());
    const UndoStep step(document, texts.text("undo/follow_today"));
    ensureAsOfCell(document, texts.text("as_of/label"))->setFormula("=TODAY()");
    return css::uno::Any(true);
}

} // namespace relance::ui
