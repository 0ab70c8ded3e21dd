#include "core/register_synonyms.hpp"

#include "core/register_vocabulary.hpp"
#include "core/text_folding.hpp"

#include <array>
#include <map>
#include <string>

namespace relance {

namespace {

/// Each field's synonyms in every language of the vocabulary, in its order.
const std::array<std::vector<std::string_view>, registerFieldCount>& synonymTable()
{
    static const auto table = [] {
        std::array<std::vector<std::string_view>, registerFieldCount> byField;
        for (const RegisterVocabulary& language : registerVocabulary())
            for (std::size_t field = 0; field < registerFieldCount; ++field)
                byField[field].insert(byField[field].end(), language.fieldHeaders[field].begin(),
                                      language.fieldHeaders[field].end());
        return byField;
    }();
    return table;
}

/// Folded key → field, built once from the table.
const std::map<std::string, RegisterField>& synonymIndex()
{
    static const auto index = [] {
        std::map<std::string, RegisterField> byKey;
        for (const RegisterField field : allRegisterFields())
            for (const std::string_view synonym : synonymTable()[fieldIndex(field)])
                for (std::string& key : foldedKeys(synonym))
                    byKey.emplace(std::move(key), field);
        return byKey;
    }();
    return index;
}

/// Folded key → the languages that head a column with it, in the vocabulary's order.
const std::map<std::string, std::vector<std::string_view>>& languageIndex()
{
    static const auto index = [] {
        std::map<std::string, std::vector<std::string_view>> byKey;
        for (const RegisterVocabulary& language : registerVocabulary())
            for (const Words& headers : language.fieldHeaders)
                for (const std::string_view header : headers)
                    for (std::string& key : foldedKeys(header)) {
                        auto& languages = byKey[std::move(key)];
                        if (languages.empty() || languages.back() != language.language)
                            languages.push_back(language.language);
                    }
        return byKey;
    }();
    return index;
}

/// What `index` (folded key → value) holds for a header, or null. A unit or
/// currency in parentheses after a known header ("Montant TTC (EUR)",
/// "Amount (£)", "Betrag (€)") is looked up without it, second, so that
/// "Délai (jours)", itself a synonym, is matched whole.
template <class Value>
const Value* lookUpHeader(const std::map<std::string, Value>& index, std::string_view header)
{
    for (const std::string& key : foldedKeys(header)) {
        const auto found = index.find(key);
        if (found != index.end())
            return &found->second;
    }
    const std::string_view trimmed = trimmedText(header);
    if (!trimmed.empty() && trimmed.back() == ')') {
        const auto open = trimmed.rfind('(');
        if (open != std::string_view::npos && open > 0)
            return lookUpHeader(index, trimmed.substr(0, open));
    }
    return nullptr;
}

} // namespace

std::vector<std::string_view> languagesOfHeader(std::string_view header)
{
    const auto* languages = lookUpHeader(languageIndex(), header);
    return languages ? *languages : std::vector<std::string_view>();
}

const std::vector<std::string_view>& headerSynonyms(RegisterField field) { return synonymTable()[fieldIndex(field)]; }

std::optional<RegisterField> fieldOfHeader(std::string_view header)
{
    const RegisterField* field = lookUpHeader(synonymIndex(), header);
    return field ? std::optional<RegisterField>(*field) : std::nullopt;
}

} // namespace relance
