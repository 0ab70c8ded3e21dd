// The analysis columns' headings (packaging/ui/*.txt, table "analysis") must
// never be read as a register column: the reminder run would otherwise take
// the "level reached" column for the last reminder sent, or find two
// candidates for it and refuse the register.
#include "core/register_synonyms.hpp"
#include "core/reminder_plan.hpp"
#include "letters/letter_catalog.hpp"
#include "letters/letter_languages.hpp"

#include <gtest/gtest.h>

#include <set>

namespace {

constexpr const char* headingKeys[] = {"analysis/days_late", "analysis/level", "analysis/interest", "analysis/fee",
                                       "analysis/total_due"};

} // namespace

TEST(AnalysisHeadings, NameNoRegisterColumn)
{
    for (const std::string& language : relance::letterLanguages()) {
        const relance::LetterCatalog catalog(RELANCE_UI_CATALOG_DIR, language);
        std::set<std::string> seen;
        for (const char* key : headingKeys) {
            const std::string heading = catalog.text(key);
            EXPECT_FALSE(relance::fieldOfHeader(heading).has_value())
                << language << " " << key << " '" << heading << "' is a register header";
            EXPECT_TRUE(seen.insert(heading).second) << language << " " << key << " '" << heading << "' twice";
        }
    }
}
