#pragma once
// Internal to relance_letters: the corrections made to ICU 72's spelled
// numbers, one function per language that needs them, named in that
// language's entry of letter_languages.cpp (SpellOutGrammar::fixIcuText).
// Each takes ICU's text (soft hyphens already removed) and the gender of the
// noun that follows; why each correction is right is said beside it.
#include "letters/letter_languages.hpp"

#include <string>

namespace relance::words {

/// "vingt et un" (traditional spelling), "deux cents millions".
std::string fixFrench(std::string text, Gender gender);

/// "doscientas mil libras": feminine hundreds of the thousands.
std::string fixSpanish(std::string text, Gender gender);

/// "milletré": compounds ending in -tre take the accent.
std::string fixItalian(std::string text, Gender gender);

/// "duizend tweehonderdtachtig": a space after "duizend".
std::string fixDutch(std::string text, Gender gender);

} // namespace relance::words
