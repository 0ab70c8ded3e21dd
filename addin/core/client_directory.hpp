#pragma once
// The clients' postal addresses, for the letters' address block. A register
// keeps them on a sheet of their own (the sample registers' "Clients" /
// "Kunden" sheet: name, street, postcode, city, country, e-mail, language),
// one row per client; the invoices name the client.
#include "core/sheet_snapshot.hpp"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace relance {

struct ClientAddress {
    std::string name;
    std::string street;
    std::string postcode;
    std::string city;
    std::string country;  ///< two-letter code as typed ("FR"), or ""
    std::string email;
    std::string language; ///< lower-case primary code, or ""
};

class ClientDirectory {
public:
    /// The address of the client named `client` (compared after folding:
    /// case, accents and spaces do not count), or nothing.
    std::optional<ClientAddress> find(const std::string& client) const;

    void add(ClientAddress address);
    std::size_t size() const { return byName_.size(); }

private:
    std::map<std::string, ClientAddress> byName_; // by folded name
};

/// True when the first row of `sheet` holds a client column and at least one
/// address column (street, postcode or city), in any of the six languages.
bool looksLikeClientSheet(const SheetSnapshot& sheet);

/// The rows of a client sheet (see looksLikeClientSheet): blank rows and rows
/// without a name are skipped; numbers (a postcode typed as a number) are
/// read as whole numbers.
ClientDirectory readClientDirectory(const SheetSnapshot& sheet);

/// The lines of the address block, as the post of the client's country
/// writes them: "12 rue de la République", "69002 Lyon" (FR, DE, BE, ES,
/// IT, NL, LU, ...); "14 Deansgate", "Manchester", "M3 2BW" (GB, IE); the
/// country's English name on a last line when it is not `senderCountry`.
std::vector<std::string> addressLines(const ClientAddress& address, const std::string& senderCountry);

} // namespace relance
