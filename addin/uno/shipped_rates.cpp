#include "uno/shipped_rates.hpp"

#include "core/error.hpp"

#include <dlfcn.h>

#include <fstream>
#include <sstream>

namespace relance::uno {

namespace {

// The extension's files are unpacked into one folder with the library: find
// the library's own path rather than ask the extension manager, which would
// need a component context in every formula call.
std::string libraryFolder()
{
    Dl_info info{};
    if (dladdr(reinterpret_cast<void*>(&libraryFolder), &info) == 0 || !info.dli_fname)
        throw InvalidArgument("the extension's folder cannot be found (dladdr failed)");
    const std::string library = info.dli_fname;
    const auto slash = library.rfind('/');
    return slash == std::string::npos ? std::string(".") : library.substr(0, slash);
}

std::string fileText(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw InvalidArgument("rate file " + path + " cannot be read");
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

struct LoadedTables {
    std::shared_ptr<const RateTables> tables;
    std::string error;
};

LoadedTables load()
{
    try {
        const std::string folder = shippedRatesFolder();
        return {std::make_shared<const RateTables>(loadShippedRateTables(
                    [&folder](std::string_view fileName) { return fileText(folder + "/" + std::string(fileName)); })),
                {}};
    } catch (const std::exception& error) {
        return {nullptr, error.what()};
    }
}

} // namespace

std::string shippedRatesFolder() { return libraryFolder() + "/rates"; }

std::shared_ptr<const RateTables> shippedRateTables()
{
    static const LoadedTables loaded = load();
    if (!loaded.tables)
        throw InvalidArgument("the shipped rate tables cannot be read: " + loaded.error);
    return loaded.tables;
}

} // namespace relance::uno
