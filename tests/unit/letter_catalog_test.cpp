// The letter catalogs (packaging/letters/*.txt, compiled by genrb into the
// build tree) and, for the rules that hold for both, the UI's (packaging/ui), checked with ICU directly rather than through the renderer:
// every language of the table (letter_languages.hpp) has exactly the English
// (root) keys, every message parses
// as a MessageFormat pattern in its locale, and uses the same argument names
// as the English one.
#include "core/error.hpp"
#include "letters/letter_catalog.hpp"
#include "letters/letter_languages.hpp"

#include "error_message.hpp"

#include <gtest/gtest.h>

#include <unicode/errorcode.h>
#include <unicode/locid.h>
#include <unicode/messagepattern.h>
#include <unicode/msgfmt.h>
#include <unicode/ures.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

namespace {

using Catalog = std::map<std::string, std::string>; // "table/key" → UTF-8 pattern

struct BundleCloser {
    void operator()(UResourceBundle* bundle) const { ures_close(bundle); }
};
using Bundle = std::unique_ptr<UResourceBundle, BundleCloser>;

void collect(UResourceBundle* table, const std::string& prefix, Catalog& out)
{
    ures_resetIterator(table);
    while (ures_hasNext(table)) {
        UErrorCode status = U_ZERO_ERROR;
        Bundle item(ures_getNextResource(table, nullptr, &status));
        ASSERT_TRUE(U_SUCCESS(status)) << prefix << ": " << u_errorName(status);
        const std::string key = prefix + ures_getKey(item.get());
        if (ures_getType(item.get()) == URES_TABLE) {
            collect(item.get(), key + "/", out);
        } else {
            ASSERT_EQ(ures_getType(item.get()), URES_STRING) << key;
            int32_t length = 0;
            const UChar* text = ures_getString(item.get(), &length, &status);
            ASSERT_TRUE(U_SUCCESS(status)) << key;
            std::string utf8;
            icu::UnicodeString(text, length).toUTF8String(utf8);
            out[key] = utf8;
        }
    }
}

/// The messages of one .res file of `folder`, without ICU's fallback to root.
Catalog readCatalog(const char* file, const std::string& folder = RELANCE_LETTER_CATALOG_DIR)
{
    UErrorCode status = U_ZERO_ERROR;
    Bundle bundle(ures_openDirect((folder + "/").c_str(), file, &status));
    EXPECT_TRUE(U_SUCCESS(status)) << file << ".res: " << u_errorName(status);
    Catalog catalog;
    if (U_SUCCESS(status))
        collect(bundle.get(), "", catalog);
    return catalog;
}

std::set<std::string> argumentNames(const std::string& pattern, const std::string& where)
{
    icu::ErrorCode status;
    UParseError error;
    icu::MessagePattern parsed(icu::UnicodeString::fromUTF8(pattern), &error, status);
    EXPECT_TRUE(status.isSuccess()) << where << " does not parse at offset " << error.offset << ": " << pattern;
    std::set<std::string> names;
    for (int32_t i = 0; status.isSuccess() && i < parsed.countParts(); ++i)
        if (parsed.getPart(i).getType() == UMSGPAT_PART_TYPE_ARG_NAME) {
            std::string name;
            parsed.getSubstring(parsed.getPart(i)).toUTF8String(name);
            names.insert(name);
        }
    return names;
}

/// Every letter language of the table but English, whose messages are root's.
std::vector<std::string> translatedLanguages()
{
    std::vector<std::string> codes;
    for (const relance::LetterLanguage& language : relance::letterLanguageTable())
        if (language.code != "en")
            codes.emplace_back(language.code);
    return codes;
}

/// Each catalog file with the locale its messages are formatted in: root.res
/// is English's.
std::map<std::string, std::string> catalogLocales()
{
    std::map<std::string, std::string> locales;
    for (const relance::LetterLanguage& language : relance::letterLanguageTable())
        locales[language.code == "en" ? "root" : std::string(language.code)] = language.icuLocale;
    return locales;
}

/// The letters' catalogs and the user interface's (packaging/ui): the same
/// languages, the same rules.
class CatalogFolder : public ::testing::TestWithParam<const char*> {};

} // namespace

INSTANTIATE_TEST_SUITE_P(LettersAndUserInterface, CatalogFolder,
                         ::testing::Values(RELANCE_LETTER_CATALOG_DIR, RELANCE_UI_CATALOG_DIR));

TEST(LetterCatalog, EnglishIsRootAndEnAddsNothing)
{
    const Catalog root = readCatalog("root");
    EXPECT_GE(root.size(), 80u);
    EXPECT_TRUE(readCatalog("en").empty()) << "en.txt inherits every message from root.txt";
}

TEST_P(CatalogFolder, EveryLanguageHasExactlyTheEnglishKeys)
{
    const Catalog root = readCatalog("root", GetParam());
    for (const std::string& language : translatedLanguages()) {
        const Catalog catalog = readCatalog(language.c_str(), GetParam());
        for (const auto& [key, pattern] : root)
            EXPECT_TRUE(catalog.count(key)) << language << " lacks " << key;
        for (const auto& [key, pattern] : catalog)
            EXPECT_TRUE(root.count(key)) << language << " has " << key << ", which English has not";
    }
}

TEST_P(CatalogFolder, EveryMessageUsesTheEnglishArgumentNames)
{
    const Catalog root = readCatalog("root", GetParam());
    for (const std::string& language : translatedLanguages())
        for (const auto& [key, pattern] : readCatalog(language.c_str(), GetParam())) {
            const auto english = root.find(key);
            if (english == root.end())
                continue; // reported by EveryLanguageHasExactlyTheEnglishKeys
            EXPECT_EQ(argumentNames(pattern, language + ":" + key),
                      argumentNames(english->second, "root:" + key))
                << language << ":" << key;
        }
}

TEST_P(CatalogFolder, EveryPatternParsesInItsLocale)
{
    for (const auto& [file, locale] : catalogLocales())
        for (const auto& [key, pattern] : readCatalog(file.c_str(), GetParam())) {
            icu::ErrorCode status;
            UParseError error;
            icu::MessageFormat format(icu::UnicodeString::fromUTF8(pattern), icu::Locale(locale.c_str()), error,
                                      status);
            EXPECT_TRUE(status.isSuccess()) << file << ":" << key << ": " << status.errorName() << " at offset "
                                            << error.offset;
            // A straight apostrophe quotes text in ICU patterns ("l'{x}" would
            // print "{x}"); the catalogs write the typographic ’ instead.
            EXPECT_EQ(pattern.find('\''), std::string::npos) << file << ":" << key;
        }
}

TEST(LetterCatalog, UnknownLanguageIsRefusedWithItsCode)
{
    const std::string message =
        relance::test::messageOf([] { relance::LetterCatalog(RELANCE_LETTER_CATALOG_DIR, "pt"); });
    EXPECT_NE(message.find("pt"), std::string::npos) << message;
}

TEST(LetterCatalog, MissingMessageIsRefusedWithKeyAndLanguage)
{
    const relance::LetterCatalog catalog(RELANCE_LETTER_CATALOG_DIR, "de");
    const std::string message = relance::test::messageOf([&] { catalog.text("formal/no_such_message"); });
    EXPECT_NE(message.find("formal/no_such_message"), std::string::npos) << message;
    EXPECT_NE(message.find("\"de\""), std::string::npos) << message;
}

TEST(LetterCatalog, MissingArgumentIsRefusedRatherThanPrintedAsBraces)
{
    const relance::LetterCatalog catalog(RELANCE_LETTER_CATALOG_DIR, "fr");
    const std::string message = relance::test::messageOf([&] { catalog.text("common/vat_number"); });
    EXPECT_NE(message.find("{number}"), std::string::npos) << message;
}

// A translation that lacks a message must not borrow the English one from
// root: the catalog is compiled here from a French file with one message.
TEST(LetterCatalog, TranslationNeverFallsBackToEnglish)
{
    const std::filesystem::path directory =
        std::filesystem::path(RELANCE_BINARY_DIR) / "letter-catalog-test-incomplete";
    std::filesystem::create_directories(directory);
    std::filesystem::copy_file(std::filesystem::path(RELANCE_LETTER_CATALOG_DIR) / "root.res", directory / "root.res",
                               std::filesystem::copy_options::overwrite_existing);
    std::ofstream(directory / "fr.txt") << "fr { common { salutation { \"Madame, Monsieur,\" } } }\n";
    const std::string command = std::string(RELANCE_GENRB) + " -q -e UTF-8 -s " + directory.string() + " -d " +
                                directory.string() + " fr.txt";
    ASSERT_EQ(std::system(command.c_str()), 0) << command;

    const relance::LetterCatalog catalog(directory.string(), "fr");
    EXPECT_EQ(catalog.text("common/salutation"), "Madame, Monsieur,");
    const std::string message = relance::test::messageOf([&] { catalog.text("common/registered_mail"); });
    EXPECT_NE(message.find("common/registered_mail"), std::string::npos) << message;
    EXPECT_NE(message.find("\"fr\""), std::string::npos) << message;
}
