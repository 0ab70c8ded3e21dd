#pragma once
// File names for the letters: one PDF per client, named after the client.
// A client name is user data, typed by anyone: it must never make a path
// (../../etc/passwd), a device name (CON on Windows), a hidden file, or a
// name too long for the file system -- and an existing file is never
// replaced.
#include <functional>
#include <string>
#include <string_view>

namespace relance {

/// Longest stem kept, in bytes of UTF-8: with a date, a level, a numbered
/// suffix and ".pdf" the name stays far below the 255 bytes of ext4, NTFS
/// and APFS.
constexpr std::size_t maximumFileStemBytes = 120;

/// A file-name stem made from `text` (a client name):
///  - '/', '\\', ':', '*', '?', '"', '<', '>', '|', control characters
///    (below U+0020 and U+007F), and invalid UTF-8 bytes become '_';
///  - runs of spaces and '_' shrink to one; leading and trailing spaces,
///    dots and '_' go (no ".hidden", no "name." that Windows trims);
///  - cut to maximumFileStemBytes at a character boundary;
///  - a Windows device name (CON, PRN, AUX, NUL, COM1-9, LPT1-9, in any
///    case, with or without an extension) gets a '_' appended;
///  - nothing left gives `fallback`.
/// Letters, digits and accents of every language stay as they are.
std::string safeFileStem(std::string_view text, std::string_view fallback = "client");

/// `stem` + `extension` (".pdf") when `exists` says no such file is in the
/// folder, otherwise stem-2.pdf, stem-3.pdf, ...: never a name that exists.
/// Throws InvalidArgument after 9999 tries.
std::string unusedFileName(const std::string& stem, const std::string& extension,
                           const std::function<bool(const std::string& fileName)>& exists);

} // namespace relance
