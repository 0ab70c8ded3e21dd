// E-mail drafts. Expected values: RFC 4648's base64 test vectors, RFC 2045's
// quoted-printable rules and RFC 2047's encoded words applied by hand (the
// bytes of "ü" are C3 BC; "TcO8bGxlcg==" is base64 of 4D C3 BC 6C 6C 65 72).
#include "core/email_message.hpp"

#include "error_message.hpp"

#include <gtest/gtest.h>

using namespace relance;

TEST(Base64Lines, Rfc4648Vectors)
{
    EXPECT_EQ(base64Lines(""), "");
    EXPECT_EQ(base64Lines("f"), "Zg==\r\n");
    EXPECT_EQ(base64Lines("fo"), "Zm8=\r\n");
    EXPECT_EQ(base64Lines("foo"), "Zm9v\r\n");
    EXPECT_EQ(base64Lines("foobar"), "Zm9vYmFy\r\n");
    // 57 bytes make one full line of 76 characters; the 58th starts a new one
    const std::string lines = base64Lines(std::string(58, 'a'));
    EXPECT_EQ(lines.find("\r\n"), 76u);
    EXPECT_EQ(lines.substr(78), "YQ==\r\n");
}

TEST(HeaderText, AsciiAsItIsOtherwiseEncodedWords)
{
    EXPECT_EQ(headerText("Payment reminder: invoice F-1"), "Payment reminder: invoice F-1");
    EXPECT_EQ(headerText("Müller"), "=?UTF-8?B?TcO8bGxlcg==?=");
    // 50 x "é" = 100 bytes: words of 44 bytes (22 characters; 45 would cut one), 44, 12
    std::string accents;
    for (int i = 0; i < 50; ++i)
        accents += "\xC3\xA9";
    const std::string words = headerText(accents);
    EXPECT_EQ(words.substr(0, 10), "=?UTF-8?B?");
    EXPECT_EQ(std::count(words.begin(), words.end(), '?'), 3 * 4);
    for (std::size_t at = 0, end; at < words.size(); at = end + 3) {
        end = words.find("\r\n ", at);
        if (end == std::string::npos)
            end = words.size();
        EXPECT_LE(end - at, 75u);
    }
}

TEST(QuotedPrintable, Rfc2045Rules)
{
    EXPECT_EQ(quotedPrintable("Café = 1 \nfin"), "Caf=C3=A9 =3D 1=20\r\nfin");
    // a line of 100 'x': a soft break after 75 characters
    EXPECT_EQ(quotedPrintable(std::string(100, 'x')), std::string(75, 'x') + "=\r\n" + std::string(25, 'x'));
}

TEST(Rfc5322Date, EnglishNamesAndOffset)
{
    std::tm local{};
    local.tm_year = 2026 - 1900;
    local.tm_mon = 11;
    local.tm_mday = 31;
    local.tm_wday = 4; // 31 December 2026 is a Thursday
    local.tm_hour = 9;
    local.tm_min = 5;
    EXPECT_EQ(rfc5322Date(local, 3600), "Thu, 31 Dec 2026 09:05:00 +0100");
    EXPECT_EQ(rfc5322Date(local, -5 * 3600 - 1800), "Thu, 31 Dec 2026 09:05:00 -0530");
}

TEST(FirstEmailAddress, InAContactLine)
{
    EXPECT_EQ(firstEmailAddress("comptabilite@atelier-durand.fr – 04 72 00 00 00"), "comptabilite@atelier-durand.fr");
    EXPECT_EQ(firstEmailAddress("Tel. 0161 000 0000, accounts@penrosehale.co.uk."), "accounts@penrosehale.co.uk");
    EXPECT_EQ(firstEmailAddress("0711 000000"), "");
    EXPECT_EQ(firstEmailAddress("@home"), "");
}

TEST(EmailMessage, HeadersAndParts)
{
    EmailDraft draft;
    draft.fromName = "Atelier Durand SARL";
    draft.fromAddress = "compta@atelier-durand.fr";
    draft.toName = "Müller";
    draft.toAddress = "buchhaltung@mueller.de";
    draft.subject = "Zahlungserinnerung: Rechnung F-1";
    draft.body = "Sehr geehrte Damen und Herren,\n\nanbei …";
    draft.attachmentName = "Müller - 2026-12-31.pdf";
    draft.attachment = "%PDF-1.7";
    draft.date = "Thu, 31 Dec 2026 09:05:00 +0100";
    draft.messageId = "<relance.1@atelier-durand.fr>";
    draft.boundary = "=_relance_1";
    const std::string m = emailMessage(draft);
    EXPECT_EQ(m.substr(0, m.find("Content-Type")),
              "From: \"Atelier Durand SARL\" <compta@atelier-durand.fr>\r\n"
              "To: =?UTF-8?B?TcO8bGxlcg==?= <buchhaltung@mueller.de>\r\n"
              "Subject: Zahlungserinnerung: Rechnung F-1\r\n"
              "Date: Thu, 31 Dec 2026 09:05:00 +0100\r\n"
              "Message-ID: <relance.1@atelier-durand.fr>\r\n"
              "MIME-Version: 1.0\r\n"
              "X-Unsent: 1\r\n");
    EXPECT_NE(m.find("Content-Type: application/pdf; name*=UTF-8''M%C3%BCller%20-%202026-12-31.pdf\r\n"),
              std::string::npos);
    EXPECT_NE(m.find("\r\n\r\nJVBERi0xLjc=\r\n--=_relance_1--\r\n"), std::string::npos); // "%PDF-1.7"
    EXPECT_NE(m.find("anbei =E2=80=A6\r\n"), std::string::npos);
}

TEST(EmailMessage, RefusesBadAddresses)
{
    EmailDraft draft;
    draft.toAddress = "nobody";
    EXPECT_EQ(test::messageOf([&] { emailMessage(draft); }), "To (\"nobody\") is not an e-mail address");
    draft.toAddress = "a@b.c\r\nBcc: x@y.z";
    EXPECT_EQ(test::messageOf([&] { emailMessage(draft); }).substr(0, 4), "To (");
    draft.toAddress = "a@b.c";
    draft.subject = "two\nlines";
    EXPECT_EQ(test::messageOf([&] { emailMessage(draft); }), "Subject (\"two\nlines\") must be on one line");
}
