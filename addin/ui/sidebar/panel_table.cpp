// Which content each panel name of Sidebar.xcu (catalog/ui_xcu.cpp's
// sidebarPanels) gets.
#include "ui/sidebar/panels.hpp"

#include <string_view>

namespace relance::ui {

std::unique_ptr<PanelContent> makePanelContent(const std::string& name, const PanelEnvironment& environment)
{
    struct Entry {
        std::string_view name;
        std::unique_ptr<PanelContent> (*make)(const PanelEnvironment&);
    };
    static constexpr Entry panels[] = {{"Overview", makeOverviewPanel},   {"Invoices", makeInvoicesPanel},
                                       {"Compute", makeComputePanel},     {"Reminders", makeRemindersPanel},
                                       {"PaymentPlan", makePaymentPlanPanel}, {"Settings", makeSettingsPanel}};
    for (const Entry& panel : panels)
        if (panel.name == name)
            return panel.make(environment);
    return nullptr;
}

} // namespace relance::ui
