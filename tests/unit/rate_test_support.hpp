#pragma once
// The shipped rate tables, read once from packaging/rates for the tests that
// need real published rates.
#include "core/money.hpp"
#include "core/rate_tables.hpp"

#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>

namespace relance::test {

inline std::string readRateFile(std::string_view fileName)
{
    const std::string path = std::string(RELANCE_SOURCE_DIR) + "/packaging/rates/" + std::string(fileName);
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw std::runtime_error("cannot read " + path);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

inline const RateTables& shippedTables()
{
    static const RateTables tables = loadShippedRateTables(readRateFile);
    return tables;
}

inline Money eur(double amount) { return Money::fromAmount(amount, 2); }

inline Date day(int y, int m, int d)
{
    return Date(static_cast<unsigned short>(y), static_cast<unsigned short>(m), static_cast<unsigned short>(d));
}

} // namespace relance::test
