#include "uno/letter_files.hpp"

#include "core/error.hpp"
#include "core/output_file_name.hpp"
#include "uno/text_conversion.hpp"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <osl/file.hxx>

#include <filesystem>
#include <random>
#include <system_error>

namespace relance::uno {

using ::rtl::OUString;

namespace {

std::string temporaryName()
{
    static std::mt19937_64 random{std::random_device{}()};
    return ".~relance-" + std::to_string(random()) + ".tmp";
}

} // namespace

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

void ensureFolder(const std::string& folderPath)
{
    std::error_code error;
    std::filesystem::create_directories(folderPath, error);
    if (error || !std::filesystem::is_directory(folderPath))
        throw InvalidArgument("the folder " + folderPath + " cannot be created: " + error.message());
}

std::string storeWithoutReplacing(const css::uno::Reference<css::frame::XStorable>& document,
                                  const std::string& folderPath, const std::string& stem,
                                  const std::string& extension, const char* filterName)
{
    const std::filesystem::path folder(folderPath);
    // A hidden folder of its own, on the same file system (for the link):
    // LibreOffice writes its own temporary files ("lu....tmp") next to the
    // file it stores, and after a crash those would lie among the letters.
    const std::filesystem::path work = folder / ".relance-writing";
    ensureFolder(work.string());
    const std::filesystem::path temporary = work / temporaryName();
    struct RemoveWorkFolder {
        const std::filesystem::path& folder;
        ~RemoveWorkFolder()
        {
            std::error_code ignored;
            std::filesystem::remove(folder, ignored); // only when empty
        }
    } removeWork{work};
    css::uno::Sequence<css::beans::PropertyValue> arguments(2);
    arguments.getArray()[0].Name = "FilterName";
    arguments.getArray()[0].Value <<= OUString::createFromAscii(filterName);
    arguments.getArray()[1].Name = "Overwrite";
    arguments.getArray()[1].Value <<= true; // the temporary name only
    document->storeToURL(toOUString(fileUrlOf(temporary.string())), arguments);

    // Link, not rename: a link fails if the name exists, so a file that
    // appeared since the name was chosen is never replaced; try the next.
    for (int attempt = 0; attempt < 100; ++attempt) {
        const std::string name = unusedFileName(
            stem, extension, [&](const std::string& candidate) { return std::filesystem::exists(folder / candidate); });
        std::error_code error;
        std::filesystem::create_hard_link(temporary, folder / name, error);
        if (!error) {
            std::filesystem::remove(temporary, error);
            return name;
        }
        if (error == std::errc::operation_not_supported || error == std::errc::operation_not_permitted) {
            // A file system without hard links (FAT, some network shares):
            // rename, having just checked the name is free.
            error.clear();
            if (!std::filesystem::exists(folder / name))
                std::filesystem::rename(temporary, folder / name, error);
            if (!error)
                return name;
        }
        if (error != std::errc::file_exists) {
            std::filesystem::remove(temporary, error);
            throw InvalidArgument("cannot write " + (folder / name).string() + ": " + error.message());
        }
    }
    std::error_code ignored;
    std::filesystem::remove(temporary, ignored);
    throw InvalidArgument("no free file name for " + stem + extension + " in " + folderPath);
}

} // namespace relance::uno
