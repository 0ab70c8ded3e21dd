#pragma once
// The panels of the Relance deck, one file each.
#include "ui/sidebar/panel_content.hpp"

namespace relance::ui {

std::unique_ptr<PanelContent> makeOverviewPanel(const PanelEnvironment& environment);
std::unique_ptr<PanelContent> makeInvoicesPanel(const PanelEnvironment& environment);
std::unique_ptr<PanelContent> makeComputePanel(const PanelEnvironment& environment);
std::unique_ptr<PanelContent> makeRemindersPanel(const PanelEnvironment& environment);
std::unique_ptr<PanelContent> makePaymentPlanPanel(const PanelEnvironment& environment);
std::unique_ptr<PanelContent> makeSettingsPanel(const PanelEnvironment& environment);

} // namespace relance::ui
