#include "letters/spell_out_fixes.hpp"

#include <algorithm>
#include <initializer_list>
#include <string_view>
#include <vector>

namespace relance::words {

namespace {

void replaceAll(std::string& text, std::string_view from, std::string_view to)
{
    for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
        text.replace(at, from.size(), to);
}

bool endsWith(std::string_view text, std::string_view suffix)
{
    return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

std::vector<std::string> splitWords(const std::string& text)
{
    std::vector<std::string> result;
    std::size_t start = 0;
    for (std::size_t space = text.find(' '); space != std::string::npos; space = text.find(' ', start)) {
        result.push_back(text.substr(start, space - start));
        start = space + 1;
    }
    result.push_back(text.substr(start));
    return result;
}

std::string joinWords(const std::vector<std::string>& wordList)
{
    std::string result;
    for (const std::string& word : wordList) {
        if (!result.empty())
            result += ' ';
        result += word;
    }
    return result;
}

bool isOneOf(std::string_view word, std::initializer_list<std::string_view> candidates)
{
    return std::find(candidates.begin(), candidates.end(), word) != candidates.end();
}

} // namespace

// ICU 72 writes "vingt-et-un" but "deux cent quatre-vingts", a mix of the
// traditional and the 1990 (hyphens everywhere) spellings; we write " et ".
// "cent" and "vingt" take an s when multiplied and last before a noun: ICU
// does it before "euros" and before "mille" (invariable) but not before
// million, milliard and billion, which are nouns: "deux cents millions",
// "quatre-vingts millions" (Académie française).
std::string fixFrench(std::string text, Gender)
{
    replaceAll(text, "-et-", " et "); // "vingt-et-un" → "vingt et un"
    std::vector<std::string> wordList = splitWords(text);
    for (std::size_t i = 0; i + 1 < wordList.size(); ++i) {
        if (!isOneOf(wordList[i + 1], {"millions", "milliards", "billions"}))
            continue;
        std::string& word = wordList[i];
        if (word == "quatre-vingt") // ... "quatre-vingts millions"
            word = "quatre-vingts";
        else if (word == "cent" && i > 0 &&
                 isOneOf(wordList[i - 1], {"deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"}))
            word = "cents"; // "deux cents millions"; but "cent millions", "cent un millions"
    }
    return joinWords(wordList);
}

// Feminine nouns make the hundreds agree, in the thousands too: "doscientas
// mil libras" (RAE: "doscientas mil personas"); ICU 72 writes "doscientos
// mil" in its feminine rule set. The hundreds before "millones" stay
// masculine: "doscientos millones de libras", millón being a masculine noun.
std::string fixSpanish(std::string text, Gender gender)
{
    if (gender != Gender::feminine)
        return text;
    std::vector<std::string> wordList = splitWords(text);
    for (std::size_t i = 0; i < wordList.size(); ++i) {
        const bool thousandsOfUnits =
            wordList[i] == "mil" && (i + 1 == wordList.size() || !isOneOf(wordList[i + 1], {"millón", "millones"}));
        if (!thousandsOfUnits)
            continue;
        for (std::size_t j = i; j-- > 0;) {
            std::string& word = wordList[j];
            if (isOneOf(word, {"mil", "millón", "millones", "billón", "billones"}))
                break;
            if (endsWith(word, "ientos")) // doscientos, quinientos, novecientos ...
                word.replace(word.size() - 2, 2, "as");
        }
    }
    return joinWords(wordList);
}

// Compounds ending in -tre take the accent, "ventitré", "centotré",
// "milletré" (Treccani); ICU 72 omits it after mille/mila ("milletre").
std::string fixItalian(std::string text, Gender)
{
    std::vector<std::string> wordList = splitWords(text);
    for (std::string& word : wordList)
        if (word.size() > 3 && endsWith(word, "tre"))
            word.replace(word.size() - 1, 1, "é"); // "milletre" → "milletré"; "tre" alone keeps no accent
    return joinWords(wordList);
}

// Numbers are written in one word up to and including "duizend", with a
// space after it (Taalunie, Woordenlijst: "tweeduizend vijfhonderd"); ICU 72
// writes them joined ("duizendtweehonderdtachtig").
std::string fixDutch(std::string text, Gender)
{
    std::vector<std::string> wordList = splitWords(text);
    std::vector<std::string> result;
    for (const std::string& word : wordList) {
        std::size_t start = 0;
        for (std::size_t at = word.find("duizend"); at != std::string::npos; at = word.find("duizend", start)) {
            const std::size_t end = at + std::string_view("duizend").size();
            if (end == word.size())
                break;
            result.push_back(word.substr(start, end - start));
            start = end;
        }
        result.push_back(word.substr(start));
    }
    return joinWords(result);
}

} // namespace relance::words
