#include "letters/letter_catalog.hpp"

#include "core/error.hpp"
#include "letters/icu_date.hpp"
#include "letters/letter_languages.hpp"
#include "letters/long_date_format.hpp"

#include <unicode/errorcode.h>
#include <unicode/fmtable.h>
#include <unicode/locid.h>
#include <unicode/messagepattern.h>
#include <unicode/msgfmt.h>
#include <unicode/resbund.h>
#include <unicode/ures.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <vector>

namespace relance {

struct LetterCatalog::Impl {
    std::string language;
    std::string directory;
    icu::Locale locale;
    std::unique_ptr<icu::ResourceBundle> bundle;

    [[noreturn]] void fail(std::string_view key, const std::string& why) const
    {
        throw InvalidArgument("Letter message \"" + std::string(key) + "\" in language \"" + language + "\" " + why);
    }

    /// English falls back to root.res key by key, as ICU does; every other
    /// language is read from its own file alone, so that a key it lacks is
    /// an error rather than English text in the middle of a French letter.
    bool fallsBackToRoot() const { return language == "en"; }

    /// The pattern of `key`.
    icu::UnicodeString pattern(std::string_view key) const
    {
        icu::ErrorCode status;
        icu::ResourceBundle resource = *bundle;
        std::string_view rest = key;
        while (!rest.empty()) {
            const std::size_t slash = rest.find('/');
            const std::string part(rest.substr(0, slash));
            rest = slash == std::string_view::npos ? std::string_view() : rest.substr(slash + 1);
            resource = fallsBackToRoot() ? resource.getWithFallback(part.c_str(), status)
                                         : resource.get(part.c_str(), status);
            if (status.isFailure())
                fail(key, "is missing from the catalog " + language + ".res in " + directory);
        }
        if (resource.getType() != URES_STRING)
            fail(key, "is not a message (a table?) in the catalog");
        icu::UnicodeString text = resource.getString(status);
        if (status.isFailure())
            fail(key, std::string("cannot be read: ") + status.errorName());
        return text;
    }
};

namespace {

/// `<directory>/<language>.res`, with ICU's fallback to root.res for English
/// only; nullptr when the file is not there.
std::unique_ptr<icu::ResourceBundle> openCatalog(const std::string& directory, const std::string& language)
{
    // A path ending in '/' tells ICU to read <directory>/<locale>.res.
    const std::string path = directory.empty() || directory.back() == '/' ? directory : directory + "/";
    icu::ErrorCode status;
    if (language == "en") {
        auto bundle = std::make_unique<icu::ResourceBundle>(icu::UnicodeString::fromUTF8(path),
                                                            icu::Locale(language.c_str()), status);
        // Without en.res ICU would quietly open root.res or the default locale's.
        const bool found = status.isSuccess() && status.get() != U_USING_DEFAULT_WARNING &&
                           status.get() != U_USING_FALLBACK_WARNING &&
                           language == bundle->getLocale(ULOC_ACTUAL_LOCALE, status).getName();
        return found ? std::move(bundle) : nullptr;
    }
    UResourceBundle* direct = ures_openDirect(path.c_str(), language.c_str(), status);
    if (status.isFailure())
        return nullptr;
    auto bundle = std::make_unique<icu::ResourceBundle>(direct, status);
    ures_close(direct);
    return status.isSuccess() ? std::move(bundle) : nullptr;
}

} // namespace

LetterCatalog::LetterCatalog(const std::string& directory, std::string_view language) : impl_(std::make_unique<Impl>())
{
    impl_->language = letterLanguage(language);
    impl_->directory = directory;
    impl_->locale = icu::Locale(letterLocale(impl_->language).c_str());
    impl_->bundle = openCatalog(directory, impl_->language);
    if (!impl_->bundle)
        throw InvalidArgument("Language (\"" + impl_->language + "\") has no letter catalog " + impl_->language +
                              ".res in " + directory);
}

LetterCatalog::~LetterCatalog() = default;

const std::string& LetterCatalog::language() const { return impl_->language; }

std::string LetterCatalog::format(std::string_view key, const MessageArguments& arguments) const
{
    const icu::UnicodeString pattern = impl_->pattern(key);

    // Every argument the pattern names must be given: ICU would print a
    // missing one as "{name}" into the letter.
    icu::ErrorCode status;
    UParseError parseError;
    icu::MessagePattern parsed(pattern, &parseError, status);
    if (status.isFailure())
        impl_->fail(key, std::string("does not parse: ") + status.errorName() + " at offset " +
                             std::to_string(parseError.offset));
    for (int32_t i = 0; i < parsed.countParts(); ++i) {
        const icu::MessagePattern::Part& part = parsed.getPart(i);
        if (part.getType() != UMSGPAT_PART_TYPE_ARG_NAME)
            continue;
        std::string name;
        parsed.getSubstring(part).toUTF8String(name);
        const auto& given = arguments.arguments();
        if (std::none_of(given.begin(), given.end(), [&](const auto& a) { return a.name == name; }))
            impl_->fail(key, "needs the argument {" + name + "}, which the renderer does not give");
    }

    icu::MessageFormat message(pattern, impl_->locale, parseError, status);
    if (status.isFailure())
        impl_->fail(key, std::string("does not parse: ") + status.errorName());
    // French and Italian write the first of the month as an ordinal
    // ("1er décembre"); ICU's long date does not. Every date argument of the
    // letters is written {x, date, long}, so its format is replaced whole.
    if (firstOfMonthIsOrdinal(impl_->language)) {
        const std::unique_ptr<icu::Format> longDate = longDateWithOrdinalFirst(impl_->locale);
        for (const MessageArguments::Argument& argument : arguments.arguments())
            if (argument.type == MessageArguments::Type::Calendar)
                message.setFormat(icu::UnicodeString::fromUTF8(argument.name), *longDate, status);
        if (status.isFailure())
            impl_->fail(key, std::string("cannot take the long date format: ") + status.errorName());
    }

    std::vector<icu::UnicodeString> names;
    std::vector<icu::Formattable> values;
    for (const MessageArguments::Argument& argument : arguments.arguments()) {
        names.push_back(icu::UnicodeString::fromUTF8(argument.name));
        switch (argument.type) {
        case MessageArguments::Type::Text:
            values.emplace_back(icu::UnicodeString::fromUTF8(argument.text));
            break;
        case MessageArguments::Type::Number:
            values.emplace_back(static_cast<int64_t>(argument.number));
            break;
        case MessageArguments::Type::Calendar:
            values.emplace_back(icuDate(argument.date), icu::Formattable::kIsDate);
            break;
        }
    }
    icu::UnicodeString result;
    message.format(names.data(), values.data(), static_cast<int32_t>(values.size()), result, status);
    if (status.isFailure())
        impl_->fail(key, std::string("could not be formatted: ") + status.errorName());
    std::string utf8;
    result.toUTF8String(utf8);
    return utf8;
}

} // namespace relance
