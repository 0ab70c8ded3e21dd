#include "ui/command_table.hpp"

#include <array>

namespace relance::ui {

namespace {

constexpr std::array<CommandEntry, 9> commands{{
    {"WriteLetters", writeLettersCommand},       // Relance ▸ Write Reminder Letters…
    {"PaymentPlan", paymentPlanCommand},         // Relance ▸ Payment Plan…
    {"AnalysisColumns", analysisColumnsCommand}, // Relance ▸ Add Analysis Columns
    {"FreezeAsOf", freezeAsOfCommand},           // Relance ▸ Freeze the As-of Date
    {"FollowToday", followTodayCommand},         // Relance ▸ Follow Today's Date
    {"Settings", settingsCommand},               // Relance ▸ Settings…
    {"Help", helpCommand},                       // the dialogs' Help buttons: the manual
    {"Overview", overviewCommand},               // the sidebar's Overview panel (reads only)
    {"RegisterMapping", registerMappingCommand}, // the sidebar's Invoices panel: the column mapping
}};

} // namespace

const CommandEntry* findCommand(std::string_view name)
{
    for (const CommandEntry& command : commands)
        if (command.name == name)
            return &command;
    return nullptr;
}

} // namespace relance::ui
