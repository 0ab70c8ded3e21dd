#pragma once
// Folding typed text (headers, status words) to a key that compares equal
// however the user wrote it: case, accents, punctuation and spaces do not
// count. UTF-8 in; an explicit table covers the letters of en, fr, de, es,
// it and nl (the core has no ICU).
#include <string>
#include <string_view>
#include <vector>

namespace relance {

/// The keys `text` folds to, one or two:
///  - ASCII letters lowercased, digits kept;
///  - accented Latin-1 / Latin Extended-A letters to their base letter
///    (é→e, ñ→n, ç→c, å→a, ø→o, ÿ→y), ligatures and ß spelt out (œ→oe,
///    æ→ae, ĳ→ij, ß→ss);
///  - the ordinal and number signs read as "no": "N°", "Nº", "No." and "#"
///    all fold to "no" ("N° facture" = "No. facture" = "nofacture",
///    "Invoice #" = "Invoice No." = "invoiceno");
///  - every other ASCII character, the Latin-1 punctuation (no-break space,
///    ¿, ¡, «, »), general punctuation (’, “, –, …) and currency signs
///    (€, £) dropped; any other character kept as it is;
///  - German umlauts both ways: text with ä, ö or ü gives two keys, one with
///    the base letter and one with the base letter + e ("Fälligkeit" →
///    "falligkeit" and "faelligkeit"), so that a header typed "Faelligkeit"
///    or "Falligkeit" matches it. Text without umlauts gives one key.
std::vector<std::string> foldedKeys(std::string_view text);

/// The first of foldedKeys(text) (umlauts to their base letter).
std::string foldedKey(std::string_view text);

/// True when the two texts share a folded key.
bool foldedEqual(std::string_view a, std::string_view b);

/// `text` without leading and trailing ASCII whitespace and no-break spaces
/// (cells copied from other programs often carry them).
std::string_view trimmedText(std::string_view text);

} // namespace relance
