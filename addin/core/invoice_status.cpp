#include "core/invoice_status.hpp"

#include "core/register_vocabulary.hpp"
#include "core/text_folding.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <string>

namespace relance {

namespace {

const std::map<std::string, InvoiceStatus>& statusIndex()
{
    static const auto index = [] {
        std::map<std::string, InvoiceStatus> byKey;
        for (const RegisterVocabulary& language : registerVocabulary())
            for (std::size_t status = 0; status < invoiceStatusCount; ++status)
                for (const std::string_view word : language.statusWords[status])
                    for (std::string& key : foldedKeys(word))
                        byKey.emplace(std::move(key), static_cast<InvoiceStatus>(status));
        return byKey;
    }();
    return index;
}

/// True when `text` is one of `words` (of one of the vocabulary's languages).
bool isOneOf(std::string_view text, Words RegisterVocabulary::*words)
{
    for (const RegisterVocabulary& language : registerVocabulary())
        for (const std::string_view word : language.*words)
            if (foldedEqual(text, word))
                return true;
    return false;
}

} // namespace

std::optional<InvoiceStatus> invoiceStatusFromText(std::string_view text)
{
    const auto keys = foldedKeys(text);
    if (keys.front().empty())
        return InvoiceStatus::Open;
    for (const std::string& key : keys) {
        const auto found = statusIndex().find(key);
        if (found != statusIndex().end())
            return found->second;
    }
    return std::nullopt;
}

bool isDisputeHeader(std::string_view header) { return isOneOf(header, &RegisterVocabulary::disputeHeaders); }

std::optional<InvoiceStatus> disputeStatusFromText(std::string_view text)
{
    // A cross or a digit says yes or no in any language.
    static constexpr std::array<std::string_view, 2> marksYes = {"x", "1"};
    static constexpr std::array<std::string_view, 1> marksNo = {"0"};
    const auto isMark = [&](const auto& marks) {
        return std::any_of(marks.begin(), marks.end(), [&](std::string_view mark) { return foldedEqual(text, mark); });
    };
    if (isMark(marksYes) || isOneOf(text, &RegisterVocabulary::yes))
        return InvoiceStatus::Disputed;
    if (isMark(marksNo) || isOneOf(text, &RegisterVocabulary::no))
        return InvoiceStatus::Open;
    return invoiceStatusFromText(text);
}

std::string_view invoiceStatusName(InvoiceStatus status)
{
    switch (status) {
    case InvoiceStatus::Open: return "open";
    case InvoiceStatus::Paid: return "paid";
    case InvoiceStatus::PartlyPaid: return "partly paid";
    case InvoiceStatus::Disputed: return "disputed";
    case InvoiceStatus::PaymentPlan: return "payment plan";
    }
    return "open";
}

} // namespace relance
