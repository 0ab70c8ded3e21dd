#include "ui/folder_field.hpp"

#include <com/sun/star/ui/dialogs/ExecutableDialogResults.hpp>
#include <com/sun/star/ui/dialogs/FolderPicker.hpp>
#include <osl/file.hxx>

namespace relance::ui {

using rtl::OUString;

OUString pathOfFileUrl(const OUString& url)
{
    OUString path;
    return osl::FileBase::getSystemPathFromFileURL(url, path) == osl::FileBase::E_None ? path : url;
}

OUString fileUrlOfPath(const OUString& path)
{
    OUString url;
    return path.isEmpty() || osl::FileBase::getFileURLFromSystemPath(path, url) != osl::FileBase::E_None ? path : url;
}

void pickFolderInto(const css::uno::Reference<css::uno::XComponentContext>& context,
                    const css::uno::Reference<css::beans::XPropertySet>& field, const OUString& title)
{
    const css::uno::Reference<css::ui::dialogs::XFolderPicker2> picker =
        css::ui::dialogs::FolderPicker::create(context);
    picker->setTitle(title);
    const OUString current = field->getPropertyValue("Text").get<OUString>().trim();
    if (!current.isEmpty())
        picker->setDisplayDirectory(fileUrlOfPath(current));
    if (picker->execute() == css::ui::dialogs::ExecutableDialogResults::OK)
        field->setPropertyValue("Text", css::uno::Any(pathOfFileUrl(picker->getDirectory())));
}

OUString fileNameOfUrl(const OUString& url)
{
    const OUString path = pathOfFileUrl(url);
    return path.copy(path.lastIndexOf('/') + 1);
}

} // namespace relance::ui
