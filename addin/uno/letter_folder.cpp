#include "uno/letter_folder.hpp"

#include "core/error.hpp"
#include "core/output_file_name.hpp"

#include <array>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <random>

#include <dirent.h>
#include <sys/stat.h>
#include <unistd.h>

namespace relance::uno {

namespace {

/// Whether anything at all is at `path`: a file, a folder, a link (even one
/// that leads nowhere). std::filesystem::exists follows links, so a dangling
/// link looks free to it -- and linking onto it then fails.
bool somethingAt(const std::string& path)
{
    struct stat status{};
    return ::lstat(path.c_str(), &status) == 0 || errno != ENOENT;
}

std::string systemError(int error) { return std::strerror(error); }

/// Device, inode and change time: a file removed and another made under the
/// same name may get the same inode back, not the same change time too.
std::array<long long, 4> identityOf(const struct stat& status)
{
    return {static_cast<long long>(status.st_dev), static_cast<long long>(status.st_ino),
            static_cast<long long>(status.st_ctim.tv_sec), static_cast<long long>(status.st_ctim.tv_nsec)};
}

std::string temporaryName()
{
    static std::mt19937_64 random{std::random_device{}()};
    return ".~relance-" + std::to_string(random()) + ".tmp";
}

/// Removes the entries of a folder the run made itself (not a link: mkdtemp
/// made it), then the folder. unlink never follows a link.
void removePrivateFolder(const std::string& folder)
{
    if (DIR* entries = ::opendir(folder.c_str())) {
        while (const dirent* entry = ::readdir(entries)) {
            const std::string name = entry->d_name;
            if (name != "." && name != "..")
                ::unlink((folder + "/" + name).c_str());
        }
        ::closedir(entries);
    }
    ::rmdir(folder.c_str());
}

} // namespace

void checkFolderCanBeWritten(const std::string& folderPath)
{
    std::filesystem::path existing(folderPath);
    while (!somethingAt(existing.string()) && existing.has_parent_path() && existing != existing.parent_path())
        existing = existing.parent_path();
    struct stat status{};
    if (::stat(existing.string().c_str(), &status) != 0 || !S_ISDIR(status.st_mode))
        throw InvalidArgument("the folder " + folderPath + " cannot be created: " + existing.string() +
                              " is not a folder");
    if (::access(existing.string().c_str(), W_OK | X_OK) != 0)
        throw InvalidArgument("the folder " + existing.string() + " cannot be written to: " + systemError(errno));
}

PlannedFile NameReservation::reserve(const std::string& stem, const std::string& extension)
{
    std::string name = unusedFileName(stem, extension, [&](const std::string& candidate) { return taken(candidate); });
    m_reserved.insert(name);
    return {stem, extension, std::move(name)};
}

bool NameReservation::taken(const std::string& name) const
{
    return m_reserved.count(name) > 0 || somethingAt(m_folder + "/" + name);
}

LetterFolder::LetterFolder(std::string folderPath) : m_folder(std::move(folderPath))
{
    checkFolderCanBeWritten(m_folder);
    std::vector<std::string> missing;
    for (std::filesystem::path at(m_folder); !somethingAt(at.string()) && at.has_relative_path();
         at = at.parent_path())
        missing.insert(missing.begin(), at.string());
    for (const std::string& folder : missing) {
        if (::mkdir(folder.c_str(), 0777) != 0 && errno != EEXIST)
            throw InvalidArgument("the folder " + folder + " cannot be created: " + systemError(errno));
        m_createdFolders.push_back(folder);
    }
    // On the same file system as the letters (for the link). LibreOffice
    // writes its own temporary files ("lu....tmp") next to the file it
    // stores; after a crash they lie here, not among the letters.
    std::string pattern = m_folder + "/.relance-writing-XXXXXX";
    if (::mkdtemp(pattern.data()) == nullptr) {
        const int error = errno;
        for (auto folder = m_createdFolders.rbegin(); folder != m_createdFolders.rend(); ++folder)
            ::rmdir(folder->c_str());
        throw InvalidArgument("cannot write in " + m_folder + ": " + systemError(error));
    }
    m_private = pattern;
}

LetterFolder::~LetterFolder()
{
    removePrivateFolder(m_private);
    if (m_committed)
        return;
    for (const WrittenFile& file : m_written) {
        struct stat status{};
        if (::lstat(file.path.c_str(), &status) == 0 && S_ISREG(status.st_mode) && identityOf(status) == file.identity)
            ::unlink(file.path.c_str());
    }
    for (auto folder = m_createdFolders.rbegin(); folder != m_createdFolders.rend(); ++folder)
        ::rmdir(folder->c_str()); // only when empty
}

std::string LetterFolder::store(const PlannedFile& file,
                                const std::function<void(const std::string& temporaryPath)>& write,
                                NameReservation& names)
{
    const std::string temporary = m_private + "/" + temporaryName();
    try {
        write(temporary);
    } catch (...) {
        ::unlink(temporary.c_str());
        throw;
    }

    std::string target = file.name;
    for (int attempt = 0; attempt < 100; ++attempt) {
        const std::string path = m_folder + "/" + target;
        // Link, not rename: a link fails if the name exists, so a file that
        // appeared since the name was chosen is never replaced.
        int error = ::link(temporary.c_str(), path.c_str()) == 0 ? 0 : errno;
        if (error == EPERM || error == ENOTSUP || error == EOPNOTSUPP || error == EXDEV) {
            // A file system without hard links (FAT, some network shares):
            // rename, having just checked the name is free.
            error = somethingAt(path) ? EEXIST : (::rename(temporary.c_str(), path.c_str()) == 0 ? 0 : errno);
        }
        if (error == 0) {
            ::unlink(temporary.c_str());
            // what the file is, to know it again (an unlink changes its ctime: read after)
            struct stat status{};
            if (::lstat(path.c_str(), &status) == 0)
                m_written.push_back({path, identityOf(status)});
            return target;
        }
        if (error != EEXIST) {
            ::unlink(temporary.c_str());
            throw InvalidArgument("cannot write " + path + ": " + systemError(error));
        }
        target = names.reserve(file.stem, file.extension).name;
    }
    ::unlink(temporary.c_str());
    throw InvalidArgument("no free file name for " + file.name + " in " + m_folder);
}

} // namespace relance::uno
