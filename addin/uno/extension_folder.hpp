#pragma once
// The installed extension's folder: the .oxt is unpacked into one folder, with
// this library at its top and the data it reads (rates/, letters/) beside it.
#include <string>

namespace relance::uno {

/// The folder of librelance.so, as a system path. Found from the library's
/// own address rather than asked of the extension manager, which would need
/// a component context in every formula call. Throws InvalidArgument if it
/// cannot be found.
std::string extensionFolder();

} // namespace relance::uno
