#include "uno/argument_conversion.hpp"

#include "core/error.hpp"
#include "uno/text_conversion.hpp"

#include <com/sun/star/util/Date.hpp>
#include <rtl/ustring.hxx>

#include <boost/date_time/gregorian/gregorian.hpp>

#include <cmath>
#include <sstream>

namespace relance::uno {

namespace {

std::string numberText(double value)
{
    std::ostringstream out;
    out << value;
    return out.str();
}

[[noreturn]] void refuse(const char* name, const std::string& why)
{
    throw InvalidArgument(std::string(name) + " " + why);
}

// Unwraps a 1x1 matrix that Calc passes for a single cell given to a range-capable argument.
const css::uno::Any& unwrapped(const css::uno::Any& value, const char* name)
{
    if (value.getValueTypeClass() == css::uno::TypeClass_SEQUENCE) {
        AnyMatrix matrix;
        if (!(value >>= matrix))
            refuse(name, "is not a value or a range of values");
        return singleValue(matrix, name);
    }
    return value;
}

// Text with its surrounding spaces removed, or nothing when it is blank (an
// empty cell inside a range arrives as "").
std::optional<std::string> nonBlankText(const css::uno::Any& value)
{
    OUString text;
    value >>= text;
    text = text.trim();
    if (text.isEmpty())
        return std::nullopt;
    return toUtf8(text);
}

} // namespace

Date nullDateOf(const css::uno::Reference<css::beans::XPropertySet>& options)
{
    const Date calcDefault(1899, 12, 30);
    if (!options.is())
        return calcDefault;
    css::util::Date nullDate;
    if (!(options->getPropertyValue("NullDate") >>= nullDate))
        return calcDefault;
    return Date(nullDate.Year, nullDate.Month, nullDate.Day);
}

Date today() { return boost::gregorian::day_clock::local_day(); }

const css::uno::Any& singleValue(const AnyMatrix& matrix, const char* name)
{
    if (matrix.getLength() != 1 || matrix[0].getLength() != 1)
        refuse(name, "must be a single cell or value here, not a range");
    return matrix[0][0];
}

std::optional<double> optionalNumber(const css::uno::Any& given, const char* name)
{
    const css::uno::Any& value = unwrapped(given, name);
    switch (value.getValueTypeClass()) {
    case css::uno::TypeClass_VOID: return std::nullopt;
    case css::uno::TypeClass_STRING: {
        OUString text;
        value >>= text;
        if (text.isEmpty())
            return std::nullopt; // an empty cell inside a range
        refuse(name, "is text (\"" + toUtf8(text) +
                         "\"), not a number");
    }
    case css::uno::TypeClass_BOOLEAN: return *static_cast<const sal_Bool*>(value.getValue()) ? 1.0 : 0.0;
    default: break;
    }
    double number = 0;
    if (!(value >>= number))
        refuse(name, "is not a number");
    if (!std::isfinite(number))
        refuse(name, "is not a finite number");
    return number;
}

double requiredNumber(const css::uno::Any& value, const char* name)
{
    const std::optional<double> number = optionalNumber(value, name);
    if (!number)
        refuse(name, "is required");
    return *number;
}

std::optional<long> optionalInteger(const css::uno::Any& value, const char* name, long minimum,
                                    long maximum)
{
    const std::optional<double> number = optionalNumber(value, name);
    if (!number)
        return std::nullopt;
    if (*number != std::floor(*number))
        refuse(name, "(" + numberText(*number) + ") must be a whole number");
    if (*number < static_cast<double>(minimum) || *number > static_cast<double>(maximum))
        refuse(name, "(" + numberText(*number) + ") must be between " + std::to_string(minimum) +
                         " and " + std::to_string(maximum));
    return static_cast<long>(*number);
}

long requiredInteger(const css::uno::Any& value, const char* name, long minimum, long maximum)
{
    const std::optional<long> number = optionalInteger(value, name, minimum, maximum);
    if (!number)
        refuse(name, "is required");
    return *number;
}

Date requiredDate(const css::uno::Any& value, Date nullDate, const char* name)
{
    const std::optional<double> serial = optionalNumber(value, name);
    if (!serial)
        refuse(name, "is required");
    if (*serial == 0)
        refuse(name, "is empty or 0, not a date");
    return dateFromSerial(*serial, nullDate, name);
}

Money requiredAmount(const css::uno::Any& value, const char* name)
{
    return Money::fromAmount(requiredNumber(value, name), amountCurrencyDigits, name);
}

DayBasis optionalDayBasis(const css::uno::Any& value, DayBasis byDefault, const char* name)
{
    const std::optional<long> code = optionalInteger(value, name, 0, 365);
    return code ? dayBasisFromCode(*code) : byDefault;
}

std::optional<Date> optionalDate(const css::uno::Any& value, Date nullDate, const char* name)
{
    const std::optional<double> serial = optionalNumber(value, name);
    if (!serial || *serial == 0)
        return std::nullopt;
    return dateFromSerial(*serial, nullDate, name);
}

std::optional<std::string> optionalText(const css::uno::Any& given, const char* name)
{
    const css::uno::Any& value = unwrapped(given, name);
    switch (value.getValueTypeClass()) {
    case css::uno::TypeClass_VOID: return std::nullopt;
    case css::uno::TypeClass_STRING: return nonBlankText(value);
    case css::uno::TypeClass_DOUBLE: {
        double number = 0;
        value >>= number;
        if (number == 0)
            return std::nullopt; // an empty cell
        refuse(name, "(" + numberText(number) + ") must be a text code, not a number");
    }
    default: refuse(name, "must be a text code");
    }
}

std::optional<TextOrNumbers> optionalTextOrNumbers(const css::uno::Any& value, const char* name)
{
    if (value.getValueTypeClass() == css::uno::TypeClass_SEQUENCE) {
        AnyMatrix matrix;
        if (!(value >>= matrix))
            refuse(name, "is not a range of numbers");
        TextOrNumbers list;
        for (const auto& row : matrix)
            for (const auto& cell : row)
                if (const auto number = optionalNumber(cell, name))
                    list.numbers.push_back(*number);
        if (list.numbers.empty())
            return std::nullopt;
        return list;
    }
    switch (value.getValueTypeClass()) {
    case css::uno::TypeClass_VOID: return std::nullopt;
    case css::uno::TypeClass_STRING: {
        std::optional<std::string> text = nonBlankText(value);
        if (!text)
            return std::nullopt;
        return TextOrNumbers{std::move(text), {}};
    }
    default: {
        const std::optional<double> number = optionalNumber(value, name);
        if (!number || *number == 0)
            return std::nullopt; // left out, or an empty cell
        return TextOrNumbers{std::nullopt, {*number}};
    }
    }
}

} // namespace relance::uno
