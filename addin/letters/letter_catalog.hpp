#pragma once
// One language's letter messages: the compiled ICU resource bundle
// (packaging/letters/<language>.txt → <language>.res) read from a directory
// given at run time, each message an ICU MessageFormat pattern formatted in
// the letter's locale. ICU stays in the .cpp.
#include "letters/message_arguments.hpp"

#include <memory>
#include <string>
#include <string_view>

namespace relance {

class LetterCatalog {
public:
    /// Opens `<directory>/<language>.res` (falling back to root.res key by
    /// key, as ICU does, for English only: root is the English catalog and
    /// en.res adds nothing to it). Throws InvalidArgument naming the language
    /// and the directory when the language has no catalog there.
    LetterCatalog(const std::string& directory, std::string_view language);
    ~LetterCatalog();
    LetterCatalog(const LetterCatalog&) = delete;
    LetterCatalog& operator=(const LetterCatalog&) = delete;

    /// The message `key` ("table/name", e.g. "formal/subject") formatted with
    /// `arguments` in the letter's locale. Throws InvalidArgument naming the
    /// key and the language when the catalog lacks the message (a language
    /// other than English never borrows the English text), when the pattern
    /// does not parse, or when it uses an argument `arguments` does not give
    /// (ICU would silently print "{name}").
    std::string format(std::string_view key, const MessageArguments& arguments) const;

    /// format() with no arguments, for labels and fixed sentences.
    std::string text(std::string_view key) const { return format(key, MessageArguments()); }

    const std::string& language() const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

} // namespace relance
