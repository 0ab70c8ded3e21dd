#pragma once
// LetterModel → RenderedLetter: the words of a reminder letter, from the ICU
// message catalogs of its language, with amounts, rates and dates formatted
// in its locale and the legal mentions of the creditor's jurisdiction.
#include "letters/letter_model.hpp"
#include "letters/rendered_letter.hpp"

#include <string>

namespace relance {

/// Writes `model` as a letter, reading the compiled catalogs (<language>.res)
/// from `catalogDirectory` (the extension's letters/ directory, or the build
/// tree's in tests).
///
/// What each kind contains is listed in letter_renderer.cpp. From the second
/// reminder on every letter carries the statement of account; the formal and
/// final notices add the legal basis, the fixed fee (when claimed), the
/// interest statement and the total in figures and in words.
///
/// Throws InvalidArgument, with the key and the language, for an unknown
/// language, a missing or broken message; and, naming the field, for a model
/// that cannot make a correct letter: no invoices, an unknown jurisdiction
/// or currency, a payment deadline not after the letter date, a GB letter
/// before action to an individual with less than the Protocol's 30 days, or
/// an agreement whose schedule does not repay exactly the acknowledged debt.
RenderedLetter renderLetter(const LetterModel& model, const std::string& catalogDirectory);

/// The kind of letter as its file name says it ("mise en demeure",
/// "Zahlungserinnerung"), in `language`: the creditor's, who files them.
/// Throws InvalidArgument for a language without a catalog.
std::string letterFileKind(LetterKind kind, const std::string& language, const std::string& catalogDirectory);

/// The catalog keyword of a kind: courtesy, first, second, formal, final,
/// agreement (also the name of its table in the catalogs).
const char* letterKindKeyword(LetterKind kind);

} // namespace relance
