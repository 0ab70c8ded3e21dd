#pragma once
// The sheet of Relance ▸ Payment Plan: the plan's terms in cells a person can
// edit, and the schedule as one PAYMENTPLAN array formula that refers to
// them, formatted as the register is (its dates, its amounts).
#include "core/money.hpp"
#include "core/serial_date.hpp"
#include "ui/ui_texts.hpp"
#include "uno/register_document.hpp"

#include <rtl/ustring.hxx>

namespace relance::ui {

struct PlanTerms {
    std::string client;
    Money amount;
    int count;            ///< instalments, 1..maximumInstalmentCount
    Date firstDate;       ///< already on the chosen day of the month
    int periodMonths;     ///< 1..12
    double annualRate;    ///< a fraction: 0.05 for 5 %
};

/// Adds the sheet "Plan <client>" (plan/sheet, made a valid, unused sheet
/// name) after the others, in one undo step titled undo/payment_plan, shows
/// it, and returns its name. In a hidden document the sheet's insertion is
/// left out of the undo step (an undo there would crash LibreOffice; see
/// appendSheet), its contents are not. Its layout (0-based rows and columns):
///  - A1 the title; the terms in H3:I7 (amount, count, first date, months,
///    annual rate), labelled in H;
///  - A3:F3 the headings, then Count rows of =PAYMENTPLAN($I$3;$I$4;$I$5;$I$6;$I$7)
///    entered as one array, then a row of totals (payments, interest, principal).
rtl::OUString addPaymentPlanSheet(const uno::RegisterRun& run, const PlanTerms& terms, const UiTexts& texts);

} // namespace relance::ui
