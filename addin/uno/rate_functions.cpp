// LATERATE and REFERENCERATE: the rate tables (shipped, or with the document's
// RELANCE_RATES rows) read for a day. Both accept whole columns.
#include "uno/argument_columns.hpp"
#include "uno/argument_conversion.hpp"
#include "uno/call_boundary.hpp"
#include "uno/document_rates.hpp"
#include "uno/relance_addin.hpp"
#include "uno/rule_argument.hpp"

#include "core/applicable_rate.hpp"

namespace relance::uno {

using css::uno::Any;

Any RelanceAddIn::getLateRate(const css::uno::Reference<css::beans::XPropertySet>& options, const AnyMatrix& rule,
                              const AnyMatrix& date)
{
    return callGuarded("LATERATE", static_cast<cppu::OWeakObject*>(this), [&] {
        const Date nullDate = nullDateOf(options);
        const ArgumentColumn rules(rule, "Rule"), dates(date, "Date");
        const DocumentRateTables tables = rateTablesFor(options, nullDate);
        return evaluateCells("LATERATE", {&rules, &dates}, [&](sal_Int32 row, sal_Int32 column) {
            return lateRate(statutoryRuleFrom(rules.at(row, column)),
                            requiredDate(dates.at(row, column), nullDate, "Date"), *tables.tables)
                .rate.toFraction();
        });
    });
}

Any RelanceAddIn::getReferenceRate(const css::uno::Reference<css::beans::XPropertySet>& options,
                                   const AnyMatrix& source, const AnyMatrix& date)
{
    return callGuarded("REFERENCERATE", static_cast<cppu::OWeakObject*>(this), [&] {
        const Date nullDate = nullDateOf(options);
        const ArgumentColumn sources(source, "Source"), dates(date, "Date");
        const DocumentRateTables tables = rateTablesFor(options, nullDate);
        return evaluateCells("REFERENCERATE", {&sources, &dates}, [&](sal_Int32 row, sal_Int32 column) {
            const std::optional<std::string> code = optionalText(sources.at(row, column), "Source");
            if (!code)
                throw InvalidArgument("Source is required: ECB, DE-BASIS, BOE, FR-LEGAL-PRO, "
                                      "FR-LEGAL-PART or NL-HANDELSRENTE");
            return tables.tables->table(*code)
                .rateOn(requiredDate(dates.at(row, column), nullDate, "Date"))
                .toFraction();
        });
    });
}

} // namespace relance::uno
