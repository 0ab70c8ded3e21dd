#pragma once
// Where a run's letters go: the folder the caller gives, else the settings'
// folder, else a "Relance letters" folder beside the register.
#include "uno/settings_reader.hpp"

#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>

#include <string>

namespace relance::uno {

/// The default folder's URL: the settings' folder, else "Relance letters"
/// beside the saved register; empty when the register was never saved and
/// the settings name no folder.
std::string defaultLetterFolderUrl(const OutputSettings& settings,
                                   const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document);

/// The system path of the folder for a run: `givenUrl` when not empty, else
/// the default. Throws InvalidArgument when there is none (an unsaved
/// register, no folder set) or a URL is not a local one.
std::string letterFolderPath(const std::string& givenUrl, const OutputSettings& settings,
                             const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document);

} // namespace relance::uno
