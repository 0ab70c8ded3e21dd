#include "core/epc_payment.hpp"

#include "core/creditor_reference.hpp"
#include "core/error.hpp"

namespace relance {

namespace {

constexpr std::size_t maximumNameCharacters = 70;
constexpr std::size_t maximumReferenceCharacters = 35;
constexpr std::size_t maximumTextCharacters = 140;
constexpr std::size_t maximumPayloadBytes = 331;
constexpr std::int64_t maximumAmountCents = 99999999999; // 999999999.99

/// Characters, not bytes: UTF-8 lead bytes.
std::size_t characterCount(const std::string& text)
{
    std::size_t count = 0;
    for (const char c : text)
        if ((static_cast<unsigned char>(c) & 0xC0u) != 0x80u)
            ++count;
    return count;
}

std::string compact(const std::string& text)
{
    std::string result;
    for (const char c : text)
        if (c != ' ')
            result += (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
    return result;
}

void checkOneLine(const char* field, const std::string& value)
{
    if (value.find_first_of("\r\n") != std::string::npos)
        throw InvalidArgument(std::string(field) + " (\"" + value + "\") must be on one line");
}

void checkLength(const char* field, const std::string& value, std::size_t maximum)
{
    if (characterCount(value) > maximum)
        throw InvalidArgument(std::string(field) + " (\"" + value + "\") must have at most " +
                              std::to_string(maximum) + " characters");
}

int ibanRemainder(const std::string& text)
{
    int remainder = 0;
    for (const char c : text)
        remainder = c <= '9' ? (remainder * 10 + (c - '0')) % 97 : (remainder * 100 + (c - 'A' + 10)) % 97;
    return remainder;
}

bool isUpperAlphanumeric(char c) { return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z'); }
bool isUpperLetter(char c) { return c >= 'A' && c <= 'Z'; }
bool isDigit(char c) { return c >= '0' && c <= '9'; }

} // namespace

bool isValidIban(const std::string& iban)
{
    const std::string code = compact(iban);
    if (code.size() < 15 || code.size() > 34 || !isUpperLetter(code[0]) || !isUpperLetter(code[1]) ||
        !isDigit(code[2]) || !isDigit(code[3]))
        return false;
    for (const char c : code)
        if (!isUpperAlphanumeric(c))
            return false;
    return ibanRemainder(code.substr(4) + code.substr(0, 4)) == 1;
}

std::string epcPayload(const EpcTransfer& transfer)
{
    const std::string& name = transfer.beneficiaryName;
    if (name.empty())
        throw InvalidArgument("Beneficiary name must not be empty in a payment code");
    checkOneLine("Beneficiary name", name);
    checkLength("Beneficiary name", name, maximumNameCharacters);

    const std::string iban = compact(transfer.iban);
    if (!isValidIban(iban))
        throw InvalidArgument("IBAN (\"" + transfer.iban + "\") is not a valid IBAN");
    const std::string bic = compact(transfer.bic);
    if (!bic.empty()) {
        bool letters = bic.size() == 8 || bic.size() == 11;
        for (const char c : bic)
            letters = letters && isUpperAlphanumeric(c);
        if (!letters)
            throw InvalidArgument("BIC (\"" + transfer.bic + "\") must have 8 or 11 letters and digits");
    }

    const Money amount = transfer.amount;
    if (amount.digits() != 2)
        throw InvalidArgument("Amount (" + amount.toDecimalText() + ") of a payment code must be in euro cents");
    if (amount.minorUnits() < 1 || amount.minorUnits() > maximumAmountCents)
        throw InvalidArgument("Amount (" + amount.toDecimalText() +
                              ") of a payment code must be between 0.01 and 999999999.99");

    if (!transfer.reference.empty() && !transfer.text.empty())
        throw InvalidArgument("A payment code carries a reference (\"" + transfer.reference + "\") or a text (\"" +
                              transfer.text + "\"), not both");
    const std::string reference = compact(transfer.reference);
    if (!reference.empty() && (reference.size() > maximumReferenceCharacters || !isValidCreditorReference(reference)))
        throw InvalidArgument("Reference (\"" + transfer.reference + "\") is not a valid creditor reference");
    checkOneLine("Remittance text", transfer.text);
    checkLength("Remittance text", transfer.text, maximumTextCharacters);

    std::string payload = "BCD\n002\n1\nSCT\n" + bic + "\n" + name + "\n" + iban + "\nEUR" + amount.toDecimalText();
    if (!reference.empty())
        payload += "\n\n" + reference; // purpose empty, then the reference; nothing after it
    else if (!transfer.text.empty())
        payload += "\n\n\n" + transfer.text; // purpose and reference empty, then the text
    if (payload.size() > maximumPayloadBytes)
        throw InvalidArgument("Payment code text has " + std::to_string(payload.size()) + " bytes, more than " +
                              std::to_string(maximumPayloadBytes));
    return payload;
}

std::string invoiceRemittanceText(const std::vector<std::string>& numbers)
{
    std::string all;
    for (const std::string& number : numbers)
        all += (all.empty() ? "" : ", ") + number;
    if (characterCount(all) <= maximumTextCharacters)
        return all;
    // not all fit: as many whole numbers as leave room for " …"
    std::string text;
    for (const std::string& number : numbers) {
        const std::string next = (text.empty() ? "" : text + ", ") + number;
        if (characterCount(next) + 2 > maximumTextCharacters)
            break;
        text = next;
    }
    return text + " \xE2\x80\xA6";
}

} // namespace relance
