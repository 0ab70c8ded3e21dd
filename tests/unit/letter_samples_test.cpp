// Writes every sample letter as plain text into the build tree
// (<build>/letter-samples/<language>-<kind>-<n>.txt), and every language's
// final notice under every rule code (<build>/letter-samples/rules/), for a
// person to read them as their native speaker would. The test itself only
// checks that each letter renders and is written.
#include "core/late_payment_rule.hpp"
#include "core/recovery_fee.hpp"
#include "letters/letter_languages.hpp"
#include "letters/letter_plain_text.hpp"
#include "letters/letter_renderer.hpp"

#include "letter_samples.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

using namespace relance;

TEST(LetterSamples, WritesEveryLetterAsPlainText)
{
    const std::filesystem::path directory = std::filesystem::path(RELANCE_BINARY_DIR) / "letter-samples";
    std::filesystem::create_directories(directory);
    for (const std::string& language : relance::letterLanguages())
        for (LetterKind kind : test::allLetterKinds())
            for (int count : {1, 3}) {
                const RenderedLetter letter =
                    renderLetter(test::sampleLetter(language, kind, count), RELANCE_LETTER_CATALOG_DIR);
                const std::filesystem::path file =
                    directory / (language + "-" + letterKindKeyword(kind) + "-" + std::to_string(count) + ".txt");
                std::ofstream(file, std::ios::binary) << plainText(letter);
                EXPECT_TRUE(std::filesystem::file_size(file) > 500) << file;
            }
}

TEST(LetterSamples, WritesTheFinalNoticeUnderEveryRule)
{
    const std::filesystem::path directory = std::filesystem::path(RELANCE_BINARY_DIR) / "letter-samples" / "rules";
    std::filesystem::create_directories(directory);
    for (const std::string& language : relance::letterLanguages())
        for (const LatePaymentRule& rule : latePaymentRules()) {
            LetterModel model = test::sampleLetter(language, LetterKind::FinalNotice, 3);
            model.jurisdiction = rule.code;
            model.currency = rule.code == "GB" ? "GBP" : "EUR";
            for (LetterInvoice& invoice : model.invoices)
                invoice.fixedFee = recoveryFee(invoice.amount, rule);
            const std::filesystem::path file = directory / (language + "-" + std::string(rule.code) + ".txt");
            std::ofstream(file, std::ios::binary) << plainText(renderLetter(model, RELANCE_LETTER_CATALOG_DIR));
            EXPECT_TRUE(std::filesystem::file_size(file) > 500) << file;
        }
}
