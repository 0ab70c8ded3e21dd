#pragma once
// The one table of Relance's Calc functions. Everything that names a function
// or an argument - the XAddIn methods, CalcAddIns.xcu, the consistency test
// against the IDL - reads it from here.
#include <string>
#include <string_view>
#include <vector>

namespace relance::catalog {

/// Languages of the Function Wizard texts. Other UI languages fall back to English.
enum class Language { English, French, German };

/// Picks the table's language for a BCP 47 / UNO locale language ("fr", "de-AT", "en-US").
Language languageFromLocale(std::string_view language);

/// One text in each Function Wizard language (UTF-8).
struct Localized {
    std::string english;
    std::string french;
    std::string german;
    const std::string& in(Language language) const;
};

struct Parameter {
    std::string name;          ///< as in the IDL (the programmatic argument name)
    Localized displayName;
    Localized description;
};

struct Function {
    std::string programmaticName; ///< the IDL method, e.g. getDaysLate
    std::string category;         ///< Calc's fixed programmatic categories: Date&Time, Financial, Add-In...
    Localized displayName;        ///< English is the name formulas use: DAYSLATE
    Localized description;
    std::vector<Parameter> parameters; ///< visible parameters, without the document options
};

const std::vector<Function>& functions();

/// The function with this programmatic name, or nullptr.
const Function* findFunction(std::string_view programmaticName);

/// Service and implementation names of the add-in component.
inline constexpr std::string_view serviceName = "org.relance.RelanceFunctions";
inline constexpr std::string_view implementationName = "org.relance.RelanceFunctionsImpl";

} // namespace relance::catalog
