// The letters' folder (addin/uno/letter_folder.hpp): all or nothing, a
// fresh private writing folder per run, never a file replaced, never a link
// followed -- on a real temporary directory.
#include "core/error.hpp"
#include "uno/letter_folder.hpp"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <stdexcept>

#include <sys/stat.h>

using namespace relance;
using namespace relance::uno;
namespace fs = std::filesystem;

namespace {

/// A fresh directory under the system's temporary one, removed afterwards.
class LetterFolderTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        std::string pattern = (fs::temp_directory_path() / "relance-folder-test-XXXXXX").string();
        ASSERT_NE(::mkdtemp(pattern.data()), nullptr);
        root = pattern;
    }
    void TearDown() override { fs::remove_all(root); }

    static void writeText(const std::string& path, const std::string& text) { std::ofstream(path) << text; }
    static std::string readText(const fs::path& path)
    {
        std::ifstream in(path);
        return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    }
    static std::vector<std::string> entries(const fs::path& folder)
    {
        std::vector<std::string> names;
        for (const auto& entry : fs::directory_iterator(folder))
            names.push_back(entry.path().filename().string());
        std::sort(names.begin(), names.end());
        return names;
    }
    /// Stores a file holding `text` under the planned name.
    static std::string store(LetterFolder& folder, NameReservation& names, const PlannedFile& file,
                             const std::string& text)
    {
        return folder.store(file, [&](const std::string& temporary) { writeText(temporary, text); }, names);
    }

    fs::path root;
};

} // namespace

TEST_F(LetterFolderTest, WithoutCommitNothingIsLeftNotEvenTheFoldersItMade)
{
    const fs::path out = root / "new" / "letters";
    NameReservation names(out.string());
    {
        LetterFolder folder(out.string());
        EXPECT_EQ(store(folder, names, names.reserve("Alpha SARL - relance", ".pdf"), "a"),
                  "Alpha SARL - relance.pdf");
        EXPECT_EQ(store(folder, names, names.reserve("Beta SARL - relance", ".pdf"), "b"), "Beta SARL - relance.pdf");
        EXPECT_TRUE(fs::exists(out / "Beta SARL - relance.pdf"));
        // the run fails here: no commit
    }
    EXPECT_FALSE(fs::exists(root / "new"));
    EXPECT_TRUE(entries(root).empty());
}

TEST_F(LetterFolderTest, CommitKeepsTheFilesAndRemovesThePrivateFolder)
{
    const fs::path out = root / "letters";
    fs::create_directory(out);
    writeText((out / "keep.txt").string(), "mine");
    NameReservation names(out.string());
    {
        LetterFolder folder(out.string());
        EXPECT_EQ(fs::path(folder.privateFolder()).parent_path(), out);
        store(folder, names, names.reserve("Alpha", ".pdf"), "a");
        folder.commit();
    }
    EXPECT_EQ(entries(out), (std::vector<std::string>{"Alpha.pdf", "keep.txt"}));
    EXPECT_EQ(readText(out / "Alpha.pdf"), "a");
}

TEST_F(LetterFolderTest, RollbackLeavesAFolderThatExistedAndRemovesOnlyItsOwnFiles)
{
    const fs::path out = root / "letters";
    fs::create_directory(out);
    writeText((out / "keep.txt").string(), "mine");
    NameReservation names(out.string());
    {
        LetterFolder folder(out.string());
        store(folder, names, names.reserve("Alpha", ".pdf"), "a");
        store(folder, names, names.reserve("Beta", ".pdf"), "b");
        // someone replaces Beta.pdf with a file of their own before the run fails
        writeText((root / "theirs.pdf").string(), "theirs");
        fs::rename(root / "theirs.pdf", out / "Beta.pdf");
    }
    EXPECT_EQ(entries(out), (std::vector<std::string>{"Beta.pdf", "keep.txt"}));
    EXPECT_EQ(readText(out / "Beta.pdf"), "theirs");
}

TEST_F(LetterFolderTest, WriterThatThrowsLeavesNoTemporaryFile)
{
    const fs::path out = root / "letters";
    NameReservation names(out.string());
    {
        LetterFolder folder(out.string());
        EXPECT_THROW(folder.store(
                         names.reserve("Alpha", ".pdf"),
                         [](const std::string& temporary) {
                             writeText(temporary, "half a PDF");
                             throw std::runtime_error("storeToURL failed");
                         },
                         names),
                     std::runtime_error);
    }
    EXPECT_FALSE(fs::exists(out));
}

TEST_F(LetterFolderTest, DanglingLinkTakesItsName)
{
    const fs::path out = root / "letters";
    fs::create_directory(out);
    fs::create_symlink(root / "nowhere.pdf", out / "Alpha.pdf");
    NameReservation names(out.string());
    EXPECT_TRUE(names.taken("Alpha.pdf"));
    const PlannedFile planned = names.reserve("Alpha", ".pdf");
    EXPECT_EQ(planned.name, "Alpha-2.pdf");
    EXPECT_EQ(names.reserve("Alpha", ".pdf").name, "Alpha-3.pdf"); // reserved by the run: taken too
    {
        LetterFolder folder(out.string());
        EXPECT_EQ(store(folder, names, planned, "a"), "Alpha-2.pdf");
        folder.commit();
    }
    EXPECT_TRUE(fs::is_symlink(out / "Alpha.pdf"));
    EXPECT_FALSE(fs::exists(root / "nowhere.pdf")); // nothing written through the link
}

TEST_F(LetterFolderTest, NameTakenAfterReservationGoesToTheNextOneAndNothingIsReplaced)
{
    const fs::path out = root / "letters";
    fs::create_directory(out);
    NameReservation names(out.string());
    const PlannedFile planned = names.reserve("Alpha", ".pdf");
    writeText((out / "Alpha.pdf").string(), "appeared meanwhile");
    {
        LetterFolder folder(out.string());
        EXPECT_EQ(store(folder, names, planned, "a"), "Alpha-2.pdf");
        folder.commit();
    }
    EXPECT_EQ(readText(out / "Alpha.pdf"), "appeared meanwhile");
    EXPECT_EQ(readText(out / "Alpha-2.pdf"), "a");
}

TEST_F(LetterFolderTest, PlantedWritingFolderLinkIsNeverFollowedNorRemoved)
{
    const fs::path out = root / "letters", elsewhere = root / "elsewhere";
    fs::create_directory(out);
    fs::create_directory(elsewhere);
    fs::create_symlink(elsewhere, out / ".relance-writing");
    NameReservation names(out.string());
    std::string privateFolder;
    {
        LetterFolder folder(out.string());
        privateFolder = folder.privateFolder();
        struct stat status{};
        ASSERT_EQ(::lstat(privateFolder.c_str(), &status), 0);
        EXPECT_TRUE(S_ISDIR(status.st_mode)); // a real folder of its own, not the link
        EXPECT_EQ(status.st_mode & 0777, 0700u);
        store(folder, names, names.reserve("Alpha", ".pdf"), "a");
        folder.commit();
    }
    EXPECT_FALSE(fs::exists(privateFolder));
    EXPECT_TRUE(fs::is_symlink(out / ".relance-writing"));
    EXPECT_TRUE(entries(elsewhere).empty());
    EXPECT_EQ(entries(out), (std::vector<std::string>{".relance-writing", "Alpha.pdf"}));
}

TEST_F(LetterFolderTest, AFileWhereTheFolderShouldBeIsRefusedBeforeAnything)
{
    writeText((root / "letters").string(), "a file");
    EXPECT_THROW(checkFolderCanBeWritten((root / "letters").string()), InvalidArgument);
    EXPECT_THROW(checkFolderCanBeWritten((root / "letters" / "below").string()), InvalidArgument);
    EXPECT_NO_THROW(checkFolderCanBeWritten((root / "new" / "letters").string()));
}
