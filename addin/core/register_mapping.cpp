#include "core/register_mapping.hpp"

#include "core/column_letters.hpp"
#include "core/error.hpp"
#include "core/text_folding.hpp"

#include <array>
#include <charconv>

namespace relance {

namespace {

constexpr std::string_view headerKey = "header";

// Calc's last row (1-based): 1048576 rows since LibreOffice 7.4.
constexpr int maximumRowNumber = 1048576;

int parseHeaderRow(std::string_view value)
{
    int row = 0;
    const auto result = std::from_chars(value.data(), value.data() + value.size(), row);
    if (value.empty() || result.ec != std::errc() || result.ptr != value.data() + value.size() || row < 1 ||
        row > maximumRowNumber)
        throw InvalidArgument("stored mapping: header row '" + std::string(value) +
                              "' is not a row number from 1 to " + std::to_string(maximumRowNumber));
    return row - 1;
}

} // namespace

std::string registerMappingText(const RegisterLayout& layout)
{
    std::string text = std::string(headerKey) + "=" + std::to_string(layout.headerRow + 1);
    for (const RegisterField field : allRegisterFields())
        if (const auto column = layout.columns.column(field))
            text += ";" + std::string(fieldKey(field)) + "=" + columnLetters(*column);
    return text;
}

RegisterLayout parseRegisterMapping(std::string_view text)
{
    RegisterLayout layout;
    bool sawHeader = false;
    std::array<bool, registerFieldCount> seen{};
    std::string_view rest = text;
    while (!rest.empty()) {
        const std::size_t end = rest.find(';');
        const std::string_view entry = trimmedText(rest.substr(0, end));
        rest = end == std::string_view::npos ? std::string_view() : rest.substr(end + 1);
        if (entry.empty()) {
            if (rest.empty() && trimmedText(text).back() == ';')
                break; // a trailing ';' (and spaces)
            throw InvalidArgument("stored mapping: empty entry in '" + std::string(text) + "'");
        }
        const std::size_t equals = entry.find('=');
        if (equals == std::string_view::npos)
            throw InvalidArgument("stored mapping: '" + std::string(entry) + "' is not key=column");
        const std::string_view key = trimmedText(entry.substr(0, equals));
        const std::string_view value = trimmedText(entry.substr(equals + 1));
        if (key == headerKey) {
            if (sawHeader)
                throw InvalidArgument("stored mapping: header given twice");
            layout.headerRow = parseHeaderRow(value);
            sawHeader = true;
            continue;
        }
        const auto field = fieldFromKey(key);
        if (!field)
            throw InvalidArgument("stored mapping: unknown field '" + std::string(key) + "'");
        if (seen[fieldIndex(*field)])
            throw InvalidArgument("stored mapping: field '" + std::string(key) + "' given twice");
        seen[fieldIndex(*field)] = true;
        int column = 0;
        try {
            column = columnFromLetters(value);
        } catch (const InvalidArgument& error) {
            throw InvalidArgument("stored mapping: " + std::string(key) + ": " + error.what());
        }
        try {
            layout.columns.assign(*field, column);
        } catch (const InvalidArgument& error) {
            throw InvalidArgument(std::string("stored mapping: ") + error.what());
        }
    }
    if (!sawHeader)
        throw InvalidArgument("stored mapping: no header row (header=<row>) in '" + std::string(text) + "'");
    return layout;
}

ResolvedLayout resolveRegisterLayout(const SheetSnapshot& sheet, std::string_view storedMapping)
{
    if (!trimmedText(storedMapping).empty()) {
        RegisterLayout stored = parseRegisterMapping(storedMapping);
        const auto missing = stored.columns.missingRequired();
        if (!missing.empty()) {
            std::string message = "stored mapping: missing column";
            for (std::size_t i = 0; i < missing.size(); ++i)
                message += (i ? ", " : ": ") + missing[i];
            throw InvalidArgument(message);
        }
        return {std::move(stored), LayoutSource::StoredMapping};
    }
    return {detectRegisterColumns(sheet).layout(), LayoutSource::HeaderDetection};
}

} // namespace relance
