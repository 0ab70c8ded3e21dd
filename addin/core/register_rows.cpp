#include "core/register_rows.hpp"

#include "core/error.hpp"
#include "core/payment_terms.hpp"
#include "core/register_vocabulary.hpp"
#include "core/reminder_level.hpp"

#include <algorithm>
#include <map>

namespace relance {

namespace {

/// "fr", "FR", "fr-BE", "fr_BE" → "fr"; anything else refused.
std::string languageCode(const std::string& text)
{
    std::string code;
    std::size_t i = 0;
    for (; i < text.size() && ((text[i] >= 'a' && text[i] <= 'z') || (text[i] >= 'A' && text[i] <= 'Z')); ++i)
        code += static_cast<char>(text[i] | 0x20); // ASCII lower case
    bool wellFormed = code.size() == 2 || code.size() == 3;
    if (i < text.size()) { // a region or script subtag: -BE, _BE, -Latn
        wellFormed = wellFormed && (text[i] == '-' || text[i] == '_') && i + 1 < text.size();
        for (++i; wellFormed && i < text.size(); ++i) {
            const char c = text[i];
            wellFormed = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
                         c == '_';
        }
    }
    if (!wellFormed)
        throw CellValueError("'" + text + "' is not a language code such as fr, de or nl-BE");
    return code;
}

std::string countryCode(const std::string& text)
{
    const auto isAsciiLetter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
    if (text.size() != 2 || !isAsciiLetter(text[0]) || !isAsciiLetter(text[1]))
        throw CellValueError("'" + text + "' is not a two-letter country code such as FR or DE");
    return {static_cast<char>(text[0] & ~0x20), static_cast<char>(text[1] & ~0x20)}; // ASCII upper case
}

/// Reads the mapped cells of one row, collecting problems instead of stopping.
class RowReader {
public:
    RowReader(const SheetSnapshot& sheet, const RegisterLayout& layout, int row, std::vector<CellProblem>& problems)
        : sheet_(sheet), layout_(layout), row_(row), problems_(problems), problemsBefore_(problems.size())
    {
    }

    bool has(RegisterField field) const { return layout_.columns.has(field); }

    const SheetCell& cell(RegisterField field) const
    {
        static const SheetCell absent;
        const auto column = layout_.columns.column(field);
        return column ? sheet_.cell(row_, *column) : absent;
    }

    /// `convert(cell)` for a mapped field; nullopt (and a problem) when it throws.
    template <typename Convert>
    auto read(RegisterField field, Convert convert) -> decltype(convert(std::declval<const SheetCell&>()))
    {
        if (!has(field))
            return {};
        try {
            return convert(cell(field));
        } catch (const CellValueError& error) {
            report(field, error.what());
            return {};
        }
    }

    void report(RegisterField field, std::string message)
    {
        problems_.push_back({row_, *layout_.columns.column(field), std::string(fieldName(field)), std::move(message)});
    }

    bool hadProblems() const { return problems_.size() > problemsBefore_; }

private:
    const SheetSnapshot& sheet_;
    const RegisterLayout& layout_;
    int row_;
    std::vector<CellProblem>& problems_;
    std::size_t problemsBefore_;
};

bool mappedCellsBlank(const SheetSnapshot& sheet, const RegisterLayout& layout, int row)
{
    for (const RegisterField field : allRegisterFields())
        if (const auto column = layout.columns.column(field))
            if (!isBlankCell(sheet.cell(row, *column)))
                return false;
    return true;
}

} // namespace

RegisterReading readRegisterRows(const SheetSnapshot& sheet, const RegisterLayout& layout, int currencyDigits)
{
    checkCurrencyDigits(currencyDigits);
    if (const auto missing = layout.columns.missingRequired(); !missing.empty())
        throw InvalidArgument("the register layout has no column for " + missing.front());
    RegisterReading reading;
    std::map<std::string, int> rowOfNumber; // invoice number → first row using it
    const Date nullDate = sheet.nullDate();
    const auto text = [](const SheetCell& cell) { return std::optional<std::string>(textInCell(cell)); };
    const auto date = [&](const SheetCell& cell) { return dateInCell(cell, nullDate); };
    const auto amount = [&](const SheetCell& cell) { return amountInCell(cell, currencyDigits); };

    // A status column headed "Litige" / "Disputed" may hold yes and no.
    const auto statusColumn = layout.columns.column(RegisterField::Status);
    const bool disputeColumn =
        statusColumn && isDisputeHeader(textInCell(sheet.cell(layout.headerRow, *statusColumn)));

    for (int row = layout.headerRow + 1; row < sheet.rowCount(); ++row) {
        if (mappedCellsBlank(sheet, layout, row))
            continue;
        RowReader reader(sheet, layout, row, reading.problems);
        InvoiceRecord record;
        record.row = row;

        // Required texts.
        const auto requiredText = [&](RegisterField field) {
            auto value = reader.read(field, text).value_or("");
            if (value.empty() && reader.has(field))
                reader.report(field, "is empty");
            return value;
        };
        record.number = requiredText(RegisterField::InvoiceNumber);
        if (!record.number.empty()) {
            const auto [first, inserted] = rowOfNumber.emplace(record.number, row);
            if (!inserted)
                reader.report(RegisterField::InvoiceNumber,
                              "'" + record.number + "' is already on row " + std::to_string(first->second + 1));
        }
        record.client = requiredText(RegisterField::Client);
        record.clientId = reader.read(RegisterField::ClientId, text).value_or("");

        // Dates and terms; the due date may come from issue date + terms.
        record.issueDate = reader.read(RegisterField::IssueDate, date);
        record.paymentTermsDays = reader.read(RegisterField::PaymentTerms, [](const SheetCell& cell) {
            return wholeNumberInCell(cell, 0, maximumTermDays);
        });
        const auto due = reader.read(RegisterField::DueDate, date);
        if (due) {
            record.dueDate = *due;
        } else if (isBlankCell(reader.cell(RegisterField::DueDate)) && record.issueDate && record.paymentTermsDays) {
            try {
                record.dueDate = dueDate(*record.issueDate, PaymentTerms{*record.paymentTermsDays});
                record.dueDateComputed = true;
            } catch (const InvalidArgument&) { // past 9999-12-31
                reader.report(RegisterField::PaymentTerms, "takes the due date past 9999-12-31");
            }
        } else if (reader.has(RegisterField::DueDate)) {
            if (isBlankCell(reader.cell(RegisterField::DueDate))) // else reported as malformed above
                reader.report(RegisterField::DueDate, "is empty");
        } else {
            // No due column: name the cells the due date is computed from.
            for (const RegisterField field : {RegisterField::IssueDate, RegisterField::PaymentTerms})
                if (reader.has(field) && isBlankCell(reader.cell(field)))
                    reader.report(field, "is empty (the due date is computed from it)");
        }

        // Amounts.
        record.amountExclTax = reader.read(RegisterField::AmountExclTax, amount);
        if (const auto incl = reader.read(RegisterField::AmountInclTax, amount))
            record.amountInclTax = *incl;
        else if (isBlankCell(reader.cell(RegisterField::AmountInclTax)))
            reader.report(RegisterField::AmountInclTax, "is empty");
        record.paidAmount = reader.read(RegisterField::PaidAmount, amount)
                                .value_or(Money::fromMinorUnits(0, currencyDigits));
        record.paidDate = reader.read(RegisterField::PaidDate, date);

        // Status, language, last reminder.
        if (const auto status = reader.read(RegisterField::Status, [&](const SheetCell& cell) {
                const std::string words = textInCell(cell);
                const auto known = disputeColumn ? disputeStatusFromText(words) : invoiceStatusFromText(words);
                if (!known)
                    throw CellValueError("'" + words +
                                         "' is not a status Relance knows (empty, paid, partly paid, "
                                         "disputed or payment plan, in " +
                                         registerLanguageList() + ")");
                return known;
            }))
            record.status = *status;
        const auto optionalCode = [](auto code) {
            return [code](const SheetCell& cell) {
                const std::string value = textInCell(cell);
                return std::optional<std::string>(value.empty() ? std::string() : code(value));
            };
        };
        record.language = reader.read(RegisterField::Language, optionalCode(languageCode)).value_or("");
        record.country = reader.read(RegisterField::Country, optionalCode(countryCode)).value_or("");
        const auto level = reader.read(RegisterField::LastReminderLevel, [](const SheetCell& cell) {
            return wholeNumberInCell(cell, noReminder, finalNotice);
        });
        if (level)
            record.lastReminderLevel = static_cast<int>(*level);
        record.lastReminderDate = reader.read(RegisterField::LastReminderDate, date);
        if (reader.has(RegisterField::LastReminderLevel) && reader.has(RegisterField::LastReminderDate)) {
            const bool levelBlank = isBlankCell(reader.cell(RegisterField::LastReminderLevel));
            const bool dateBlank = isBlankCell(reader.cell(RegisterField::LastReminderDate));
            if (level && *level > noReminder && dateBlank)
                reader.report(RegisterField::LastReminderDate,
                              "is empty, but the last reminder level is " + std::to_string(*level));
            if (record.lastReminderDate && levelBlank)
                reader.report(RegisterField::LastReminderLevel,
                              "is empty, but there is a last reminder date " + isoText(*record.lastReminderDate));
        }
        record.address = reader.read(RegisterField::Address, text).value_or("");
        record.email = reader.read(RegisterField::Email, text).value_or("");

        if (!reader.hadProblems())
            reading.records.push_back(std::move(record));
    }
    std::stable_sort(reading.problems.begin(), reading.problems.end(), [](const CellProblem& a, const CellProblem& b) {
        return a.row != b.row ? a.row < b.row : a.column < b.column;
    });
    return reading;
}

} // namespace relance
