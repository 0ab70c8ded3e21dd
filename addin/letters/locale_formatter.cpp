#include "letters/locale_formatter.hpp"

#include "core/error.hpp"
#include "letters/icu_date.hpp"
#include "letters/letter_languages.hpp"

#include <unicode/datefmt.h>
#include <unicode/errorcode.h>
#include <unicode/listformatter.h>
#include <unicode/locid.h>
#include <unicode/numberformatter.h>
#include <unicode/smpdtfmt.h>
#include <unicode/ucurr.h>

#include <memory>
#include <stdexcept>

namespace relance {

namespace {

namespace number = icu::number;

std::string utf8(const icu::UnicodeString& text)
{
    std::string result;
    text.toUTF8String(result);
    return result;
}

void check(const icu::ErrorCode& status, const char* what)
{
    if (status.isFailure())
        throw std::runtime_error(std::string("ICU could not format ") + what + ": " + status.errorName());
}

/// `units` scaled by 10^-`digits` as exact decimal text: (12150000, 6) → "12.150000".
std::string scaledDecimal(std::int64_t units, int digits)
{
    const bool negative = units < 0;
    std::string magnitude = std::to_string(negative ? -units : units);
    if (magnitude.size() <= static_cast<std::size_t>(digits))
        magnitude.insert(0, static_cast<std::size_t>(digits) + 1 - magnitude.size(), '0');
    if (digits > 0)
        magnitude.insert(magnitude.size() - static_cast<std::size_t>(digits), ".");
    return (negative ? "-" : "") + magnitude;
}

} // namespace

LocaleFormatter::LocaleFormatter(std::string_view language, std::string_view currency)
    : locale_(letterLocale(language)), currency_(currency)
{
    // ICU formats any three letters as a currency ("ABC 12.00"); a letter
    // must name a real one.
    icu::ErrorCode status;
    icu::UnicodeString code = icu::UnicodeString::fromUTF8(currency_);
    const bool known = code.length() == 3 && ucurr_isAvailable(code.getTerminatedBuffer(), U_DATE_MIN, U_DATE_MAX, status);
    if (!known || status.isFailure())
        throw InvalidArgument("Currency (\"" + currency_ + "\") is not an ISO 4217 currency code");
}

std::string LocaleFormatter::money(Money amount) const
{
    icu::ErrorCode status;
    const icu::UnicodeString code = icu::UnicodeString::fromUTF8(currency_);
    const icu::CurrencyUnit unit(code.getBuffer(), status);
    check(status, "a currency");
    const std::string decimal = amount.toDecimalText();
    const icu::UnicodeString text = number::NumberFormatter::withLocale(icu::Locale(locale_.c_str()))
                                        .unit(unit)
                                        .precision(number::Precision::fixedFraction(amount.digits()))
                                        .formatDecimal(icu::StringPiece(decimal.data(), static_cast<int32_t>(decimal.size())), status)
                                        .toString(status);
    check(status, "an amount");
    return utf8(text);
}

std::string LocaleFormatter::percent(AnnualRate rate) const
{
    icu::ErrorCode status;
    // scaledUnits are 1e-8 of 1, hence 1e-6 of a percent.
    const std::string decimal = scaledDecimal(rate.scaledUnits(), 6);
    const icu::UnicodeString text = number::NumberFormatter::withLocale(icu::Locale(locale_.c_str()))
                                        .unit(icu::NoUnit::percent())
                                        .precision(number::Precision::minMaxFraction(2, 4))
                                        .formatDecimal(icu::StringPiece(decimal.data(), static_cast<int32_t>(decimal.size())), status)
                                        .toString(status);
    check(status, "a rate");
    return utf8(text);
}

std::string LocaleFormatter::shortDate(Date date) const
{
    icu::ErrorCode status;
    // A skeleton rather than the SHORT style: SHORT drops the century in
    // several locales (es: 3/12/26), which a statement of account must not.
    std::unique_ptr<icu::DateFormat> format(
        icu::DateFormat::createInstanceForSkeleton(u"ddMMyyyy", icu::Locale(locale_.c_str()), status));
    check(status, "a date");
    icu::UnicodeString text;
    format->format(icuDate(date), text);
    return utf8(text);
}

std::string LocaleFormatter::integer(long value) const
{
    icu::ErrorCode status;
    const icu::UnicodeString text = number::NumberFormatter::withLocale(icu::Locale(locale_.c_str()))
                                        .formatInt(static_cast<int64_t>(value), status)
                                        .toString(status);
    check(status, "a number");
    return utf8(text);
}

std::string LocaleFormatter::list(const std::vector<std::string>& items) const
{
    icu::ErrorCode status;
    std::unique_ptr<icu::ListFormatter> format(
        icu::ListFormatter::createInstance(icu::Locale(locale_.c_str()), status));
    check(status, "a list");
    std::vector<icu::UnicodeString> texts;
    for (const std::string& item : items)
        texts.push_back(icu::UnicodeString::fromUTF8(item));
    icu::UnicodeString result;
    format->format(texts.data(), static_cast<int32_t>(texts.size()), result, status);
    check(status, "a list");
    return utf8(result);
}

} // namespace relance
