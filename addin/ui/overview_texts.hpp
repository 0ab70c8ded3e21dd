#pragma once
// What the Overview and Invoices panels say, in the UI language: a register
// problem (core/register_problem.hpp), the stale rate table warning, the
// register's fields and the aging buckets, from the UI catalogs'
// overview/ keys. No UNO here, so the unit tests check every language; the
// panels pass UiTexts::catalog().
#include "core/register_field.hpp"
#include "core/register_problem.hpp"
#include "core/serial_date.hpp"
#include "letters/letter_catalog.hpp"

#include <string>

namespace relance::ui {

/// The sentence that explains `problem` to the person at the register.
std::string registerProblemText(const RegisterProblem& problem, const LetterCatalog& catalog);

/// The kind's name for scripts ("MissingColumns"): the commands' ProblemKind.
const char* registerProblemKindName(RegisterProblemKind kind);

/// "The ECB rate table runs to 30 June 2026, before the as-of date ...".
std::string staleRatesText(const std::string& source, Date validThrough, Date asOf, const LetterCatalog& catalog);

/// The field's name in the Invoices panel: "Due date", "Date d’échéance" ...
std::string fieldLabel(RegisterField field, const LetterCatalog& catalog);

/// An aging bucket's caption from its label (agingBucketLabels): "0" is
/// "Not yet due", "31-60" is "31–60 days late", "91+" "91+ days late".
std::string agingBucketCaption(const std::string& label, const LetterCatalog& catalog);

} // namespace relance::ui
