#pragma once
// Relance's settings, read from LibreOffice's configuration
// (/org.relance.calc.Settings, packaging/registry/RelanceSettings.xcs).
#include "core/reminder_plan.hpp"
#include "letters/letter_assembly.hpp"

#include <com/sun/star/uno/XComponentContext.hpp>

#include <string>

namespace relance::uno {

struct OutputSettings {
    std::string folderUrl;     ///< empty: "Relance letters" next to the register
    bool onePdfPerClient = true;
    bool combinedDocument = true;
    bool emailDrafts = true;   ///< an .eml beside each client's PDF (email_draft.hpp)
    std::string templateUrl;   ///< empty: the letterhead shipped in the extension
};

struct RunSettings {
    LetterSettings letters;
    ReminderPolicy policy;
    OutputSettings output;
};

/// Reads every setting; a value the schema has but the user left empty keeps
/// its default. Throws InvalidArgument for thresholds that do not parse, naming them.
RunSettings readRunSettings(const css::uno::Reference<css::uno::XComponentContext>& context);

} // namespace relance::uno
