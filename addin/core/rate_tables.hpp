#pragma once
// The set of reference-rate tables a computation reads, by source code: the
// files shipped in the extension, possibly overridden by a document's
// RELANCE_RATES range (see rate_override.hpp).
#include "core/rate_table.hpp"

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace relance {

class RateTables {
public:
    /// Adds a table; throws InvalidArgument if its source is already there.
    void add(RateTable table);

    /// The table with this source code, compared without regard to ASCII
    /// case ("ecb" is "ECB"). Throws InvalidArgument listing the known codes.
    const RateTable& table(std::string_view source) const;

    /// The same, or nullptr for an unknown code.
    const RateTable* find(std::string_view source) const;

    /// Every source code, in the order the tables were added.
    std::vector<std::string> sources() const;

    const std::vector<RateTable>& tables() const { return tables_; }

private:
    // A handful of tables: a linear search beats any map here.
    std::vector<RateTable> tables_;
};

/// A rate file shipped in the extension (packaging/rates/).
struct ShippedRateFile {
    std::string_view source;   ///< the code in the file's '# source:' line
    std::string_view fileName; ///< e.g. "ecb.csv"
};

/// The shipped files: ECB (ecb.csv), DE-BASIS (de-basiszins.csv), BOE
/// (boe.csv), FR-LEGAL-PRO (fr-legal-pro.csv), FR-LEGAL-PART
/// (fr-legal-part.csv), NL-HANDELSRENTE (nl-handelsrente.csv). The Dutch
/// table keeps its own code, NL-HANDELSRENTE, as its file declares: "NL" is
/// the rule that reads it, not a reference rate.
const std::vector<ShippedRateFile>& shippedRateFiles();

/// Parses every shipped file. `readFile` returns a file's whole text by its
/// name (the UNO layer reads them from the installed extension, the tests
/// from packaging/rates). Throws InvalidArgument prefixed with the file name
/// for a file that does not parse; whatever `readFile` throws passes through.
RateTables loadShippedRateTables(const std::function<std::string(std::string_view fileName)>& readFile);

/// Compares two codes without regard to ASCII case.
bool sameCode(std::string_view a, std::string_view b);

} // namespace relance
