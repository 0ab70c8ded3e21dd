// Relance ▸ Payment Plan…: for the client of the register's selected row, the
// plan dialog (or, silent, the arguments), then a new sheet holding the
// schedule as a PAYMENTPLAN array formula, then, when asked, the agreement
// letter to sign.
//
// Silent arguments (tests, Basic): Client (default: the selected row's),
// Amount (default: the debt the agreement states), Count (default 6),
// PeriodMonths (0 or 1..12, default monthly), FirstDate (a serial; default
// one month after the as-of date), DayOfMonth (0..31), AnnualRate (a
// fraction, 0.05 for 5 %, as PAYMENTPLAN takes it), Agreement (bool), AsOf
// (a serial; default RELANCE_ASOF, else today). Returns the sheet's name,
// then the agreement's URL when one was written.
#include "core/error.hpp"
#include "core/month_steps.hpp"
#include "core/payment_plan_debt.hpp"
#include "core/payment_schedule.hpp"
#include "core/text_folding.hpp"
#include "ui/command_table.hpp"
#include "ui/folder_field.hpp"
#include "ui/letterhead_check.hpp"
#include "ui/message_box.hpp"
#include "ui/payment_plan_dialog.hpp"
#include "ui/payment_plan_sheet.hpp"
#include "uno/agreement_debt.hpp"
#include "uno/argument_conversion.hpp"
#include "uno/reminder_run.hpp"
#include "uno/text_conversion.hpp"

#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XSheetCellRangeContainer.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/view/XSelectionSupplier.hpp>

#include <algorithm>

namespace relance::ui {

namespace {

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY;
using rtl::OUString;


/// Where the selection starts: its first range's top-left corner.
std::optional<css::table::CellRangeAddress> selectionStart(const Reference<css::frame::XFrame>& frame)
{
    const Reference<css::frame::XController> controller = frame.is() ? frame->getController() : nullptr;
    const Reference<css::view::XSelectionSupplier> supplier(controller, UNO_QUERY);
    if (!supplier.is())
        return std::nullopt;
    const Any selection = supplier->getSelection();
    if (const Reference<css::sheet::XCellRangeAddressable> range{selection, UNO_QUERY}; range.is())
        return range->getRangeAddress();
    if (const Reference<css::sheet::XSheetCellRangeContainer> ranges{selection, UNO_QUERY}; ranges.is()) {
        const Sequence<css::table::CellRangeAddress> addresses = ranges->getRangeAddresses();
        if (addresses.hasElements())
            return addresses[0];
    }
    return std::nullopt; // a shape, a chart...
}

/// The client of the selected row when it is an invoice row of the register
/// (not its header, not blank).
std::optional<std::string> selectedClient(const Reference<css::frame::XFrame>& frame, const uno::RegisterRun& run)
{
    const auto start = selectionStart(frame);
    const auto column = run.sheets.layout.columns.column(RegisterField::Client);
    if (!start || !column)
        return std::nullopt;
    const auto registerSheet =
        Reference<css::sheet::XCellRangeAddressable>(run.sheets.invoices, UNO_QUERY)->getRangeAddress().Sheet;
    if (start->Sheet != registerSheet || start->StartRow <= run.sheets.layout.headerRow)
        return std::nullopt;
    const Reference<css::text::XText> cell(run.sheets.invoices->getCellByPosition(*column, start->StartRow), UNO_QUERY);
    const std::string client(trimmedText(uno::toUtf8(cell.is() ? cell->getString() : OUString())));
    return client.empty() ? std::nullopt : std::optional<std::string>(client);
}

/// The plan's terms, checked; the day of the month already applied to the first date.
PlanTerms checkedTerms(std::string client, Money amount, long count, long periodMonths, Date firstDate,
                       long dayOfMonth, double annualRate)
{
    if (amount.isNegative() || amount.isZero())
        throw InvalidArgument("Amount (" + amount.toDecimalText() + ") must be positive");
    if (count < 1 || count > maximumInstalmentCount)
        throw InvalidArgument("Count (" + std::to_string(count) + ") must be between 1 and " +
                              std::to_string(maximumInstalmentCount));
    if (periodMonths < 0 || periodMonths > 12)
        throw InvalidArgument("PeriodMonths (" + std::to_string(periodMonths) + ") must be between 0 and 12");
    if (!(annualRate >= 0 && annualRate <= 1))
        throw InvalidArgument("AnnualRate (" + std::to_string(annualRate) + ") must be between 0 and 1 (100 %)");
    return {std::move(client),
            amount,
            static_cast<int>(count),
            onDayOfMonth(firstDate, static_cast<int>(dayOfMonth)),
            periodMonths == 0 ? 1 : static_cast<int>(periodMonths),
            annualRate};
}

/// The agreement states the client's whole debt: a plan for another amount
/// would not match the letter signed with it.
std::optional<OUString> agreementMismatch(const PlanTerms& terms, Money debt, const UiTexts& texts)
{
    if (terms.amount == debt)
        return std::nullopt;
    return texts.format("plan/amount_differs", MessageArguments()
                                                   .text("client", terms.client)
                                                   .text("debt", debt.toDecimalText())
                                                   .text("amount", terms.amount.toDecimalText()));
}

struct PlanRequest {
    PlanTerms terms;
    bool agreement;
};

PlanRequest requestFromArguments(const CommandCall& call, const uno::RegisterRun& run,
                                 const std::optional<std::string>& selected, const UiTexts& texts)
{
    const std::optional<std::string> named = uno::optionalText(call.argument("Client"), "Client");
    if (!named && !selected)
        throw InvalidArgument(uno::toUtf8(texts.text("plan/no_client")));
    const std::string client = named ? *named : *selected;
    const Money debt = uno::agreementDebt(run, client);
    const std::optional<double> amount = uno::optionalNumber(call.argument("Amount"), "Amount");
    bool agreement = false;
    call.argument("Agreement") >>= agreement;
    const PlanRequest request{
        checkedTerms(client, amount ? Money::fromAmount(*amount, debt.digits()) : debt,
                     uno::optionalInteger(call.argument("Count"), "Count", 1, maximumInstalmentCount).value_or(defaultInstalmentCount),
                     uno::optionalInteger(call.argument("PeriodMonths"), "PeriodMonths", 0, 12).value_or(1),
                     uno::optionalDate(call.argument("FirstDate"), run.nullDate, "FirstDate")
                         .value_or(monthsAfter(run.letterDate, 1)),
                     uno::optionalInteger(call.argument("DayOfMonth"), "DayOfMonth", 0, 31).value_or(0),
                     uno::optionalNumber(call.argument("AnnualRate"), "AnnualRate").value_or(0.0)),
        agreement};
    if (agreement)
        if (const auto mismatch = agreementMismatch(request.terms, debt, texts))
            throw InvalidArgument(uno::toUtf8(*mismatch));
    return request;
}

std::optional<PlanRequest> requestFromDialog(const CommandCall& call, const uno::RegisterRun& run,
                                             const std::optional<std::string>& selected, const UiTexts& texts)
{
    PlanDialogSetup setup;
    for (const std::string& client : clientsWithPlanDebt(run.reading.records, run.letterDate))
        setup.clients.push_back(uno::toOUString(client));
    if (setup.clients.empty())
        throw InvalidArgument(
            uno::toUtf8(texts.format("plan/no_debtor", MessageArguments().date("date", run.letterDate))));
    if (selected) {
        const auto found = std::find_if(setup.clients.begin(), setup.clients.end(), [&](const OUString& client) {
            return foldedEqual(uno::toUtf8(client), *selected);
        });
        if (found != setup.clients.end())
            setup.selected = static_cast<std::size_t>(found - setup.clients.begin());
    }
    const auto debtOf = [&run](const OUString& client) { return uno::agreementDebt(run, uno::toUtf8(client)); };
    // Called when the person picks another client, inside a toolkit listener:
    // nothing may escape; a debt that cannot be computed shows as 0, and
    // Create then says why.
    setup.debtOf = [&](const OUString& client) {
        try {
            return debtOf(client).toAmount();
        } catch (const std::exception&) {
            return 0.0;
        }
    };
    setup.asOf = run.letterDate;
    setup.defaults.count = defaultInstalmentCount;
    setup.defaults.firstDate = monthsAfter(run.letterDate, 1);
    std::optional<PlanRequest> request;
    setup.refusal = [&](const PlanChoice& choice) -> std::optional<OUString> {
        try {
            const std::string client = uno::toUtf8(choice.client);
            const Money debt = debtOf(choice.client);
            request = PlanRequest{checkedTerms(client, Money::fromAmount(choice.amount, debt.digits()), choice.count,
                                               choice.periodMonths, choice.firstDate, choice.dayOfMonth,
                                               choice.annualRatePercent / 100),
                                  choice.agreement};
            return choice.agreement ? agreementMismatch(request->terms, debt, texts) : std::nullopt;
        } catch (const InvalidArgument& refused) {
            return uno::toOUString(refused.what());
        }
    };
    if (!askPaymentPlan(call.context(), call.frame(), setup, texts))
        return std::nullopt;
    return request;
}

} // namespace

Any paymentPlanCommand(const CommandCall& call)
{
    const auto document = call.document();
    const UiTexts texts(call.context());
    const uno::RegisterRun run = uno::readRegisterRun(call.context(), document, call.argument("AsOf"));
    const std::optional<std::string> selected = selectedClient(call.frame(), run);
    // The sidebar's Payment plan panel is the dialog's form: its call names the client.
    const std::optional<PlanRequest> request = call.interactive() && !call.has("Client")
                                                   ? requestFromDialog(call, run, selected, texts)
                                                   : requestFromArguments(call, run, selected, texts);
    if (!request)
        throw CommandCancelled();
    const PlanTerms& terms = request->terms;

    // The letter first: when it is refused (no letterhead, no folder for an
    // unsaved register), the register is left as it was.
    OUString agreementUrl;
    if (request->agreement) {
        requireLetterhead(call, texts);
        const Reference<org::relance::XReminderRun> reminders(new uno::ReminderRun(call.context()));
        agreementUrl = reminders->writePaymentPlanAgreement(
            document, uno::toOUString(terms.client), terms.count, Any(serialFromDate(terms.firstDate, run.nullDate)),
            terms.periodMonths, terms.annualRate, OUString(), Any(serialFromDate(run.letterDate, run.nullDate)));
    }
    const OUString sheet = addPaymentPlanSheet(run, terms, texts);
    if (call.interactive() && !agreementUrl.isEmpty())
        showMessage(call.context(), call.frame(),
                    texts.format("plan/agreement_written",
                                 MessageArguments().text("file", uno::toUtf8(pathOfFileUrl(agreementUrl)))));
    const OUString written[] = {sheet, agreementUrl};
    return Any(Sequence<OUString>(written, agreementUrl.isEmpty() ? 1 : 2));
}

} // namespace relance::ui
