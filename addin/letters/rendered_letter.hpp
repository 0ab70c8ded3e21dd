#pragma once
// A letter as finished text, ready to be laid out: what the Writer/PDF
// adapter places on the page. Every string is final UTF-8 in the letter's
// language; the adapter adds fonts, margins and page breaks, nothing else.
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace relance {

/// How a column's cells line up: text at the start, figures at the end.
enum class ColumnAlignment { Start, End };

struct LetterTable {
    std::vector<std::string> header;
    std::vector<ColumnAlignment> alignment; ///< one per column
    std::vector<std::vector<std::string>> rows;
    std::optional<std::vector<std::string>> totalRow; ///< set off from the body (bold, rule above)
};

struct LetterParagraph {
    std::string text;
};

/// The EPC QR code ("scan to pay") and the lines printed beside it.
struct LetterPaymentCode {
    std::string payload;              ///< the code's text (core/epc_payment.hpp)
    std::vector<std::string> caption; ///< "Scan with your banking app ...", the reference
};

/// A body block: a paragraph, a table or the payment code, in reading order.
using LetterBlock = std::variant<LetterParagraph, LetterTable, LetterPaymentCode>;

/// The lines signed under: one block for a letter, two side by side for the
/// agreement (creditor, debtor).
struct SignatureBlock {
    std::vector<std::string> lines;
};

struct RenderedLetter {
    std::vector<std::string> senderLines;    ///< letterhead: name, address, registration, VAT
    std::vector<std::string> recipientLines; ///< the window-envelope block
    std::string deliveryMention;             ///< "Lettre recommandée avec accusé de réception"; may be empty
    std::string placeAndDate;
    std::string subject;
    std::string salutation;                  ///< may be empty (the agreement has none)
    std::vector<LetterBlock> blocks;
    std::string closing;                     ///< may be empty (the agreement has none)
    std::vector<SignatureBlock> signatures;
};

} // namespace relance
