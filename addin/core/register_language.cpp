#include "core/register_language.hpp"

#include "core/register_synonyms.hpp"

#include <map>
#include <vector>

namespace relance {

std::optional<std::string> registerHeaderLanguage(const SheetSnapshot& sheet, const RegisterLayout& layout)
{
    std::map<std::string_view, int> votes;
    std::vector<std::string_view> firstSeen; // languages in the order of their first header
    for (int column = 0; column < sheet.columnCount(); ++column) {
        const SheetCell& cell = sheet.cell(layout.headerRow, column);
        if (cell.kind != CellKind::Text)
            continue;
        for (const std::string_view language : languagesOfHeader(cell.text)) {
            if (votes[language]++ == 0)
                firstSeen.push_back(language);
        }
    }
    std::optional<std::string> chosen;
    int most = 0;
    for (const std::string_view language : firstSeen)
        if (votes[language] > most) {
            most = votes[language];
            chosen = std::string(language);
        }
    return chosen;
}

} // namespace relance
