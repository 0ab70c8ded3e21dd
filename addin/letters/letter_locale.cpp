#include "letters/letter_locale.hpp"

#include "core/error.hpp"

#include <array>
#include <utility>

namespace relance {

namespace {

constexpr std::array<std::pair<std::string_view, std::string_view>, 6> locales{{
    {"en", "en_GB"}, {"fr", "fr_FR"}, {"de", "de_DE"}, {"es", "es_ES"}, {"it", "it_IT"}, {"nl", "nl_NL"},
}};

} // namespace

std::string letterLanguage(std::string_view language)
{
    std::string lower(language);
    for (char& c : lower)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    for (const auto& entry : locales)
        if (entry.first == lower)
            return lower;
    throw InvalidArgument("Language (\"" + std::string(language) +
                          "\") has no letter catalog: use en, fr, de, es, it or nl");
}

std::string letterLocale(std::string_view language)
{
    const std::string code = letterLanguage(language);
    for (const auto& entry : locales)
        if (entry.first == code)
            return std::string(entry.second);
    return {}; // unreachable: letterLanguage has checked the code
}

} // namespace relance
