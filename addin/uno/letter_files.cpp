#include "uno/letter_files.hpp"

#include "core/error.hpp"
#include "uno/text_conversion.hpp"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <osl/file.hxx>

namespace relance::uno {

using ::rtl::OUString;

std::string systemPathOf(const std::string& fileUrl)
{
    OUString path;
    if (osl::FileBase::getSystemPathFromFileURL(toOUString(fileUrl), path) != osl::FileBase::E_None)
        throw InvalidArgument("\"" + fileUrl + "\" is not the URL of a local folder");
    return toUtf8(path);
}

std::string fileUrlOf(const std::string& systemPath)
{
    OUString url;
    if (osl::FileBase::getFileURLFromSystemPath(toOUString(systemPath), url) != osl::FileBase::E_None)
        throw InvalidArgument("\"" + systemPath + "\" is not a path");
    return toUtf8(url);
}

std::string storeDocument(LetterFolder& folder, const css::uno::Reference<css::frame::XStorable>& document,
                          const PlannedFile& file, const char* filterName, NameReservation& names)
{
    return folder.store(
        file,
        [&](const std::string& temporary) {
            css::uno::Sequence<css::beans::PropertyValue> arguments(2);
            arguments.getArray()[0].Name = "FilterName";
            arguments.getArray()[0].Value <<= OUString::createFromAscii(filterName);
            arguments.getArray()[1].Name = "Overwrite";
            arguments.getArray()[1].Value <<= true; // the temporary name only, in the run's own folder
            document->storeToURL(toOUString(fileUrlOf(temporary)), arguments);
        },
        names);
}

} // namespace relance::uno
