// Writes every sample letter as plain text into the build tree
// (<build>/letter-samples/<language>-<kind>-<n>.txt), for a person to read
// them as their native speaker would. The test itself only checks that each
// letter renders and is written.
#include "letters/letter_plain_text.hpp"
#include "letters/letter_renderer.hpp"

#include "letter_samples.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

using namespace relance;

TEST(LetterSamples, WritesEveryLetterAsPlainText)
{
    const std::filesystem::path directory = std::filesystem::path(RELANCE_BINARY_DIR) / "letter-samples";
    std::filesystem::create_directories(directory);
    for (const std::string& language : test::letterLanguages())
        for (LetterKind kind : test::allLetterKinds())
            for (int count : {1, 3}) {
                const RenderedLetter letter =
                    renderLetter(test::sampleLetter(language, kind, count), RELANCE_LETTER_CATALOG_DIR);
                const std::filesystem::path file =
                    directory / (language + "-" + letterKindKeyword(kind) + "-" + std::to_string(count) + ".txt");
                std::ofstream(file, std::ios::binary) << plainText(letter);
                EXPECT_TRUE(std::filesystem::file_size(file) > 500) << file;
            }
}
