#pragma once
// The ISO 11649 structured creditor reference ("RF reference") a payment
// quotes so that it can be matched to the letter that asked for it: "RF",
// two check digits (ISO 7064 MOD 97-10, as for an IBAN) and up to 21 letters
// and digits chosen by the creditor. Relance chooses them from the client
// and the letter (letterReferenceBase), so the same letter always gets the
// same reference and the journal can record it.
#include "core/serial_date.hpp"

#include <string>
#include <string_view>

namespace relance {

/// "RF" + check digits + `base`. `base` is 1 to 21 ASCII letters and digits
/// (lower case is taken as upper case). Throws InvalidArgument otherwise.
std::string creditorReference(std::string_view base);

/// True when `reference` (spaces allowed, as printed) is "RF", two digits and
/// 1 to 21 letters and digits whose check digits verify: the string moved
/// round (the first four characters to the end), letters as numbers (A=10
/// ... Z=35), is 1 modulo 97.
bool isValidCreditorReference(std::string_view reference);

/// The reference as printed: in groups of four, "RF18 5390 0754 7034".
std::string groupedReference(std::string_view reference);

/// The part of the reference a letter chooses, 13 characters: six base-36
/// digits of the 64-bit FNV-1a hash of the client's folded name (text_folding:
/// case, accents, spaces and punctuation do not count), then the letter's
/// date as YYMMDD and its reminder level (1 to 4). A client gets one letter
/// a run, so client, date and level tell the letters apart; the journal keeps
/// the reference beside the client, so matching a payment never needs the
/// hash to be undone.
std::string letterReferenceBase(std::string_view client, Date letterDate, int level);

} // namespace relance
