#pragma once
// The words Relance reads in a register, one entry per language (en, fr, de,
// es, it, nl; the table is in register_vocabulary.cpp): the headers that name
// each column of the invoice table and of the client list, the words of the
// status column, the headers of a column that holds the dispute itself and
// the yes and no in its cells. They are data for reading: every word is
// recognised whatever the register's or the letter's language, after folding
// case, accents, punctuation and spaces (text_folding.hpp), so a table lists
// a spelling once. Reading registers in one more language is one entry.
#include "core/invoice_status.hpp"
#include "core/register_field.hpp"

#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace relance {

/// The columns of a client list (client_directory.hpp).
enum class ClientColumn { Name, Street, Postcode, City, Country, Email, Language };
constexpr std::size_t clientColumnCount = 7;

constexpr std::size_t invoiceStatusCount = 5; ///< InvoiceStatus' values, Open to PaymentPlan

using Words = std::vector<std::string_view>;

struct RegisterVocabulary {
    std::string_view language;                                  ///< ISO 639-1 code
    std::array<Words, registerFieldCount> fieldHeaders;         ///< by RegisterField
    std::array<Words, clientColumnCount> clientHeaders;         ///< by ClientColumn
    std::array<Words, invoiceStatusCount> statusWords;          ///< by InvoiceStatus
    Words disputeHeaders; ///< a status column headed by the dispute itself ("Litige", "Disputed")
    Words yes;            ///< a cell of such a column saying it is disputed
    Words no;             ///< ... or not
};

/// Every language's words, English first.
const std::vector<RegisterVocabulary>& registerVocabulary();

/// The vocabulary's languages for messages: "en, fr, de, es, it or nl".
std::string registerLanguageList();

} // namespace relance
