#pragma once
// Letters stored as files: URLs and paths, and a Writer document stored in
// a LetterFolder (letter_folder.hpp: all or nothing, never a file replaced).
#include "uno/letter_folder.hpp"

#include <com/sun/star/frame/XStorable.hpp>

#include <string>

namespace relance::uno {

/// A file URL's system path, and back. Throw InvalidArgument for a URL that
/// is not a local file.
std::string systemPathOf(const std::string& fileUrl);
std::string fileUrlOf(const std::string& systemPath);

/// Stores `document` with `filterName` ("writer_pdf_Export", "writer8") in
/// `folder` under the planned name (or the next free one); returns the name.
std::string storeDocument(LetterFolder& folder, const css::uno::Reference<css::frame::XStorable>& document,
                          const PlannedFile& file, const char* filterName, NameReservation& names);

} // namespace relance::uno
