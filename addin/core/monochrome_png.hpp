#pragma once
// A black-and-white picture as PNG bytes, written without an image library:
// 1-bit greyscale, one IDAT of stored (uncompressed) deflate blocks. The
// payment code's modules become a picture Writer embeds; LibreOffice's PDF
// export keeps a PNG lossless (a JPEG would blur the modules).
#include <cstdint>
#include <string>
#include <vector>

namespace relance {

/// A square of modules, row by row: true = dark.
using ModuleMatrix = std::vector<std::vector<bool>>;

/// The PNG of `modules`, each `pixelsPerModule` pixels wide, inside a light
/// border `quietModules` modules wide. Throws InvalidArgument for an empty
/// or ragged matrix or a scale outside 1..64.
std::string monochromePng(const ModuleMatrix& modules, int pixelsPerModule, int quietModules);

/// CRC-32 as PNG and zlib compute it (ISO 3309, reflected 0xEDB88320).
std::uint32_t crc32Of(const std::string& bytes);

} // namespace relance
