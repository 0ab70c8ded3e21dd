#pragma once
// Amounts, rates, dates and lists as the letter's locale writes them:
// "1 280,50 €" (fr, with ICU's narrow no-break space), "1.280,50 €" (de),
// "£1,280.50" (en-GB). Amounts reach ICU as exact decimal text, never as a
// binary double. ICU stays in the .cpp.
#include "core/annual_rate.hpp"
#include "core/money.hpp"
#include "core/serial_date.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace relance {

class LocaleFormatter {
public:
    /// For a letter in `language` (see letterLocale). Throws InvalidArgument
    /// for an unknown language or an ISO code ICU does not know as a currency.
    LocaleFormatter(std::string_view language, std::string_view currency);

    /// The amount with the currency's symbol, at the amount's own digits.
    std::string money(Money amount) const;
    /// An annual rate as a percentage with 2 to 4 decimals: "12,15 %", "8.5%"
    /// is written "8.50%".
    std::string percent(AnnualRate rate) const;
    /// A date in a table cell: 03/12/2026, 03.12.2026, 03-12-2026 ...
    std::string shortDate(Date date) const;
    /// A whole number (days), grouped as the locale groups.
    std::string integer(long value) const;
    /// "F-1, F-2 and F-3", "F-1, F-2 et F-3", "F-1, F-2 und F-3".
    std::string list(const std::vector<std::string>& items) const;

private:
    std::string locale_;
    std::string currency_;
};

} // namespace relance
