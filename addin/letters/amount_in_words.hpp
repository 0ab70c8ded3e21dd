#pragma once
// AMOUNTINWORDS: an amount of money spelled out with its currency and
// sub-unit names, as the total of a formal notice is written in words.
#include "core/money.hpp"

#include <string>
#include <string_view>

namespace relance {

/// The amount spelled out in `language`, UTF-8:
///   1280.50 EUR, "fr" → "mille deux cent quatre-vingts euros et cinquante centimes"
///   1280.50 EUR, "de" → "eintausendzweihundertachtzig Euro und fünfzig Cent"
///   21 GBP, "es"      → "veintiuna libras esterlinas"
/// The integer part and the sub-units are spelled separately (ICU
/// rule-based spell-out, given exact integers) and joined by the language's
/// "and"; a whole amount has no sub-unit phrase, an amount below one unit has
/// no unit phrase ("cinquante centimes"), zero is "zéro euro", "zero euros" ...
/// The grammar decided for each language is in its entry of
/// letter_languages.cpp.
///
/// `language`: a letter language (letter_languages.hpp: en, fr, de, es, it,
/// nl), case-insensitive, optionally with a region ("fr-FR", "de_DE",
/// "es-419"). The region is accepted and does not
/// change the wording: every region gets its language's standard numbers
/// (fr-BE gets "soixante-dix", not "septante").
/// `currency`: an ISO 4217 code, case-insensitive: EUR, GBP, USD or CHF.
/// `amount` is in the currency's minor units; digits other than the
/// currency's are converted exactly (1.5 with 1 digit is 1.50 EUR; 1.005
/// with 3 digits is refused for EUR).
///
/// Throws InvalidArgument, naming the argument and its value, for an unknown
/// language or currency, a negative amount, an amount with more decimals than
/// the currency has, and an integer part of 10^15 or more ("too large to
/// spell"). Throws std::runtime_error only if ICU itself fails (missing data).
std::string amountInWords(const Money& amount, std::string_view language, std::string_view currency);

} // namespace relance
