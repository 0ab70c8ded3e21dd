// Build step: writes Addons.xcu, OptionsDialog.xcu and CalcWindowState.xcu with the labels of the
// compiled UI catalogs.
#include "catalog/ui_xcu.hpp"
#include "letters/letter_catalog.hpp"
#include "letters/letter_languages.hpp"

#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>

namespace {

bool writeReplacing(const std::string& path, const std::string& text)
{
    const std::string temporary = path + ".tmp";
    {
        std::ofstream out(temporary, std::ios::binary);
        out << text;
        if (!out) {
            std::cerr << "cannot write " << temporary << "\n";
            return false;
        }
    }
    return std::rename(temporary.c_str(), path.c_str()) == 0;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc != 6) {
        std::cerr << "usage: relance_ui_xcu_generator <ui catalog dir> <Addons.xcu> <OptionsDialog.xcu> <CalcWindowState.xcu> <Sidebar.xcu>\n";
        return 2;
    }
    // The UI speaks the letters' languages (letter_languages.cpp's table);
    // the configuration calls English en-US.
    std::vector<relance::catalog::UiLanguage> languages;
    for (const relance::LetterLanguage& language : relance::letterLanguageTable())
        languages.push_back({std::string(language.code), language.code == "en" ? "en-US" : std::string(language.code)});
    std::map<std::string, std::unique_ptr<relance::LetterCatalog>> catalogs;
    for (const auto& language : languages)
        catalogs[language.catalog] = std::make_unique<relance::LetterCatalog>(argv[1], language.catalog);
    const relance::catalog::UiLabel label = [&](const std::string& language, const std::string& key) {
        return catalogs.at(language)->text(key);
    };
    try {
        return writeReplacing(argv[2], relance::catalog::addonsXcu(languages, label)) &&
                       writeReplacing(argv[3], relance::catalog::optionsDialogXcu(languages, label)) &&
                       writeReplacing(argv[4], relance::catalog::calcWindowStateXcu(languages, label)) &&
                       writeReplacing(argv[5], relance::catalog::sidebarXcu(languages, label))
                   ? 0
                   : 1;
    } catch (const std::exception& error) {
        std::cerr << "relance_ui_xcu_generator: " << error.what() << "\n";
        return 1;
    }
}
