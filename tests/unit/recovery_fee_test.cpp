// RECOVERYFEE: 40 EUR under directive 2011/7/EU and its transpositions
// (D441-5 C. com., § 288 Abs. 5 BGB, Ley 3/2004 art. 8, ...), the British
// bands of s. 5A of the Late Payment Act 1998, nothing for consumers.
#include "core/error.hpp"
#include "core/recovery_fee.hpp"
#include "rate_test_support.hpp"

#include <gtest/gtest.h>

using namespace relance;
using relance::test::eur;

namespace {
Money fee(double amount, const char* rule) { return recoveryFee(eur(amount), latePaymentRule(rule)); }
} // namespace

TEST(RecoveryFee, FortyEurosUnderTheEuRules)
{
    for (const char* rule : {"EU", "FR", "FR-MIN", "DE", "BE", "NL", "ES", "IT", "LU"}) {
        EXPECT_EQ(fee(0.01, rule), eur(40)) << rule;
        EXPECT_EQ(fee(7500, rule), eur(40)) << rule;
        EXPECT_EQ(fee(2'000'000, rule), eur(40)) << rule;
    }
}

TEST(RecoveryFee, BritishBands)
{
    EXPECT_EQ(fee(999.99, "GB"), eur(40));    // less than £1,000
    EXPECT_EQ(fee(1000, "GB"), eur(70));      // £1,000 or more
    EXPECT_EQ(fee(9999.99, "GB"), eur(70));   // but less than £10,000
    EXPECT_EQ(fee(10000, "GB"), eur(100));    // £10,000 or more
    EXPECT_EQ(fee(15000, "GB"), eur(100));    // oracle gb-1
}

TEST(RecoveryFee, NoneForConsumersAndContractualRates)
{
    EXPECT_EQ(fee(5000, "DE-B2C"), eur(0));
    EXPECT_EQ(fee(5000, "FR-LEGAL-PRO"), eur(0));
    EXPECT_EQ(fee(5000, "FR-LEGAL-PART"), eur(0));
    EXPECT_EQ(recoveryFee(eur(5000), contractualRule(AnnualRate::fromFraction(0.1))), eur(0));
}

TEST(RecoveryFee, ZeroDebtNegativeAmountAndOtherDigits)
{
    EXPECT_EQ(fee(0, "EU"), eur(0));
    EXPECT_EQ(fee(0, "GB"), eur(0));
    EXPECT_THROW(fee(-1, "EU"), InvalidArgument);
    // The fee keeps the amount's digits: 40 in a 0-digit and a 3-digit currency.
    EXPECT_EQ(recoveryFee(Money::fromMinorUnits(5, 0), latePaymentRule("EU")), Money::fromMinorUnits(40, 0));
    EXPECT_EQ(recoveryFee(Money::fromMinorUnits(999'999, 3), latePaymentRule("GB")), Money::fromMinorUnits(40'000, 3));
    EXPECT_EQ(recoveryFee(Money::fromMinorUnits(1'000'000, 3), latePaymentRule("GB")), Money::fromMinorUnits(70'000, 3));
}
