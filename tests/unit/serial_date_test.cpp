// Serial numbers checked against Calc's documented epochs: with the default
// null date 1899-12-30, serial 1 is 1899-12-31 and 45292 is 2024-01-01
// (=DATE(2024;1;1) in Calc); with 1904-01-01, 2024-01-01 is 43830.
#include "core/error.hpp"
#include "core/serial_date.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

using relance::Date;

namespace {
const Date calcDefault(1899, 12, 30);
const Date mac1904(1904, 1, 1);
} // namespace

TEST(SerialDate, DefaultNullDate)
{
    EXPECT_EQ(relance::dateFromSerial(45292, calcDefault), Date(2024, 1, 1));
    EXPECT_EQ(relance::dateFromSerial(1, calcDefault), Date(1899, 12, 31));
    EXPECT_EQ(relance::serialFromDate(Date(2024, 2, 29), calcDefault), 45351);
}

TEST(SerialDate, Null1904)
{
    // 1904-01-01 .. 2024-01-01: 120 years of which 30 leap (1904..2020) = 43830 days
    EXPECT_EQ(relance::dateFromSerial(43830, mac1904), Date(2024, 1, 1));
    EXPECT_EQ(relance::serialFromDate(Date(2024, 1, 1), mac1904), 43830);
}

TEST(SerialDate, TimeOfDayIsDropped)
{
    EXPECT_EQ(relance::dateFromSerial(45292.99, calcDefault), Date(2024, 1, 1));
}

TEST(SerialDate, RejectsNonDates)
{
    EXPECT_THROW(relance::dateFromSerial(std::nan(""), calcDefault), relance::InvalidArgument);
    EXPECT_THROW(relance::dateFromSerial(std::numeric_limits<double>::infinity(), calcDefault),
                 relance::InvalidArgument);
    EXPECT_THROW(relance::dateFromSerial(1e12, calcDefault), relance::InvalidArgument);
    EXPECT_THROW(relance::dateFromSerial(-200000, calcDefault), relance::InvalidArgument);
}
