#pragma once
// The person's own mail client, opened with a message ready to send through
// LibreOffice's system mail service: SimpleSystemMail where the platform has
// one (Windows: MAPI, macOS), else SimpleCommandMail (Linux: LibreOffice's
// senddoc script and the mail program of Tools ▸ Options ▸ Internet ▸
// E-mail, org.openoffice.Office.Common/ExternalMailer/Program).
#include <com/sun/star/uno/XComponentContext.hpp>

#include <string>

namespace relance::uno {

struct MailToOpen {
    std::string to;
    std::string subject;
    std::string body;
    std::string attachmentUrl; ///< a file URL
};

/// Throws a UNO exception (or InvalidArgument) when no mail client can be reached.
void openInMailClient(const css::uno::Reference<css::uno::XComponentContext>& context, const MailToOpen& mail);

} // namespace relance::uno
