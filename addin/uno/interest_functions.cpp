// LATEINTEREST, LATEINTERESTDETAIL, BALANCEINTEREST and RECOVERYFEE: convert,
// call the core's engines, convert back. LATEINTEREST and RECOVERYFEE accept
// whole columns (argument_columns.hpp).
#include "uno/argument_columns.hpp"
#include "uno/argument_conversion.hpp"
#include "uno/call_boundary.hpp"
#include "uno/document_rates.hpp"
#include "uno/relance_addin.hpp"
#include "uno/rule_argument.hpp"
#include "uno/text_conversion.hpp"
#include "uno/today_result.hpp"

#include "core/balance_interest.hpp"
#include "core/interest_engine.hpp"
#include "core/recovery_fee.hpp"

namespace relance::uno {

namespace {

using css::uno::Any;
using css::uno::Reference;

/// True unless every cell of Rule is a contractual rate: only then can the
/// call do without the rate tables (and the document's RELANCE_RATES).
bool readsRateTables(const ArgumentColumn& rules)
{
    for (sal_Int32 row = 0; row < rules.rows(); ++row)
        for (sal_Int32 column = 0; column < rules.columns(); ++column) {
            const Any& rule = rules.at(row, column);
            double rate = 0;
            if (!(rule.getValueTypeClass() == css::uno::TypeClass_DOUBLE && (rule >>= rate) && rate != 0))
                return true;
        }
    return false;
}

/// The tables a call reads: none when every Rule is a contractual rate (so a
/// malformed RELANCE_RATES does not refuse a call that does not use it),
/// otherwise the document's.
DocumentRateTables tablesFor(const ArgumentColumn& rules, const Reference<css::beans::XPropertySet>& options,
                             Date nullDate)
{
    static const auto none = std::make_shared<const RateTables>();
    return readsRateTables(rules) ? rateTablesFor(options, nullDate) : DocumentRateTables{none, 0};
}

css::uno::Sequence<Any> detailRow(const InterestPeriod& period, Date nullDate)
{
    const std::string note = period.pastValidThrough
                                 ? "last known rate: the table is not known to be valid on " + isoText(period.fixingDate)
                                 : std::string();
    const Any cells[] = {Any(serialFromDate(period.from, nullDate)),
                         Any(serialFromDate(period.to, nullDate)),
                         Any(static_cast<double>(period.days)),
                         Any(period.rate.toFraction()),
                         Any(period.interest.toAmount()),
                         Any(toOUString(note))};
    return css::uno::Sequence<Any>(cells, 6);
}

/// Payments: a range of two columns (date, amount); blank rows are skipped.
std::vector<Payment> paymentsFrom(const AnyMatrix& range, Date nullDate)
{
    std::vector<Payment> payments;
    for (sal_Int32 index = 0; index < range.getLength(); ++index) {
        const auto& row = range[index];
        const std::string where = "Payments row " + std::to_string(index + 1);
        if (row.getLength() != 2)
            throw InvalidArgument("Payments must be two columns: the date and the amount of each payment");
        if (isBlank(row[0]) && isBlank(row[1]))
            continue;
        payments.push_back({requiredDate(row[0], nullDate, (where + ", the date,").c_str()),
                            requiredAmount(row[1], (where + ", the amount,").c_str())});
    }
    return payments;
}

/// One LATEINTEREST call, its arguments converted once. Called directly when
/// every date is given; copied into the volatile result only when one is left
/// out (the copy is what a plain call must not pay: this is the hot path of a
/// 100,000-row register).
struct LateInterestCall {
    ArgumentColumn amounts, dues, paidDates, rules, bases;
    Date nullDate;
    DocumentRateTables tables;
    std::optional<LatePaymentRule> sameRule; // a single Rule, read once rather than per cell

    Any operator()(Date asOfToday) const
    {
        const ColumnArguments arguments{&amounts, &dues, &paidDates, &rules, &bases};
        return evaluateCells("LATEINTEREST", arguments, [&](sal_Int32 row, sal_Int32 column) {
            const LatePaymentRule applied = sameRule ? *sameRule : ruleFrom(rules.at(row, column));
            const Date paidOn = optionalDate(paidDates.at(row, column), nullDate, "Paid").value_or(asOfToday);
            return lateInterest(requiredAmount(amounts.at(row, column), "Amount"),
                                requiredDate(dues.at(row, column), nullDate, "Due"), paidOn, applied,
                                optionalDayBasis(bases.at(row, column), applied.defaultBasis), *tables.tables)
                .total.toAmount();
        });
    }
};

} // namespace

Any RelanceAddIn::getLateInterest(const Reference<css::beans::XPropertySet>& options, const AnyMatrix& amount,
                                  const AnyMatrix& due, const Any& paid, const Any& rule, const Any& basis)
{
    return callGuarded("LATEINTEREST", static_cast<cppu::OWeakObject*>(this), [&] {
        const Date nullDate = nullDateOf(options);
        const ArgumentColumn rules(rule, "Rule");
        LateInterestCall call{ArgumentColumn(amount, "Amount"), ArgumentColumn(due, "Due"),
                              ArgumentColumn(paid, "Paid"), rules, ArgumentColumn(basis, "Basis"), nullDate,
                              tablesFor(rules, options, nullDate),
                              rules.isSingle() ? std::optional<LatePaymentRule>(ruleFrom(rules.at(0, 0)))
                                               : std::nullopt};
        const ColumnArguments arguments{&call.amounts, &call.dues, &call.paidDates, &call.rules, &call.bases};
        // countsToToday refuses ranges of different shapes at once
        return resultFollowing(countsToToday(call.paidDates, arguments),
                               [&] { return callKey("LATEINTEREST", nullDate, call.tables.generation, arguments); },
                               call);
    });
}

Any RelanceAddIn::getLateInterestDetail(const Reference<css::beans::XPropertySet>& options,
                                        const AnyMatrix& amount, const AnyMatrix& due, const Any& paid,
                                        const Any& rule, const Any& basis)
{
    return callGuarded("LATEINTERESTDETAIL", static_cast<cppu::OWeakObject*>(this), [&] {
        const Date nullDate = nullDateOf(options);
        const Money principal = requiredAmount(singleValue(amount, "Amount"), "Amount");
        const Date dueDate = requiredDate(singleValue(due, "Due"), nullDate, "Due");
        const LatePaymentRule applied = ruleFrom(rule);
        const DayBasis dayBasis = optionalDayBasis(basis, applied.defaultBasis);
        const DocumentRateTables tables = tablesFor(ArgumentColumn(rule, "Rule"), options, nullDate);
        const std::optional<Date> paidOn = optionalDate(paid, nullDate, "Paid");
        auto statementAsOf = [=](Date asOfToday) {
            const InterestStatement statement =
                lateInterest(principal, dueDate, paidOn.value_or(asOfToday), applied, dayBasis, *tables.tables);
            // Calc repeats a one-row matrix down the whole selection, which
            // would show a one-period statement (GB, or a short delay) as many
            // identical rows: a blank second row stops that.
            AnyMatrix rows(std::max<sal_Int32>(2, static_cast<sal_Int32>(statement.periods.size())));
            auto* row = rows.getArray();
            for (const InterestPeriod& period : statement.periods)
                *row++ = detailRow(period, nullDate);
            if (statement.periods.empty()) { // not late: one row of no interest
                const Any none[] = {Any(), Any(), Any(0.0), Any(), Any(0.0), Any(OUString())};
                *row++ = css::uno::Sequence<Any>(none, 6);
            }
            if (statement.periods.size() <= 1)
                *row = css::uno::Sequence<Any>(6);
            return Any(rows);
        };
        return resultFollowing(!paidOn, [&] {
            const ArgumentColumn amounts(amount, "Amount"), dues(due, "Due"), paidDates(paid, "Paid"),
                rules(rule, "Rule"), bases(basis, "Basis");
            return callKey("LATEINTERESTDETAIL", nullDate, tables.generation, {&amounts, &dues, &paidDates, &rules, &bases});
        }, statementAsOf);
    });
}

Any RelanceAddIn::getBalanceInterest(const Reference<css::beans::XPropertySet>& options, const AnyMatrix& amount,
                                     const AnyMatrix& due, const AnyMatrix& payments, const Any& asOf,
                                     const Any& rule, const Any& basis)
{
    return callGuarded("BALANCEINTEREST", static_cast<cppu::OWeakObject*>(this), [&] {
        const Date nullDate = nullDateOf(options);
        const Money principal = requiredAmount(singleValue(amount, "Amount"), "Amount");
        const Date dueDate = requiredDate(singleValue(due, "Due"), nullDate, "Due");
        const std::vector<Payment> paid = paymentsFrom(payments, nullDate);
        const LatePaymentRule applied = ruleFrom(rule);
        const DayBasis dayBasis = optionalDayBasis(basis, applied.defaultBasis);
        const DocumentRateTables tables = tablesFor(ArgumentColumn(rule, "Rule"), options, nullDate);
        const std::optional<Date> asOfDate = optionalDate(asOf, nullDate, "AsOf");
        auto interestAsOf = [=](Date asOfToday) {
            return Any(balanceInterest(principal, dueDate, paid, asOfDate.value_or(asOfToday), applied, dayBasis,
                                       *tables.tables)
                           .interest.toAmount());
        };
        return resultFollowing(!asOfDate, [&] {
            const ArgumentColumn amounts(amount, "Amount"), dues(due, "Due"), paymentRows(payments, "Payments"),
                rules(rule, "Rule"), bases(basis, "Basis");
            return callKey("BALANCEINTEREST", nullDate, tables.generation, {&amounts, &dues, &paymentRows, &rules, &bases});
        }, interestAsOf);
    });
}

Any RelanceAddIn::getRecoveryFee(const Reference<css::beans::XPropertySet>&, const AnyMatrix& amount,
                                 const Any& rule)
{
    return callGuarded("RECOVERYFEE", static_cast<cppu::OWeakObject*>(this), [&] {
        const ArgumentColumn amounts(amount, "Amount"), rules(rule, "Rule");
        return evaluateCells("RECOVERYFEE", {&amounts, &rules}, [&](sal_Int32 row, sal_Int32 column) {
            return recoveryFee(requiredAmount(amounts.at(row, column), "Amount"), ruleFrom(rules.at(row, column)))
                .toAmount();
        });
    });
}

} // namespace relance::uno
