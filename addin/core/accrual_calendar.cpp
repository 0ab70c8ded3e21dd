#include "core/accrual_calendar.hpp"

namespace relance {

namespace {

constexpr int lastYear = 9999;

} // namespace

AccrualCalendar::AccrualCalendar(const LatePaymentRule& rule, DayBasis basis, const RateTables& tables,
                                 Date interestStart)
    : rule_(rule), basis_(basis), fixedForDebt_{rule.margin, interestStart, false}
{
    if (rule.fixing != RateFixing::Contractual)
        table_ = &tables.table(rule.referenceSource);
    if (rule.fixing == RateFixing::BeforeInterestStarts)
        fixedForDebt_ = rateFixedOn(rule, fixingDate(rule, interestStart), table_);
}

AccrualPiece AccrualCalendar::pieceAt(Date day) const
{
    // One conversion to year/month serves the fixing date, the year length
    // and the next boundary (it dominated the benchmark when done thrice).
    const auto ymd = day.year_month_day();
    const bool firstHalf = ymd.month <= 6;
    const bool lastYearReached = ymd.year >= lastYear;
    std::optional<Date> nextYear;
    if (!lastYearReached)
        nextYear = Date(static_cast<unsigned short>(ymd.year + 1), 1, 1);

    AccrualPiece piece{{fixedForDebt_.rate, yearLength(basis_, ymd.year), fixedForDebt_.pastValidThrough,
                        fixedForDebt_.fixingDate},
                       std::nullopt};
    if (rule_.fixing == RateFixing::HalfYear) {
        const AppliedRate applied = appliedRate(rule_, table_->rateOnHalfYearStart(ymd.year, !firstHalf),
                                                Date(ymd.year, firstHalf ? 1 : 7, 1), *table_);
        piece.terms.rate = applied.rate;
        piece.terms.pastValidThrough = applied.pastValidThrough;
        piece.terms.fixingDate = applied.fixingDate;
        piece.nextChange = firstHalf ? std::optional<Date>(Date(ymd.year, 7, 1)) : nextYear;
    } else if (basis_ == DayBasis::ActualActual) {
        piece.nextChange = nextYear;
    }
    return piece;
}

std::optional<Date> anniversaryOf(Date start, int years)
{
    const auto ymd = start.year_month_day();
    const int year = ymd.year + years;
    if (year > lastYear)
        return std::nullopt;
    const auto y = static_cast<unsigned short>(year);
    if (ymd.month == 2 && ymd.day == 29 && !boost::gregorian::gregorian_calendar::is_leap_year(y))
        return Date(y, 3, 1);
    return Date(y, ymd.month, ymd.day);
}

} // namespace relance
