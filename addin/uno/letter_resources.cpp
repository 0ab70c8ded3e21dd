#include "uno/letter_resources.hpp"

#include "uno/extension_folder.hpp"
#include "uno/letter_files.hpp"

namespace relance::uno {

std::string letterCatalogFolder() { return extensionFolder() + "/letters"; }

std::string letterTemplateUrl(const OutputSettings& output)
{
    return output.templateUrl.empty() ? fileUrlOf(letterCatalogFolder() + "/letterhead.fodt") : output.templateUrl;
}

} // namespace relance::uno
