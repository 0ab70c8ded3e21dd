#include "core/late_payment_rule.hpp"

#include "core/error.hpp"
#include "core/rate_table.hpp"
#include "core/rate_tables.hpp"

namespace relance {

namespace {

constexpr std::int64_t point = 1'000'000; // one percentage point in units of 1e-8

AnnualRate points(std::int64_t n) { return AnnualRate::fromScaledUnits(n * point); }

constexpr std::array<FeeBand, 3> noFee{};
constexpr std::array<FeeBand, 3> eur40{{{0, 40}, {0, 0}, {0, 0}}};
// Late Payment of Commercial Debts (Interest) Act 1998, s. 5A(2): less than
// £1,000: £40; £1,000 or more but less than £10,000: £70; £10,000 or more: £100.
constexpr std::array<FeeBand, 3> gbBands{{{1000, 40}, {10000, 70}, {0, 100}}};

// Margins are today's. Older law had lower ones, keyed to the contract date,
// which a register does not carry: directive 2000/35 and its transpositions
// +7 points (until 16 March 2013: BE, NL, ES, IT, LU, EU), FR +7 until 2008
// (+10 from 1 January 2009, loi 2008-776), DE +8 for obligations arising
// before 29 July 2014 (Art. 229 § 34 EGBGB). For such old contracts use a
// contractual rate.
std::vector<LatePaymentRule> buildRules()
{
    using F = RateFixing;
    using C = CreditingOrder;
    const DayBasis d365 = DayBasis::Actual365;
    return {
        // Directive 2011/7/EU art. 2(6)-(7): ECB main refinancing rate + 8
        // points, the rate in force on 1 January / 1 July for each
        // half-year; art. 6(1): a fixed 40 EUR. The directive sets no
        // crediting order: principal first (SPEC).
        {"EU", "ECB", 1, points(8), F::HalfYear, RateRounding::None, d365, Compounding::None,
         C::PrincipalFirst, "EUR", eur40, 1, "Directive 2011/7/EU, art. 2(6)-(7) and 6(1)"},
        // Code de commerce art. L441-10 II: "taux d'intérêt appliqué par la
        // BCE à son opération de refinancement la plus récente majoré de 10
        // points", the rate in force on 1 January / 1 July for each
        // semester; art. D441-5: indemnité forfaitaire de 40 EUR. Crediting:
        // art. 1343-1 Code civil, "le paiement partiel s'impute d'abord sur
        // les intérêts"; recovery costs are accessories credited before the
        // capital too (Cass. 1re civ., 7 février 1995, n° 92-14.216).
        {"FR", "ECB", 1, points(10), F::HalfYear, RateRounding::None, d365, Compounding::None,
         C::InterestFirst, "EUR", eur40, 1, "Code de commerce, art. L441-10 II and D441-5"},
        // L441-10 II: penalties "ne peuvent être inférieures à trois fois le
        // taux d'intérêt légal" -- the professional taux légal of the
        // semester (art. L313-2 Code monétaire et financier: fixed per
        // semester). Same fee and crediting as FR.
        {"FR-MIN", "FR-LEGAL-PRO", 3, points(0), F::HalfYear, RateRounding::None, d365, Compounding::None,
         C::InterestFirst, "EUR", eur40, 1, "Code de commerce, art. L441-10 II (3 x taux légal) and D441-5"},
        // BGB § 288 Abs. 2: Basiszinssatz + 9 points when no consumer is a
        // party; § 247: the Basiszinssatz changes on 1 January / 1 July;
        // § 288 Abs. 5: Pauschale 40 EUR; § 367 Abs. 1: a payment settles
        // costs, then interest, then the principal.
        {"DE", "DE-BASIS", 1, points(9), F::HalfYear, RateRounding::None, d365, Compounding::None,
         C::CostsInterestPrincipal, "EUR", eur40, 1, "BGB § 288 Abs. 2 and 5, § 247, § 367"},
        // BGB § 288 Abs. 1: Basiszinssatz + 5 points; the 40 EUR Pauschale
        // (Abs. 5) is not owed by a consumer (Abs. 6); § 367 as for DE.
        {"DE-B2C", "DE-BASIS", 1, points(5), F::HalfYear, RateRounding::None, d365, Compounding::None,
         C::CostsInterestPrincipal, "", noFee, 0, "BGB § 288 Abs. 1, § 247, § 367"},
        // Late Payment of Commercial Debts (Interest) Act 1998, s. 6, and the
        // Rate of Interest (No. 3) Order 2002, art. 4: 8 per cent over the
        // official dealing rate (Bank Rate) in force on the 30 June (interest
        // starting 1 July-31 December) or 31 December (interest starting
        // 1 January-30 June) immediately before interest starts to run,
        // for the whole debt. s. 5A: fixed sum by band.
        {"GB", "BOE", 1, points(8), F::BeforeInterestStarts, RateRounding::None, d365, Compounding::None,
         C::PrincipalFirst, "GBP", gbBands, 3,
         "Late Payment of Commercial Debts (Interest) Act 1998, s. 5A and 6; SI 2002/1675, art. 4"},
        // Loi du 2 août 2002 concernant la lutte contre le retard de paiement
        // dans les transactions commerciales, art. 5 al. 2 (loi du 22
        // novembre 2013): "taux directeur majoré de huit points de
        // pourcentage et arrondi au demi-point de pourcentage supérieur",
        // fixed per semester; art. 6: indemnité forfaitaire de 40 EUR.
        {"BE", "ECB", 1, points(8), F::HalfYear, RateRounding::UpToHalfPoint, d365, Compounding::None,
         C::PrincipalFirst, "EUR", eur40, 1, "Loi du 2 août 2002, art. 5 al. 2 and art. 6"},
        // BW art. 6:119a lid 1 (wettelijke handelsrente from the day after the
        // agreed payment day) and lid 3 ("telkens na afloop van een jaar wordt
        // het bedrag waarover de wettelijke rente wordt berekend, vermeerderd
        // met de over dat jaar verschuldigde rente"); art. 6:120 lid 2: ECB
        // rate before 1 January / 1 July + 8 points. The published
        // handelsrente table (nl-handelsrente.csv) already is that sum, so NL
        // reads it directly with no margin: it is the figure Dutch courts and
        // debtors see, and adding 8 to it would count the margin twice.
        // art. 6:96 lid 4: at least 40 EUR for collection costs.
        {"NL", "NL-HANDELSRENTE", 1, points(0), F::HalfYear, RateRounding::None, d365, Compounding::Yearly,
         C::PrincipalFirst, "EUR", eur40, 1, "BW art. 6:119a, 6:120 lid 2, 6:96 lid 4"},
        // Ley 3/2004 art. 7.2 (Ley 11/2013): ECB rate of the most recent main
        // refinancing operation before the first day of the semester + 8
        // points; art. 8.1: a fixed 40 EUR.
        {"ES", "ECB", 1, points(8), F::HalfYear, RateRounding::None, d365, Compounding::None,
         C::PrincipalFirst, "EUR", eur40, 1, "Ley 3/2004, art. 7.2 and 8.1"},
        // D.Lgs. 231/2002 art. 2 c. 1 lett. e (tasso di riferimento + 8
        // punti), art. 5 c. 2 (the rate in force on 1 January / 1 July), art.
        // 6 c. 2 (importo forfettario di 40 euro) -- as amended by D.Lgs.
        // 192/2012.
        {"IT", "ECB", 1, points(8), F::HalfYear, RateRounding::None, d365, Compounding::None,
         C::PrincipalFirst, "EUR", eur40, 1, "D.Lgs. 231/2002, art. 2, 5 and 6"},
        // Loi modifiée du 18 avril 2004 relative aux délais de paiement et
        // aux intérêts de retard, art. 1er (loi du 29 mars 2013): taux de
        // référence + 8 points, per semester; the fixed 40 EUR of directive
        // 2011/7 art. 6 as transposed by the same law.
        {"LU", "ECB", 1, points(8), F::HalfYear, RateRounding::None, d365, Compounding::None,
         C::PrincipalFirst, "EUR", eur40, 1, "Loi modifiée du 18 avril 2004 (loi du 29 mars 2013)"},
        // Taux de l'intérêt légal itself (Code civil art. 1231-6; Code
        // monétaire et financier art. L313-2 and D313-1-A: one rate per
        // semester and per category). French practice divides by the days of
        // the calendar year (365 or 366), hence actual/actual by default.
        // No fixed fee; crediting per art. 1343-1 Code civil.
        {"FR-LEGAL-PRO", "FR-LEGAL-PRO", 1, points(0), F::HalfYear, RateRounding::None, DayBasis::ActualActual,
         Compounding::None, C::InterestFirst, "", noFee, 0, "Code civil art. 1231-6; CMF art. L313-2"},
        {"FR-LEGAL-PART", "FR-LEGAL-PART", 1, points(0), F::HalfYear, RateRounding::None,
         DayBasis::ActualActual, Compounding::None, C::InterestFirst, "", noFee, 0,
         "Code civil art. 1231-6; CMF art. L313-2"},
    };
}

} // namespace

const std::vector<LatePaymentRule>& latePaymentRules()
{
    static const std::vector<LatePaymentRule> rules = buildRules();
    return rules;
}

const LatePaymentRule& latePaymentRule(std::string_view code)
{
    for (const LatePaymentRule& rule : latePaymentRules())
        if (sameCode(rule.code, code))
            return rule;
    std::string valid;
    for (const LatePaymentRule& rule : latePaymentRules())
        valid += (valid.empty() ? "" : ", ") + std::string(rule.code);
    throw InvalidArgument("Rule (\"" + std::string(code) + "\") is not a known rule; valid codes: " + valid +
                          ", or a number for a contractual annual rate (0.10 for 10 %)");
}

LatePaymentRule contractualRule(AnnualRate rate)
{
    // A negative late-payment rate is meaningless, and above 100 % a year the
    // number is almost surely a percentage typed as a whole number.
    if (rate.scaledUnits() < 0 || rate.scaledUnits() > AnnualRate::scale)
        throw InvalidArgument("Rule (" + percentText(rate) +
                              ") as a contractual rate must be between 0 and 1 (0 % to 100 %); write 10 % as 0.10");
    return {"", "", 1, rate, RateFixing::Contractual, RateRounding::None, DayBasis::Actual365,
            Compounding::None, CreditingOrder::PrincipalFirst, "", noFee, 0, "contractual rate"};
}

} // namespace relance
