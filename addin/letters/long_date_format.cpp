#include "letters/long_date_format.hpp"

#include "letters/letter_languages.hpp"

#include <unicode/datefmt.h>
#include <unicode/errorcode.h>
#include <unicode/fieldpos.h>
#include <unicode/fmtable.h>
#include <unicode/gregocal.h>
#include <unicode/parsepos.h>
#include <unicode/rbnf.h>
#include <unicode/udat.h>

#include <stdexcept>
#include <string>

namespace relance {

namespace {

/// CLDR's rule set for "1er" (fr), "1º" (it), masculine as jour/giorno are.
constexpr char16_t ordinalRuleSet[] = u"%digits-ordinal-masculine";

class LongDateWithOrdinalFirst : public icu::Format {
public:
    explicit LongDateWithOrdinalFirst(const icu::Locale& locale) : locale_(locale) { check(); }
    LongDateWithOrdinalFirst(const LongDateWithOrdinalFirst& other) : icu::Format(other), locale_(other.locale_)
    {
        check();
    }

    icu::Format* clone() const override { return new LongDateWithOrdinalFirst(*this); }

    bool operator==(const icu::Format& other) const override
    {
        const auto* same = dynamic_cast<const LongDateWithOrdinalFirst*>(&other);
        return same != nullptr && same->locale_ == locale_;
    }

    icu::UnicodeString& format(const icu::Formattable& value, icu::UnicodeString& appendTo,
                               icu::FieldPosition& position, UErrorCode& status) const override
    {
        if (U_FAILURE(status))
            return appendTo;
        const UDate when = value.getDate(status);
        if (U_FAILURE(status))
            return appendTo;
        std::unique_ptr<icu::DateFormat> date(icu::DateFormat::createDateInstance(icu::DateFormat::kLong, locale_));
        if (!date) {
            status = U_MISSING_RESOURCE_ERROR;
            return appendTo;
        }
        icu::FieldPosition day(UDAT_DATE_FIELD);
        icu::UnicodeString text;
        date->format(when, text, day);

        icu::GregorianCalendar calendar(status);
        calendar.setTime(when, status);
        if (U_SUCCESS(status) && calendar.get(UCAL_DATE, status) == 1 && day.getEndIndex() > day.getBeginIndex()) {
            icu::RuleBasedNumberFormat ordinal(icu::URBNF_ORDINAL, locale_, status);
            icu::UnicodeString first;
            icu::FieldPosition ignored;
            ordinal.format(static_cast<int32_t>(1), icu::UnicodeString(ordinalRuleSet), first, ignored, status);
            if (U_SUCCESS(status))
                text.replace(day.getBeginIndex(), day.getEndIndex() - day.getBeginIndex(), first);
        }
        position.setBeginIndex(0);
        position.setEndIndex(0);
        return appendTo.append(text);
    }

    void parseObject(const icu::UnicodeString&, icu::Formattable&, icu::ParsePosition& position) const override
    {
        position.setErrorIndex(position.getIndex()); // letters are only written, never read back
    }

private:
    void check() const
    {
        icu::ErrorCode status;
        icu::RuleBasedNumberFormat ordinal(icu::URBNF_ORDINAL, locale_, status);
        if (status.isFailure())
            throw std::runtime_error(std::string("ICU has no ordinal rules for ") + locale_.getName());
    }

    icu::Locale locale_;
};

} // namespace

bool firstOfMonthIsOrdinal(std::string_view language)
{
    const LetterLanguage* entry = findLetterLanguage(language);
    return entry != nullptr && entry->longDate == LongDateStyle::OrdinalFirstOfMonth;
}

std::unique_ptr<icu::Format> longDateWithOrdinalFirst(const icu::Locale& locale)
{
    return std::make_unique<LongDateWithOrdinalFirst>(locale);
}

} // namespace relance
