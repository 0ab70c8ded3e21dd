// Reference-rate tables: the shipped files read back with their published
// figures, the strict parser (line-numbered errors, mutated files under
// ASan), and the RELANCE_RATES override that merges document rows by date.
#include "core/error.hpp"
#include "core/rate_override.hpp"
#include "core/rate_table_csv.hpp"
#include "rate_test_support.hpp"

#include "error_message.hpp"

#include <gtest/gtest.h>

#include <random>

using namespace relance;
using relance::test::day;
using relance::test::readRateFile;
using relance::test::shippedTables;

namespace {

AnnualRate pct(double percent) { return AnnualRate::fromFraction(percent / 100); }

using relance::test::messageOf;

const std::string header = "# source: TEST\n# url: https://example.org\n# valid-through: 2024-12-31\n"
                           "effective_date,rate,reference\n";

RateTable parsed(const std::string& body) { return parseRateTable(header + body, "TEST"); }

std::string parseError(const std::string& text) { return messageOf([&] { parseRateTable(text, "TEST"); }); }

} // namespace

TEST(ShippedRates, PublishedFiguresReadBack)
{
    const RateTables& tables = shippedTables();
    // ECB main refinancing rate (ecb.csv; ECB press releases quoted there).
    EXPECT_EQ(tables.table("ECB").rateOn(day(2023, 7, 1)), pct(4.00));   // 4.00 % from 21 Jun 2023
    EXPECT_EQ(tables.table("ECB").rateOn(day(2023, 6, 20)), pct(3.75));  // the day before
    EXPECT_EQ(tables.table("ECB").rateOn(day(2022, 12, 31)), pct(2.50)); // 21 Dec 2022
    EXPECT_EQ(tables.table("ECB").rateOn(day(1999, 1, 1)), pct(3.00));   // the first row
    EXPECT_EQ(tables.table("ECB").rateOn(day(2016, 3, 16)), pct(0.00));
    // Basiszinssatz (Bundesbank): 3.62 % on 1 Jan 2024, 3.37 % on 1 Jul 2024, -0.13 % in 2013-H1.
    EXPECT_EQ(tables.table("DE-BASIS").rateOn(day(2024, 1, 1)), pct(3.62));
    EXPECT_EQ(tables.table("DE-BASIS").rateOn(day(2024, 7, 1)), pct(3.37));
    EXPECT_EQ(tables.table("DE-BASIS").rateOn(day(2013, 3, 1)), pct(-0.13));
    // Bank Rate: 4.75 % on 31 Dec 2024, 4.25 % on 30 Jun 2025.
    EXPECT_EQ(tables.table("BOE").rateOn(day(2024, 12, 31)), pct(4.75));
    EXPECT_EQ(tables.table("BOE").rateOn(day(2025, 6, 30)), pct(4.25));
    // Taux légal 2024-S1: 5.07 % (pro), 8.01 % (particuliers).
    EXPECT_EQ(tables.table("FR-LEGAL-PRO").rateOn(day(2024, 3, 1)), pct(5.07));
    EXPECT_EQ(tables.table("FR-LEGAL-PART").rateOn(day(2024, 3, 1)), pct(8.01));
    // Wettelijke handelsrente: 12 % from 1 Jul 2023.
    EXPECT_EQ(tables.table("NL-HANDELSRENTE").rateOn(day(2023, 7, 1)), pct(12.00));
    // Codes are found whatever their case.
    EXPECT_EQ(&tables.table("ecb"), &tables.table("ECB"));
}

TEST(ShippedRates, EveryRowAppliesFromItsDateToTheNextOne)
{
    // Row counts and valid-through as packaging/rates/README.md lists them.
    const std::vector<std::tuple<const char*, std::size_t, Date>> expected = {
        {"ECB", 63, day(2026, 11, 3)},          {"DE-BASIS", 50, day(2026, 12, 31)},
        {"BOE", 63, day(2026, 11, 4)},          {"FR-LEGAL-PRO", 24, day(2026, 12, 31)},
        {"FR-LEGAL-PART", 23, day(2026, 6, 30)}, {"NL-HANDELSRENTE", 12, day(2026, 12, 31)},
    };
    ASSERT_EQ(shippedTables().tables().size(), expected.size());
    for (const auto& [source, count, validThrough] : expected) {
        const RateTable& table = shippedTables().table(source);
        EXPECT_EQ(table.rows().size(), count) << source;
        EXPECT_EQ(table.validThrough(), validThrough) << source;
        EXPECT_FALSE(table.url().empty()) << source;
        for (std::size_t i = 0; i < table.rows().size(); ++i) {
            const RateRow& row = table.rows()[i];
            EXPECT_EQ(table.rateOn(row.effective), row.rate) << source << " " << isoText(row.effective);
            if (i > 0) {
                EXPECT_EQ(table.rateOn(row.effective - boost::gregorian::days(1)), table.rows()[i - 1].rate)
                    << source << " day before " << isoText(row.effective);
            }
        }
    }
}

TEST(ShippedRates, PastValidThroughTheLastRateGoesOn)
{
    const RateTable& ecb = shippedTables().table("ECB");
    EXPECT_FALSE(ecb.isPastValidThrough(day(2026, 11, 3)));
    EXPECT_TRUE(ecb.isPastValidThrough(day(2026, 11, 4)));
    EXPECT_EQ(ecb.rateOn(day(2030, 1, 1)), pct(2.65)); // the last known rate, 16 Sep 2026
}

TEST(ShippedRates, ADateBeforeTheFirstRowIsAnError)
{
    const RateTable& ecb = shippedTables().table("ECB");
    EXPECT_EQ(messageOf([&] { ecb.rateOn(day(1998, 12, 31)); }),
              "ECB has no rate for 1998-12-31: its table starts on 1999-01-01 (3.00 %)");
    EXPECT_THROW(shippedTables().table("FR-LEGAL-PRO").rateOn(day(2014, 12, 31)), InvalidArgument);
    EXPECT_EQ(messageOf([] { shippedTables().table("EBC"); }),
              "Source (\"EBC\") is not a known rate table; known: ECB, DE-BASIS, BOE, FR-LEGAL-PRO, "
              "FR-LEGAL-PART, NL-HANDELSRENTE");
}

TEST(RateTable, PercentText)
{
    EXPECT_EQ(percentText(pct(4.5)), "4.50 %");
    EXPECT_EQ(percentText(pct(-0.88)), "-0.88 %");
    EXPECT_EQ(percentText(AnnualRate::fromScaledUnits(12'125'000)), "12.125 %");
    EXPECT_EQ(percentText(pct(0)), "0.00 %");
}

TEST(RateTable, ConstructorChecksItsRows)
{
    const Date vt = day(2024, 12, 31);
    EXPECT_THROW(RateTable("X", {}, vt), InvalidArgument);
    EXPECT_THROW(RateTable("", {{day(2024, 1, 1), pct(1)}}, vt), InvalidArgument);
    EXPECT_THROW(RateTable("X", {{day(2024, 1, 1), pct(1)}, {day(2024, 1, 1), pct(2)}}, vt), InvalidArgument);
    EXPECT_THROW(RateTable("X", {{day(2024, 1, 1), pct(60)}}, vt), InvalidArgument);
    EXPECT_THROW(RateTable("X", {{day(2024, 1, 1), pct(1)}}, day(2023, 12, 31)), InvalidArgument);
    EXPECT_NO_THROW(RateTable("X", {{day(2024, 1, 1), pct(-5)}, {day(2024, 7, 1), pct(50)}}, vt));
}

TEST(RateTableCsv, ReadsTheFormat)
{
    const RateTable table = parseRateTable("\xEF\xBB\xBF# source: TEST\r\n# title: a test\r\n"
                                           "# url: https://example.org\r\n\r\n# note: free text: with colons\r\n"
                                           "#   valid-through :  2024-12-31  \r\n"
                                           "effective_date,rate,reference\r\n"
                                           "2024-01-01,0.0362,\"Bundesbank, BAnz \"\"AT\"\" 28.12.2023\"\r\n"
                                           "\r\n"
                                           "2024-07-01,-0.0088,plain reference\r\n"
                                           "2024-10-01,0.5,\"\"\"quoted\"\"\"",
                                           "TEST");
    ASSERT_EQ(table.rows().size(), 3u);
    EXPECT_EQ(table.rows()[0].effective, day(2024, 1, 1));
    EXPECT_EQ(table.rows()[0].rate.scaledUnits(), 3'620'000);
    EXPECT_EQ(table.rows()[1].rate.scaledUnits(), -880'000);
    EXPECT_EQ(table.rows()[2].rate.scaledUnits(), 50'000'000);
    EXPECT_EQ(table.validThrough(), day(2024, 12, 31));
    EXPECT_EQ(table.url(), "https://example.org");
    EXPECT_EQ(table.source(), "TEST");
    // Eight decimals are exact.
    EXPECT_EQ(parsed("2024-01-01,0.12345678,r\n").rows()[0].rate.scaledUnits(), 12'345'678);
    // A blank line after the header may hold spaces, as one before it may.
    EXPECT_EQ(parsed("2024-01-01,0.01,r\n   \t\n2024-07-01,0.02,r\n").rows().size(), 2u);
}

TEST(RateTableCsv, EveryMalformedLineIsAnErrorWithItsLineNumber)
{
    // Data lines start at line 5 after the four-line header.
    auto dataError = [](const std::string& body) { return parseError(header + body); };
    EXPECT_EQ(dataError("2024-02-30,0.01,r\n"),
              "rate table TEST, line 5: effective_date '2024-02-30' is not a day between 1583-01-01 and 9999-12-31");
    EXPECT_EQ(dataError("2024-2-01,0.01,r\n"),
              "rate table TEST, line 5: effective_date '2024-2-01' is not an ISO date (YYYY-MM-DD)");
    EXPECT_EQ(dataError("2024-01-01,0.01,r\n2024-07-01,0,045,r\n"),
              "rate table TEST, line 6: more than 3 fields (effective_date,rate,reference) in '2024-07-01,0,045,r'");
    EXPECT_EQ(dataError("2024-01-01,4.5,r\n"),
              "rate table TEST, line 5: rate '4.5' must be between -0.05 and 0.5 (a fraction: 4.50 % is 0.0450)");
    EXPECT_EQ(dataError("2024-01-01,0.123456789,r\n"),
              "rate table TEST, line 5: rate '0.123456789' is not a decimal fraction such as 0.0450 (at most 8 decimals)");
    // Found by the rate_table_csv fuzzer: twenty integer digits overflowed
    // the count before the digit-count check (UBSan: signed overflow).
    EXPECT_EQ(dataError("2024-01-01,66666666666666666666666.65,r\n"),
              "rate table TEST, line 5: rate '66666666666666666666666.65' is not a decimal fraction such as 0.0450 "
              "(at most 8 decimals)");
    for (const char* rate : {"", "-", ".5", "1.", "0.0450%", "1e-2", "+0.01", "0x10", "100.0", " 0.01", "0..1"})
        EXPECT_NE(dataError(std::string("2024-01-01,") + rate + ",r\n").find("line 5: rate"), std::string::npos)
            << rate;
    EXPECT_EQ(dataError("2024-01-01,0.01,r\n2024-01-01,0.02,r\n"),
              "rate table TEST, line 6: 2024-01-01 does not come after 2024-01-01");
    EXPECT_EQ(dataError("2024-07-01,0.01,r\n2024-01-01,0.02,r\n"),
              "rate table TEST, line 6: 2024-01-01 does not come after 2024-07-01");
    EXPECT_EQ(dataError("2024-01-01,0.01,\n"),
              "rate table TEST, line 5: the reference of 2024-01-01 is empty; say where the figure was checked");
    EXPECT_EQ(dataError("2024-01-01,0.01\n"),
              "rate table TEST, line 5: expected 3 fields (effective_date,rate,reference), found 2 in '2024-01-01,0.01'");
    EXPECT_EQ(dataError("2024-01-01,0.01,\"open\n"),
              "rate table TEST, line 5: a quoted field is not closed in '2024-01-01,0.01,\"open'");
    EXPECT_EQ(dataError("2024-01-01,0.01,\"a\"b\n"),
              "rate table TEST, line 5: text after a closing quote in '2024-01-01,0.01,\"a\"b'");
    EXPECT_EQ(dataError("2024-01-01,0.01,a\"b\n"),
              "rate table TEST, line 5: a quote inside an unquoted field in '2024-01-01,0.01,a\"b'");
    EXPECT_EQ(dataError("2024-01-01,0.01,r\n# late note\n"),
              "rate table TEST, line 6: a comment after the header row; comments go before it");
    EXPECT_EQ(dataError(""), "rate table TEST, line 4: no rows after the header");
    EXPECT_EQ(dataError("2025-01-01,0.01,r\n"),
              "rate table TEST, line 5: valid-through 2024-12-31 is before the last row 2025-01-01");
    // Binary garbage is quoted readably.
    EXPECT_EQ(dataError(std::string("2024-01-01,0.01,r\n\x01\xff", 20)),
              "rate table TEST, line 6: expected 3 fields (effective_date,rate,reference), found 1 in '?\?'");
}

TEST(RateTableCsv, TheHeaderCommentsAreRequired)
{
    const std::string rows = "effective_date,rate,reference\n2024-01-01,0.01,r\n";
    EXPECT_EQ(parseError("# url: u\n# valid-through: 2024-12-31\n" + rows),
              "rate table TEST, line 3: the comments before the header lack '# source: TEST'");
    EXPECT_EQ(parseError("# source: ECB\n# url: u\n# valid-through: 2024-12-31\n" + rows),
              "rate table TEST, line 4: '# source: ECB' where TEST was expected");
    EXPECT_EQ(parseError("# source: TEST\n# valid-through: 2024-12-31\n" + rows),
              "rate table TEST, line 3: the comments before the header lack '# url:'");
    EXPECT_EQ(parseError("# source: TEST\n# url: u\n" + rows),
              "rate table TEST, line 3: the comments before the header lack '# valid-through:'");
    EXPECT_EQ(parseError("# source: TEST\n# url: u\n# valid-through: 2024-12-31\n# valid-through: 2025-12-31\n" + rows),
              "rate table TEST, line 4: '# valid-through:' appears twice");
    EXPECT_EQ(parseError("# source: TEST\n# url: u\n# valid-through: end of 2024\n" + rows),
              "rate table TEST, line 3: valid-through 'end of 2024' is not an ISO date (YYYY-MM-DD)");
    EXPECT_EQ(parseError("# source: TEST\n# url: u\n# valid-through: 2024-12-31\ndate,rate,reference\n"),
              "rate table TEST, line 4: expected the header row 'effective_date,rate,reference', found 'date,rate,reference'");
    EXPECT_EQ(parseError("# source: TEST\n"), "rate table TEST, line 1: no header row 'effective_date,rate,reference'");
    EXPECT_EQ(parseError(""), "rate table TEST, line 1: no header row 'effective_date,rate,reference'");
}

TEST(RateTableCsv, MutatedFilesNeverCrash)
{
    // Every shipped file, mutated at random (flipped, inserted, deleted bytes,
    // cut short): each either parses or throws InvalidArgument -- nothing
    // else, and ASan/UBSan see no bad access. The seed is fixed so a failure
    // can be replayed.
    std::mt19937 random(20260101);
    int parsedCount = 0, refused = 0;
    for (const ShippedRateFile& file : shippedRateFiles()) {
        const std::string original = readRateFile(file.fileName);
        for (int round = 0; round < 400; ++round) {
            std::string text = original;
            const int edits = 1 + static_cast<int>(random() % 4);
            for (int e = 0; e < edits && !text.empty(); ++e) {
                const std::size_t at = random() % text.size();
                switch (random() % 5) {
                case 0: text[at] = static_cast<char>(random() % 256); break;
                case 1: text.insert(at, 1, "0,.-\"#\n\r9"[random() % 10]); break;
                case 2: text.erase(at, 1 + random() % 8); break;
                case 3: text.resize(at); break;
                default: text[at] = static_cast<char>('0' + random() % 10); break;
                }
            }
            try {
                parseRateTable(text, std::string(file.source));
                ++parsedCount;
            } catch (const InvalidArgument&) {
                ++refused;
            }
        }
    }
    for (int round = 0; round < 500; ++round) {
        std::string noise(random() % 300, '\0');
        for (char& c : noise)
            c = static_cast<char>(random() % 256);
        EXPECT_THROW(parseRateTable(noise, "ECB"), InvalidArgument);
    }
    EXPECT_GT(refused, 0);
    EXPECT_GT(parsedCount, 0); // a digit changed inside a reference still parses
}

TEST(RateTables, LoaderNamesTheFileThatFails)
{
    auto broken = [](std::string_view name) {
        std::string text = readRateFile(name);
        if (name == "boe.csv")
            text += "2025-01-01,0.01,out of order\n";
        return text;
    };
    const std::string message = messageOf([&] { loadShippedRateTables(broken); });
    EXPECT_EQ(message.rfind("boe.csv: rate table BOE, line ", 0), 0u) << message;
}

TEST(RateOverride, DocumentRowsAreMergedByDateAndWin)
{
    const RateTables& shipped = shippedTables();
    // A new fixing, a correction of one half-year, and a lower-case source code.
    const RateTables tables = withOverrides(shipped, {{"DE-BASIS", day(2027, 1, 1), pct(1.77), 1},
                                                      {"de-basis", day(2024, 7, 1), pct(3.40), 2}});
    const RateTable& basis = tables.table("DE-BASIS");
    EXPECT_EQ(basis.rows().size(), shipped.table("DE-BASIS").rows().size() + 1); // one added, one replaced
    EXPECT_EQ(basis.rateOn(day(2027, 3, 1)), pct(1.77));
    EXPECT_EQ(basis.rateOn(day(2024, 8, 1)), pct(3.40));      // the corrected half-year
    EXPECT_EQ(basis.rateOn(day(2025, 1, 1)), pct(2.27));      // later shipped rows are kept
    EXPECT_EQ(basis.validThrough(), day(2027, 1, 1));         // the document vouches for its row's date
    EXPECT_FALSE(basis.isPastValidThrough(day(2027, 1, 1)));
    EXPECT_TRUE(basis.isPastValidThrough(day(2027, 1, 2)));
    // A correction before valid-through does not move it.
    const RateTables corrected = withOverrides(shipped, {{"ECB", day(2024, 6, 12), pct(4.30), 7}});
    EXPECT_EQ(corrected.table("ECB").validThrough(), day(2026, 11, 3));
    EXPECT_EQ(corrected.table("ECB").rateOn(day(2024, 7, 1)), pct(4.30));
    // Tables without document rows are untouched.
    EXPECT_EQ(tables.table("ECB").rows().size(), shipped.table("ECB").rows().size());
    EXPECT_EQ(withOverrides(shipped, {}).sources(), shipped.sources());
}

TEST(RateOverride, BadRowsAreErrorsNamingTheRow)
{
    const RateTables& shipped = shippedTables();
    EXPECT_EQ(messageOf([&] { withOverrides(shipped, {{"EBC", day(2027, 1, 1), pct(2), 4}}); }),
              "RELANCE_RATES row 4: source \"EBC\" is not a rate table; known: ECB, DE-BASIS, BOE, FR-LEGAL-PRO, "
              "FR-LEGAL-PART, NL-HANDELSRENTE");
    EXPECT_EQ(messageOf([&] { withOverrides(shipped, {{"ECB", day(2027, 1, 1), pct(450), 2}}); }),
              "RELANCE_RATES row 2: rate 450.00 % must be between -0.05 and 0.5 (a fraction: 4.50 % is 0.045)");
    EXPECT_EQ(messageOf([&] {
                  withOverrides(shipped, {{"ECB", day(2027, 1, 1), pct(2), 2}, {"ecb", day(2027, 1, 1), pct(3), 5}});
              }),
              "RELANCE_RATES row 5: ECB on 2027-01-01 is already given in RELANCE_RATES row 2");
    EXPECT_THROW(withOverrides(shipped, {{"ECB", Date(boost::gregorian::not_a_date_time), pct(2), 1}}),
                 InvalidArgument);
}
