#pragma once
// Where the letters go, all or nothing, without ever losing a file. Plain
// C++ and POSIX, no UNO: the unit tests drive it directly.
//
// A run first chooses every file name (NameReservation: a name is taken
// when anything is there, a dangling symbolic link included, or when the
// run has reserved it already), with nothing written yet. Then it opens the
// folder (LetterFolder), which creates it when missing and a private writing
// folder inside it, made fresh for the run with mkdtemp (never a fixed name,
// so nothing planted there in advance is written through). Each file is
// written there under a temporary name, then linked to its final name (a
// link fails rather than replace a file that appeared meanwhile: the next
// free name is taken), then the temporary name is removed. A crash or a
// killed soffice leaves at most the private folder, never a partial file
// under a final name.
//
// Unless the run commits, the LetterFolder's end removes every file it
// linked (each only if it is still the file written: same device and inode)
// and the folders it created; it always removes its private folder, and
// only what is in it. It never follows or removes a link it did not make.
#include <array>
#include <functional>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace relance::uno {

/// Refuses, before anything is written, a folder that cannot take the
/// letters: a path that exists and is not a folder (a link to a folder is
/// a folder), or whose nearest existing ancestor is not writable.
void checkFolderCanBeWritten(const std::string& folderPath);

/// A file name chosen before the first file is written, with what it was made of.
struct PlannedFile {
    std::string stem;
    std::string extension;
    std::string name; ///< stem + extension, or stem-2 + extension ...
};

/// Names chosen before the first file is written.
class NameReservation {
public:
    explicit NameReservation(std::string folderPath) : m_folder(std::move(folderPath)) {}

    /// stem + extension, or stem-2, stem-3 ... when taken in the folder (by
    /// anything, a dangling link included) or reserved by this run.
    PlannedFile reserve(const std::string& stem, const std::string& extension);

    /// Whether `name` is taken in the folder or by this reservation.
    bool taken(const std::string& name) const;

private:
    std::string m_folder;
    std::set<std::string> m_reserved;
};

class LetterFolder {
public:
    /// Creates `folderPath` (and missing parents, remembering which) and a
    /// private writing folder inside it. Throws InvalidArgument when it cannot.
    explicit LetterFolder(std::string folderPath);
    ~LetterFolder();
    LetterFolder(const LetterFolder&) = delete;
    LetterFolder& operator=(const LetterFolder&) = delete;

    /// Has `write` write the file at the temporary path it is given (in the
    /// private folder), then gives it the planned name -- or the next free
    /// one, if something took it since it was reserved -- and returns the
    /// name used. What `write` throws passes on, the temporary file removed.
    std::string store(const PlannedFile& file, const std::function<void(const std::string& temporaryPath)>& write,
                      NameReservation& names);

    /// Keeps what was written: the end removes the private folder only.
    void commit() { m_committed = true; }

    const std::string& path() const { return m_folder; }
    /// The run's private writing folder (for tests).
    const std::string& privateFolder() const { return m_private; }

private:
    struct WrittenFile {
        std::string path;
        std::array<long long, 4> identity; ///< device, inode, change time (s, ns)
    };

    std::string m_folder;
    std::vector<std::string> m_createdFolders; ///< outermost first
    std::string m_private;                     ///< the mkdtemp folder
    std::vector<WrittenFile> m_written;
    bool m_committed = false;
};

} // namespace relance::uno
