#pragma once
// What the letters are made from, in the installed extension: the compiled
// letter catalogs, and the letterhead template (the user's, else the one
// shipped).
#include "uno/settings_reader.hpp"

#include <string>

namespace relance::uno {

/// The folder of the compiled letter catalogs (<language>.res).
std::string letterCatalogFolder();

/// The letterhead template's URL: Output/TemplateUrl, else the shipped one.
std::string letterTemplateUrl(const OutputSettings& output);

} // namespace relance::uno
