#pragma once
// The "Write Reminder Letters" dialog: the letters' date, the folder, and the
// clients who would get a letter (with a way to leave some out) or why they
// get none. It only gathers the choices; the reminder run does the work.
#include "ui/ui_texts.hpp"

#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <org/relance/XReminderRun.hpp>

#include <optional>
#include <vector>

namespace relance::ui {

struct LettersChoice {
    double asOf;                           ///< a serial of the register
    rtl::OUString folderUrl;
    std::vector<rtl::OUString> leftOut;    ///< clients the person left out
    bool sendByEmail = false;              ///< open the mail client with each letter instead of writing drafts
};

/// Shows the dialog; empty when the person cancels.
std::optional<LettersChoice> askLettersChoice(const css::uno::Reference<css::uno::XComponentContext>& context,
                                              const css::uno::Reference<css::frame::XFrame>& frame,
                                              const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                                              const css::uno::Reference<org::relance::XReminderRun>& run,
                                              const UiTexts& texts);

/// The closing message: what was written where, with a button that opens the folder.
void showLettersWritten(const css::uno::Reference<css::uno::XComponentContext>& context,
                        const css::uno::Reference<css::frame::XFrame>& frame,
                        const org::relance::ReminderRunResult& result, const UiTexts& texts);

} // namespace relance::ui
