#pragma once
// Letters never go out anonymous: every command that writes one (reminder
// letters, the payment-plan agreement) checks the letterhead first.
#include "ui/command_call.hpp"
#include "ui/ui_texts.hpp"

namespace relance::ui {

/// Returns when the settings name a sender and an address. Otherwise an
/// interactive call offers to open the settings (CommandCancelled when the
/// person declines), and a silent call, or a letterhead still empty after
/// the settings, is refused with letters/letterhead_missing.
void requireLetterhead(const CommandCall& call, const UiTexts& texts);

} // namespace relance::ui
