// The one table of jurisdictions: every statutory late-payment rule, each
// entry built field by field by name. What a rule reads, adds, rounds,
// compounds, grants as a fee, how it credits a part-payment and why, what its
// letters cite and whose country and calendar it is are all here; adding a
// jurisdiction is one entry below plus its catalog texts (README, "How to add
// a jurisdiction").
#include "core/late_payment_rule.hpp"

#include <initializer_list>
#include <stdexcept>
#include <string>

namespace relance {

namespace {

constexpr std::int64_t point = 1'000'000; // one percentage point in units of 1e-8

AnnualRate points(std::int64_t n) { return AnnualRate::fromScaledUnits(n * point); }

/// Builds one entry by named steps. Every step but multiplier, rounding,
/// compounding and the pre-action protocol is required: an entry that
/// forgets one is refused when the table is first read (a unit test reads it).
class Entry {
public:
    explicit Entry(std::string_view code) { rule_.code = code; }

    Entry& country(std::string_view iso) { rule_.country = iso; return given(Country); }
    Entry& calendar(std::string_view code) { rule_.defaultCalendar = code; return given(Calendar); }
    Entry& reference(std::string_view source) { rule_.referenceSource = source; return given(Reference); }
    Entry& times(int multiplier) { rule_.multiplier = multiplier; return *this; }
    Entry& plus(AnnualRate margin) { rule_.margin = margin; return given(Margin); }
    Entry& fixing(RateFixing fixing) { rule_.fixing = fixing; return given(Fixing); }
    Entry& rounding(RateRounding rounding) { rule_.rounding = rounding; return *this; }
    Entry& basis(DayBasis basis) { rule_.defaultBasis = basis; return given(Basis); }
    Entry& compounding(Compounding compounding) { rule_.compounding = compounding; return *this; }
    Entry& crediting(CreditingOrder order, std::string_view article)
    {
        rule_.crediting = order;
        rule_.creditingArticle = article;
        return given(Crediting);
    }
    Entry& fee(std::string_view currency, std::initializer_list<FeeBand> bands)
    {
        if (bands.size() == 0 || bands.size() > rule_.feeBands.size())
            throw std::logic_error("rule " + std::string(rule_.code) + ": 1 to 3 fee bands");
        rule_.feeCurrency = currency;
        rule_.feeBandCount = 0;
        for (const FeeBand& band : bands)
            rule_.feeBands[static_cast<std::size_t>(rule_.feeBandCount++)] = band;
        return given(Fee);
    }
    Entry& noFee() { return given(Fee); }
    Entry& statute(std::string_view legalBasis) { rule_.legalBasis = legalBasis; return given(Statute); }
    /// The select keywords of the letters' catalogs: `law` for the statute's
    /// texts, `country` for the national act and the court procedure.
    /// Select keywords cannot contain '-', hence "frmin" for FR-MIN.
    Entry& letters(std::string_view law, std::string_view country)
    {
        rule_.lettersLaw = law;
        rule_.lettersCountry = country;
        return given(Letters);
    }
    Entry& preActionReplyDays(long days) { rule_.preActionReplyDays = days; return *this; }

    operator LatePaymentRule() const // NOLINT: the table converts each entry as it is listed
    {
        static const char* const names[] = {"country", "calendar", "reference", "plus", "fixing", "basis",
                                             "crediting", "fee or noFee", "statute", "letters"};
        for (unsigned step = 0; step < stepCount; ++step)
            if ((given_ & (1u << step)) == 0)
                throw std::logic_error("rule " + std::string(rule_.code) + " does not say its " + names[step]);
        return rule_;
    }

private:
    enum Step : unsigned { Country, Calendar, Reference, Margin, Fixing, Basis, Crediting, Fee, Statute, Letters, stepCount };
    Entry& given(Step step)
    {
        given_ |= 1u << step;
        return *this;
    }

    LatePaymentRule rule_;
    unsigned given_ = 0;
};

// Margins are today's. Older law had lower ones, keyed to the contract date,
// which a register does not carry: directive 2000/35 and its transpositions
// +7 points (until 16 March 2013: BE, NL, ES, IT, LU, EU), FR +7 until 2008
// (+10 from 1 January 2009, loi 2008-776), DE +8 for obligations arising
// before 29 July 2014 (Art. 229 § 34 EGBGB). For such old contracts use a
// contractual rate.
//
// Crediting: a part-payment settles interest (and the fixed fee, a recovery
// cost) before the principal in every one of these laws; they differ only in
// whether costs or interest come first. The article is beside each entry.
std::vector<LatePaymentRule> buildRules()
{
    using C = CreditingOrder;
    using F = RateFixing;
    return {
        // Directive 2011/7/EU art. 2(6)-(7): ECB main refinancing rate + 8
        // points, the rate in force on 1 January / 1 July for each
        // half-year; art. 6(1): a fixed 40 EUR. The directive sets no
        // crediting order and EU names no one country's civil code: the
        // order the European restatements give as the default, costs, then
        // interest, then principal (PECL art. 7:109(4), UNIDROIT Principles
        // art. 6.1.12(1)), which is also § 367 BGB's and art. 6:44 BW's.
        Entry("EU")
            .country("") // no one country: addresses are written as given
            .calendar("TARGET")
            .reference("ECB").plus(points(8)).fixing(F::HalfYear).basis(DayBasis::Actual365)
            .crediting(C::CostsInterestPrincipal, "PECL art. 7:109(4); UNIDROIT Principles art. 6.1.12(1)")
            .fee("EUR", {{0, 40}})
            .statute("Directive 2011/7/EU, art. 2(6)-(7) and 6(1)")
            .letters("eu", "eu"),
        // Code de commerce art. L441-10 II: "taux d'intérêt appliqué par la
        // BCE à son opération de refinancement la plus récente majoré de 10
        // points", the rate in force on 1 January / 1 July for each
        // semester; art. D441-5: indemnité forfaitaire de 40 EUR. Crediting:
        // art. 1343-1 Code civil, "le paiement partiel s'impute d'abord sur
        // les intérêts"; recovery costs are accessories credited before the
        // capital too (Cass. 1re civ., 7 février 1995, n° 92-14.216).
        Entry("FR")
            .country("FR").calendar("FR")
            .reference("ECB").plus(points(10)).fixing(F::HalfYear).basis(DayBasis::Actual365)
            .crediting(C::InterestFirst, "Code civil art. 1343-1; Cass. 1re civ. 7 Feb 1995, n° 92-14.216")
            .fee("EUR", {{0, 40}})
            .statute("Code de commerce, art. L441-10 II and D441-5")
            .letters("fr", "fr"),
        // L441-10 II: penalties "ne peuvent être inférieures à trois fois le
        // taux d'intérêt légal" -- the professional taux légal of the
        // semester (art. L313-2 Code monétaire et financier: fixed per
        // semester). Same fee and crediting as FR.
        Entry("FR-MIN")
            .country("FR").calendar("FR")
            .reference("FR-LEGAL-PRO").times(3).plus(points(0)).fixing(F::HalfYear).basis(DayBasis::Actual365)
            .crediting(C::InterestFirst, "Code civil art. 1343-1; Cass. 1re civ. 7 Feb 1995, n° 92-14.216")
            .fee("EUR", {{0, 40}})
            .statute("Code de commerce, art. L441-10 II (3 x taux légal) and D441-5")
            .letters("frmin", "fr"),
        // BGB § 288 Abs. 2: Basiszinssatz + 9 points when no consumer is a
        // party; § 247: the Basiszinssatz changes on 1 January / 1 July;
        // § 288 Abs. 5: Pauschale 40 EUR, counted against the costs of
        // pursuing the claim -- a cost; § 367 Abs. 1: a payment settles
        // costs, then interest, then the principal.
        Entry("DE")
            .country("DE").calendar("DE")
            .reference("DE-BASIS").plus(points(9)).fixing(F::HalfYear).basis(DayBasis::Actual365)
            .crediting(C::CostsInterestPrincipal, "BGB § 367 Abs. 1")
            .fee("EUR", {{0, 40}})
            .statute("BGB § 288 Abs. 2 and 5, § 247, § 367")
            .letters("de", "de"),
        // BGB § 288 Abs. 1: Basiszinssatz + 5 points; the 40 EUR Pauschale
        // (Abs. 5) is not owed by a consumer (Abs. 6); § 367 as for DE.
        Entry("DE-B2C")
            .country("DE").calendar("DE")
            .reference("DE-BASIS").plus(points(5)).fixing(F::HalfYear).basis(DayBasis::Actual365)
            .crediting(C::CostsInterestPrincipal, "BGB § 367 Abs. 1")
            .noFee()
            .statute("BGB § 288 Abs. 1, § 247, § 367")
            .letters("deb2c", "de"),
        // Late Payment of Commercial Debts (Interest) Act 1998, s. 6, and the
        // Rate of Interest (No. 3) Order 2002, art. 4: 8 per cent over the
        // official dealing rate (Bank Rate) in force on the 30 June (interest
        // starting 1 July-31 December) or 31 December (interest starting
        // 1 January-30 June) immediately before interest starts to run,
        // for the whole debt. s. 5A: fixed sum by band. Crediting: no statute;
        // at common law the debtor may appropriate a payment, failing which
        // the creditor may (Cory Bros v Owners of the Mecca [1897] AC 286).
        // The creditor using Relance appropriates to the fixed sum, then
        // the interest, then the debt: the order of PECL art. 7:109(4).
        // Pre-Action Protocol for Debt Claims, para. 5.1: an individual has
        // 30 days to reply to a letter before claim.
        Entry("GB")
            .country("GB").calendar("GB-ENG")
            .reference("BOE").plus(points(8)).fixing(F::BeforeInterestStarts).basis(DayBasis::Actual365)
            .crediting(C::CostsInterestPrincipal,
                       "creditor's appropriation at common law (Cory Bros v The Mecca [1897] AC 286)")
            // s. 5A(2): less than £1,000: £40; £1,000 or more but less than
            // £10,000: £70; £10,000 or more: £100.
            .fee("GBP", {{1000, 40}, {10000, 70}, {0, 100}})
            .statute("Late Payment of Commercial Debts (Interest) Act 1998, s. 5A and 6; SI 2002/1675, art. 4")
            .letters("gb", "gb")
            .preActionReplyDays(30),
        // Loi du 2 août 2002 concernant la lutte contre le retard de paiement
        // dans les transactions commerciales, art. 5 al. 2 (loi du 22
        // novembre 2013): "taux directeur majoré de huit points de
        // pourcentage et arrondi au demi-point de pourcentage supérieur",
        // fixed per semester; art. 6: indemnité forfaitaire de 40 EUR.
        // Crediting: Code civil art. 1254, "le paiement fait sur le capital
        // et intérêts, mais qui n'est point intégral, s'impute d'abord sur
        // les intérêts"; the fee, an accessory, before the capital too.
        Entry("BE")
            .country("BE").calendar("BE")
            .reference("ECB").plus(points(8)).fixing(F::HalfYear).rounding(RateRounding::UpToHalfPoint)
            .basis(DayBasis::Actual365)
            .crediting(C::InterestFirst, "Code civil art. 1254")
            .fee("EUR", {{0, 40}})
            .statute("Loi du 2 août 2002, art. 5 al. 2 and art. 6")
            .letters("eu", "be"),
        // BW art. 6:119a lid 1 (wettelijke handelsrente from the day after the
        // agreed payment day) and lid 3 ("telkens na afloop van een jaar wordt
        // het bedrag waarover de wettelijke rente wordt berekend, vermeerderd
        // met de over dat jaar verschuldigde rente"); art. 6:120 lid 2: ECB
        // rate before 1 January / 1 July + 8 points. The published
        // handelsrente table (nl-handelsrente.csv) already is that sum, so NL
        // reads it directly with no margin: it is the figure Dutch courts and
        // debtors see, and adding 8 to it would count the margin twice.
        // art. 6:96 lid 4: at least 40 EUR for collection costs. Crediting:
        // art. 6:44 lid 1, "in de eerste plaats in mindering van de kosten,
        // vervolgens in mindering van de verschenen rente en ten slotte in
        // mindering van de hoofdsom en de lopende rente"; extrajudicial
        // collection costs are "kosten" (HR 10 juli 2015).
        Entry("NL")
            .country("NL").calendar("NL")
            .reference("NL-HANDELSRENTE").plus(points(0)).fixing(F::HalfYear).basis(DayBasis::Actual365)
            .compounding(Compounding::Yearly)
            .crediting(C::CostsInterestPrincipal, "BW art. 6:44 lid 1; HR 10 juli 2015 (incassokosten are kosten)")
            .fee("EUR", {{0, 40}})
            .statute("BW art. 6:119a, 6:120 lid 2, 6:96 lid 4")
            .letters("eu", "nl"),
        // Ley 3/2004 art. 7.2 (Ley 11/2013): ECB rate of the most recent main
        // refinancing operation before the first day of the semester + 8
        // points; art. 8.1: a fixed 40 EUR. Crediting: Código civil art.
        // 1173, "si la deuda produce interés, no podrá estimarse hecho el
        // pago por cuenta del capital mientras no estén cubiertos los
        // intereses"; the fee, an accessory, before the capital too.
        Entry("ES")
            .country("ES").calendar("ES")
            .reference("ECB").plus(points(8)).fixing(F::HalfYear).basis(DayBasis::Actual365)
            .crediting(C::InterestFirst, "Código civil art. 1173")
            .fee("EUR", {{0, 40}})
            .statute("Ley 3/2004, art. 7.2 and 8.1")
            .letters("eu", "es"),
        // D.Lgs. 231/2002 art. 2 c. 1 lett. e (tasso di riferimento + 8
        // punti), art. 5 c. 2 (the rate in force on 1 January / 1 July), art.
        // 6 c. 2 (importo forfettario di 40 euro) -- as amended by D.Lgs.
        // 192/2012. Crediting: codice civile art. 1194, the debtor may not
        // credit the capital "piuttosto che agli interessi e alle spese", and
        // a payment on capital and interest "deve essere imputato prima agli
        // interessi": interest, then the fee (spese), then capital.
        Entry("IT")
            .country("IT").calendar("IT")
            .reference("ECB").plus(points(8)).fixing(F::HalfYear).basis(DayBasis::Actual365)
            .crediting(C::InterestFirst, "codice civile art. 1194")
            .fee("EUR", {{0, 40}})
            .statute("D.Lgs. 231/2002, art. 2, 5 and 6")
            .letters("eu", "it"),
        // Loi modifiée du 18 avril 2004 relative aux délais de paiement et
        // aux intérêts de retard, art. 1er (loi du 29 mars 2013): taux de
        // référence + 8 points, per semester; the fixed 40 EUR of directive
        // 2011/7 art. 6 as transposed by the same law. Crediting: Code civil
        // art. 1254, as in Belgium.
        Entry("LU")
            .country("LU").calendar("LU")
            .reference("ECB").plus(points(8)).fixing(F::HalfYear).basis(DayBasis::Actual365)
            .crediting(C::InterestFirst, "Code civil art. 1254")
            .fee("EUR", {{0, 40}})
            .statute("Loi modifiée du 18 avril 2004 (loi du 29 mars 2013)")
            .letters("eu", "lu"),
        // Taux de l'intérêt légal itself (Code civil art. 1231-6; Code
        // monétaire et financier art. L313-2 and D313-1-A: one rate per
        // semester and per category). French practice divides by the days of
        // the calendar year (365 or 366), hence actual/actual by default.
        // No fixed fee; crediting per art. 1343-1 Code civil.
        Entry("FR-LEGAL-PRO")
            .country("FR").calendar("FR")
            .reference("FR-LEGAL-PRO").plus(points(0)).fixing(F::HalfYear).basis(DayBasis::ActualActual)
            .crediting(C::InterestFirst, "Code civil art. 1343-1")
            .noFee()
            .statute("Code civil art. 1231-6; CMF art. L313-2")
            .letters("frlegal", "fr"),
        Entry("FR-LEGAL-PART")
            .country("FR").calendar("FR")
            .reference("FR-LEGAL-PART").plus(points(0)).fixing(F::HalfYear).basis(DayBasis::ActualActual)
            .crediting(C::InterestFirst, "Code civil art. 1343-1")
            .noFee()
            .statute("Code civil art. 1231-6; CMF art. L313-2")
            .letters("frlegal", "fr"),
    };
}

} // namespace

const std::vector<LatePaymentRule>& latePaymentRules()
{
    static const std::vector<LatePaymentRule> rules = buildRules();
    return rules;
}

} // namespace relance
