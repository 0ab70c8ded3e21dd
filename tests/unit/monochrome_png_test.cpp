// The payment code's picture. Expected bytes from the PNG specification
// (signature, IHDR layout, the IEND chunk every PNG ends with) and a CRC-32
// check value from ISO 3309's literature ("123456789" -> CBF43926).
#include "core/monochrome_png.hpp"

#include "error_message.hpp"

#include <gtest/gtest.h>

using namespace relance;

TEST(Crc32, CheckValue) { EXPECT_EQ(crc32Of("123456789"), 0xCBF43926u); }

TEST(MonochromePng, LayoutOfATinyPicture)
{
    // one dark module, 2 pixels a module, a quiet zone of 1 module: 6 x 6 pixels
    const std::string png = monochromePng({{true}}, 2, 1);
    EXPECT_EQ(png.substr(0, 8), std::string("\x89PNG\r\n\x1a\n", 8));
    EXPECT_EQ(png.substr(8, 8), std::string("\0\0\0\x0dIHDR", 8));
    EXPECT_EQ(png.substr(16, 13), std::string("\0\0\0\x06\0\0\0\x06\x01\0\0\0\0", 13));
    // every PNG ends with the same empty IEND chunk
    EXPECT_EQ(png.substr(png.size() - 12), std::string("\0\0\0\0IEND\xae\x42\x60\x82", 12));
    // IDAT: zlib header, one last stored block of 6 rows x (1 filter byte + 1 byte)
    const std::size_t idat = 8 + 25;
    EXPECT_EQ(png.substr(idat + 4, 4), "IDAT");
    const std::string zlib = png.substr(idat + 8, 2 + 5 + 12 + 4);
    EXPECT_EQ(zlib.substr(0, 7), std::string("\x78\x01\x01\x0c\x00\xf3\xff", 7));
    // rows: white (bits 1) except pixels 2 and 3 of rows 2 and 3: 0b11001111
    EXPECT_EQ(zlib.substr(7, 12), std::string("\0\xfc\0\xfc\0\xcc\0\xcc\0\xfc\0\xfc", 12));
}

TEST(MonochromePng, RefusesBadMatrices)
{
    EXPECT_EQ(test::messageOf([] { monochromePng({}, 2, 1); }), "Module matrix is empty");
    EXPECT_EQ(test::messageOf([] { monochromePng({{true, false}, {true}}, 2, 1); }),
              "Module matrix is not square (1 modules in a row of 2)");
}
