// ISO 11649 creditor references. Expected values: the standard's own example
// (RF18 5390 0754 7034) and check digits computed by hand below.
#include "core/creditor_reference.hpp"

#include "error_message.hpp"

#include <gtest/gtest.h>

using namespace relance;

TEST(CreditorReference, TheStandardsExample)
{
    // ISO 11649 annex: base 539007547034 -> RF18 5390 0754 7034
    EXPECT_EQ(creditorReference("539007547034"), "RF18539007547034");
    EXPECT_TRUE(isValidCreditorReference("RF18 5390 0754 7034"));
    EXPECT_EQ(groupedReference("RF18539007547034"), "RF18 5390 0754 7034");
}

TEST(CreditorReference, CheckDigitsByHand)
{
    // base "A": "A" + "RF00" read as digits (A=10, R=27, F=15) is 10271500;
    // 10271500 = 97 x 105891 + 73, so the check digits are 98 - 73 = 25.
    EXPECT_EQ(creditorReference("A"), "RF25A");
    EXPECT_EQ(creditorReference("a"), "RF25A"); // lower case is upper case
    // a check of 2 to 9 keeps its leading zero: base "IV4RRG2612033" gives
    // remainder 92 (worked out digit by digit), 98 - 92 = 6 -> "06"
    EXPECT_EQ(creditorReference("IV4RRG2612033"), "RF06IV4RRG2612033");
}

TEST(CreditorReference, VerificationRejectsChangedReferences)
{
    EXPECT_FALSE(isValidCreditorReference("RF19539007547034")); // check digits off by one
    EXPECT_FALSE(isValidCreditorReference("RF18539007547043")); // two digits swapped
    EXPECT_FALSE(isValidCreditorReference("RF18"));             // no base
    EXPECT_FALSE(isValidCreditorReference("XX18539007547034"));
    EXPECT_FALSE(isValidCreditorReference("RF18-5390"));
    EXPECT_FALSE(isValidCreditorReference("RF181234567890123456789012")); // base of 22
}

TEST(CreditorReference, RefusesBadBases)
{
    EXPECT_EQ(test::messageOf([] { creditorReference(""); }),
              "Creditor reference base (\"\") must have 1 to 21 characters");
    EXPECT_EQ(test::messageOf([] { creditorReference("1234567890123456789012"); }),
              "Creditor reference base (\"1234567890123456789012\") must have 1 to 21 characters");
    EXPECT_EQ(test::messageOf([] { creditorReference("AB-12"); }),
              "Creditor reference base (\"AB-12\") may hold letters A-Z and digits only");
}

TEST(LetterReferenceBase, HashDateAndLevel)
{
    // "A" folds to "a"; FNV-1a 64 of "a" is 0xaf63dc4c8601ec8c (the FNV
    // reference test vectors); modulo 36^6 it is 1140681868 = "IV4RRG" in
    // base 36; then 3 December 2026 as 261203 and level 3.
    EXPECT_EQ(letterReferenceBase("A", Date(2026, 12, 3), 3), "IV4RRG2612033");
    // however the client's name is typed
    EXPECT_EQ(letterReferenceBase("  Dupont S.A.R.L. ", Date(2026, 12, 3), 1),
              letterReferenceBase("dupont sarl", Date(2026, 12, 3), 1));
    EXPECT_NE(letterReferenceBase("Dupont SARL", Date(2026, 12, 3), 1),
              letterReferenceBase("Durand SARL", Date(2026, 12, 3), 1));
    EXPECT_EQ(letterReferenceBase("Dupont", Date(2026, 12, 3), 4).substr(6), "2612034");
    EXPECT_TRUE(isValidCreditorReference(creditorReference(letterReferenceBase("Müller GmbH", Date(2027, 1, 2), 2))));
}
