#pragma once
// Relance's commands: every action a person can take, whatever calls it
// (menu, toolbar, sidebar, Basic, tests), is one entry here, dispatched as
// vnd.relance:<Name> by the command handler.
#include "ui/command_call.hpp"

#include <com/sun/star/uno/Any.hxx>

#include <string_view>

namespace relance::ui {

/// Runs the command and returns its result (the files written, the sheet
/// created...). Throws InvalidArgument with the reason when it refuses, and
/// CommandCancelled when the person closed a dialog with Cancel.
using CommandFunction = css::uno::Any (*)(const CommandCall&);

struct CommandEntry {
    std::string_view name;
    CommandFunction run;
};

struct CommandCancelled {};

/// The command called `name` ("WriteLetters"), or null.
const CommandEntry* findCommand(std::string_view name);

// The commands, each in a file of its own.
css::uno::Any writeLettersCommand(const CommandCall& call);
css::uno::Any paymentPlanCommand(const CommandCall& call);
css::uno::Any analysisColumnsCommand(const CommandCall& call);
css::uno::Any freezeAsOfCommand(const CommandCall& call);
css::uno::Any followTodayCommand(const CommandCall& call);
css::uno::Any settingsCommand(const CommandCall& call);
css::uno::Any helpCommand(const CommandCall& call);
css::uno::Any overviewCommand(const CommandCall& call);
css::uno::Any registerMappingCommand(const CommandCall& call);

} // namespace relance::ui
