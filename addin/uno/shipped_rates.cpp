#include "uno/shipped_rates.hpp"

#include "core/error.hpp"
#include "uno/extension_folder.hpp"

#include <fstream>
#include <sstream>

namespace relance::uno {

namespace {

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

std::string shippedRatesFolder() { return extensionFolder() + "/rates"; }

std::shared_ptr<const RateTables> shippedRateTables()
{
    static const LoadedTables loaded = load();
    if (!loaded.tables)
        throw InvalidArgument("the shipped rate tables cannot be read: " + loaded.error);
    return loaded.tables;
}

} // namespace relance::uno
