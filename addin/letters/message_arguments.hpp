#pragma once
// The named arguments of one catalog message, without ICU: the renderer
// fills them, LetterCatalog turns them into ICU Formattables.
#include "core/serial_date.hpp"

#include <string>
#include <vector>

namespace relance {

class MessageArguments {
public:
    enum class Type { Text, Number, Calendar };

    struct Argument {
        std::string name;
        Type type;
        std::string text; ///< Text: already formatted (amounts, lists) or a select keyword
        long number;      ///< Number: plural counts, days
        Date date;        ///< Calendar: for {x, date, long}
    };

    /// Text, inserted as is; also the keyword of a select argument.
    MessageArguments& text(std::string name, std::string value);
    /// A whole number, for plural arguments and `#`.
    MessageArguments& number(std::string name, long value);
    /// A calendar date, for {name, date, long}.
    MessageArguments& date(std::string name, Date value);

    const std::vector<Argument>& arguments() const { return arguments_; }

private:
    std::vector<Argument> arguments_;
};

} // namespace relance
