#pragma once
// Sample letters for the letter tests and the sample writer: one realistic
// creditor and client per language, writing under the creditor's own
// jurisdiction (en → GB, fr → FR, de → DE, es → ES, it → IT, nl → NL), with
// one invoice or three. Interest is computed with the core's simpleInterest
// at fixed sample rates, so that the totals (and their words) can be written
// by hand in the tests:
//
//   invoice      due         amount    paid    late  interest periods
//   F-2026-087   2026-06-15    640.25  140.25  171   16-30 Jun at H1 rate, 1 Jul-3 Dec at H2 rate
//   F-2026-101   2026-10-15  1,280.50    0      49   16 Oct-3 Dec at H2 rate
//   F-2026-112   2026-10-31     99.99    0      33   1 Nov-3 Dec at H2 rate
//
// The letter is dated 3 December 2026; the deadline is 8 days later
// (11 December 2026), or 30 days for a GB letter before action to an individual.
#include "core/annual_rate.hpp"
#include "core/late_payment_rule.hpp"
#include "core/payment_schedule.hpp"
#include "core/recovery_fee.hpp"
#include "letters/letter_model.hpp"

#include <string>
#include <vector>

namespace relance::test {

inline Date sampleDay(int y, int m, int d)
{
    return Date(static_cast<unsigned short>(y), static_cast<unsigned short>(m), static_cast<unsigned short>(d));
}

struct SampleParties {
    const char* language;
    const char* rule;
    const char* currency;
    double rateFirstHalf;  ///< sample statutory rate, January-June 2026
    double rateSecondHalf; ///< sample statutory rate, July-December 2026
    Creditor creditor;
    Debtor debtor;
};

inline const std::vector<SampleParties>& sampleParties()
{
    static const std::vector<SampleParties> parties{
        {"en", "GB", "GBP", 0.12, 0.12,
         {"Harper & Lane Ltd", {"14 King Street", "Manchester M2 4LQ"}, "Company No. 01234567", "GB123456789",
          "GB33 BUKB 2020 1555 5555 55", "BUKBGB22", "", "0161 496 0000, accounts@harperlane.co.uk", "James Harper",
          "Director", "Manchester"},
         {"Northwind Trading Ltd", {"3 Canal Street", "Leeds LS1 4AB"}, "Ms Sarah Collins, Accounts Payable", false}},
        {"fr", "FR", "EUR", 0.124, 0.1215,
         {"Atelier Dubois SARL", {"12 rue des Lilas", "75011 Paris"}, "RCS Paris 812 345 678", "FR32812345678",
          "FR76 3000 4000 0312 3456 7890 143", "BNPAFRPPXXX", "", "01 23 45 67 89, compta@atelier-dubois.fr",
          "Claire Dubois", "Gérante", "Paris"},
         {"Boulangerie Martin SAS", {"4 place du Marché", "69002 Lyon"}, "Mme Sophie Martin, service comptabilité", false}},
        {"de", "DE", "EUR", 0.1027, 0.1027,
         {"Müller & Söhne GmbH", {"Hauptstraße 5", "10115 Berlin"}, "Amtsgericht Berlin-Charlottenburg HRB 123456",
          "DE123456789", "DE89 3704 0044 0532 0130 00", "COBADEFFXXX", "", "030 1234567, buchhaltung@mueller-soehne.de",
          "Thomas Müller", "Geschäftsführer", "Berlin"},
         {"Schneider Bau GmbH & Co. KG", {"Industriestraße 12", "80339 München"}, "Frau Anna Schneider, Buchhaltung", false}},
        {"es", "ES", "EUR", 0.104, 0.1015,
         {"Construcciones García S.L.", {"Calle Mayor 10", "28013 Madrid"},
          "Registro Mercantil de Madrid, tomo 1234, folio 56, hoja M-78901", "ESB12345678",
          "ES91 2100 0418 4502 0005 1332", "CAIXESBBXXX", "", "910 000 000, administracion@garcia.es", "Lucía García",
          "Administradora", "Madrid"},
         {"Distribuciones López S.A.", {"Avenida de la Constitución 25", "41001 Sevilla"}, "D.ª Carmen López, Departamento de Administración",
          false}},
        {"it", "IT", "EUR", 0.104, 0.1015,
         {"Rossi Forniture S.r.l.", {"Via Roma 1", "20121 Milano"}, "REA MI-1234567", "IT12345678901",
          "IT60 X054 2811 1010 0000 0123 456", "BPMOIT22XXX", "", "02 1234567, amministrazione@rossiforniture.it",
          "Marco Rossi", "Amministratore unico", "Milano"},
         {"Bianchi Costruzioni S.p.A.", {"Corso Vittorio Emanuele II 50", "10123 Torino"}, "Dott.ssa Giulia Bianchi, Ufficio amministrazione",
          false}},
        {"nl", "NL", "EUR", 0.104, 0.1015,
         {"De Vries Installatietechniek B.V.", {"Keizersgracht 100", "1015 CV Amsterdam"}, "KvK 12345678",
          "NL123456789B01", "NL91 ABNA 0417 1643 00", "ABNANL2A", "", "020 123 4567, administratie@devries.nl",
          "Pieter de Vries", "Directeur", "Amsterdam"},
         {"Jansen Bouw B.V.", {"Stationsplein 8", "3511 ED Utrecht"}, "mevrouw S. Jansen, crediteurenadministratie", false}},
    };
    return parties;
}

inline const SampleParties& samplePartiesFor(const std::string& language)
{
    for (const SampleParties& parties : sampleParties())
        if (parties.language == language)
            return parties;
    return sampleParties().front();
}

inline Money cents(std::int64_t value) { return Money::fromMinorUnits(value, 2); }

/// A sample letter of `kind` in `language` for 1 or 3 invoices.
inline LetterModel sampleLetter(const std::string& language, LetterKind kind, int invoiceCount)
{
    const SampleParties& parties = samplePartiesFor(language);
    const LatePaymentRule& rule = latePaymentRule(parties.rule);
    const AnnualRate firstHalf = AnnualRate::fromFraction(parties.rateFirstHalf);
    const AnnualRate secondHalf = AnnualRate::fromFraction(parties.rateSecondHalf);

    LetterModel model;
    model.kind = kind;
    model.language = language;
    model.currency = parties.currency;
    model.jurisdiction = parties.rule;
    model.letterDate = sampleDay(2026, 12, 3);
    model.paymentDeadline = sampleDay(2026, 12, 11);
    model.creditor = parties.creditor;
    model.debtor = parties.debtor;
    model.statutoryRate = secondHalf;

    struct Row {
        const char* number;
        Date issue, due;
        std::int64_t amount, paid;
    };
    std::vector<Row> rows;
    if (kind == LetterKind::CourtesyBeforeDue) {
        rows = {{"F-2026-120", sampleDay(2026, 11, 16), sampleDay(2026, 12, 10), 64025, 14025},
                {"F-2026-121", sampleDay(2026, 11, 20), sampleDay(2026, 12, 15), 128050, 0},
                {"F-2026-125", sampleDay(2026, 11, 30), sampleDay(2026, 12, 31), 9999, 0}};
        if (invoiceCount == 1)
            rows = {rows[1]};
    } else {
        rows = {{"F-2026-087", sampleDay(2026, 5, 16), sampleDay(2026, 6, 15), 64025, 14025},
                {"F-2026-101", sampleDay(2026, 9, 15), sampleDay(2026, 10, 15), 128050, 0},
                {"F-2026-112", sampleDay(2026, 10, 1), sampleDay(2026, 10, 31), 9999, 0}};
        if (invoiceCount == 1)
            rows = {rows[1]};
    }

    const bool claimsInterest = kind == LetterKind::SecondReminder || kind == LetterKind::FormalNotice ||
                                kind == LetterKind::FinalNotice || kind == LetterKind::PaymentPlanAgreement;
    const Date july = sampleDay(2026, 7, 1);
    for (const Row& row : rows) {
        LetterInvoice invoice;
        invoice.number = row.number;
        invoice.issueDate = row.issue;
        invoice.dueDate = row.due;
        invoice.amount = cents(row.amount);
        invoice.paid = cents(row.paid);
        invoice.daysLate = (model.letterDate - row.due).days();
        invoice.interest = cents(0);
        invoice.fixedFee = cents(0);
        if (claimsInterest && invoice.daysLate > 0) {
            const Money principal = invoice.balance();
            auto addPeriod = [&](Date from, Date to, AnnualRate rate) {
                const long days = (to - from).days() + 1;
                const Money interest = simpleInterest(principal, rate, days, 365);
                model.interestStatement.push_back(
                    {row.number, {from, to, days, rate, 365, principal, interest, from, false}});
                invoice.interest += interest;
            };
            const Date first = row.due + boost::gregorian::days(1);
            if (first < july) {
                addPeriod(first, july - boost::gregorian::days(1), firstHalf);
                addPeriod(july, model.letterDate, secondHalf);
            } else {
                addPeriod(first, model.letterDate, secondHalf);
            }
            invoice.fixedFee = recoveryFee(invoice.amount, rule);
        }
        model.invoices.push_back(invoice);
    }

    if (kind == LetterKind::PaymentPlanAgreement) {
        Money debt = cents(0);
        for (const LetterInvoice& invoice : model.invoices)
            debt += invoice.totalDue();
        const PaymentPlanTerms terms{debt, 3, sampleDay(2027, 1, 15), 1, 0.05, RepaymentMethod::EqualPayments};
        model.plan.schedule = buildPaymentPlan(terms);
        model.plan.annualRate = AnnualRate::fromFraction(0.05);
        model.plan.accelerationDays = 15;
    }
    return model;
}

inline const std::vector<LetterKind>& allLetterKinds()
{
    static const std::vector<LetterKind> kinds{LetterKind::CourtesyBeforeDue, LetterKind::FirstReminder,
                                               LetterKind::SecondReminder,    LetterKind::FormalNotice,
                                               LetterKind::FinalNotice,       LetterKind::PaymentPlanAgreement};
    return kinds;
}

} // namespace relance::test
