#include "uno/system_mail.hpp"

#include "core/error.hpp"
#include "uno/text_conversion.hpp"

#include <com/sun/star/system/SimpleCommandMail.hpp>
#include <com/sun/star/system/SimpleMailClientFlags.hpp>
#include <com/sun/star/system/SimpleSystemMail.hpp>
#include <com/sun/star/system/XSimpleMailMessage2.hpp>
#include <com/sun/star/uno/DeploymentException.hpp>

namespace relance::uno {

using css::uno::Reference;

namespace {

Reference<css::system::XSimpleMailClientSupplier> mailService(const Reference<css::uno::XComponentContext>& context)
{
    try {
        return css::system::SimpleSystemMail::create(context);
    } catch (const css::uno::DeploymentException&) { // Linux has the command-line one only
    }
    return css::system::SimpleCommandMail::create(context);
}

} // namespace

void openInMailClient(const Reference<css::uno::XComponentContext>& context, const MailToOpen& mail)
{
    const Reference<css::system::XSimpleMailClient> client = mailService(context)->querySimpleMailClient();
    if (!client.is())
        throw InvalidArgument("no mail client is set up (Tools > Options > Internet > E-mail)");
    const Reference<css::system::XSimpleMailMessage> message = client->createSimpleMailMessage();
    message->setRecipient(toOUString(mail.to));
    message->setSubject(toOUString(mail.subject));
    const rtl::OUString attachment = toOUString(mail.attachmentUrl);
    message->setAttachement(css::uno::Sequence<rtl::OUString>(&attachment, 1));
    const Reference<css::system::XSimpleMailMessage2> withBody(message, css::uno::UNO_QUERY);
    if (withBody.is())
        withBody->setBody(toOUString(mail.body));
    // DEFAULTS: the client shows the message for the person to check and send
    client->sendSimpleMailMessage(message, css::system::SimpleMailClientFlags::DEFAULTS);
}

} // namespace relance::uno
