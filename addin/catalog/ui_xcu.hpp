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

/// The Relance deck in Calc's sidebar (.uno:SidebarDeck.RelanceDeck).
constexpr const char* sidebarDeckId = "RelanceDeck";
/// A panel's ImplementationURL: this prefix and the panel's name; the
/// factory registered for it in Factories.xcu makes the panel.
constexpr const char* sidebarPanelUrlPrefix = "private:resource/toolpanel/RelancePanelFactory/";

struct SidebarPanelEntry {
    std::string name;  ///< Overview: its id is RelanceDeck.Overview
    std::string title; ///< its title's key in the UI catalogs
};
const std::vector<SidebarPanelEntry>& sidebarPanels();

/// Sidebar.xcu: the deck and its panels, titles in every UI language.
std::string sidebarXcu(const std::vector<UiLanguage>& languages, const UiLabel& label);

} // namespace relance::catalog
