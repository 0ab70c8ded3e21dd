#include "uno/extension_folder.hpp"

#include "core/error.hpp"

#include <dlfcn.h>

namespace relance::uno {

std::string extensionFolder()
{
    Dl_info info{};
    if (dladdr(reinterpret_cast<void*>(&extensionFolder), &info) == 0 || !info.dli_fname)
        throw InvalidArgument("the extension's folder cannot be found (dladdr failed)");
    const std::string library = info.dli_fname;
    const auto slash = library.rfind('/');
    return slash == std::string::npos ? std::string(".") : library.substr(0, slash);
}

} // namespace relance::uno
