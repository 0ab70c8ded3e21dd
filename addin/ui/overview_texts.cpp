#include "ui/overview_texts.hpp"

namespace relance::ui {

namespace {

std::string joined(const std::vector<std::string>& items)
{
    std::string text;
    for (std::size_t i = 0; i < items.size(); ++i)
        text += (i ? ", " : "") + items[i];
    return text;
}

/// The name a missing field goes by: a due date may also be computed from
/// the issue date and the terms, and the message says so.
std::string missingFieldLabel(RegisterField field, const LetterCatalog& catalog)
{
    return field == RegisterField::DueDate ? catalog.text("overview/due_or_terms") : fieldLabel(field, catalog);
}

std::string cellsText(const RegisterProblem& problem)
{
    std::vector<std::string> cells;
    for (const CellProblem& cell : problem.cells)
        cells.push_back(cell.text());
    std::string text = joined(cells);
    if (problem.count > static_cast<int>(problem.cells.size()))
        text += ", …";
    return text;
}

} // namespace

const char* registerProblemKindName(RegisterProblemKind kind)
{
    switch (kind) {
    case RegisterProblemKind::NoDocument: return "NoDocument";
    case RegisterProblemKind::NoRegisterSheet: return "NoRegisterSheet";
    case RegisterProblemKind::NoHeaderRow: return "NoHeaderRow";
    case RegisterProblemKind::MissingColumns: return "MissingColumns";
    case RegisterProblemKind::AmbiguousColumn: return "AmbiguousColumn";
    case RegisterProblemKind::StoredMappingRefused: return "StoredMappingRefused";
    case RegisterProblemKind::MergedCells: return "MergedCells";
    case RegisterProblemKind::UnreadableCells: return "UnreadableCells";
    case RegisterProblemKind::NoDataRows: return "NoDataRows";
    case RegisterProblemKind::Failed: return "Failed";
    }
    return "Failed";
}

std::string fieldLabel(RegisterField field, const LetterCatalog& catalog)
{
    return catalog.text("overview/field/" + std::string(fieldKey(field)));
}

std::string registerProblemText(const RegisterProblem& problem, const LetterCatalog& catalog)
{
    MessageArguments arguments;
    arguments.text("sheet", problem.sheet);
    switch (problem.kind) {
    case RegisterProblemKind::NoDocument: return catalog.text("overview/no_document");
    case RegisterProblemKind::NoRegisterSheet: return catalog.text("overview/no_sheet");
    case RegisterProblemKind::NoHeaderRow: return catalog.format("overview/no_header", arguments);
    case RegisterProblemKind::MissingColumns: {
        std::vector<std::string> fields;
        for (const RegisterField field : problem.fields)
            fields.push_back(missingFieldLabel(field, catalog));
        return catalog.format("overview/missing",
                              arguments.number("count", static_cast<long>(fields.size())).text("fields", joined(fields)));
    }
    case RegisterProblemKind::AmbiguousColumn:
        return catalog.format("overview/ambiguous",
                              arguments.text("field", problem.fields.empty() ? "" : fieldLabel(problem.fields.front(), catalog))
                                  .text("columns", joined(problem.columns)));
    case RegisterProblemKind::StoredMappingRefused:
        return catalog.format("overview/stored_mapping", arguments.text("detail", problem.detail));
    case RegisterProblemKind::MergedCells:
        return catalog.format("overview/merged", arguments.text("range", problem.range));
    case RegisterProblemKind::UnreadableCells:
        return catalog.format("overview/unreadable",
                              arguments.number("count", problem.count).text("cells", cellsText(problem)));
    case RegisterProblemKind::NoDataRows: return catalog.format("overview/no_rows", arguments);
    case RegisterProblemKind::Failed: break;
    }
    return catalog.format("overview/failed", MessageArguments().text("detail", problem.detail));
}

std::string staleRatesText(const std::string& source, Date validThrough, Date asOf, const LetterCatalog& catalog)
{
    return catalog.format("overview/stale_rates",
                          MessageArguments().text("source", source).date("through", validThrough).date("asof", asOf));
}

std::string agingBucketCaption(const std::string& label, const LetterCatalog& catalog)
{
    if (label == "0")
        return catalog.text("overview/not_due");
    std::string range = label;
    if (const auto dash = range.find('-'); dash != std::string::npos)
        range.replace(dash, 1, "–"); // an en dash between the two bounds
    return catalog.format("overview/days_late", MessageArguments().text("range", range));
}

} // namespace relance::ui
