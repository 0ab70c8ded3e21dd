#pragma once
// Calc's arguments -> core values. Calc hands an add-in a cell's number, its
// text, void for a left-out optional argument, 0.0 for an empty cell, and a
// sequence<sequence<any>> for a required argument or a range. Everything that
// is not what the function needs becomes relance::InvalidArgument, which the
// call boundary turns into Err:502.
#include "core/day_basis.hpp"
#include "core/money.hpp"
#include "core/serial_date.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/uno/Any.hxx>
#include <com/sun/star/uno/Sequence.hxx>

#include <optional>
#include <string>
#include <vector>

namespace relance::uno {

using ::rtl::OUString;

using AnyMatrix = css::uno::Sequence<css::uno::Sequence<css::uno::Any>>;

/// The document's null date, read from the options Calc passes first. Calc
/// always passes them; a missing one falls back to Calc's default 1899-12-30.
Date nullDateOf(const css::uno::Reference<css::beans::XPropertySet>& options);

/// Today's date on this computer's clock (local time, as Calc's TODAY()).
Date today();

/// The single value of a required argument (a 1x1 matrix). A range of more
/// than one cell is refused: this function works on one row.
const css::uno::Any& singleValue(const AnyMatrix& matrix, const char* name);

/// A number, or nothing when the argument is left out (void). Text, errors
/// and ranges are refused.
std::optional<double> optionalNumber(const css::uno::Any& value, const char* name);
double requiredNumber(const css::uno::Any& value, const char* name);

/// A whole number within [minimum, maximum]; 2.5 is refused, not rounded.
long requiredInteger(const css::uno::Any& value, const char* name, long minimum, long maximum);
std::optional<long> optionalInteger(const css::uno::Any& value, const char* name, long minimum,
                                    long maximum);

/// A date. Serial 0 is refused for a required date: it is what Calc passes
/// for an empty cell, and 1899-12-30 is nobody's invoice date.
Date requiredDate(const css::uno::Any& value, Date nullDate, const char* name);

/// An optional date: left out, or an empty cell (0), gives nothing.
std::optional<Date> optionalDate(const css::uno::Any& value, Date nullDate, const char* name);

/// Optional text such as a rule or calendar code; left out, "" or an empty
/// cell give nothing. Numbers are refused.
std::optional<std::string> optionalText(const css::uno::Any& value, const char* name);

/// Amounts in Calc have no currency: Relance's functions take them in a
/// currency with two decimals (EUR, GBP, USD, CHF: every currency of the
/// statutory rules and the letters).
constexpr int amountCurrencyDigits = 2;

/// A required amount, rounded to the cent as Calc's ROUND(x; 2) would.
Money requiredAmount(const css::uno::Any& value, const char* name);

/// Basis (365, 360 or 0 = actual/actual), or `byDefault` when left out.
DayBasis optionalDayBasis(const css::uno::Any& value, DayBasis byDefault, const char* name = "Basis");

/// Numbers given either as text ("30;60;90") or as a range of cells: the
/// text, or the numbers of the range (empty cells skipped). Nothing when
/// left out or empty.
struct TextOrNumbers {
    std::optional<std::string> text;
    std::vector<double> numbers;
};
std::optional<TextOrNumbers> optionalTextOrNumbers(const css::uno::Any& value, const char* name);

} // namespace relance::uno
