#pragma once
// What the status (or dispute) column of a register says about an invoice,
// recognised in every language of the register vocabulary
// (register_vocabulary.hpp) after folding case, accents, punctuation and
// spaces.
#include <optional>
#include <string_view>

namespace relance {

enum class InvoiceStatus {
    Open,        ///< an empty cell, or "open", "ouvert", "offen", "impayé" ...
    Paid,        ///< said to be paid: no reminder whatever the amounts say
    PartlyPaid,  ///< informative: the paid amount decides what is owed
    Disputed,    ///< no reminder while the dispute lasts (litige, strittig ...)
    PaymentPlan, ///< a payment plan is in force: no reminder (échéancier, Ratenzahlung ...)
};

/// The status a cell's text names; Open for blank text; nullopt for text
/// that is none of the known words (the row reader reports it: a status
/// Relance does not understand is not silently taken as open).
std::optional<InvoiceStatus> invoiceStatusFromText(std::string_view text);

/// True for a status column headed by the dispute itself ("Litige",
/// "Disputed", "Strittig", "En litigio", "Contestata", "Betwist" ...): its
/// cells may then be a yes or a no rather than a status word.
bool isDisputeHeader(std::string_view header);

/// The status a cell of such a dispute column gives: a yes ("oui", "yes",
/// "ja", "sí", "x", "1" ...) is Disputed, a no ("non", "no", "nein", "nee",
/// "0" ...) or blank is Open; any other text is read as invoiceStatusFromText
/// reads it.
std::optional<InvoiceStatus> disputeStatusFromText(std::string_view text);

/// "open", "paid", "partly paid", "disputed", "payment plan" (for messages).
std::string_view invoiceStatusName(InvoiceStatus status);

} // namespace relance
