#include "core/analysis_formulas.hpp"

#include "core/column_letters.hpp"
#include "core/error.hpp"

namespace relance {

namespace {

/// A formula's string literal: "FR", with any quote doubled.
std::string quoted(std::string_view text)
{
    std::string literal = "\"";
    for (const char c : text) {
        literal += c;
        if (c == '"')
            literal += '"';
    }
    return literal + "\"";
}

/// "1;15;30;45", as REMINDERLEVEL's Thresholds text.
std::string thresholdsText(const ReminderThresholds& thresholds)
{
    std::string text;
    for (const long days : thresholds.days())
        text += (text.empty() ? "" : ";") + std::to_string(days);
    return text;
}

/// The references of one row's cells.
class RowReferences {
public:
    RowReferences(const RegisterLayout& layout, const PerAnalysisColumn<int>& analysis, int row)
        : layout_(layout), analysis_(analysis), row_(std::to_string(row + 1))
    {
    }

    bool has(RegisterField field) const { return layout_.columns.has(field); }
    std::string operator()(RegisterField field) const { return columnLetters(*layout_.columns.column(field)) + row_; }
    std::string operator()(AnalysisColumn column) const
    {
        return columnLetters(analysis_[analysisIndex(column)]) + row_;
    }

    /// The due date: its cell, else issue date + terms (as the row reader
    /// computes it), the latter also when a due cell is left empty.
    std::string due() const
    {
        const bool computed = has(RegisterField::IssueDate) && has(RegisterField::PaymentTerms);
        const std::string fromTerms =
            computed ? (*this)(RegisterField::IssueDate) + "+" + (*this)(RegisterField::PaymentTerms) : "";
        if (!has(RegisterField::DueDate))
            return "(" + fromTerms + ")";
        const std::string given = (*this)(RegisterField::DueDate);
        return computed ? "IF(" + given + "=\"\";" + fromTerms + ";" + given + ")" : given;
    }

    std::string outstanding() const
    {
        const std::string amount = (*this)(RegisterField::AmountInclTax);
        return has(RegisterField::PaidAmount) ? "MAX(0;" + amount + "-" + (*this)(RegisterField::PaidAmount) + ")"
                                              : amount;
    }

private:
    const RegisterLayout& layout_;
    const PerAnalysisColumn<int>& analysis_;
    std::string row_;
};

} // namespace

bool analysisFormulasRead(RegisterField field)
{
    switch (field) {
    case RegisterField::DueDate:
    case RegisterField::IssueDate:
    case RegisterField::PaymentTerms:
    case RegisterField::AmountInclTax:
    case RegisterField::PaidAmount:
    case RegisterField::PaidDate: return true;
    default: return false;
    }
}

PerAnalysisColumn<std::string> analysisFormulas(const RegisterLayout& layout, const PerAnalysisColumn<int>& columns,
                                                int row, const AnalysisRules& rules, std::string_view asOfName)
{
    if (const auto missing = layout.columns.missingRequired(); !missing.empty())
        throw InvalidArgument("the register has no column for " + missing.front());
    const RowReferences cell(layout, columns, row);
    const std::string asOf(asOfName);
    const std::string due = cell.due();
    const std::string amount = cell(RegisterField::AmountInclTax);
    const std::string outstanding = cell.outstanding();
    const std::string rule = quoted(rules.rule);
    const std::string grace = std::to_string(rules.graceDays);
    const std::string daysLate = cell(AnalysisColumn::DaysLate);
    const bool paymentDated = layout.columns.has(RegisterField::PaidDate);
    const bool partPayments = paymentDated && layout.columns.has(RegisterField::PaidAmount);

    // A blank line of the register stays blank; an invoice is late when
    // something is outstanding past the grace days.
    const auto perInvoice = [&](const std::string& value) { return "=IF(" + amount + "=\"\";\"\";" + value + ")"; };
    const auto whenLate = [&](const std::string& value) {
        return perInvoice("IF(AND(" + outstanding + ">0;" + daysLate + ">0);" + value + ";0)");
    };

    const std::string whenPaid = paymentDated ? "IF(" + cell(RegisterField::PaidDate) + "=\"\";\"\";DAYSLATE(" + due +
                                                    ";" + cell(RegisterField::PaidDate) + ";" + grace + "))"
                                              : "\"\"";
    const std::string onOutstanding = "LATEINTEREST(" + outstanding + ";" + due + ";" + asOf + ";" + rule + ")";
    // A dated part payment: interest on the whole amount until it was paid,
    // then on the balance (BALANCEINTEREST), as the letters claim it. CHOOSE
    // with an inline row makes the one-row range (date; amount) it takes.
    const std::string interest =
        partPayments ? "IF(AND(" + cell(RegisterField::PaidAmount) + ">0;" + cell(RegisterField::PaidDate) +
                           "<>\"\");BALANCEINTEREST(" + amount + ";" + due + ";CHOOSE({1;2};" +
                           cell(RegisterField::PaidDate) + ";" + cell(RegisterField::PaidAmount) + ");" + asOf + ";" +
                           rule + ");" + onOutstanding + ")"
                     : onOutstanding;

    PerAnalysisColumn<std::string> formulas;
    formulas[analysisIndex(AnalysisColumn::DaysLate)] = perInvoice(
        "IF(" + outstanding + ">0;DAYSLATE(" + due + ";" + asOf + ";" + grace + ");" + whenPaid + ")");
    formulas[analysisIndex(AnalysisColumn::Level)] =
        whenLate("REMINDERLEVEL(" + due + ";" + asOf + ";" + quoted(thresholdsText(rules.thresholds)) + ")");
    formulas[analysisIndex(AnalysisColumn::Interest)] = whenLate(interest);
    formulas[analysisIndex(AnalysisColumn::Fee)] = whenLate("RECOVERYFEE(" + amount + ";" + rule + ")");
    formulas[analysisIndex(AnalysisColumn::TotalDue)] =
        perInvoice("ROUND(" + outstanding + "+" + cell(AnalysisColumn::Interest) + "+" + cell(AnalysisColumn::Fee) +
                   ";" + std::to_string(rules.currencyDigits) + ")");
    return formulas;
}

} // namespace relance
