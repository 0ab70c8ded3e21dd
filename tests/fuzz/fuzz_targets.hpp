#pragma once
// The fuzz targets, one per parser of the core. Each takes arbitrary bytes,
// feeds them to its parser, swallows relance::InvalidArgument (a refusal is
// a correct answer) and lets anything else escape; on success it checks what
// the parser's header promises about the value. The libFuzzer entry files
// (*_fuzzer.cpp) and the unit tests' corpus replay call these same functions.
#include <cstddef>
#include <cstdint>

namespace relance::fuzz {

/// parseRateTable: byte 0 picks the source code among the shipped files
/// (value % 6, in shippedRateFiles() order: '0' ECB, '1' DE-BASIS, ...);
/// the rest is the file's text.
void fuzzRateTableCsv(const std::uint8_t* data, std::size_t size);

/// loadShippedRateTables: the input is the six files' texts in
/// shippedRateFiles() order, separated by form feeds ('\f'); missing files
/// are empty.
void fuzzShippedRateTables(const std::uint8_t* data, std::size_t size);

/// latePaymentRule: the input is the rule code.
void fuzzLatePaymentRule(const std::uint8_t* data, std::size_t size);

/// contractualRule: the first 8 bytes are a rate in 1e-8 units (through
/// AnnualRate::fromScaledUnits), the same 8 bytes also as a double fraction
/// (through AnnualRate::fromFraction).
void fuzzContractualRule(const std::uint8_t* data, std::size_t size);

/// AgingBounds::fromText: the input is the Bounds text.
void fuzzAgingBounds(const std::uint8_t* data, std::size_t size);

/// ReminderThresholds::fromText: the input is the Thresholds text.
void fuzzReminderThresholds(const std::uint8_t* data, std::size_t size);

/// dayCountsFromText: the input is the list's text.
void fuzzDayCounts(const std::uint8_t* data, std::size_t size);

/// withOverrides over the shipped tables: the input is a sequence of
/// RELANCE_RATES rows (see fuzz_rate_override.cpp for the encoding).
void fuzzRateOverride(const std::uint8_t* data, std::size_t size);

/// calendarByCode: the input is the calendar code.
void fuzzCalendarCode(const std::uint8_t* data, std::size_t size);

/// Money::fromDecimalText: byte 0 picks the currency digits (value % 7 - 1,
/// so -1..5 including two refused values); the rest is the amount's text.
void fuzzDecimalAmount(const std::uint8_t* data, std::size_t size);

} // namespace relance::fuzz
