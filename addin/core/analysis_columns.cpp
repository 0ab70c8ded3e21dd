#include "core/analysis_columns.hpp"

#include "core/cell_reading.hpp"
#include "core/column_letters.hpp"
#include "core/error.hpp"
#include "core/text_folding.hpp"

#include <algorithm>

namespace relance {

namespace {

/// The analysis column a header text names, if any.
std::optional<AnalysisColumn> analysisColumnOfHeading(const std::string& text,
                                                      const PerAnalysisColumn<std::vector<std::string>>& headings)
{
    for (const AnalysisColumn column : allAnalysisColumns())
        for (const std::string& heading : headings[analysisIndex(column)])
            if (foldedEqual(text, heading))
                return column;
    return std::nullopt;
}

/// The register's last column: its last mapped column, and the headed
/// columns right of it up to the first empty header cell or analysis column.
int registerEnd(const SheetSnapshot& sheet, const RegisterLayout& layout,
                const PerAnalysisColumn<std::vector<std::string>>& headings)
{
    int end = 0;
    for (const RegisterField field : allRegisterFields())
        if (const auto column = layout.columns.column(field))
            end = std::max(end, *column);
    while (end + 1 < sheet.columnCount()) {
        const std::string header = textInCell(sheet.cell(layout.headerRow, end + 1));
        if (header.empty() || analysisColumnOfHeading(header, headings))
            break;
        ++end;
    }
    return end;
}

/// True when nothing is written in `column` from the header row down.
bool emptyColumn(const SheetSnapshot& sheet, int column, int headerRow, int lastRow)
{
    const int end = std::max(lastRow + 1, sheet.rowCount());
    for (int row = headerRow; row < end; ++row)
        if (!sheet.cell(row, column).isEmpty())
            return false;
    return true;
}

} // namespace

const std::array<AnalysisColumn, analysisColumnCount>& allAnalysisColumns()
{
    static constexpr std::array<AnalysisColumn, analysisColumnCount> columns{
        AnalysisColumn::DaysLate, AnalysisColumn::Level, AnalysisColumn::Interest, AnalysisColumn::Fee,
        AnalysisColumn::TotalDue};
    return columns;
}

AnalysisPlacement placeAnalysisColumns(const SheetSnapshot& sheet, const RegisterLayout& layout,
                                       const PerAnalysisColumn<std::vector<std::string>>& headings, int lastRow,
                                       int lastColumn)
{
    AnalysisPlacement placement;
    int start = registerEnd(sheet, layout, headings) + 1;
    for (int column = 0; column < sheet.columnCount(); ++column) {
        if (layout.columns.fieldAt(column))
            continue;
        const auto found = analysisColumnOfHeading(textInCell(sheet.cell(layout.headerRow, column)), headings);
        if (found && !placement.existing[analysisIndex(*found)]) {
            placement.existing[analysisIndex(*found)] = true;
            placement.columns[analysisIndex(*found)] = column;
            start = std::max(start, column + 1);
        }
    }
    const auto missing =
        static_cast<int>(std::count(placement.existing.begin(), placement.existing.end(), false));
    // The first run of `missing` empty columns from `start` on.
    int first = start;
    for (int column = start; column < first + missing; ++column) {
        if (column > lastColumn)
            throw InvalidArgument("no room for the analysis columns right of the register: column " +
                                  columnLetters(lastColumn) + " is the sheet's last");
        if (!emptyColumn(sheet, column, layout.headerRow, lastRow))
            first = column + 1;
    }
    for (const AnalysisColumn column : allAnalysisColumns())
        if (!placement.existing[analysisIndex(column)])
            placement.columns[analysisIndex(column)] = first++;
    return placement;
}

} // namespace relance
