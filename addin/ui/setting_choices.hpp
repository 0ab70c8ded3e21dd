#pragma once
// The drop-down lists of the settings: the options pages and the sidebar's
// Settings panel offer the same values with the same labels.
#include "ui/ui_texts.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>

#include <array>
#include <cstddef>

namespace relance::ui {

/// The items of a drop-down list: the values stored, and each one's label
/// key in the UI catalogs (a key of null: the value is its own label).
struct Choice {
    const char* value;
    const char* label;
};

inline constexpr std::array<Choice, 9> countryChoices{{{"", "options/country_other"},
                                           {"FR", "countries/fr"},
                                           {"DE", "countries/de"},
                                           {"GB", "countries/gb"},
                                           {"BE", "countries/be"},
                                           {"NL", "countries/nl"},
                                           {"ES", "countries/es"},
                                           {"IT", "countries/it"},
                                           {"LU", "countries/lu"}}};

// The rule codes of LATEINTEREST (empty: the one of the creditor's country).
inline constexpr std::array<Choice, 12> ruleChoices{{{"", "options/rule_by_country"},
                                        {"EU", nullptr},
                                        {"FR", nullptr},
                                        {"FR-MIN", nullptr},
                                        {"DE", nullptr},
                                        {"DE-B2C", nullptr},
                                        {"GB", nullptr},
                                        {"BE", nullptr},
                                        {"NL", nullptr},
                                        {"ES", nullptr},
                                        {"IT", nullptr},
                                        {"LU", nullptr}}};

inline constexpr std::array<Choice, 6> languageChoices{{{"en", "languages/en"},
                                           {"fr", "languages/fr"},
                                           {"de", "languages/de"},
                                           {"es", "languages/es"},
                                           {"it", "languages/it"},
                                           {"nl", "languages/nl"}}};

/// Fills the list box `model` with the labels of `choices` and selects the
/// one whose value is `current` (the first when none is).
void showChoices(const css::uno::Reference<css::beans::XPropertySet>& model, const Choice* choices, std::size_t count,
                 const rtl::OUString& current, const UiTexts& texts);

template <std::size_t N>
void showChoices(const css::uno::Reference<css::beans::XPropertySet>& model, const std::array<Choice, N>& choices,
                 const rtl::OUString& current, const UiTexts& texts)
{
    showChoices(model, choices.data(), N, current, texts);
}

/// The value of the entry selected in the list box `model`.
rtl::OUString chosenValue(const css::uno::Reference<css::beans::XPropertySet>& model, const Choice* choices,
                          std::size_t count);

template <std::size_t N>
rtl::OUString chosenValue(const css::uno::Reference<css::beans::XPropertySet>& model, const std::array<Choice, N>& choices)
{
    return chosenValue(model, choices.data(), N);
}

} // namespace relance::ui
