#include "core/interest_engine.hpp"

#include "core/accrual_calendar.hpp"
#include "core/error.hpp"

namespace relance {

namespace {

void checkDate(Date date, const char* argument)
{
    if (date.is_special() || date < earliestSupportedDate() || date > latestSupportedDate())
        throw InvalidArgument(std::string(argument) + " is not a date between 1583-01-01 and 9999-12-31");
}

} // namespace

InterestStatement lateInterest(Money amount, Date due, Date paid, const LatePaymentRule& rule, DayBasis basis,
                               const RateTables& tables)
{
    if (amount.isNegative())
        throw InvalidArgument("Amount (" + amount.toDecimalText() + ") must not be negative");
    checkDate(due, "Due");
    checkDate(paid, "Paid");
    const Money zero = Money::fromMinorUnits(0, amount.digits());
    InterestStatement statement{{}, zero};
    if (paid <= due)
        return statement;

    const Date start = due + boost::gregorian::days(1);
    const AccrualCalendar calendar(rule, basis, tables, start);
    const bool compounds = rule.compounding == Compounding::Yearly;
    int yearsElapsed = 0;
    std::optional<Date> anniversary = compounds ? anniversaryOf(start, 1) : std::nullopt;

    Money principal = amount;
    Money interestThisYear = zero;
    Date from = start;
    AccrualPiece piece = calendar.pieceAt(start);
    AccrualTerms terms = piece.terms;
    // Ends the open period on `to` and books its interest, rounded once.
    auto close = [&](Date to) {
        const long days = (to - from).days() + 1;
        const Money interest = simpleInterest(principal, terms.rate, days, terms.yearDays);
        statement.periods.push_back(
            {from, to, days, terms.rate, terms.yearDays, principal, interest, terms.fixingDate, terms.pastValidThrough});
        statement.total += interest;
        interestThisYear += interest;
    };

    while (true) {
        std::optional<Date> next = piece.nextChange;
        const bool atAnniversary = anniversary && (!next || *anniversary <= *next);
        if (atAnniversary)
            next = anniversary;
        if (!next || *next > paid) {
            close(paid);
            break;
        }
        const Date boundary = *next;
        piece = calendar.pieceAt(boundary);
        if (atAnniversary) {
            // art. 6:119a lid 3 BW: the year's interest joins the principal.
            close(boundary - boost::gregorian::days(1));
            principal += interestThisYear;
            interestThisYear = zero;
            anniversary = anniversaryOf(start, ++yearsElapsed + 1);
            from = boundary;
            terms = piece.terms;
        } else if (!piece.terms.accruesLike(terms)) {
            close(boundary - boost::gregorian::days(1));
            from = boundary;
            terms = piece.terms;
        }
    }
    return statement;
}

} // namespace relance
