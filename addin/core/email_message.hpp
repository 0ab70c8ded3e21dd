#pragma once
// An e-mail ready to send, as a file: RFC 5322 headers, a MIME
// multipart/mixed body (RFC 2045-2049) with a plain-text part and one
// attachment. Thunderbird, Outlook and Apple Mail open such an .eml as a
// message; "X-Unsent: 1" has Outlook open it as a draft to send. Headers
// with text beyond ASCII are RFC 2047 encoded words, the attachment's name
// RFC 2231 encoded, the text quoted-printable, the attachment base64.
#include <ctime>
#include <string>
#include <string_view>

namespace relance {

struct EmailDraft {
    std::string fromName;
    std::string fromAddress;     ///< empty: no From header (the mail client adds the sender's)
    std::string toName;
    std::string toAddress;
    std::string subject;         ///< UTF-8, one line
    std::string body;            ///< UTF-8, lines separated by \n
    std::string attachmentName;  ///< UTF-8 file name
    std::string attachmentType = "application/pdf";
    std::string attachment;      ///< the file's bytes
    std::string date;            ///< RFC 5322 date-time (rfc5322Date)
    std::string messageId;       ///< "<...@...>"
    std::string boundary;        ///< the MIME boundary: must not occur in the parts (base64 and QP text cannot hold "=_")
};

/// The message's bytes, lines ending in CRLF. Throws InvalidArgument for an
/// address without '@' or with line breaks, a subject on several lines.
std::string emailMessage(const EmailDraft& draft);

/// Base64 (RFC 4648) in lines of at most 76 characters, each ending in CRLF.
std::string base64Lines(std::string_view bytes);

/// `text` as it may stand in a header: unchanged when printable ASCII,
/// otherwise RFC 2047 encoded words ("=?UTF-8?B?...?="), each at most 75
/// characters and cut between UTF-8 characters, separated by CRLF + space.
std::string headerText(std::string_view text);

/// `text` quoted-printable (RFC 2045 6.7), line breaks as CRLF, soft line
/// breaks keeping lines within 76 characters.
std::string quotedPrintable(std::string_view text);

/// "Thu, 31 Dec 2026 09:05:00 +0100": `local` with its offset from UTC in
/// seconds, English names whatever the locale.
std::string rfc5322Date(const std::tm& local, long utcOffsetSeconds);

/// The first e-mail address in `text` ("accounts@example.com – 0161 000"),
/// or empty.
std::string firstEmailAddress(std::string_view text);

} // namespace relance
