#pragma once
// The reference-rate tables shipped in the extension: rates/*.csv in the
// extension's folder, next to this library, read once.
#include "core/rate_tables.hpp"

#include <memory>

namespace relance::uno {

/// The shipped tables, parsed on first use (thread-safe) and kept until
/// LibreOffice ends. Throws InvalidArgument, with the file and line, when they
/// cannot be read: every interest function then refuses with that reason
/// rather than compute with a missing table.
std::shared_ptr<const RateTables> shippedRateTables();

/// The folder rates are read from (the installed extension's rates/).
std::string shippedRatesFolder();

} // namespace relance::uno
