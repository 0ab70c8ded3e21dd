#include "core/rate_table_csv.hpp"

#include "core/error.hpp"

#include <optional>
#include <vector>

namespace relance {

namespace {

// Messages quote the offending text; bytes outside printable ASCII become '?'
// and long text is cut, so that a binary file gives a readable message.
std::string quoted(std::string_view text)
{
    constexpr std::size_t longest = 40;
    std::string shown;
    for (std::size_t i = 0; i < text.size() && i < longest; ++i) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        shown += (c >= 0x20 && c < 0x7f) ? static_cast<char>(c) : '?';
    }
    if (text.size() > longest)
        shown += "...";
    return "'" + shown + "'";
}

std::string_view trimmed(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
        text.remove_suffix(1);
    return text;
}

bool isDigit(char c) { return c >= '0' && c <= '9'; }

class Reader {
public:
    Reader(std::string_view text, std::string source) : text_(text), source_(std::move(source)) {}

    RateTable read();

private:
    [[noreturn]] void fail(const std::string& what) const
    {
        // An empty text has no line 0 to point at: report line 1.
        throw InvalidArgument("rate table " + source_ + ", line " + std::to_string(lineNumber_ > 0 ? lineNumber_ : 1) +
                              ": " + what);
    }
    bool nextLine(std::string_view& line);
    void readComment(std::string_view line);
    std::vector<std::string_view> fields(std::string_view line) const;
    Date date(std::string_view text, const char* what) const;
    AnnualRate rate(std::string_view text) const;

    std::string_view text_;
    std::string source_;
    std::size_t position_ = 0;
    long lineNumber_ = 0;
    std::optional<std::string> declaredSource_;
    std::optional<std::string> url_;
    std::optional<Date> validThrough_;
};

bool Reader::nextLine(std::string_view& line)
{
    if (position_ >= text_.size())
        return false;
    const std::size_t end = text_.find('\n', position_);
    const std::size_t stop = end == std::string_view::npos ? text_.size() : end;
    line = text_.substr(position_, stop - position_);
    position_ = end == std::string_view::npos ? text_.size() : end + 1;
    if (!line.empty() && line.back() == '\r')
        line.remove_suffix(1);
    ++lineNumber_;
    if (lineNumber_ == 1 && line.substr(0, 3) == "\xEF\xBB\xBF")
        line.remove_prefix(3); // a byte-order mark left by a Windows editor
    return true;
}

// "# key: value". Only the three keys the core needs are checked; other
// comments are documentation for people.
void Reader::readComment(std::string_view line)
{
    std::string_view body = trimmed(line.substr(1));
    const std::size_t colon = body.find(':');
    if (colon == std::string_view::npos)
        return;
    const std::string_view key = trimmed(body.substr(0, colon));
    const std::string_view value = trimmed(body.substr(colon + 1));
    auto once = [&](auto& slot, auto parsed) {
        if (slot)
            fail("'# " + std::string(key) + ":' appears twice");
        slot = std::move(parsed);
    };
    if (key == "source")
        once(declaredSource_, std::string(value));
    else if (key == "url")
        once(url_, std::string(value));
    else if (key == "valid-through")
        once(validThrough_, date(value, "valid-through"));
}

// Splits a data row into fields: unquoted fields hold no quote; a quoted
// field ends at a lone quote followed by a comma or the end of the line.
std::vector<std::string_view> Reader::fields(std::string_view line) const
{
    std::vector<std::string_view> result;
    std::size_t i = 0;
    while (true) {
        if (result.size() == 3)
            fail("more than 3 fields (effective_date,rate,reference) in " + quoted(line));
        if (i < line.size() && line[i] == '"') {
            const std::size_t start = i + 1;
            std::size_t j = start;
            while (true) {
                if (j >= line.size())
                    fail("a quoted field is not closed in " + quoted(line));
                if (line[j] == '"') {
                    if (j + 1 < line.size() && line[j + 1] == '"') {
                        j += 2; // "" stands for one quote
                        continue;
                    }
                    break;
                }
                ++j;
            }
            result.push_back(line.substr(start, j - start));
            i = j + 1;
            if (i < line.size() && line[i] != ',')
                fail("text after a closing quote in " + quoted(line));
        } else {
            const std::size_t comma = line.find(',', i);
            const std::size_t stop = comma == std::string_view::npos ? line.size() : comma;
            const std::string_view field = line.substr(i, stop - i);
            if (field.find('"') != std::string_view::npos)
                fail("a quote inside an unquoted field in " + quoted(line));
            result.push_back(field);
            i = stop;
        }
        if (i >= line.size())
            break;
        ++i; // past the comma
        if (i == line.size()) {
            result.push_back(std::string_view());
            break;
        }
    }
    if (result.size() != 3)
        fail("expected 3 fields (effective_date,rate,reference), found " + std::to_string(result.size()) +
             " in " + quoted(line));
    return result;
}

Date Reader::date(std::string_view text, const char* what) const
{
    const bool shaped = text.size() == 10 && text[4] == '-' && text[7] == '-' && isDigit(text[0]) &&
                        isDigit(text[1]) && isDigit(text[2]) && isDigit(text[3]) && isDigit(text[5]) &&
                        isDigit(text[6]) && isDigit(text[8]) && isDigit(text[9]);
    if (!shaped)
        fail(std::string(what) + " " + quoted(text) + " is not an ISO date (YYYY-MM-DD)");
    auto number = [&](std::size_t from, std::size_t length) {
        int value = 0;
        for (std::size_t k = from; k < from + length; ++k)
            value = value * 10 + (text[k] - '0');
        return value;
    };
    const int year = number(0, 4), month = number(5, 2), day = number(8, 2);
    // Checked here rather than by Boost's constructor, whose exceptions are
    // not InvalidArgument.
    if (year < earliestSupportedDate().year() || month < 1 || month > 12 || day < 1 ||
        day > boost::gregorian::gregorian_calendar::end_of_month_day(static_cast<unsigned short>(year),
                                                                     static_cast<unsigned short>(month)))
        fail(std::string(what) + " " + quoted(text) + " is not a day between 1583-01-01 and 9999-12-31");
    return Date(static_cast<unsigned short>(year), static_cast<unsigned short>(month),
                static_cast<unsigned short>(day));
}

// Decimal text read digit by digit into units of 1e-8: exact, no double.
AnnualRate Reader::rate(std::string_view text) const
{
    auto bad = [&]() {
        fail("rate " + quoted(text) + " is not a decimal fraction such as 0.0450 (at most 8 decimals)");
    };
    std::size_t i = 0;
    const bool negative = !text.empty() && text[0] == '-';
    if (negative)
        ++i;
    std::int64_t units = 0;
    std::size_t integerDigits = 0;
    // Two integer digits are enough for any rate within the bounds; refuse a
    // third before reading it, since twenty would overflow the count.
    for (; i < text.size() && isDigit(text[i]); ++i, ++integerDigits) {
        if (integerDigits == 2)
            bad();
        units = units * 10 + (text[i] - '0');
    }
    if (integerDigits == 0)
        bad();
    units *= AnnualRate::scale;
    if (i < text.size()) {
        if (text[i] != '.')
            bad();
        ++i;
        std::int64_t place = AnnualRate::scale / 10;
        std::size_t decimals = 0;
        for (; i < text.size() && isDigit(text[i]); ++i, ++decimals, place /= 10) {
            if (decimals == 8)
                bad();
            units += (text[i] - '0') * place;
        }
        if (decimals == 0 || i != text.size())
            bad();
    }
    if (negative)
        units = -units;
    if (units < lowestTableRateUnits || units > highestTableRateUnits)
        fail("rate " + quoted(text) + " must be between -0.05 and 0.5 (a fraction: 4.50 % is 0.0450)");
    return AnnualRate::fromScaledUnits(units);
}

RateTable Reader::read()
{
    std::string_view line;
    bool headerSeen = false;
    while (nextLine(line)) {
        if (trimmed(line).empty())
            continue;
        if (line[0] == '#') {
            readComment(line);
            continue;
        }
        if (line != "effective_date,rate,reference")
            fail("expected the header row 'effective_date,rate,reference', found " + quoted(line));
        headerSeen = true;
        break;
    }
    if (!headerSeen)
        fail("no header row 'effective_date,rate,reference'");
    if (!declaredSource_)
        fail("the comments before the header lack '# source: " + source_ + "'");
    if (*declaredSource_ != source_)
        fail("'# source: " + *declaredSource_ + "' where " + source_ + " was expected");
    if (!url_ || url_->empty())
        fail("the comments before the header lack '# url:'");
    if (!validThrough_)
        fail("the comments before the header lack '# valid-through:'");

    std::vector<RateRow> rows;
    while (nextLine(line)) {
        if (trimmed(line).empty()) // blank, spaces included: as the header says, and as before the header
            continue;
        if (line[0] == '#')
            fail("a comment after the header row; comments go before it");
        const std::vector<std::string_view> field = fields(line);
        const Date effective = date(field[0], "effective_date");
        const AnnualRate value = rate(field[1]);
        if (trimmed(field[2]).empty())
            fail("the reference of " + std::string(field[0]) + " is empty; say where the figure was checked");
        if (!rows.empty() && effective <= rows.back().effective)
            fail(std::string(field[0]) + " does not come after " + isoText(rows.back().effective));
        rows.push_back({effective, value});
    }
    if (rows.empty())
        fail("no rows after the header");
    if (*validThrough_ < rows.back().effective)
        fail("valid-through " + isoText(*validThrough_) + " is before the last row " +
             isoText(rows.back().effective));
    return RateTable(source_, std::move(rows), *validThrough_, *url_);
}

} // namespace

RateTable parseRateTable(std::string_view csvText, std::string sourceCode)
{
    Reader reader(csvText, std::move(sourceCode));
    return reader.read();
}

} // namespace relance
