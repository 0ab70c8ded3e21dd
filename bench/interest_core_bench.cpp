// How long the core takes for a register's worth of statutory interest:
// 1,000,000 invoices, due dates 1999-2025, paid up to two years late, under
// FR or EU (half-year rate periods read from the shipped ECB table). The
// target is under 0.2 s on one core, i.e. under 200 ns per invoice, so that
// the core is never what makes a Calc recalculation slow.
//
//   cmake -S . -B build-bench -DRELANCE_CORE_ONLY=ON -DCMAKE_BUILD_TYPE=Release
//   cmake --build build-bench --target relance_core_bench && build-bench/bench/relance_core_bench
#include "core/interest_engine.hpp"
#include "core/late_payment_rule.hpp"
#include "core/rate_tables.hpp"

#include <benchmark/benchmark.h>

#include <fstream>
#include <random>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace {

using relance::Date;

constexpr int invoiceCount = 1'000'000;

std::string readRateFile(std::string_view fileName)
{
    const std::string path = std::string(RELANCE_SOURCE_DIR) + "/packaging/rates/" + std::string(fileName);
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw std::runtime_error("cannot read " + path);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

struct Invoice {
    relance::Money amount;
    Date due;
    Date paid;
    const relance::LatePaymentRule* rule;
};

// Generated once, outside the timed loop, with a fixed seed.
const std::vector<Invoice>& invoices()
{
    static const std::vector<Invoice> all = [] {
        std::mt19937_64 random(2026);
        const Date first(1999, 1, 1);
        const long span = (Date(2025, 12, 31) - first).days() + 1;
        const relance::LatePaymentRule* rules[] = {&relance::latePaymentRule("FR"), &relance::latePaymentRule("EU")};
        std::vector<Invoice> list;
        list.reserve(invoiceCount);
        for (int i = 0; i < invoiceCount; ++i) {
            const Date due = first + boost::gregorian::days(static_cast<long>(random() % span));
            const Date paid = due + boost::gregorian::days(static_cast<long>(random() % 731)); // 0..2 years
            const auto cents = static_cast<std::int64_t>(1'000 + random() % 10'000'000);        // 10.00..100,009.99
            list.push_back({relance::Money::fromMinorUnits(cents, 2), due, paid, rules[random() % 2]});
        }
        return list;
    }();
    return all;
}

void MillionLateInterestAmounts(benchmark::State& state)
{
    const relance::RateTables tables = relance::loadShippedRateTables(readRateFile);
    const std::vector<Invoice>& list = invoices();
    std::int64_t checksum = 0;
    for (auto _ : state) {
        for (const Invoice& invoice : list) {
            const relance::InterestStatement statement = relance::lateInterest(
                invoice.amount, invoice.due, invoice.paid, *invoice.rule, relance::DayBasis::Actual365, tables);
            checksum += statement.total.minorUnits();
        }
        benchmark::DoNotOptimize(checksum);
    }
    state.SetItemsProcessed(state.iterations() * invoiceCount);
    state.counters["ns_per_invoice"] =
        benchmark::Counter(static_cast<double>(state.iterations()) * invoiceCount,
                           benchmark::Counter::kIsRate | benchmark::Counter::kInvert);
}

} // namespace

// Real time, one thread: the figure to compare with the 0.2 s budget.
BENCHMARK(MillionLateInterestAmounts)->Unit(benchmark::kMillisecond)->UseRealTime()->MinTime(2.0);

BENCHMARK_MAIN();
