#include "core/email_message.hpp"

#include "core/error.hpp"

#include <cstdio>

namespace relance {

namespace {

const char* const crlf = "\r\n";

bool isPrintableAscii(std::string_view text)
{
    for (const char c : text)
        if (static_cast<unsigned char>(c) < 0x20 || static_cast<unsigned char>(c) > 0x7E)
            return false;
    return true;
}

void checkAddress(const char* field, const std::string& address)
{
    if (address.find('@') == std::string::npos || !isPrintableAscii(address) ||
        address.find_first_of(" <>\",;") != std::string::npos)
        throw InvalidArgument(std::string(field) + " (\"" + address + "\") is not an e-mail address");
}

/// "Name" <address>, the name quoted or encoded.
std::string mailbox(const std::string& name, const std::string& address)
{
    if (name.empty())
        return "<" + address + ">";
    if (!isPrintableAscii(name))
        return headerText(name) + " <" + address + ">";
    std::string quoted = "\"";
    for (const char c : name) {
        if (c == '"' || c == '\\')
            quoted += '\\';
        quoted += c;
    }
    return quoted + "\" <" + address + ">";
}

/// RFC 2231: filename*=UTF-8''percent-encoded
std::string extendedParameter(const char* name, std::string_view value)
{
    std::string encoded = std::string(name) + "*=UTF-8''";
    static const char hex[] = "0123456789ABCDEF";
    for (const char c : value) {
        const auto u = static_cast<unsigned char>(c);
        const bool plain = (u >= '0' && u <= '9') || (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') ||
                           c == '-' || c == '.' || c == '_' || c == '~';
        if (plain)
            encoded += c;
        else {
            encoded += '%';
            encoded += hex[u >> 4];
            encoded += hex[u & 15u];
        }
    }
    return encoded;
}

std::string base64(std::string_view bytes)
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    std::size_t i = 0;
    for (; i + 2 < bytes.size(); i += 3) {
        const unsigned n = (static_cast<unsigned char>(bytes[i]) << 16) |
                           (static_cast<unsigned char>(bytes[i + 1]) << 8) | static_cast<unsigned char>(bytes[i + 2]);
        out += alphabet[(n >> 18) & 63u];
        out += alphabet[(n >> 12) & 63u];
        out += alphabet[(n >> 6) & 63u];
        out += alphabet[n & 63u];
    }
    if (i + 1 == bytes.size()) {
        const unsigned n = static_cast<unsigned char>(bytes[i]) << 16;
        out += alphabet[(n >> 18) & 63u];
        out += alphabet[(n >> 12) & 63u];
        out += "==";
    } else if (i + 2 == bytes.size()) {
        const unsigned n = (static_cast<unsigned char>(bytes[i]) << 16) | (static_cast<unsigned char>(bytes[i + 1]) << 8);
        out += alphabet[(n >> 18) & 63u];
        out += alphabet[(n >> 12) & 63u];
        out += alphabet[(n >> 6) & 63u];
        out += '=';
    }
    return out;
}

} // namespace

std::string base64Lines(std::string_view bytes)
{
    std::string out;
    for (std::size_t at = 0; at < bytes.size(); at += 57) // 57 bytes -> 76 characters
        out += base64(bytes.substr(at, 57)) + crlf;
    return out;
}

std::string headerText(std::string_view text)
{
    if (isPrintableAscii(text))
        return std::string(text);
    // "=?UTF-8?B?" + base64 + "?=": 12 characters around at most 63 of
    // base64, i.e. at most 45 bytes of text a word, cut before a UTF-8 lead byte.
    std::string words;
    std::size_t at = 0;
    while (at < text.size()) {
        std::size_t length = std::min<std::size_t>(45, text.size() - at);
        while (at + length < text.size() && length > 0 &&
               (static_cast<unsigned char>(text[at + length]) & 0xC0u) == 0x80u)
            --length;
        if (!words.empty())
            words += "\r\n ";
        words += "=?UTF-8?B?" + base64(text.substr(at, length)) + "?=";
        at += length;
    }
    return words;
}

std::string quotedPrintable(std::string_view text)
{
    static const char hex[] = "0123456789ABCDEF";
    std::string out;
    std::size_t lineLength = 0;
    const auto put = [&](const std::string& piece) {
        if (lineLength + piece.size() > 75) { // room for the soft break's '='
            out += "=\r\n";
            lineLength = 0;
        }
        out += piece;
        lineLength += piece.size();
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        const auto u = static_cast<unsigned char>(c);
        if (c == '\n') {
            out += crlf;
            lineLength = 0;
            continue;
        }
        if (c == '\r')
            continue;
        const bool endOfLine = i + 1 == text.size() || text[i + 1] == '\n';
        const bool literal = (u >= 33 && u <= 126 && c != '=') || ((c == ' ' || c == '\t') && !endOfLine);
        if (literal)
            put(std::string(1, c));
        else
            put(std::string{'=', hex[u >> 4], hex[u & 15u]});
    }
    return out;
}

std::string rfc5322Date(const std::tm& local, long utcOffsetSeconds)
{
    static const char* const days[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    static const char* const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const long minutes = (utcOffsetSeconds < 0 ? -utcOffsetSeconds : utcOffsetSeconds) / 60;
    char text[64];
    std::snprintf(text, sizeof text, "%s, %02d %s %04d %02d:%02d:%02d %c%02ld%02ld", days[local.tm_wday % 7],
                  local.tm_mday, months[local.tm_mon % 12], local.tm_year + 1900, local.tm_hour, local.tm_min,
                  local.tm_sec, utcOffsetSeconds < 0 ? '-' : '+', minutes / 60, minutes % 60);
    return text;
}

std::string firstEmailAddress(std::string_view text)
{
    const auto isAddressCharacter = [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '.' || c == '-' ||
               c == '_' || c == '+';
    };
    const std::size_t at = text.find('@');
    if (at == std::string_view::npos)
        return {};
    std::size_t start = at, end = at + 1;
    while (start > 0 && isAddressCharacter(text[start - 1]))
        --start;
    while (end < text.size() && isAddressCharacter(text[end]))
        ++end;
    while (end > at + 1 && text[end - 1] == '.') // a sentence's full stop
        --end;
    if (start == at || end == at + 1 || text.substr(at + 1, end - at - 1).find('.') == std::string_view::npos)
        return {};
    return std::string(text.substr(start, end - start));
}

std::string emailMessage(const EmailDraft& draft)
{
    checkAddress("To", draft.toAddress);
    if (!draft.fromAddress.empty())
        checkAddress("From", draft.fromAddress);
    if (draft.subject.find_first_of("\r\n") != std::string::npos)
        throw InvalidArgument("Subject (\"" + draft.subject + "\") must be on one line");
    std::string m;
    const auto header = [&](const char* name, const std::string& value) { m += std::string(name) + ": " + value + crlf; };
    if (!draft.fromAddress.empty())
        header("From", mailbox(draft.fromName, draft.fromAddress));
    header("To", mailbox(draft.toName, draft.toAddress));
    header("Subject", headerText(draft.subject));
    header("Date", draft.date);
    header("Message-ID", draft.messageId);
    header("MIME-Version", "1.0");
    header("X-Unsent", "1");
    header("Content-Type", "multipart/mixed; boundary=\"" + draft.boundary + "\"");
    m += crlf;
    m += "This is a message in MIME format.\r\n";
    m += "--" + draft.boundary + crlf;
    m += "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n";
    m += quotedPrintable(draft.body) + crlf;
    m += "--" + draft.boundary + crlf;
    m += "Content-Type: " + draft.attachmentType + "; " + extendedParameter("name", draft.attachmentName) + crlf;
    m += "Content-Disposition: attachment; " + extendedParameter("filename", draft.attachmentName) + crlf;
    m += "Content-Transfer-Encoding: base64\r\n\r\n";
    m += base64Lines(draft.attachment);
    m += "--" + draft.boundary + "--" + crlf;
    return m;
}

} // namespace relance
