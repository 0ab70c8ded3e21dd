#include "catalog/function_help_topic.hpp"

#include "catalog/function_catalog.hpp"

#include <algorithm>
#include <cctype>

namespace relance::catalog {

namespace {

std::string upper(std::string_view text)
{
    std::string result(text);
    std::transform(result.begin(), result.end(), result.begin(),
                   [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    return result;
}

bool isNameCharacter(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }

} // namespace

std::string functionHelpTopic(std::string_view formula)
{
    // Calc's API names an add-in function by its service and method, upper case.
    const std::string prefix = upper(serviceName) + ".";
    const std::string text = upper(formula);
    for (std::size_t at = text.find(prefix); at != std::string::npos; at = text.find(prefix, at + 1)) {
        std::size_t end = at + prefix.size();
        while (end < text.size() && isNameCharacter(text[end]))
            ++end;
        const std::string method = text.substr(at + prefix.size(), end - at - prefix.size());
        for (const Function& function : functions())
            if (upper(function.programmaticName) == method)
                return function.displayName.english;
    }
    return {};
}

} // namespace relance::catalog
