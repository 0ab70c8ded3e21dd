#include "letters/journal_headings.hpp"

#include "letters/letter_catalog.hpp"
#include "letters/letter_languages.hpp"

namespace relance {

std::vector<std::string> journalHeader(std::string_view language, const std::string& catalogs)
{
    const LetterCatalog catalog(catalogs, language);
    std::vector<std::string> header;
    for (std::size_t i = 0; i < journalColumnCount; ++i)
        header.push_back(catalog.text("journal/" + std::string(journalColumnKey(static_cast<JournalColumn>(i)))));
    return header;
}

JournalHeadings journalHeadings(const std::string& catalogs)
{
    JournalHeadings all;
    for (const std::string& language : letterLanguages())
        all.push_back(journalHeader(language, catalogs));
    return all;
}

} // namespace relance
