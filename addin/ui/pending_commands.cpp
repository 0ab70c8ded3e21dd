// Commands whose windows are being built: they refuse with a reason rather
// than do nothing.
#include "core/error.hpp"
#include "ui/command_table.hpp"

namespace relance::ui {

css::uno::Any paymentPlanCommand(const CommandCall&) { throw InvalidArgument("PaymentPlan: not available yet"); }
css::uno::Any analysisColumnsCommand(const CommandCall&) { throw InvalidArgument("AnalysisColumns: not available yet"); }

} // namespace relance::ui
