#include "core/applicable_rate.hpp"

#include "core/error.hpp"

namespace relance {

namespace {

constexpr std::int64_t halfPoint = 500'000; // 0.5 percentage point in units of 1e-8

// Up to the next multiple of `step`, toward +infinity (12.25 % -> 12.50 %,
// 12.50 % stays, -0.30 % -> 0.00 %).
std::int64_t roundedUp(std::int64_t units, std::int64_t step)
{
    const std::int64_t remainder = units % step; // C++: takes the sign of `units`
    if (remainder == 0)
        return units;
    return remainder > 0 ? units - remainder + step : units - remainder;
}

} // namespace

Date fixingDate(const LatePaymentRule& rule, Date day)
{
    const auto ymd = day.year_month_day();
    const bool firstHalf = ymd.month <= 6;
    switch (rule.fixing) {
    case RateFixing::HalfYear:
        return Date(ymd.year, firstHalf ? 1 : 7, 1);
    case RateFixing::BeforeInterestStarts:
        // SI 2002/1675 art. 4: interest starting 1 January-30 June takes the
        // rate of the preceding 31 December, 1 July-31 December that of 30 June.
        return firstHalf ? Date(static_cast<unsigned short>(ymd.year - 1), 12, 31) : Date(ymd.year, 6, 30);
    case RateFixing::Contractual:
        break;
    }
    return day;
}

AppliedRate rateFixedOn(const LatePaymentRule& rule, Date fixing, const RateTable* table)
{
    if (rule.fixing == RateFixing::Contractual || !table)
        return {rule.margin, fixing, false};
    return appliedRate(rule, table->rateOn(fixing), fixing, *table);
}

AppliedRate appliedRate(const LatePaymentRule& rule, AnnualRate reference, Date fixing, const RateTable& table)
{
    std::int64_t units = reference.scaledUnits() * rule.multiplier + rule.margin.scaledUnits();
    if (rule.rounding == RateRounding::UpToHalfPoint)
        units = roundedUp(units, halfPoint);
    return {AnnualRate::fromScaledUnits(units), fixing, table.isPastValidThrough(fixing)};
}

AppliedRate rateFixedOn(const LatePaymentRule& rule, Date fixing, const RateTables& tables)
{
    const RateTable* table = rule.fixing == RateFixing::Contractual ? nullptr : &tables.table(rule.referenceSource);
    return rateFixedOn(rule, fixing, table);
}

AppliedRate lateRate(const LatePaymentRule& rule, Date day, const RateTables& tables)
{
    return rateFixedOn(rule, fixingDate(rule, day), tables);
}

} // namespace relance
