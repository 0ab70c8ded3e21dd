#pragma once
// The six letter languages and the ICU locale each one is formatted in.
#include <string>
#include <string_view>

namespace relance {

/// The ICU locale a letter in `language` (en, fr, de, es, it, nl; case-
/// insensitive) is formatted in. English letters use British conventions
/// (£1,280.50, 3 December 2026): Relance writes to European clients, and
/// en-US dates ("December 3, 2026") would read oddly to them. Throws
/// InvalidArgument naming the language for any other code.
std::string letterLocale(std::string_view language);

/// The language in lower case, checked as letterLocale does: "FR" → "fr".
std::string letterLanguage(std::string_view language);

} // namespace relance
