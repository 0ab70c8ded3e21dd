#pragma once
// RELANCE_RATES: a document's own rate rows (source, effective date, rate),
// merged into the shipped tables (core/rate_override.hpp says how).
//
// Calc does not know that a formula depends on a named range the add-in reads
// behind its back, so the add-in keeps the merged tables per document and
// watches the range: a change to its cells (a modify listener on the range),
// or a new, removed or redefined RELANCE_RATES (checked at most once a
// second), makes the next call read it again. Cells computed before the change
// keep their values until they are recalculated: after editing the rates,
// recalculate with Ctrl+Shift+F9 (the README says so).
#include "core/rate_tables.hpp"
#include "core/serial_date.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>

#include <cstdint>
#include <memory>

namespace relance::uno {

struct DocumentRateTables {
    std::shared_ptr<const RateTables> tables;
    /// Changes whenever the tables do: part of the key of a result that
    /// follows today. 0 for the shipped tables.
    std::uint64_t generation = 0;
};

/// The tables for a call from `document` (the options Calc passes: the
/// document model). Throws InvalidArgument naming the RELANCE_RATES row at
/// fault when the document's rows are malformed, and when the shipped tables
/// cannot be read.
DocumentRateTables rateTablesFor(const css::uno::Reference<css::beans::XPropertySet>& document, Date nullDate);

/// The name of the range: what users type in Sheet ▸ Named Ranges.
inline constexpr const char* documentRatesRangeName = "RELANCE_RATES";

} // namespace relance::uno
