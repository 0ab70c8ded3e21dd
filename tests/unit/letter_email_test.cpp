// The e-mail that carries a letter, and the payment code block of a letter.
// Amounts by hand from the sample invoices (letter_samples.hpp): outstanding
// 640.25 - 140.25 = 500.00, 1,280.50 and 99.99, together 1,880.49.
#include "letters/letter_email.hpp"
#include "letters/letter_renderer.hpp"

#include "letter_samples.hpp"

#include <gtest/gtest.h>

using namespace relance;
using relance::test::sampleLetter;

namespace {

const std::string catalogs = RELANCE_LETTER_CATALOG_DIR;

LetterModel firstReminderWithReference(const std::string& language)
{
    LetterModel model = sampleLetter(language, LetterKind::FirstReminder, 3);
    model.currency = "EUR";
    model.creditor.iban = "FR76 3000 6000 0112 3456 7890 189";
    model.creditor.bic = "BNPAFRPPXXX";
    model.paymentReference = "RF18539007547034";
    model.paymentCode = true;
    return model;
}

} // namespace

TEST(LetterEmail, SubjectAndBodyInTheLettersLanguage)
{
    const LetterModel model = firstReminderWithReference("de");
    EXPECT_EQ(amountAsked(model), Money::fromMinorUnits(188049, 2));
    const LetterEmailText text = letterEmailText(model, catalogs);
    EXPECT_EQ(text.subject, "Zahlungserinnerung: Rechnungen F-2026-087, F-2026-101 und F-2026-112");
    EXPECT_EQ(text.body.substr(0, text.body.find("F-2026")),
              "Sehr geehrte Damen und Herren,\n\nanbei erhalten Sie unser Schreiben zu den Rechnungen ");
    EXPECT_NE(text.body.find("1.880,49"), std::string::npos);
    EXPECT_NE(text.body.find("Bitte geben Sie bei der Zahlung die Referenz RF18 5390 0754 7034 an."), std::string::npos);
    EXPECT_NE(text.body.find("Mit freundlichen Grüßen\n"), std::string::npos);

    LetterModel one = sampleLetter("en", LetterKind::FormalNotice, 1);
    EXPECT_EQ(letterEmailText(one, catalogs).subject, "Formal notice: invoice F-2026-101");
    EXPECT_EQ(letterEmailText(one, catalogs).body.find("reference"), std::string::npos); // none given
}

TEST(LetterPaymentCodeBlock, AmountAskedReferenceAndCaption)
{
    const RenderedLetter letter = renderLetter(firstReminderWithReference("fr"), catalogs);
    const LetterPaymentCode* code = nullptr;
    std::string paragraphs;
    for (const LetterBlock& block : letter.blocks) {
        if (const auto* found = std::get_if<LetterPaymentCode>(&block))
            code = found;
        if (const auto* paragraph = std::get_if<LetterParagraph>(&block))
            paragraphs += paragraph->text + "\n";
    }
    ASSERT_NE(code, nullptr);
    const std::string& name = letter.signatures.front().lines.back(); // the creditor's name
    EXPECT_EQ(code->payload, "BCD\n002\n1\nSCT\nBNPAFRPPXXX\n" + name +
                                 "\nFR7630006000011234567890189\nEUR1880.49\n\nRF18539007547034");
    ASSERT_EQ(code->caption.size(), 2u);
    EXPECT_EQ(code->caption[0].rfind("Scannez ce code avec l’application", 0), 0u);
    EXPECT_EQ(code->caption[1], "Référence de paiement\u00A0: RF18 5390 0754 7034");
    EXPECT_NE(paragraphs.find("en rappelant la référence de paiement RF18 5390 0754 7034."), std::string::npos);

    LetterModel numbers = firstReminderWithReference("fr");
    numbers.paymentReference.clear();
    numbers.paymentCode = false;
    for (const LetterBlock& block : renderLetter(numbers, catalogs).blocks)
        EXPECT_FALSE(std::holds_alternative<LetterPaymentCode>(block));
}
