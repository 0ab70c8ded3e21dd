// The table of letter languages (letters/letter_languages.hpp): every entry
// has its catalog, spells amounts in every currency, writes a long date, and
// names the journal's columns; and no catalog is shipped without an entry.
// The catalogs' keys are compared with root's in letter_catalog_test.cpp,
// for the same table.
#include "core/money.hpp"
#include "core/register_vocabulary.hpp"
#include "core/reminder_journal.hpp"
#include "core/text_folding.hpp"
#include "letters/amount_in_words.hpp"
#include "letters/journal_headings.hpp"
#include "letters/letter_catalog.hpp"
#include "letters/letter_languages.hpp"

#include "error_message.hpp"

#include <gtest/gtest.h>

#include <unicode/locid.h>
#include <unicode/rbnf.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>
#include <string>

using namespace relance;

namespace {

const std::string catalogs = RELANCE_LETTER_CATALOG_DIR;

} // namespace

TEST(LetterLanguages, TheSixOfTheSpecificationEnglishFirst)
{
    EXPECT_EQ(letterLanguages(), (std::vector<std::string>{"en", "fr", "de", "es", "it", "nl"}));
    EXPECT_EQ(letterLanguageList(" or "), "en, fr, de, es, it or nl");
    EXPECT_EQ(letterLanguage("FR"), "fr");
    EXPECT_EQ(letterLocale("en"), "en_GB");
    EXPECT_EQ(findLetterLanguage("pt"), nullptr);
    EXPECT_EQ(test::messageOf([] { letterLanguage("pt"); }),
              "Language (\"pt\") has no letter catalog: use en, fr, de, es, it or nl");
}

// The build compiles and ships every packaging/letters/*.txt: each must be a
// language of the table (or root, English's messages), and each language of
// the table must have its file.
TEST(LetterLanguages, OneCatalogFilePerLanguageAndNoOther)
{
    std::set<std::string> files;
    for (const auto& entry : std::filesystem::directory_iterator(std::string(RELANCE_SOURCE_DIR) + "/packaging/letters"))
        if (entry.path().extension() == ".txt")
            files.insert(entry.path().stem().string());
    std::set<std::string> expected{"root"};
    for (const LetterLanguage& language : letterLanguageTable())
        expected.emplace(language.code);
    EXPECT_EQ(files, expected);
    for (const std::string& file : expected)
        EXPECT_TRUE(std::filesystem::exists(catalogs + "/" + file + ".res")) << file << ".res was not compiled";
}

TEST(LetterLanguages, EachHasItsCatalogAndAnIcuLocale)
{
    for (const LetterLanguage& language : letterLanguageTable()) {
        SCOPED_TRACE(std::string(language.code));
        EXPECT_EQ(language.code.size(), 2U);
        const LetterCatalog catalog(catalogs, language.code);
        EXPECT_EQ(catalog.language(), language.code);
        const icu::Locale locale(std::string(language.icuLocale).c_str());
        EXPECT_FALSE(locale.isBogus());
        EXPECT_EQ(std::string(locale.getLanguage()), language.code);
        EXPECT_NE(std::string(locale.getCountry()), "") << "letters are formatted in a country's conventions";
    }
}

// Every language spells every currency, with each of its phrases: whole,
// cents alone, both, zero, one, and the largest amount there is.
TEST(LetterLanguages, EachSpellsAmountsInEveryCurrency)
{
    // in cents: 1,280.50; 0.01; 0; 1; 21; 1,000,000; 999,999,999,999,999.99
    const std::int64_t amounts[] = {128050, 1, 0, 100, 2100, 100000000, 99'999'999'999'999'999};
    for (const LetterLanguage& language : letterLanguageTable())
        for (const char* currency : {"EUR", "GBP", "USD", "CHF"})
            for (const std::int64_t cents : amounts) {
                SCOPED_TRACE(std::string(language.code) + " " + currency + " " + std::to_string(cents));
                std::string words;
                ASSERT_NO_THROW(words = amountInWords(Money::fromMinorUnits(cents, 2), language.code, currency));
                EXPECT_FALSE(words.empty());
                EXPECT_EQ(words.find_first_of("0123456789{}"), std::string::npos) << words;
                EXPECT_EQ(words.find("\xC2\xAD"), std::string::npos) << "soft hyphen in " << words;
                EXPECT_EQ(words.find("  "), std::string::npos) << words;
            }
}

// The first of the month and another day in every language's long date
// (the catalog's common/date_only);
// the six of the specification as CLDR writes them (French and Italian with
// the ordinal first, as their entries say).
TEST(LetterLanguages, EachWritesTheLongDate)
{
    const std::map<std::string, std::pair<std::string, std::string>> known{
        {"en", {"1 December 2026", "3 December 2026"}},
        {"fr", {"1er décembre 2026", "3 décembre 2026"}},
        {"de", {"1. Dezember 2026", "3. Dezember 2026"}},
        {"es", {"1 de diciembre de 2026", "3 de diciembre de 2026"}},
        {"it", {"1º dicembre 2026", "3 dicembre 2026"}},
        {"nl", {"1 december 2026", "3 december 2026"}},
    };
    for (const LetterLanguage& language : letterLanguageTable()) {
        SCOPED_TRACE(std::string(language.code));
        const LetterCatalog catalog(catalogs, language.code);
        const std::string first = catalog.format("common/date_only", MessageArguments().date("date", Date(2026, 12, 1)));
        const std::string third = catalog.format("common/date_only", MessageArguments().date("date", Date(2026, 12, 3)));
        EXPECT_NE(first.find("2026"), std::string::npos) << first;
        EXPECT_NE(first, third);
        const auto expected = known.find(std::string(language.code));
        if (expected != known.end()) {
            // the message may put words around the date ("Le 1er décembre 2026")
            EXPECT_NE(first.find(expected->second.first), std::string::npos) << first;
            EXPECT_NE(third.find(expected->second.second), std::string::npos) << third;
        }
    }
}

// The journal's nine headers in every language, distinct within a language;
// and no word names two different columns in two languages, since a journal
// is read back whatever language it was written in.
TEST(LetterLanguages, EachNamesTheJournalColumns)
{
    const JournalHeadings headings = journalHeadings(catalogs);
    ASSERT_EQ(headings.size(), letterLanguageTable().size());
    for (std::size_t l = 0; l < headings.size(); ++l) {
        const std::string code(letterLanguageTable()[l].code);
        ASSERT_EQ(headings[l].size(), journalColumnCount) << code;
        EXPECT_EQ(headings[l], journalHeader(code, catalogs)) << code;
        for (std::size_t i = 0; i < journalColumnCount; ++i) {
            EXPECT_FALSE(headings[l][i].empty()) << code << " " << journalColumnKey(static_cast<JournalColumn>(i));
            for (std::size_t other = 0; other < headings.size(); ++other)
                for (std::size_t j = 0; j < journalColumnCount; ++j)
                    if (j != i) {
                        EXPECT_FALSE(foldedEqual(headings[l][i], headings[other][j]))
                            << code << " '" << headings[l][i] << "' also names another column in "
                            << letterLanguageTable()[other].code;
                    }
        }
    }
}

// Each language's journal is read back as written, whichever it is.
TEST(LetterLanguages, EachJournalReadsBack)
{
    const JournalHeadings headings = journalHeadings(catalogs);
    for (const std::string& language : letterLanguages()) {
        SCOPED_TRACE(language);
        SheetSnapshot sheet(Date(1899, 12, 30));
        std::vector<SheetCell> header;
        for (const std::string& title : journalHeader(language, catalogs))
            header.push_back(SheetCell::ofText(title));
        sheet.appendRow(std::move(header));
        JournalEntry entry;
        entry.date = Date(2026, 12, 3);
        entry.client = "Client";
        entry.level = 2;
        entry.invoices = {{"F-1", Money::fromMinorUnits(12050, 2), Money::fromMinorUnits(0, 2),
                           Money::fromMinorUnits(0, 2)}};
        entry.fileName = "letter.pdf";
        for (auto& row : journalRows(entry, Date(1899, 12, 30)))
            sheet.appendRow(std::move(row));
        const auto entries = readJournal(sheet, headings);
        ASSERT_EQ(entries.size(), 1U);
        EXPECT_TRUE(entries[0] == entry);
    }
}

// A client's language on the register is a letter language: the register's
// words are read in each of them too (one entry of register_vocabulary.cpp).
TEST(LetterLanguages, EachHasARegisterVocabulary)
{
    for (const LetterLanguage& language : letterLanguageTable()) {
        SCOPED_TRACE(std::string(language.code));
        const auto& vocabulary = registerVocabulary();
        const auto entry = std::find_if(vocabulary.begin(), vocabulary.end(),
                                        [&](const RegisterVocabulary& words) { return words.language == language.code; });
        ASSERT_NE(entry, vocabulary.end());
        for (std::size_t status = 0; status < invoiceStatusCount; ++status)
            EXPECT_FALSE(entry->statusWords[status].empty()) << invoiceStatusName(static_cast<InvoiceStatus>(status));
        EXPECT_FALSE(entry->fieldHeaders[static_cast<std::size_t>(RegisterField::InvoiceNumber)].empty());
        EXPECT_FALSE(entry->fieldHeaders[static_cast<std::size_t>(RegisterField::DueDate)].empty());
        EXPECT_FALSE(entry->disputeHeaders.empty());
        EXPECT_FALSE(entry->yes.empty());
        EXPECT_FALSE(entry->no.empty());
    }
    EXPECT_EQ(registerLanguageList(), "en, fr, de, es, it or nl");
}
