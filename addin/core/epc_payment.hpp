#pragma once
// The text of an EPC QR code ("GiroCode", "scan to pay"): a SEPA credit
// transfer as EPC069-12 version 002 sets it out, in UTF-8. Banking apps
// across the euro area read it and fill in the transfer. One field a line:
//
//   BCD            service tag
//   002            version (002: the BIC may be left out inside the EEA)
//   1              character set: 1 = UTF-8
//   SCT            SEPA credit transfer
//   BIC            8 or 11 characters, or empty
//   name           the beneficiary, at most 70 characters
//   IBAN           at most 34 characters, no spaces
//   EUR123.45      amount: "EUR", 0.01 to 999999999.99, at most 2 decimals
//   purpose        4-letter code, empty here
//   reference      structured creditor reference (ISO 11649), at most 35
//   text           or unstructured remittance, at most 140 characters
//
// Either the reference or the text is given, never both; the last field
// given ends the payload (no line break after it, nothing empty after it).
// The whole payload is at most 331 bytes.
#include "core/money.hpp"

#include <string>
#include <vector>

namespace relance {

struct EpcTransfer {
    std::string beneficiaryName;
    std::string iban;       ///< spaces allowed (as printed); removed in the payload
    std::string bic;        ///< may be empty
    Money amount = Money::fromMinorUnits(0, 2); ///< euros, 2 decimals
    std::string reference;  ///< ISO 11649 "RF..." (spaces allowed), or empty
    std::string text;       ///< unstructured remittance, or empty
};

/// The payload of the QR code. Throws InvalidArgument, naming the field and
/// its value, for what EPC069-12 does not allow: an empty or too long name,
/// an IBAN that is not one (length, letters, check digits), a BIC of the
/// wrong length, an amount out of range or not in cents, a reference that
/// does not verify, both a reference and a text, line breaks in a field.
std::string epcPayload(const EpcTransfer& transfer);

/// The invoice numbers as unstructured remittance: "F-1, F-2, F-3", cut
/// after the last whole number that fits in 140 characters ("F-1, F-2 …"
/// when they do not all fit).
std::string invoiceRemittanceText(const std::vector<std::string>& numbers);

/// True when `iban` (spaces allowed) is 15 to 34 letters and digits, starts
/// with two letters and two digits, and verifies (ISO 13616: MOD 97-10).
bool isValidIban(const std::string& iban);

} // namespace relance
