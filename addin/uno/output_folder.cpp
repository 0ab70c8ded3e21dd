#include "uno/output_folder.hpp"

#include "core/error.hpp"
#include "uno/letter_files.hpp"
#include "uno/text_conversion.hpp"

#include <com/sun/star/frame/XModel.hpp>

namespace relance::uno {

std::string defaultLetterFolderUrl(const OutputSettings& settings,
                                   const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document)
{
    if (!settings.folderUrl.empty())
        return settings.folderUrl;
    const css::uno::Reference<css::frame::XModel> model(document, css::uno::UNO_QUERY);
    const std::string registerUrl = model.is() ? toUtf8(model->getURL()) : std::string();
    if (registerUrl.empty())
        return {};
    // the URL's own spelling: only its last segment, the document's name, goes
    return registerUrl.substr(0, registerUrl.rfind('/')) + "/Relance%20letters";
}

std::string letterFolderPath(const std::string& givenUrl, const OutputSettings& settings,
                             const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document)
{
    const std::string url = !givenUrl.empty() ? givenUrl : defaultLetterFolderUrl(settings, document);
    if (url.empty())
        throw InvalidArgument("the register has not been saved: choose the folder for the letters");
    return systemPathOf(url);
}

} // namespace relance::uno
