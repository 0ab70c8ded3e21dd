#pragma once
// A run of reminder letters, and its preview: what the commands, Basic and
// the batch share (reminder_run.cpp only converts to and from UNO).
//
// A run is all or nothing. First, with nothing written: the register read,
// the plan made, every letter assembled and rendered, every file name chosen
// in the folder (letter_files.hpp) -- a refusal there leaves no trace, not
// even the folder. Then the files are written and the journal recorded; if
// that fails, the files written so far and the folders created are removed.
#include "core/money.hpp"
#include "core/serial_date.hpp"

#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/task/XStatusIndicator.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <optional>
#include <string>
#include <vector>

namespace relance::uno {

struct LetterRunRequest {
    std::string folderUrl;                 ///< empty: the default folder (output_folder.hpp)
    css::uno::Any asOf;                    ///< a serial of the register, or void
    std::vector<std::string> leaveOut;     ///< clients to write no letter to this time
    css::uno::Reference<css::task::XStatusIndicator> progress; ///< may be null
    /// Instead of e-mail drafts, open the person's mail client with each
    /// letter attached (system_mail.hpp), once the run is written.
    bool sendByEmail = false;
};

struct LetterRunResult {
    std::string folder;                    ///< system path
    std::vector<std::string> files;        ///< URLs, the combined document first
    std::vector<std::string> summary;      ///< one line per client, then per cell not read
};

/// Writes the letters. Throws InvalidArgument (or a UNO exception) with
/// nothing left behind.
LetterRunResult writeReminderLetters(const css::uno::Reference<css::uno::XComponentContext>& context,
                                     const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                                     const LetterRunRequest& request);

/// One client of the preview: a letter (reason empty) or why none.
struct PreviewLine {
    std::string client;
    int level = 0;
    std::vector<std::string> invoices;
    Money totalDue = Money::fromMinorUnits(0, 2); ///< what the letter claims: balance, and interest and fees it states
    std::string totalDueText;              ///< in the letter's language, with the currency
    std::string language;
    std::string email;
    std::string reason;
    /// Why no letter, for the UI to say in its language: "" (a letter is
    /// due), "interval", "disputed", "plan", "paid" or "nothing".
    std::string reasonCode;
    std::optional<relance::Date> lastLetter; ///< "interval": the last letter's date
};

/// The clients who would get a letter, then those who would not, with why.
/// Writes nothing. Throws InvalidArgument for what a run would refuse.
std::vector<PreviewLine> previewReminderLetters(const css::uno::Reference<css::uno::XComponentContext>& context,
                                                const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                                                const css::uno::Any& asOf);

} // namespace relance::uno
