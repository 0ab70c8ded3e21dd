#pragma once
// Where the letters go, and how they get there without ever losing a file:
// each is written under a temporary name in a hidden ".relance-writing"
// folder inside the target folder, then linked to its final name (which fails
// rather than replace a file that exists), then the temporary name is
// removed. A crash or a killed soffice leaves at most that hidden folder,
// never a partial file under a final name.
#include <com/sun/star/frame/XStorable.hpp>

#include <string>

namespace relance::uno {

/// A file URL's system path, and back. Throw InvalidArgument for a URL that
/// is not a local file.
std::string systemPathOf(const std::string& fileUrl);
std::string fileUrlOf(const std::string& systemPath);

/// Creates the folder (and its parents) when missing.
void ensureFolder(const std::string& folderPath);

/// Stores `document` with `filterName` ("writer_pdf_Export", "writer8") as
/// stem + extension in `folderPath` -- or stem-2, stem-3 ... when that name is
/// taken -- and returns the file name used.
std::string storeWithoutReplacing(const css::uno::Reference<css::frame::XStorable>& document,
                                  const std::string& folderPath, const std::string& stem,
                                  const std::string& extension, const char* filterName);

} // namespace relance::uno
