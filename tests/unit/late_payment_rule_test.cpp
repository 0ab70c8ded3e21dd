// The statutory rules as data, and LATERATE checked against rates the
// authorities published (BOE-A Spanish notices, Belgian SPF Finances
// notices as reported by Schoups, embuild.be and medenam.be, the French
// L441-10 floor, the UK reference dates).
#include "core/applicable_rate.hpp"
#include "core/calendar_registry.hpp"
#include "core/error.hpp"
#include "core/late_payment_rule.hpp"
#include "rate_test_support.hpp"

#include "error_message.hpp"

#include <gtest/gtest.h>

using namespace relance;
using relance::test::day;
using relance::test::shippedTables;

namespace {

AnnualRate pct(double percent) { return AnnualRate::fromFraction(percent / 100); }

AnnualRate rateOf(const char* code, Date lateOn) { return lateRate(latePaymentRule(code), lateOn, shippedTables()).rate; }

using relance::test::messageOf;

} // namespace

TEST(LatePaymentRule, EveryCodeInItsOrder)
{
    std::vector<std::string> codes;
    for (const LatePaymentRule& rule : latePaymentRules())
        codes.emplace_back(rule.code);
    EXPECT_EQ(codes, (std::vector<std::string>{"EU", "FR", "FR-MIN", "DE", "DE-B2C", "GB", "BE", "NL", "ES", "IT",
                                               "LU", "FR-LEGAL-PRO", "FR-LEGAL-PART"}));
    for (const LatePaymentRule& rule : latePaymentRules()) {
        EXPECT_NE(shippedTables().find(rule.referenceSource), nullptr) << rule.code; // every source is shipped
        EXPECT_FALSE(rule.legalBasis.empty()) << rule.code;
        EXPECT_EQ(rule.feeBandCount == 0, rule.feeCurrency.empty()) << rule.code;
    }
    EXPECT_EQ(&latePaymentRule("de-b2c"), &latePaymentRule("DE-B2C"));
}

TEST(LatePaymentRule, EachRuleCreditsAsItsLawSays)
{
    // Issue 10: NL, ES, IT, BE and LU credited the principal first.
    using C = CreditingOrder;
    const std::vector<std::pair<const char*, C>> expected = {
        {"DE", C::CostsInterestPrincipal},     // § 367 Abs. 1 BGB
        {"DE-B2C", C::CostsInterestPrincipal}, // § 367 Abs. 1 BGB
        {"NL", C::CostsInterestPrincipal},     // art. 6:44 lid 1 BW
        {"GB", C::CostsInterestPrincipal},     // the creditor's appropriation at common law
        {"EU", C::CostsInterestPrincipal},     // PECL art. 7:109(4)
        {"FR", C::InterestFirst},              // art. 1343-1 Code civil
        {"FR-MIN", C::InterestFirst},
        {"FR-LEGAL-PRO", C::InterestFirst},
        {"FR-LEGAL-PART", C::InterestFirst},
        {"ES", C::InterestFirst}, // art. 1173 Código civil
        {"IT", C::InterestFirst}, // art. 1194 codice civile
        {"BE", C::InterestFirst}, // art. 1254 Code civil
        {"LU", C::InterestFirst}, // art. 1254 Code civil
    };
    EXPECT_EQ(expected.size(), latePaymentRules().size());
    for (const auto& [code, order] : expected)
        EXPECT_EQ(latePaymentRule(code).crediting, order) << code;
    EXPECT_NE(latePaymentRule("NL").creditingArticle.find("6:44"), std::string_view::npos);
    EXPECT_NE(latePaymentRule("ES").creditingArticle.find("1173"), std::string_view::npos);
    EXPECT_NE(latePaymentRule("IT").creditingArticle.find("1194"), std::string_view::npos);
    EXPECT_NE(latePaymentRule("BE").creditingArticle.find("1254"), std::string_view::npos);
    EXPECT_NE(latePaymentRule("LU").creditingArticle.find("1254"), std::string_view::npos);
    EXPECT_NE(latePaymentRule("DE").creditingArticle.find("367"), std::string_view::npos);
    EXPECT_NE(latePaymentRule("FR").creditingArticle.find("1343-1"), std::string_view::npos);
    EXPECT_EQ(contractualRule(AnnualRate::fromFraction(0.1)).crediting, C::PrincipalFirst);
}

TEST(LatePaymentRule, EveryEntrySaysEverythingAJurisdictionNeeds)
{
    for (const LatePaymentRule& rule : latePaymentRules()) {
        SCOPED_TRACE(std::string(rule.code));
        EXPECT_FALSE(rule.creditingArticle.empty());
        EXPECT_FALSE(rule.lettersLaw.empty());
        EXPECT_FALSE(rule.lettersCountry.empty());
        EXPECT_NO_THROW(calendarByCode(rule.defaultCalendar)); // a calendar Relance has
        // The letters' select keywords: lower-case letters and digits, no '-' (ICU).
        for (std::string_view keyword : {rule.lettersLaw, rule.lettersCountry})
            for (char c : keyword)
                EXPECT_TRUE((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) << keyword;
        // Only EU names no country; the others' is the start of their code.
        const std::string_view country = rule.code == "EU" ? std::string_view() : rule.code.substr(0, 2);
        EXPECT_EQ(rule.country, country);
    }
    // What the letters and the settings read, the way they read it before
    // the table held it (letter_renderer.cpp, settings_reader.cpp).
    EXPECT_EQ(latePaymentRule("FR-MIN").lettersLaw, "frmin");
    EXPECT_EQ(latePaymentRule("FR-LEGAL-PART").lettersLaw, "frlegal");
    EXPECT_EQ(latePaymentRule("DE-B2C").lettersLaw, "deb2c");
    EXPECT_EQ(latePaymentRule("NL").lettersLaw, "eu");
    EXPECT_EQ(latePaymentRule("NL").lettersCountry, "nl");
    EXPECT_EQ(latePaymentRule("EU").lettersCountry, "eu");
    EXPECT_EQ(latePaymentRule("GB").preActionReplyDays, 30);
    for (const LatePaymentRule& rule : latePaymentRules()) {
        EXPECT_EQ(rule.preActionReplyDays, rule.code == "GB" ? 30 : 0) << rule.code;
    }
    EXPECT_EQ(latePaymentRule("GB").defaultCalendar, "GB-ENG");
    EXPECT_EQ(latePaymentRule("EU").defaultCalendar, "TARGET");
}

TEST(LatePaymentRule, UnknownCodeListsTheValidOnes)
{
    EXPECT_EQ(messageOf([] { latePaymentRule("UK"); }),
              "Rule (\"UK\") is not a known rule; valid codes: EU, FR, FR-MIN, DE, DE-B2C, GB, BE, NL, ES, IT, LU, "
              "FR-LEGAL-PRO, FR-LEGAL-PART, or a number for a contractual annual rate (0.10 for 10 %)");
    EXPECT_THROW(latePaymentRule(""), InvalidArgument);
}

TEST(LatePaymentRule, TheDifferencesBetweenTranspositionsAreData)
{
    EXPECT_EQ(latePaymentRule("EU").margin, pct(8));
    EXPECT_EQ(latePaymentRule("FR").margin, pct(10));
    EXPECT_EQ(latePaymentRule("DE").margin, pct(9));
    EXPECT_EQ(latePaymentRule("DE-B2C").margin, pct(5));
    EXPECT_EQ(latePaymentRule("FR-MIN").multiplier, 3);
    EXPECT_EQ(latePaymentRule("FR-MIN").referenceSource, "FR-LEGAL-PRO");
    EXPECT_EQ(latePaymentRule("GB").fixing, RateFixing::BeforeInterestStarts);
    EXPECT_EQ(latePaymentRule("BE").rounding, RateRounding::UpToHalfPoint);
    EXPECT_EQ(latePaymentRule("NL").compounding, Compounding::Yearly);
    EXPECT_EQ(latePaymentRule("NL").referenceSource, "NL-HANDELSRENTE");
    EXPECT_EQ(latePaymentRule("NL").margin, pct(0)); // the published handelsrente already is ECB + 8
    EXPECT_EQ(latePaymentRule("DE").crediting, CreditingOrder::CostsInterestPrincipal);
    EXPECT_EQ(latePaymentRule("DE-B2C").crediting, CreditingOrder::CostsInterestPrincipal);
    EXPECT_EQ(latePaymentRule("FR").crediting, CreditingOrder::InterestFirst);
    EXPECT_EQ(latePaymentRule("FR-LEGAL-PART").crediting, CreditingOrder::InterestFirst);
    EXPECT_EQ(latePaymentRule("FR-LEGAL-PRO").defaultBasis, DayBasis::ActualActual);
    EXPECT_EQ(latePaymentRule("FR").defaultBasis, DayBasis::Actual365);
    EXPECT_EQ(latePaymentRule("GB").feeCurrency, "GBP");
}

TEST(LateRate, HalfYearFixingOnFirstJanuaryAndFirstJuly)
{
    // ECB in force on 1 Jan 2023: 2.50 %; on 1 Jul 2023: 4.00 %.
    EXPECT_EQ(rateOf("EU", day(2023, 3, 15)), pct(10.50));
    EXPECT_EQ(rateOf("FR", day(2023, 6, 30)), pct(12.50));
    EXPECT_EQ(rateOf("FR", day(2023, 7, 1)), pct(14.00));
    EXPECT_EQ(rateOf("FR", day(2023, 12, 31)), pct(14.00)); // 4.50 % from 20 Sep 2023 waits for 2024
    EXPECT_EQ(rateOf("IT", day(2023, 8, 1)), pct(12.00));
    EXPECT_EQ(rateOf("LU", day(2024, 2, 1)), pct(12.50));
    // Spain, BOE-A-2019-18736: 8,00 % for 2020-S1; BOE-A-2014-6914: 8,15 % for 2014-S2.
    EXPECT_EQ(rateOf("ES", day(2020, 3, 1)), pct(8.00));
    EXPECT_EQ(rateOf("ES", day(2014, 9, 1)), pct(8.15));
    // Basiszinssatz 3.62 % / 3.37 % in 2024.
    EXPECT_EQ(rateOf("DE", day(2024, 3, 1)), pct(12.62));
    EXPECT_EQ(rateOf("DE", day(2024, 9, 1)), pct(12.37));
    EXPECT_EQ(rateOf("DE-B2C", day(2024, 3, 1)), pct(8.62));
    EXPECT_EQ(rateOf("DE-B2C", day(2020, 3, 1)), pct(4.12)); // -0.88 + 5
    EXPECT_EQ(rateOf("NL", day(2024, 3, 1)), pct(12.50));
}

TEST(LateRate, FrenchFloorIsThreeTimesTheProfessionalTauxLegal)
{
    EXPECT_EQ(rateOf("FR-MIN", day(2024, 3, 1)), pct(15.21)); // 3 × 5.07
    EXPECT_EQ(rateOf("FR-MIN", day(2026, 2, 1)), pct(7.86));  // 3 × 2.62, the published 2026-S1 floor
    EXPECT_EQ(rateOf("FR-MIN", day(2026, 8, 1)), pct(8.25));  // 3 × 2.75, the published 2026-S2 floor
    EXPECT_EQ(rateOf("FR-LEGAL-PRO", day(2024, 3, 1)), pct(5.07));
    EXPECT_EQ(rateOf("FR-LEGAL-PART", day(2024, 3, 1)), pct(8.01));
}

TEST(LateRate, BelgiumRoundsUpToTheNextHalfPoint)
{
    // Published Belgian rates (law of 2 August 2002, art. 5) against ECB + 8:
    EXPECT_EQ(rateOf("BE", day(2013, 3, 1)), pct(9.0));   // 0.75 + 8 = 8.75 -> 9 % (2013/1)
    EXPECT_EQ(rateOf("BE", day(2013, 9, 1)), pct(8.5));   // 0.50 + 8 = 8.50 stays (2013/2)
    EXPECT_EQ(rateOf("BE", day(2014, 9, 1)), pct(8.5));   // 0.15 + 8 = 8.15 -> 8.5 % (2014/2)
    EXPECT_EQ(rateOf("BE", day(2016, 3, 1)), pct(8.5));   // 0.05 + 8 = 8.05 -> 8.5 % (2016/1)
    EXPECT_EQ(rateOf("BE", day(2021, 3, 1)), pct(8.0));   // 0.00 + 8 = 8 % (2021/1)
    EXPECT_EQ(rateOf("BE", day(2024, 3, 1)), pct(12.5));  // 4.50 + 8 = 12.5 % (2024/1)
    EXPECT_EQ(rateOf("BE", day(2024, 9, 1)), pct(12.5));  // 4.25 + 8 = 12.25 -> 12.5 % (2024/2)
    EXPECT_EQ(rateOf("BE", day(2025, 3, 1)), pct(11.5));  // 3.15 + 8 = 11.15 -> 11.5 % (2025/1)
    EXPECT_EQ(rateOf("BE", day(2026, 3, 1)), pct(10.5));  // 2.15 + 8 = 10.15 -> 10.5 % (2026/1)
    EXPECT_EQ(rateOf("EU", day(2025, 3, 1)), pct(11.15)); // the same period unrounded
}

TEST(LateRate, BritishRateIsReadOnTheReferenceDateBeforeInterestStarts)
{
    // Interest starting 1 Jan-30 Jun: Bank Rate of the preceding 31 December;
    // 1 Jul-31 Dec: of the preceding 30 June.
    const LatePaymentRule& gb = latePaymentRule("GB");
    EXPECT_EQ(fixingDate(gb, day(2025, 6, 30)), day(2024, 12, 31));
    EXPECT_EQ(fixingDate(gb, day(2025, 7, 1)), day(2025, 6, 30));
    EXPECT_EQ(rateOf("GB", day(2025, 6, 1)), pct(12.75));  // 4.75 + 8
    EXPECT_EQ(rateOf("GB", day(2025, 7, 1)), pct(12.25));  // 4.25 + 8
    EXPECT_EQ(rateOf("GB", day(2024, 7, 1)), pct(13.25));  // 5.25 + 8 (cut to 5 % only on 1 Aug 2024)
}

TEST(LateRate, PastValidThroughIsFlagged)
{
    const RateTables& tables = shippedTables();
    // ECB valid through 2026-11-03, but 2026-H2 was fixed on 1 July: certain.
    const AppliedRate december = lateRate(latePaymentRule("EU"), day(2026, 12, 15), tables);
    EXPECT_EQ(december.rate, pct(10.40));
    EXPECT_EQ(december.fixingDate, day(2026, 7, 1));
    EXPECT_FALSE(december.pastValidThrough);
    // 2027-H1 is fixed on 1 January 2027, after valid-through: last known rate, flagged.
    const AppliedRate january = lateRate(latePaymentRule("EU"), day(2027, 1, 15), tables);
    EXPECT_EQ(january.rate, pct(10.65));
    EXPECT_TRUE(january.pastValidThrough);
    // Taux légal PART is valid through 2026-06-30.
    EXPECT_TRUE(lateRate(latePaymentRule("FR-LEGAL-PART"), day(2026, 7, 1), tables).pastValidThrough);
    EXPECT_FALSE(lateRate(latePaymentRule("FR-LEGAL-PART"), day(2026, 6, 30), tables).pastValidThrough);
}

TEST(LateRate, BeforeTheTableIsAnError)
{
    EXPECT_EQ(messageOf([] { rateOf("FR-LEGAL-PRO", day(2014, 12, 31)); }),
              "FR-LEGAL-PRO has no rate for 2014-07-01: its table starts on 2015-01-01 (0.93 %)");
    EXPECT_THROW(rateOf("NL", day(2013, 6, 30)), InvalidArgument);
    EXPECT_THROW(rateOf("EU", day(1998, 12, 31)), InvalidArgument);
    EXPECT_EQ(rateOf("GB", day(1999, 3, 1)), pct(14.25)); // 6.25 on 31 Dec 1998, the BOE table's first row
}

TEST(LateRate, ContractualRate)
{
    const LatePaymentRule fixed = contractualRule(AnnualRate::fromFraction(0.10));
    EXPECT_EQ(lateRate(fixed, day(1990, 1, 1), shippedTables()).rate, pct(10));
    EXPECT_FALSE(lateRate(fixed, day(2090, 1, 1), shippedTables()).pastValidThrough);
    EXPECT_EQ(fixed.feeBandCount, 0);
    EXPECT_NO_THROW(contractualRule(AnnualRate::fromFraction(0)));
    EXPECT_NO_THROW(contractualRule(AnnualRate::fromFraction(1)));
    EXPECT_EQ(messageOf([] { contractualRule(AnnualRate::fromFraction(10)); }),
              "Rule (1000.00 %) as a contractual rate must be between 0 and 1 (0 % to 100 %); write 10 % as 0.10");
    EXPECT_THROW(contractualRule(AnnualRate::fromFraction(-0.01)), InvalidArgument);
}

TEST(DayBasis, Codes)
{
    EXPECT_EQ(dayBasisFromCode(365), DayBasis::Actual365);
    EXPECT_EQ(dayBasisFromCode(360), DayBasis::Actual360);
    EXPECT_EQ(dayBasisFromCode(0), DayBasis::ActualActual);
    EXPECT_EQ(messageOf([] { dayBasisFromCode(366); }), "Basis (366) must be 365, 360 or 0 (actual/actual)");
    EXPECT_EQ(yearLength(DayBasis::ActualActual, 2024), 366);
    EXPECT_EQ(yearLength(DayBasis::ActualActual, 2100), 365);
    EXPECT_EQ(yearLength(DayBasis::Actual360, 2024), 360);
    EXPECT_EQ(yearLength(DayBasis::Actual365, 2024), 365);
}
