// The oracle cases, from outside the project: /work/shared/oracle/interest.csv
// (copied here row by row because CI has no /work/shared). Each must pass to
// the cent, with the periods its derivation column lists.
//
// id,function,rule,amount,due,paid,expected_interest,expected_fee,derivation
// fr-1,LATEINTEREST,FR,7500,2023-05-31,2023-08-15,209.38,40,"... 2023-06-01..2023-06-30: 30 d x 0.125 = 77.05; 2023-07-01..2023-08-15: 46 d x 0.14 = 132.33"
// de-1,LATEINTEREST,DE,20000,2024-06-10,2024-07-20,273.86,40,"... 2024-06-11..2024-06-30: 20 d x 0.1262 = 138.30; 2024-07-01..2024-07-20: 20 d x 0.1237 = 135.56"
// gb-1,LATEINTEREST,GB,15000,2025-05-31,2025-08-31,482.05,100,"... (31 Dec 2024: Bank Rate 4.75 %), act/365: 2025-06-01..2025-08-31: 92 d x 0.1275 = 482.05"
// eu-1,LATEINTEREST,EU,3000,2024-12-15,2025-01-14,28.94,40,"... 2024-12-16..2024-12-31: 16 d x 0.1225 = 16.11; 2025-01-01..2025-01-14: 14 d x 0.1115 = 12.83"
// fixed-1,LATEINTEREST,0.10 basis 360,2000,2025-03-01,2025-03-31,16.67,,"2000 x 0.10 x 30 / 360"
#include "core/interest_engine.hpp"
#include "core/recovery_fee.hpp"
#include "rate_test_support.hpp"

#include <gtest/gtest.h>

using namespace relance;
using relance::test::day;
using relance::test::eur;
using relance::test::shippedTables;

namespace {

struct OraclePeriod {
    Date from;
    Date to;
    long days;
    double rate;
    double interest;
};

struct OracleCase {
    const char* id;
    const char* rule; // nullptr: the contractual rate below
    double contractualRate;
    DayBasis basis;
    double amount;
    Date due;
    Date paid;
    double expectedInterest;
    double expectedFee; // < 0: no fee expected (blank in the oracle)
    std::vector<OraclePeriod> periods;
};

const std::vector<OracleCase>& oracleCases()
{
    static const std::vector<OracleCase> cases = {
        {"fr-1", "FR", 0, DayBasis::Actual365, 7500, day(2023, 5, 31), day(2023, 8, 15), 209.38, 40,
         {{day(2023, 6, 1), day(2023, 6, 30), 30, 0.125, 77.05}, {day(2023, 7, 1), day(2023, 8, 15), 46, 0.14, 132.33}}},
        {"de-1", "DE", 0, DayBasis::Actual365, 20000, day(2024, 6, 10), day(2024, 7, 20), 273.86, 40,
         {{day(2024, 6, 11), day(2024, 6, 30), 20, 0.1262, 138.30},
          {day(2024, 7, 1), day(2024, 7, 20), 20, 0.1237, 135.56}}},
        {"gb-1", "GB", 0, DayBasis::Actual365, 15000, day(2025, 5, 31), day(2025, 8, 31), 482.05, 100,
         {{day(2025, 6, 1), day(2025, 8, 31), 92, 0.1275, 482.05}}},
        {"eu-1", "EU", 0, DayBasis::Actual365, 3000, day(2024, 12, 15), day(2025, 1, 14), 28.94, 40,
         {{day(2024, 12, 16), day(2024, 12, 31), 16, 0.1225, 16.11},
          {day(2025, 1, 1), day(2025, 1, 14), 14, 0.1115, 12.83}}},
        {"fixed-1", nullptr, 0.10, DayBasis::Actual360, 2000, day(2025, 3, 1), day(2025, 3, 31), 16.67, -1,
         {{day(2025, 3, 2), day(2025, 3, 31), 30, 0.10, 16.67}}},
    };
    return cases;
}

} // namespace

TEST(Oracle, InterestCsv)
{
    for (const OracleCase& c : oracleCases()) {
        SCOPED_TRACE(c.id);
        const LatePaymentRule rule =
            c.rule ? latePaymentRule(c.rule) : contractualRule(AnnualRate::fromFraction(c.contractualRate));
        const InterestStatement s = lateInterest(eur(c.amount), c.due, c.paid, rule, c.basis, shippedTables());
        EXPECT_EQ(s.total, eur(c.expectedInterest));
        ASSERT_EQ(s.periods.size(), c.periods.size());
        for (std::size_t i = 0; i < c.periods.size(); ++i) {
            EXPECT_EQ(s.periods[i].from, c.periods[i].from);
            EXPECT_EQ(s.periods[i].to, c.periods[i].to);
            EXPECT_EQ(s.periods[i].days, c.periods[i].days);
            EXPECT_EQ(s.periods[i].rate, AnnualRate::fromFraction(c.periods[i].rate));
            EXPECT_EQ(s.periods[i].interest, eur(c.periods[i].interest));
            EXPECT_FALSE(s.periods[i].pastValidThrough);
        }
        if (c.expectedFee >= 0) {
            EXPECT_EQ(recoveryFee(eur(c.amount), rule), eur(c.expectedFee));
        }
    }
}
