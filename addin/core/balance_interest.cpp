#include "core/balance_interest.hpp"

#include "core/accrual_calendar.hpp"
#include "core/error.hpp"
#include "core/recovery_fee.hpp"

#include <algorithm>

namespace relance {

namespace {

void checkDate(Date date, const std::string& argument)
{
    if (date.is_special() || date < earliestSupportedDate() || date > latestSupportedDate())
        throw InvalidArgument(argument + " is not a date between 1583-01-01 and 9999-12-31");
}

// Payments up to `asOf`, one per day, in date order.
std::vector<Payment> paymentsByDay(const std::vector<Payment>& payments, Date asOf, int digits)
{
    std::vector<Payment> counted;
    for (std::size_t i = 0; i < payments.size(); ++i) {
        const Payment& payment = payments[i];
        const std::string row = "Payments row " + std::to_string(i + 1);
        checkDate(payment.date, row + ": the date");
        if (payment.amount.digits() != digits)
            throw InvalidArgument(row + ": the amount has " + std::to_string(payment.amount.digits()) +
                                  " decimals, the invoice " + std::to_string(digits));
        if (payment.amount.isNegative())
            throw InvalidArgument(row + ": the amount (" + payment.amount.toDecimalText() +
                                  ") must not be negative");
        if (payment.date <= asOf && !payment.amount.isZero())
            counted.push_back(payment);
    }
    std::stable_sort(counted.begin(), counted.end(),
                     [](const Payment& a, const Payment& b) { return a.date < b.date; });
    std::vector<Payment> byDay;
    for (const Payment& payment : counted) {
        if (!byDay.empty() && byDay.back().date == payment.date)
            byDay.back().amount += payment.amount;
        else
            byDay.push_back(payment);
    }
    return byDay;
}

// What is owed, by kind, and what a payment settles of it.
struct Ledger {
    Money principal;
    Money capitalized; // NL: interest added to the interest-bearing balance
    Money interest;    // accrued, not capitalized, not yet paid
    Money fee;
    Money overpayment;

    Money bearing() const { return principal + capitalized; }

    void credit(Money payment, CreditingOrder order)
    {
        auto settle = [&payment](Money& owed) {
            const Money part = min(owed, payment);
            owed -= part;
            payment -= part;
        };
        switch (order) {
        case CreditingOrder::CostsInterestPrincipal:
            settle(fee);
            settle(interest);
            settle(principal);
            settle(capitalized);
            break;
        case CreditingOrder::InterestFirst:
            settle(interest);
            settle(fee);
            settle(principal);
            settle(capitalized);
            break;
        case CreditingOrder::PrincipalFirst:
            settle(principal);
            settle(capitalized);
            settle(interest);
            settle(fee);
            break;
        }
        overpayment += payment;
    }
};

std::optional<Date> earliest(std::initializer_list<std::optional<Date>> dates)
{
    std::optional<Date> first;
    for (const std::optional<Date>& date : dates)
        if (date && (!first || *date < *first))
            first = date;
    return first;
}

} // namespace

BalanceStatement balanceInterest(Money amount, Date due, const std::vector<Payment>& payments, Date asOf,
                                 const LatePaymentRule& rule, DayBasis basis, const RateTables& tables)
{
    if (amount.isNegative())
        throw InvalidArgument("Amount (" + amount.toDecimalText() + ") must not be negative");
    checkDate(due, "Due");
    checkDate(asOf, "AsOf");
    const Money zero = Money::fromMinorUnits(0, amount.digits());
    const std::vector<Payment> byDay = paymentsByDay(payments, asOf, amount.digits());

    Ledger ledger{amount, zero, zero, zero, zero};
    BalanceStatement statement{{}, zero, zero, zero, zero, zero, zero};
    auto finish = [&]() {
        statement.principalOutstanding = ledger.principal;
        statement.interestOutstanding = ledger.interest + ledger.capitalized;
        statement.feeOutstanding = ledger.fee;
        statement.overpayment = ledger.overpayment;
        return statement;
    };

    // Before the due date only the principal is owed.
    std::size_t next = 0;
    for (; next < byDay.size() && byDay[next].date <= due; ++next)
        ledger.credit(byDay[next].amount, CreditingOrder::PrincipalFirst);
    if (asOf <= due || ledger.principal.isZero()) {
        // Nothing is late (yet): later payments, up to AsOf, are overpaid.
        for (; next < byDay.size(); ++next)
            ledger.credit(byDay[next].amount, CreditingOrder::PrincipalFirst);
        return finish();
    }

    const Date start = due + boost::gregorian::days(1);
    statement.fee = ledger.fee = recoveryFee(ledger.principal, rule);
    const AccrualCalendar calendar(rule, basis, tables, start);
    int yearsElapsed = 0;
    std::optional<Date> anniversary =
        rule.compounding == Compounding::Yearly ? anniversaryOf(start, 1) : std::nullopt;

    Date from = start;
    AccrualPiece piece = calendar.pieceAt(start);
    AccrualTerms terms = piece.terms;
    auto close = [&](Date to) {
        const long days = (to - from).days() + 1;
        const Money balance = ledger.bearing();
        const Money interest = simpleInterest(balance, terms.rate, days, terms.yearDays);
        statement.periods.push_back(
            {from, to, days, terms.rate, terms.yearDays, balance, interest, terms.fixingDate, terms.pastValidThrough});
        statement.interest += interest;
        ledger.interest += interest;
    };

    while (true) {
        // A payment on day P changes the balance from P + 1.
        const std::optional<Date> afterPayment =
            next < byDay.size() && byDay[next].date < asOf
                ? std::optional<Date>(byDay[next].date + boost::gregorian::days(1))
                : std::nullopt;
        const std::optional<Date> boundary = earliest({piece.nextChange, anniversary, afterPayment});
        if (!boundary || *boundary > asOf) {
            close(asOf);
            break;
        }
        const bool paymentEnds = afterPayment && *afterPayment == *boundary;
        const bool yearEnds = anniversary && *anniversary == *boundary;
        piece = calendar.pieceAt(*boundary);
        if (!paymentEnds && !yearEnds && piece.terms.accruesLike(terms))
            continue; // a half-year with the same rate: the period goes on
        close(*boundary - boost::gregorian::days(1));
        if (paymentEnds)
            ledger.credit(byDay[next++].amount, rule.crediting);
        if (yearEnds) {
            // art. 6:119a lid 3 BW: the year's unpaid interest bears interest from now on.
            ledger.capitalized += ledger.interest;
            ledger.interest = zero;
            anniversary = anniversaryOf(start, ++yearsElapsed + 1);
        }
        if (ledger.bearing().isZero())
            break; // paid off: no more interest, whatever is still owed
        from = *boundary;
        terms = piece.terms;
    }
    // Payments on AsOf, and those after the balance was paid off.
    for (; next < byDay.size(); ++next)
        ledger.credit(byDay[next].amount, rule.crediting);
    return finish();
}

} // namespace relance
