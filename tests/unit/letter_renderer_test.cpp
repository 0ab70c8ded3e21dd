// Rendered letters in six languages, checked against strings written by hand
// from each language's business usage and each jurisdiction's statutes (the
// samples are described in letter_samples.hpp: 1 or 3 invoices, letter of
// 3 December 2026, deadline 11 December 2026).
#include "core/error.hpp"
#include "core/recovery_fee.hpp"
#include "letters/letter_languages.hpp"
#include "letters/letter_plain_text.hpp"
#include "letters/letter_renderer.hpp"

#include "error_message.hpp"
#include "letter_samples.hpp"

#include <gtest/gtest.h>

#include <map>
#include <regex>
#include <string>
#include <vector>

using namespace relance;
using relance::test::messageOf;
using relance::test::sampleLetter;

namespace {

RenderedLetter render(const LetterModel& model) { return renderLetter(model, RELANCE_LETTER_CATALOG_DIR); }
std::string textOf(const LetterModel& model) { return plainText(render(model)); }

#define EXPECT_CONTAINS(text, part) EXPECT_NE((text).find(part), std::string::npos) << "missing: " << (part) << "\n" << (text)
#define EXPECT_LACKS(text, part) EXPECT_EQ((text).find(part), std::string::npos) << "unexpected: " << (part) << "\n" << (text)

/// What a native reader checks first, per language. \u00A0 is a no-break
/// space, \u202F ICU's narrow no-break space (French grouping).
struct LanguageExpectations {
    std::map<LetterKind, std::string> subjectForOne;
    std::string subjectForThree;   ///< first reminder, plural and the list of numbers
    std::string countForThree;     ///< first reminder intro: "the following 3 invoices"
    std::string amount;            ///< 1,280.50 in the locale
    std::string dateLine;          ///< the letter date, long
    std::string daysForOne;        ///< second reminder: 49 days, plural
    std::string salutation;
    std::string formalClosing;
    std::string registeredMail;
    std::vector<std::string> formalLegal; ///< formal notice under the creditor's own law
    std::string finalProcedure;
    std::string formalTotal;       ///< total due in figures and in words, one invoice
    std::string formalWords;       ///< the words alone
};

const std::map<std::string, LanguageExpectations>& expectations()
{
    using K = LetterKind;
    static const std::map<std::string, LanguageExpectations> all{
        {"en",
         {{{K::CourtesyBeforeDue, "Invoice F-2026-121: forthcoming due date"},
           {K::FirstReminder, "Payment reminder: invoice F-2026-101"},
           {K::SecondReminder, "Second reminder: invoice F-2026-101"},
           {K::FormalNotice, "Letter before action: invoice F-2026-101"},
           {K::FinalNotice, "Final notice before legal action: invoice F-2026-101"},
           {K::PaymentPlanAgreement, "Payment plan agreement"}},
          "Payment reminder: invoices F-2026-087, F-2026-101 and F-2026-112",
          "the following 3 invoices",
          "£1,280.50",
          "3 December 2026",
          "is now 49 days overdue",
          "Dear Sir or Madam,",
          "Yours faithfully,",
          "By Recorded Delivery",
          {"Late Payment of Commercial Debts (Interest) Act 1998", "8% over the Bank of England base rate",
           "12.00% a year", "section 5A of the Act", "£70 for a debt of £1,000 or more but less than £10,000",
           "by 11 December 2026", "Practice Direction on Pre-Action Conduct and Protocols", "County Court"},
          "issue a claim against you in the County Court",
          "£1,371.13 (one thousand three hundred seventy-one pounds and thirteen pence)",
          "one thousand three hundred seventy-one pounds and thirteen pence"}},
        {"fr",
         {{{K::CourtesyBeforeDue, "Facture F-2026-121\u00A0: prochaine échéance"},
           {K::FirstReminder, "Rappel de paiement – facture F-2026-101"},
           {K::SecondReminder, "Deuxième relance – facture F-2026-101"},
           {K::FormalNotice, "Mise en demeure de payer – facture F-2026-101"},
           {K::FinalNotice, "Dernier avis avant action en justice – facture F-2026-101"},
           {K::PaymentPlanAgreement, "Accord de paiement échelonné"}},
          "Rappel de paiement – factures F-2026-087, F-2026-101 et F-2026-112",
          "les 3 factures ci-dessous",
          "1\u202F280,50\u00A0€",
          "Paris, le 3 décembre 2026",
          "demeure impayée 49 jours après son échéance",
          "Madame, Monsieur,",
          "Nous vous prions d’agréer, Madame, Monsieur, l’expression de nos salutations distinguées.",
          "Lettre recommandée avec accusé de réception",
          {"l’article L441-10 du Code de commerce", "majoré de 10 points de pourcentage", "12,15\u00A0%",
           "indemnité forfaitaire pour frais de recouvrement de 40 euros", "articles L441-10 et D441-5",
           "nous vous mettons en demeure", "au plus tard le 11 décembre 2026"},
          "requête en injonction de payer (articles 1405 et suivants du Code de procédure civile)",
          "1\u202F341,39\u00A0€ (mille trois cent quarante et un euros et trente-neuf centimes)",
          "mille trois cent quarante et un euros et trente-neuf centimes"}},
        {"de",
         {{{K::CourtesyBeforeDue, "Hinweis auf die Fälligkeit der Rechnung F-2026-121"},
           {K::FirstReminder, "Zahlungserinnerung: Rechnung F-2026-101"},
           {K::SecondReminder, "Mahnung: Rechnung F-2026-101"},
           {K::FormalNotice, "Mahnung mit Fristsetzung: Rechnung F-2026-101"},
           {K::FinalNotice, "Letzte Mahnung vor gerichtlichen Schritten: Rechnung F-2026-101"},
           {K::PaymentPlanAgreement, "Ratenzahlungsvereinbarung"}},
          "Zahlungserinnerung: Rechnungen F-2026-087, F-2026-101 und F-2026-112",
          "die folgenden 3 Rechnungen",
          "1.280,50\u00A0€",
          "Berlin, 3. Dezember 2026",
          "seit 49 Tagen fällig",
          "Sehr geehrte Damen und Herren,",
          "Mit freundlichen Grüßen",
          "Einschreiben mit Rückschein",
          {"in Verzug (§\u00A0286 BGB)", "§\u00A0288 Abs.\u00A02 BGB", "neun Prozentpunkten über dem Basiszinssatz",
           "10,27\u00A0%", "§\u00A0288 Abs.\u00A05 BGB", "Pauschale von 40 Euro", "bis spätestens 11. Dezember 2026"},
          "das gerichtliche Mahnverfahren einleiten (§§\u00A0688 ff. ZPO)",
          "1.338,15\u00A0€ (in Worten: eintausenddreihundertachtunddreißig Euro und fünfzehn Cent)",
          "eintausenddreihundertachtunddreißig Euro und fünfzehn Cent"}},
        {"es",
         {{{K::CourtesyBeforeDue, "Factura F-2026-121: próximo vencimiento"},
           {K::FirstReminder, "Recordatorio de pago: factura F-2026-101"},
           {K::SecondReminder, "Segundo recordatorio: factura F-2026-101"},
           {K::FormalNotice, "Requerimiento formal de pago: factura F-2026-101"},
           {K::FinalNotice, "Último aviso antes de acciones judiciales: factura F-2026-101"},
           {K::PaymentPlanAgreement, "Reconocimiento de deuda y acuerdo de pago aplazado"}},
          "Recordatorio de pago: facturas F-2026-087, F-2026-101 y F-2026-112",
          "las 3 facturas que se detallan a continuación",
          "1280,50\u00A0€", // Spanish groups from five digits on (RAE)
          "Madrid, 3 de diciembre de 2026",
          "sigue pendiente de pago 49 días después de su vencimiento",
          "Estimados señores:",
          "Atentamente,",
          "Por burofax con acuse de recibo",
          {"Ley 3/2004, de 29 de diciembre", "Directiva 2011/7/UE", "10,15\u00A0%", "cantidad fija de 40 euros",
           "les requerimos formalmente", "no más tarde del 11 de diciembre de 2026"},
          "proceso monitorio (artículos 812 y siguientes de la Ley de Enjuiciamiento Civil)",
          "1337,95\u00A0€ (mil trescientos treinta y siete euros con noventa y cinco céntimos)",
          "mil trescientos treinta y siete euros con noventa y cinco céntimos"}},
        {"it",
         {{{K::CourtesyBeforeDue, "Fattura F-2026-121: prossima scadenza"},
           {K::FirstReminder, "Sollecito di pagamento: fattura F-2026-101"},
           {K::SecondReminder, "Secondo sollecito: fattura F-2026-101"},
           {K::FormalNotice, "Diffida e messa in mora: fattura F-2026-101"},
           {K::FinalNotice, "Ultimo avviso prima di azioni legali: fattura F-2026-101"},
           {K::PaymentPlanAgreement, "Riconoscimento di debito e accordo di pagamento rateale"}},
          "Sollecito di pagamento: fatture F-2026-087, F-2026-101 e F-2026-112",
          "le 3 fatture indicate di seguito",
          "1.280,50\u00A0€",
          "Milano, 3 dicembre 2026",
          "ancora insoluta a 49 giorni dalla scadenza",
          "Gentili Signori,",
          "Distinti saluti",
          "Raccomandata A/R",
          {"decreto legislativo 9 ottobre 2002, n. 231", "direttiva 2011/7/UE", "10,15%",
           "importo forfettario di 40 euro", "costituzione in mora", "entro e non oltre il giorno 11 dicembre 2026"},
          "ricorso per decreto ingiuntivo presso il giudice competente (artt. 633 e seguenti c.p.c.)",
          "1.337,95\u00A0€ (milletrecentotrentasette euro e novantacinque centesimi)",
          "milletrecentotrentasette euro e novantacinque centesimi"}},
        {"nl",
         {{{K::CourtesyBeforeDue, "Factuur F-2026-121: naderende vervaldatum"},
           {K::FirstReminder, "Betalingsherinnering: factuur F-2026-101"},
           {K::SecondReminder, "Aanmaning: factuur F-2026-101"},
           {K::FormalNotice, "Ingebrekestelling: factuur F-2026-101"},
           {K::FinalNotice, "Laatste sommatie voor gerechtelijke stappen: factuur F-2026-101"},
           {K::PaymentPlanAgreement, "Betalingsregeling"}},
          "Betalingsherinnering: facturen F-2026-087, F-2026-101 en F-2026-112",
          "de volgende 3 facturen",
          "€\u00A01.280,50",
          "Amsterdam, 3 december 2026",
          "de vervaldatum al 49 dagen is verstreken",
          "Geachte heer, mevrouw,",
          "Hoogachtend,",
          "Per aangetekende post",
          {"de artikelen 6:96 en 6:119a van het Burgerlijk Wetboek", "Richtlijn 2011/7/EU",
           "wettelijke handelsrente", "10,15%", "vast bedrag van 40 euro", "stellen wij u in gebreke",
           "uiterlijk 11 december 2026"},
          "een incassoprocedure starten en u dagvaarden voor de bevoegde rechter",
          "€\u00A01.337,95 (duizend driehonderdzevenendertig euro en vijfennegentig cent)",
          "duizend driehonderdzevenendertig euro en vijfennegentig cent"}},
    };
    return all;
}

/// Every string a letter shows, in one text.
std::string allText(const RenderedLetter& letter) { return plainText(letter); }

void expectNoArtefacts(const std::string& text, const std::string& where)
{
    EXPECT_EQ(text.find('{'), std::string::npos) << where << "\n" << text;
    EXPECT_EQ(text.find('}'), std::string::npos) << where << "\n" << text;
    // A binary double printed in full (0.30000000000000004, 1280.4999999)
    // or in exponent form.
    static const std::regex artefact(R"(\d[.,]\d{5,}|\de[+-]\d|(^|\s)-?(nan|inf)(\s|$))");
    EXPECT_FALSE(std::regex_search(text, artefact)) << where << "\n" << text;
}

class LetterInEveryLanguage : public ::testing::TestWithParam<std::string> {
protected:
    const LanguageExpectations& expected() const { return expectations().at(GetParam()); }
};

} // namespace

INSTANTIATE_TEST_SUITE_P(Letters, LetterInEveryLanguage, ::testing::ValuesIn(relance::letterLanguages()),
                         [](const ::testing::TestParamInfo<std::string>& parameter) { return parameter.param; });

TEST_P(LetterInEveryLanguage, EveryKindHasItsSubjectAndNoUnresolvedArgument)
{
    for (LetterKind kind : test::allLetterKinds())
        for (int count : {1, 3}) {
            const RenderedLetter letter = render(sampleLetter(GetParam(), kind, count));
            const std::string where = GetParam() + " " + letterKindKeyword(kind) + " " + std::to_string(count);
            if (count == 1) {
                EXPECT_EQ(letter.subject, expected().subjectForOne.at(kind)) << where;
            }
            EXPECT_FALSE(letter.blocks.empty()) << where;
            EXPECT_FALSE(letter.signatures.empty()) << where;
            EXPECT_EQ(letter.placeAndDate.find(expected().dateLine) != std::string::npos, true)
                << where << ": " << letter.placeAndDate;
            expectNoArtefacts(allText(letter), where);
        }
}

TEST_P(LetterInEveryLanguage, PluralFormsForOneAndThreeInvoices)
{
    const LetterModel three = sampleLetter(GetParam(), LetterKind::FirstReminder, 3);
    const RenderedLetter letter = render(three);
    EXPECT_EQ(letter.subject, expected().subjectForThree);
    EXPECT_CONTAINS(allText(letter), expected().countForThree);

    const std::string second = textOf(sampleLetter(GetParam(), LetterKind::SecondReminder, 1));
    EXPECT_CONTAINS(second, expected().daysForOne);
}

TEST_P(LetterInEveryLanguage, AmountsAndDatesInTheLocale)
{
    const std::string first = textOf(sampleLetter(GetParam(), LetterKind::FirstReminder, 1));
    EXPECT_CONTAINS(first, expected().amount);
    EXPECT_CONTAINS(first, expected().dateLine);
    EXPECT_CONTAINS(first, expected().salutation);
}

TEST_P(LetterInEveryLanguage, FormalNoticeCarriesTheLegalMentionsAndTheTotalInWords)
{
    const RenderedLetter letter = render(sampleLetter(GetParam(), LetterKind::FormalNotice, 1));
    const std::string text = allText(letter);
    for (const std::string& mention : expected().formalLegal)
        EXPECT_CONTAINS(text, mention);
    EXPECT_CONTAINS(text, expected().formalTotal);
    EXPECT_EQ(letter.deliveryMention, expected().registeredMail);
    EXPECT_EQ(letter.salutation, expected().salutation);
    EXPECT_EQ(letter.closing, expected().formalClosing);

    // The interest statement (LATEINTERESTDETAIL's rows) and the statement of
    // account are tables with a total row.
    int tables = 0;
    for (const LetterBlock& block : letter.blocks)
        if (const auto* table = std::get_if<LetterTable>(&block)) {
            ++tables;
            EXPECT_TRUE(table->totalRow.has_value());
            EXPECT_EQ(table->alignment.size(), table->header.size());
            for (const auto& row : table->rows)
                EXPECT_EQ(row.size(), table->header.size());
        }
    EXPECT_EQ(tables, 2);
}

TEST_P(LetterInEveryLanguage, FinalNoticeNamesTheProcedureThatFollows)
{
    const std::string text = textOf(sampleLetter(GetParam(), LetterKind::FinalNotice, 1));
    EXPECT_CONTAINS(text, expected().finalProcedure);
    EXPECT_CONTAINS(text, expected().formalWords);
}

TEST_P(LetterInEveryLanguage, StatementOfAccountFromTheSecondReminderOn)
{
    for (LetterKind kind : {LetterKind::CourtesyBeforeDue, LetterKind::FirstReminder, LetterKind::SecondReminder,
                            LetterKind::FormalNotice, LetterKind::FinalNotice}) {
        const RenderedLetter letter = render(sampleLetter(GetParam(), kind, 3));
        bool hasInterestColumn = false;
        for (const LetterBlock& block : letter.blocks)
            if (const auto* table = std::get_if<LetterTable>(&block))
                if (table->header.size() == 7 && table->rows.size() == 3)
                    hasInterestColumn = true; // invoice, due, amount, paid, interest, fee, total
        const bool expectStatement = kind != LetterKind::CourtesyBeforeDue && kind != LetterKind::FirstReminder;
        EXPECT_EQ(hasInterestColumn, expectStatement) << letterKindKeyword(kind);
    }
}

TEST_P(LetterInEveryLanguage, AgreementHasScheduleAccelerationAndTwoSignatureBlocks)
{
    const LetterModel model = sampleLetter(GetParam(), LetterKind::PaymentPlanAgreement, 3);
    const RenderedLetter letter = render(model);
    EXPECT_EQ(letter.signatures.size(), 2u);
    EXPECT_TRUE(letter.salutation.empty());
    EXPECT_TRUE(letter.closing.empty());
    bool schedule = false;
    for (const LetterBlock& block : letter.blocks)
        if (const auto* table = std::get_if<LetterTable>(&block))
            schedule = schedule || (table->rows.size() == model.plan.schedule.size() && table->header.size() == 6);
    EXPECT_TRUE(schedule);
    EXPECT_CONTAINS(allText(letter), model.creditor.name);
    EXPECT_CONTAINS(allText(letter), model.debtor.name);
}

// DIN 5008: after "Sehr geehrte Damen und Herren," the letter goes on in lower case.
TEST(LetterRenderer, GermanFirstParagraphStartsInLowerCaseAfterTheSalutationComma)
{
    for (LetterKind kind : {LetterKind::CourtesyBeforeDue, LetterKind::FirstReminder, LetterKind::SecondReminder,
                            LetterKind::FormalNotice, LetterKind::FinalNotice}) {
        const RenderedLetter letter = render(sampleLetter("de", kind, 1));
        const std::string& first = std::get<LetterParagraph>(letter.blocks.front()).text;
        EXPECT_TRUE(first[0] >= 'a' && first[0] <= 'z') << first;
    }
}

TEST(LetterRenderer, ItalianRecipientIsSpettabile)
{
    const RenderedLetter letter = render(sampleLetter("it", LetterKind::FirstReminder, 1));
    EXPECT_EQ(letter.recipientLines.front(), "Spett.le Bianchi Costruzioni S.p.A.");
}

// "1er décembre", "1º dicembre": the first of the month is an ordinal in
// French and Italian; ICU's long date writes a plain 1.
TEST(LetterRenderer, FirstOfTheMonthIsAnOrdinalInFrenchAndItalian)
{
    const std::map<std::string, std::string> expected{{"fr", "1er janvier 2027"},  {"it", "1º gennaio 2027"},
                                                      {"de", "1. Januar 2027"},    {"en", "1 January 2027"},
                                                      {"es", "1 de enero de 2027"}, {"nl", "1 januari 2027"}};
    for (const auto& [language, date] : expected) {
        LetterModel model = sampleLetter(language, LetterKind::FirstReminder, 1);
        model.paymentDeadline = test::sampleDay(2027, 1, 1);
        EXPECT_CONTAINS(textOf(model), date);
    }
}

// Every rule code gives its own legal basis and procedure, in every language.
TEST(LetterRenderer, LegalMentionsOfEveryJurisdictionInEveryLanguage)
{
    struct Mentions {
        const char* rule;
        const char* basis;     ///< a reference that reads the same in every language
        const char* procedure; ///< final notice
    };
    const Mentions mentions[] = {
        {"FR", "L441-10", "1405"},        {"FR-MIN", "L441-10", "1405"},  {"FR-LEGAL-PRO", "1231-6", "1405"},
        {"FR-LEGAL-PART", "1231-6", "1405"}, {"DE", "288", "688"},         {"DE-B2C", "288", "688"},
        {"GB", "Late Payment of Commercial Debts (Interest) Act 1998", "County Court"},
        {"BE", "2002", "1338"},           {"NL", "6:119a", "dagvaard"},   {"ES", "3/2004", "812"},
        {"IT", "231", "633"},             {"LU", "18", "ordonnance de paiement"},
        {"EU", "2011/7/", "2011/7/"},
    };
    for (const std::string& language : relance::letterLanguages())
        for (const Mentions& mention : mentions) {
            for (LetterKind kind : {LetterKind::FormalNotice, LetterKind::FinalNotice}) {
                LetterModel model = sampleLetter(language, kind, 3);
                model.jurisdiction = mention.rule;
                model.currency = std::string(mention.rule) == "GB" ? "GBP" : "EUR";
                for (LetterInvoice& invoice : model.invoices)
                    invoice.fixedFee = recoveryFee(invoice.amount, latePaymentRule(mention.rule));
                const std::string text = textOf(model);
                const std::string where = language + " " + mention.rule + " " + letterKindKeyword(kind);
                EXPECT_NE(text.find(mention.basis), std::string::npos) << where << "\n" << text;
                if (kind == LetterKind::FinalNotice) {
                    EXPECT_NE(text.find(mention.procedure), std::string::npos) << where << "\n" << text;
                }
                expectNoArtefacts(text, where);
            }
        }
}

TEST(LetterRenderer, EnglishLegalMentionsPerJurisdiction)
{
    const std::map<std::string, std::vector<std::string>> expected{
        {"FR", {"article L441-10 of the French Commercial Code", "plus 10 percentage points", "D441-5"}},
        {"FR-MIN", {"three times the French statutory interest rate"}},
        {"DE", {"section 288(2) BGB", "nine percentage points above the base rate", "section 288(5) BGB"}},
        {"DE-B2C", {"section 288(1) BGB", "five percentage points above the base rate"}},
        {"BE", {"Belgian Law of 2 August 2002", "articles 1338 et seq. of the Belgian Judicial Code"}},
        {"NL", {"articles 6:96 and 6:119a of the Dutch Civil Code", "(dagvaarding)"}},
        {"ES", {"Spanish Law 3/2004 of 29 December", "proceso monitorio"}},
        {"IT", {"Italian Legislative Decree No. 231 of 9 October 2002", "decreto ingiuntivo"}},
        {"LU", {"Luxembourg Law of 18 April 2004", "ordonnance de paiement"}},
        {"EU", {"national legislation implementing Directive 2011/7/EU", "before the competent court"}},
    };
    for (const auto& [rule, mentions] : expected) {
        LetterModel model = sampleLetter("en", LetterKind::FinalNotice, 1);
        model.jurisdiction = rule;
        model.currency = "EUR";
        for (LetterInvoice& invoice : model.invoices)
            invoice.fixedFee = recoveryFee(invoice.amount, latePaymentRule(rule));
        const std::string text = textOf(model);
        for (const std::string& mention : mentions)
            EXPECT_CONTAINS(text, mention);
        if (rule == "DE-B2C") {
            EXPECT_LACKS(text, "288(5)"); // no Pauschale against a consumer (§ 288 Abs. 6 BGB)
        }
    }
}

TEST(LetterRenderer, GbLetterBeforeActionToAnIndividualFollowsThePreActionProtocol)
{
    LetterModel model = sampleLetter("en", LetterKind::FormalNotice, 1);
    model.debtor.individual = true;
    EXPECT_NE(messageOf([&] { render(model); }).find("30 days"), std::string::npos);
    model.paymentDeadline = test::sampleDay(2027, 1, 2);
    const std::string text = textOf(model);
    EXPECT_CONTAINS(text, "Pre-Action Protocol for Debt Claims");
    EXPECT_CONTAINS(text, "Reply Form");
    EXPECT_CONTAINS(text, "by 2 January 2027");
}

TEST(LetterRenderer, RatesNeverShowABinaryDouble)
{
    LetterModel model = sampleLetter("en", LetterKind::FormalNotice, 1);
    model.statutoryRate = AnnualRate::fromFraction(0.1 + 0.2); // 0.30000000000000004 as a double
    model.interestStatement.front().period.rate = model.statutoryRate;
    const std::string text = textOf(model);
    EXPECT_CONTAINS(text, "30.00%");
    EXPECT_LACKS(text, "0.30000000000000004");
    expectNoArtefacts(text, "0.1 + 0.2");
}

TEST(LetterRenderer, CourtesyAndFirstReminderClaimNoInterest)
{
    const std::string courtesy = textOf(sampleLetter("en", LetterKind::CourtesyBeforeDue, 1));
    EXPECT_CONTAINS(courtesy, "falls due on 15 December 2026");
    EXPECT_LACKS(courtesy, "Interest");
    const std::string first = textOf(sampleLetter("fr", LetterKind::FirstReminder, 1));
    EXPECT_CONTAINS(first, "échéancier"); // the payment plan offered
    EXPECT_LACKS(first, "Intérêts");
}

TEST(LetterRenderer, RefusesWhatCannotMakeACorrectLetter)
{
    LetterModel model = sampleLetter("fr", LetterKind::FormalNotice, 1);

    LetterModel noInvoices = model;
    noInvoices.invoices.clear();
    EXPECT_NE(messageOf([&] { render(noInvoices); }).find("no invoices"), std::string::npos);

    LetterModel language = model;
    language.language = "pt";
    EXPECT_NE(messageOf([&] { render(language); }).find("pt"), std::string::npos);

    LetterModel jurisdiction = model;
    jurisdiction.jurisdiction = "XX";
    EXPECT_NE(messageOf([&] { render(jurisdiction); }).find("XX"), std::string::npos);

    LetterModel currency = model;
    currency.currency = "ABC";
    EXPECT_NE(messageOf([&] { render(currency); }).find("ABC"), std::string::npos);

    LetterModel deadline = model;
    deadline.paymentDeadline = model.letterDate;
    EXPECT_NE(messageOf([&] { render(deadline); }).find("Payment deadline"), std::string::npos);

    LetterModel agreement = sampleLetter("fr", LetterKind::PaymentPlanAgreement, 1);
    agreement.plan.schedule.pop_back();
    EXPECT_NE(messageOf([&] { render(agreement); }).find("acknowledged debt"), std::string::npos);

    LetterModel missingCatalogs = model;
    EXPECT_NE(messageOf([&] { renderLetter(missingCatalogs, "/nonexistent"); }).find("/nonexistent"),
              std::string::npos);
}
