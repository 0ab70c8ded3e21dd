#pragma once
// Addons.xcu (the Relance menu and toolbar in Calc) and OptionsDialog.xcu (its
// pages in Tools ▸ Options), written at build time with their labels in every
// UI language, taken from the UI catalogs so that each text lives in one place.
#include <functional>
#include <string>
#include <vector>

namespace relance::catalog {

/// The label `key` ("menu/write_letters") in `language`.
using UiLabel = std::function<std::string(const std::string& language, const std::string& key)>;

/// en-US, fr, de, es, it, nl: the configuration's language tags of the UI languages.
struct UiLanguage {
    std::string catalog;     ///< the catalog's name: en
    std::string xcuLanguage; ///< xml:lang in the configuration: en-US
};

std::string addonsXcu(const std::vector<UiLanguage>& languages, const UiLabel& label);
std::string optionsDialogXcu(const std::vector<UiLanguage>& languages, const UiLabel& label);
/// CalcWindowState.xcu: the toolbar's name in View ▸ Toolbars, docked at the top.
std::string calcWindowStateXcu(const std::vector<UiLanguage>& languages, const UiLabel& label);

} // namespace relance::catalog
