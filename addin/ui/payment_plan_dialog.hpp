#pragma once
// The "Payment Plan" dialog: the client (one of those with an overdue debt),
// the amount (that debt by default), the number of payments, the months
// between them, the first date and the day of the month, the annual rate,
// and whether to write the agreement letter too. It only gathers the
// choices; the command checks and does the work.
#include "core/serial_date.hpp"
#include "ui/ui_texts.hpp"

#include <com/sun/star/frame/XFrame.hpp>

#include <functional>
#include <optional>
#include <vector>

namespace relance::ui {

struct PlanChoice {
    rtl::OUString client;
    double amount = 0;
    sal_Int32 count = 0;
    sal_Int32 periodMonths = 1;
    Date firstDate;
    sal_Int32 dayOfMonth = 0;        ///< 0: the first date's
    double annualRatePercent = 0;    ///< as typed: 5 for 5 %
    bool agreement = false;
};

struct PlanDialogSetup {
    std::vector<rtl::OUString> clients;             ///< those with an overdue debt
    std::optional<std::size_t> selected;            ///< the client of the register's selected row, if listed
    std::function<double(const rtl::OUString&)> debtOf; ///< a client's default amount
    Date asOf;                                      ///< what the debt is as of
    PlanChoice defaults;                            ///< count, months, first date, day, rate, agreement
    /// Why the choice cannot be carried out (shown, the dialog stays open), or nothing.
    std::function<std::optional<rtl::OUString>(const PlanChoice&)> refusal;
};

/// Shows the dialog; empty when the person cancels.
std::optional<PlanChoice> askPaymentPlan(const css::uno::Reference<css::uno::XComponentContext>& context,
                                         const css::uno::Reference<css::frame::XFrame>& frame,
                                         const PlanDialogSetup& setup, const UiTexts& texts);

} // namespace relance::ui
