#include "letters/letter_plain_text.hpp"

#include <algorithm>
#include <cstddef>

namespace relance {

namespace {

/// Columns a UTF-8 string takes in a monospaced terminal: one per code point
/// (the letters hold no wide or combining characters).
std::size_t displayWidth(const std::string& text)
{
    return static_cast<std::size_t>(
        std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

std::string padded(const std::string& text, std::size_t width, ColumnAlignment alignment)
{
    const std::string fill(width - std::min(width, displayWidth(text)), ' ');
    return alignment == ColumnAlignment::End ? fill + text : text + fill;
}

void appendLines(std::string& out, const std::vector<std::string>& lines)
{
    for (const std::string& line : lines)
        out += line + "\n";
}

void appendTable(std::string& out, const LetterTable& table)
{
    std::vector<std::size_t> widths(table.header.size(), 0);
    auto measure = [&](const std::vector<std::string>& row) {
        for (std::size_t i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], displayWidth(row[i]));
    };
    measure(table.header);
    for (const auto& row : table.rows)
        measure(row);
    if (table.totalRow)
        measure(*table.totalRow);

    auto line = [&](const std::vector<std::string>& row) {
        std::string text;
        for (std::size_t i = 0; i < row.size() && i < widths.size(); ++i) {
            const ColumnAlignment alignment = i < table.alignment.size() ? table.alignment[i] : ColumnAlignment::Start;
            text += "  " + padded(row[i], widths[i], alignment);
        }
        while (!text.empty() && text.back() == ' ')
            text.pop_back();
        out += text + "\n";
    };
    std::size_t total = 0;
    for (std::size_t width : widths)
        total += width + 2;
    const std::string rule = "  " + std::string(total - 2, '-') + "\n";
    line(table.header);
    out += rule;
    for (const auto& row : table.rows)
        line(row);
    if (table.totalRow) {
        out += rule;
        line(*table.totalRow);
    }
}

} // namespace

std::string plainText(const RenderedLetter& letter)
{
    std::string out;
    appendLines(out, letter.senderLines);
    out += "\n";
    appendLines(out, letter.recipientLines);
    out += "\n";
    if (!letter.deliveryMention.empty())
        out += letter.deliveryMention + "\n\n";
    out += letter.placeAndDate + "\n\n";
    out += letter.subject + "\n\n";
    if (!letter.salutation.empty())
        out += letter.salutation + "\n\n";
    for (const LetterBlock& block : letter.blocks) {
        if (const auto* paragraph = std::get_if<LetterParagraph>(&block))
            out += paragraph->text + "\n\n";
        else if (const auto* code = std::get_if<LetterPaymentCode>(&block)) {
            appendLines(out, code->caption); // the picture has no text
            out += "\n";
        } else {
            appendTable(out, std::get<LetterTable>(block));
            out += "\n";
        }
    }
    if (!letter.closing.empty())
        out += letter.closing + "\n\n";
    for (const SignatureBlock& signature : letter.signatures) {
        appendLines(out, signature.lines);
        out += "\n";
    }
    return out;
}

} // namespace relance
