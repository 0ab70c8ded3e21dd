#include "core/register_columns.hpp"

#include "core/column_letters.hpp"
#include "core/error.hpp"
#include "core/register_synonyms.hpp"

#include <algorithm>
#include <array>

namespace relance {

namespace {

struct RowMatches {
    std::array<std::vector<HeaderCell>, registerFieldCount> byField;
    std::vector<HeaderCell> unrecognised;

    int distinctFields() const
    {
        return static_cast<int>(std::count_if(byField.begin(), byField.end(),
                                              [](const auto& cells) { return !cells.empty(); }));
    }
};

RowMatches matchRow(const SheetSnapshot& sheet, int row)
{
    RowMatches matches;
    for (int column = 0; column < sheet.columnCount(); ++column) {
        const SheetCell& cell = sheet.cell(row, column);
        if (cell.kind != CellKind::Text)
            continue;
        HeaderCell header{column, cell.text};
        if (const auto field = fieldOfHeader(cell.text))
            matches.byField[fieldIndex(*field)].push_back(std::move(header));
        else
            matches.unrecognised.push_back(std::move(header));
    }
    return matches;
}

// Fewer than two recognised fields is a title or a note, not a header row.
constexpr int minimumHeaderFields = 2;

} // namespace

HeaderDetection detectRegisterColumns(const SheetSnapshot& sheet, int searchRows)
{
    HeaderDetection detection;
    int bestRow = -1;
    int bestScore = minimumHeaderFields - 1;
    RowMatches best;
    for (int row = 0; row < std::min(searchRows, sheet.rowCount()); ++row) {
        RowMatches matches = matchRow(sheet, row);
        const int score = matches.distinctFields();
        if (score > bestScore) { // strictly more: the earliest row wins a tie
            bestRow = row;
            bestScore = score;
            best = std::move(matches);
        }
    }
    if (bestRow < 0) {
        detection.missing = ColumnMapping().missingRequired();
        detection.missingFields = ColumnMapping().missingRequiredFields();
        return detection;
    }

    detection.headerRow = bestRow;
    detection.unrecognised = std::move(best.unrecognised);
    ColumnMapping withAmbiguous; // ambiguous fields count as present for `missing`
    for (const RegisterField field : allRegisterFields()) {
        auto& cells = best.byField[fieldIndex(field)];
        if (cells.empty())
            continue;
        withAmbiguous.assign(field, cells.front().column);
        if (cells.size() == 1)
            detection.columns.assign(field, cells.front().column);
        else
            detection.ambiguous.push_back({field, std::move(cells)});
    }
    detection.missing = withAmbiguous.missingRequired();
    detection.missingFields = withAmbiguous.missingRequiredFields();
    return detection;
}

std::vector<std::string> HeaderDetection::problems(int searchedRows) const
{
    std::vector<std::string> sentences;
    if (!headerRow) {
        sentences.push_back("no header row found in rows 1 to " + std::to_string(searchedRows));
        return sentences;
    }
    for (const auto& ambiguity : ambiguous) {
        std::string sentence = std::string(fieldName(ambiguity.field)) + ": several columns match:";
        for (std::size_t i = 0; i < ambiguity.candidates.size(); ++i)
            sentence += (i ? ", " : " ") + columnLetters(ambiguity.candidates[i].column) + " '" +
                        ambiguity.candidates[i].text + "'";
        sentences.push_back(std::move(sentence));
    }
    for (const auto& name : missing)
        sentences.push_back("missing column: " + name);
    return sentences;
}

RegisterLayout HeaderDetection::layout() const
{
    if (!complete()) {
        std::string message = "the register's columns are not clear: ";
        const auto sentences = problems();
        for (std::size_t i = 0; i < sentences.size(); ++i)
            message += (i ? "; " : "") + sentences[i];
        throw InvalidArgument(message);
    }
    return {*headerRow, columns};
}

} // namespace relance
