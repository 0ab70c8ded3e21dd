#include "core/register_problem.hpp"

#include "core/column_letters.hpp"
#include "core/error.hpp"
#include "core/register_columns.hpp"
#include "core/register_mapping.hpp"
#include "core/text_folding.hpp"

namespace relance {

namespace {

RegisterProblem problemOn(const std::string& sheet, RegisterProblemKind kind)
{
    RegisterProblem problem;
    problem.kind = kind;
    problem.sheet = sheet;
    return problem;
}

std::optional<RegisterProblem> storedMappingProblem(const std::string& sheet, std::string_view storedMapping)
{
    RegisterLayout stored;
    try {
        stored = parseRegisterMapping(storedMapping);
    } catch (const InvalidArgument& refused) {
        RegisterProblem problem = problemOn(sheet, RegisterProblemKind::StoredMappingRefused);
        problem.detail = refused.what();
        return problem;
    }
    if (const auto missing = stored.columns.missingRequiredFields(); !missing.empty()) {
        RegisterProblem problem = problemOn(sheet, RegisterProblemKind::MissingColumns);
        problem.fields = missing;
        return problem;
    }
    return std::nullopt;
}

std::optional<RegisterProblem> detectionProblem(const std::string& sheet, const SheetSnapshot& cells)
{
    const HeaderDetection detection = detectRegisterColumns(cells);
    if (!detection.headerRow)
        return problemOn(sheet, RegisterProblemKind::NoHeaderRow);
    if (!detection.ambiguous.empty()) {
        // One at a time: the person settles it in the Invoices panel, then sees the next.
        const AmbiguousField& first = detection.ambiguous.front();
        RegisterProblem problem = problemOn(sheet, RegisterProblemKind::AmbiguousColumn);
        problem.fields = {first.field};
        for (const HeaderCell& candidate : first.candidates)
            problem.columns.push_back(columnLetters(candidate.column) + " “" + candidate.text + "”");
        return problem;
    }
    if (!detection.missingFields.empty()) {
        RegisterProblem problem = problemOn(sheet, RegisterProblemKind::MissingColumns);
        problem.fields = detection.missingFields;
        return problem;
    }
    return std::nullopt;
}

} // namespace

std::optional<RegisterProblem> layoutProblem(const std::string& sheet, const SheetSnapshot& cells,
                                             std::string_view storedMapping)
{
    // The same decision as resolveRegisterLayout: a stored mapping, when
    // there is one, is the only one looked at.
    return trimmedText(storedMapping).empty() ? detectionProblem(sheet, cells)
                                              : storedMappingProblem(sheet, storedMapping);
}

std::optional<RegisterProblem> readingProblem(const std::string& sheet, const RegisterReading& reading)
{
    if (!reading.problems.empty()) {
        RegisterProblem problem = problemOn(sheet, RegisterProblemKind::UnreadableCells);
        problem.count = static_cast<int>(reading.problems.size());
        for (std::size_t i = 0; i < reading.problems.size() && i < listedCellProblems; ++i)
            problem.cells.push_back(reading.problems[i]);
        return problem;
    }
    if (reading.records.empty())
        return problemOn(sheet, RegisterProblemKind::NoDataRows);
    return std::nullopt;
}

} // namespace relance
