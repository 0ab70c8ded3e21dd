#pragma once
// The header texts that name each register column, in every language of the
// register vocabulary (register_vocabulary.hpp). Headers compare after folding (text_folding.hpp), so the table lists a
// spelling once: "N° facture" also covers "No. facture", "Nº facture" and
// "n° FACTURE"; "Fälligkeit" covers "Faelligkeit".
#include "core/register_field.hpp"

#include <optional>
#include <string_view>
#include <vector>

namespace relance {

/// The synonyms of a field as written in the table (for help and the sidebar).
const std::vector<std::string_view>& headerSynonyms(RegisterField field);

/// The field a header text names, or nullopt. No two fields share a folded
/// synonym (a unit test checks it), so the answer is unique.
std::optional<RegisterField> fieldOfHeader(std::string_view header);

/// The languages (en, fr, de, es, it, nl) whose registers head a column
/// with `header`, in the vocabulary's order: "Échéance" fr, "Datum" de and
/// nl when both list it; none for a header that names no field.
std::vector<std::string_view> languagesOfHeader(std::string_view header);

} // namespace relance
