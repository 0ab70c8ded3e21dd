#pragma once
// The e-mail that carries a letter as a PDF: its subject and short body in
// the letter's language, from the same catalogs as the letter (the "email"
// table; salutation and closing: "common").
#include "letters/letter_model.hpp"

#include <string>

namespace relance {

struct LetterEmailText {
    std::string subject; ///< "Formal notice: invoices F-1 and F-2"
    std::string body;    ///< salutation, what is attached and due, the reference, closing, signature
};

/// The amount the letter asks for: what is outstanding in the courtesy note
/// and the first reminder (they claim no interest or fee), the total due
/// (with interest and fees) from the second reminder on.
Money amountAsked(const LetterModel& model);

/// Throws InvalidArgument as renderLetter does for a language without a catalog.
LetterEmailText letterEmailText(const LetterModel& model, const std::string& catalogDirectory);

} // namespace relance
