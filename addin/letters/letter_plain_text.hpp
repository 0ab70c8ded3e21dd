#pragma once
// A rendered letter as plain UTF-8 text, tables in aligned columns: for
// reading letters in a terminal, for review and for tests. The Writer
// adapter lays out RenderedLetter itself.
#include "letters/rendered_letter.hpp"

#include <string>

namespace relance {

std::string plainText(const RenderedLetter& letter);

} // namespace relance
