// Replays every input kept in tests/fuzz/corpus/<target>/ -- the seeds and the
// crashes libFuzzer found -- through the same functions the fuzzers call, so
// that the ordinary test run (GCC, and again under ASan/UBSan) keeps every
// finding fixed without clang. A target's function throws only on a broken
// contract: anything but InvalidArgument escaping the parser, or a returned
// value that breaks the parser's documented invariants.
#include "fuzz_targets.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <ostream>
#include <set>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;

struct FuzzTarget {
    const char* name; ///< its folder under tests/fuzz/corpus
    void (*run)(const std::uint8_t* data, std::size_t size);
};

const std::vector<FuzzTarget>& fuzzTargets()
{
    using namespace relance::fuzz;
    static const std::vector<FuzzTarget> targets = {
        {"rate_table_csv", fuzzRateTableCsv},
        {"shipped_rate_tables", fuzzShippedRateTables},
        {"late_payment_rule", fuzzLatePaymentRule},
        {"contractual_rule", fuzzContractualRule},
        {"aging_bounds", fuzzAgingBounds},
        {"reminder_thresholds", fuzzReminderThresholds},
        {"day_counts", fuzzDayCounts},
        {"rate_override", fuzzRateOverride},
        {"calendar_code", fuzzCalendarCode},
        {"decimal_amount", fuzzDecimalAmount},
    };
    return targets;
}

// gtest names the parameter in its output: show the target, not its bytes.
void PrintTo(const FuzzTarget& target, std::ostream* out) { *out << target.name; }

fs::path corpusRoot() { return fs::path(RELANCE_SOURCE_DIR) / "tests" / "fuzz" / "corpus"; }

std::vector<std::uint8_t> bytesOf(const fs::path& file)
{
    std::ifstream in(file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// What escaped the target for these bytes; empty when nothing did.
std::string escapedFrom(const FuzzTarget& target, const std::vector<std::uint8_t>& bytes)
{
    // data() of an empty vector may be null; libFuzzer always passes a valid pointer.
    const std::uint8_t none = 0;
    try {
        target.run(bytes.empty() ? &none : bytes.data(), bytes.size());
    } catch (const std::exception& error) {
        return error.what();
    } catch (...) {
        return "an exception that is not a std::exception";
    }
    return {};
}

class FuzzCorpus : public testing::TestWithParam<FuzzTarget> {};

TEST_P(FuzzCorpus, EveryKeptInputPasses)
{
    const FuzzTarget& target = GetParam();
    std::vector<fs::path> files;
    for (const fs::directory_entry& entry : fs::directory_iterator(corpusRoot() / target.name))
        if (entry.is_regular_file())
            files.push_back(entry.path());
    ASSERT_FALSE(files.empty()) << "no seed in corpus/" << target.name;
    for (const fs::path& file : files)
        EXPECT_EQ(escapedFrom(target, bytesOf(file)), "") << target.name << "/" << file.filename().string();
}

std::string targetName(const testing::TestParamInfo<FuzzTarget>& target) { return target.param.name; }

INSTANTIATE_TEST_SUITE_P(Targets, FuzzCorpus, testing::ValuesIn(fuzzTargets()), targetName);

TEST(FuzzCorpus, EveryFolderHasItsTarget)
{
    // A folder without a target here would be kept but never replayed.
    std::set<std::string> known;
    for (const FuzzTarget& target : fuzzTargets())
        known.insert(target.name);
    for (const fs::directory_entry& entry : fs::directory_iterator(corpusRoot()))
        EXPECT_TRUE(known.count(entry.path().filename().string())) << entry.path();
}

} // namespace
