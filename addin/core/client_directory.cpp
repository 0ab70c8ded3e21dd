#include "core/client_directory.hpp"

#include "core/register_vocabulary.hpp"
#include "core/text_folding.hpp"

#include <array>
#include <cmath>

namespace relance {

namespace {

std::optional<ClientColumn> columnOfHeader(const std::string& header)
{
    for (const RegisterVocabulary& language : registerVocabulary())
        for (std::size_t column = 0; column < clientColumnCount; ++column)
            for (const std::string_view synonym : language.clientHeaders[column])
                if (foldedEqual(header, synonym))
                    return static_cast<ClientColumn>(column);
    return std::nullopt;
}

std::map<ClientColumn, int> headerColumns(const SheetSnapshot& sheet)
{
    std::map<ClientColumn, int> columns;
    for (int column = 0; column < sheet.columnCount(); ++column) {
        const SheetCell& cell = sheet.cell(0, column);
        if (cell.kind != CellKind::Text)
            continue;
        if (const auto found = columnOfHeader(cell.text))
            columns.emplace(*found, column); // the first column of a kind wins
    }
    return columns;
}

std::string cellText(const SheetCell& cell)
{
    switch (cell.kind) {
    case CellKind::Text: return std::string(trimmedText(cell.text));
    case CellKind::Number:
        if (cell.number == std::floor(cell.number) && std::fabs(cell.number) < 1e15)
            return std::to_string(static_cast<long long>(cell.number));
        return std::to_string(cell.number);
    case CellKind::Empty: break;
    }
    return {};
}

std::string lowerAscii(std::string text)
{
    for (char& c : text)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return text;
}

std::string upperAscii(std::string text)
{
    for (char& c : text)
        if (c >= 'a' && c <= 'z')
            c = static_cast<char>(c - 'a' + 'A');
    return text;
}

/// The English name the post of every country understands on a cross-border letter.
std::string countryName(const std::string& code)
{
    static const std::array<std::pair<std::string_view, std::string_view>, 16> names = {{
        {"AT", "AUSTRIA"}, {"BE", "BELGIUM"}, {"CH", "SWITZERLAND"}, {"DE", "GERMANY"}, {"DK", "DENMARK"},
        {"ES", "SPAIN"}, {"FR", "FRANCE"}, {"GB", "UNITED KINGDOM"}, {"IE", "IRELAND"}, {"IT", "ITALY"},
        {"LU", "LUXEMBOURG"}, {"NL", "NETHERLANDS"}, {"PL", "POLAND"}, {"PT", "PORTUGAL"}, {"SE", "SWEDEN"},
        {"US", "UNITED STATES"},
    }};
    for (const auto& [known, name] : names)
        if (code == known)
            return std::string(name);
    return code;
}

} // namespace

std::optional<ClientAddress> ClientDirectory::find(const std::string& client) const
{
    const auto found = byName_.find(foldedKey(client));
    if (found == byName_.end())
        return std::nullopt;
    return found->second;
}

void ClientDirectory::add(ClientAddress address)
{
    const std::string key = foldedKey(address.name);
    byName_.emplace(key, std::move(address));
}

bool looksLikeClientSheet(const SheetSnapshot& sheet)
{
    const auto columns = headerColumns(sheet);
    return columns.count(ClientColumn::Name) &&
           (columns.count(ClientColumn::Street) || columns.count(ClientColumn::Postcode) ||
            columns.count(ClientColumn::City));
}

ClientDirectory readClientDirectory(const SheetSnapshot& sheet)
{
    const auto columns = headerColumns(sheet);
    const auto text = [&](int row, ClientColumn column) {
        const auto found = columns.find(column);
        return found == columns.end() ? std::string() : cellText(sheet.cell(row, found->second));
    };
    ClientDirectory directory;
    for (int row = 1; row < sheet.rowCount(); ++row) {
        ClientAddress address{text(row, ClientColumn::Name),     text(row, ClientColumn::Street),
                              text(row, ClientColumn::Postcode), text(row, ClientColumn::City),
                              upperAscii(text(row, ClientColumn::Country)), text(row, ClientColumn::Email),
                              lowerAscii(text(row, ClientColumn::Language))};
        if (!address.name.empty())
            directory.add(std::move(address));
    }
    return directory;
}

std::vector<std::string> addressLines(const ClientAddress& address, const std::string& senderCountry)
{
    std::vector<std::string> lines;
    if (!address.street.empty())
        lines.push_back(address.street);
    const bool postcodeLast = address.country == "GB" || address.country == "IE";
    if (postcodeLast) {
        if (!address.city.empty())
            lines.push_back(address.city);
        if (!address.postcode.empty())
            lines.push_back(address.postcode);
    } else {
        std::string line = address.postcode;
        if (!address.city.empty())
            line += (line.empty() ? "" : " ") + address.city;
        if (!line.empty())
            lines.push_back(line);
    }
    if (!address.country.empty() && address.country != upperAscii(senderCountry))
        lines.push_back(countryName(address.country));
    return lines;
}

} // namespace relance
