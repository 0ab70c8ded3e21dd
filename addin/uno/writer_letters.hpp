#pragma once
// Rendered letters (letters/rendered_letter.hpp) laid out in a Writer
// document: the paragraph styles of the letterhead template (packaging/
// letters/letterhead.fodt: "Relance Sender", "Relance Body", ...), the
// invoice tables as real Writer tables, one letter per page.
#include "letters/rendered_letter.hpp"

#include <com/sun/star/frame/XDesktop2.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <string>

namespace relance::uno {

/// A new, hidden Writer document made from the template at `templateUrl`,
/// with its undo and its views' updates switched off: the run writes
/// hundreds of letters through it and nobody undoes them there.
css::uno::Reference<css::text::XTextDocument> newLetterDocument(
    const css::uno::Reference<css::frame::XDesktop2>& desktop, const std::string& templateUrl);

/// Appends `letter`, written in `language` (en, fr, de, es, it, nl), at the
/// end of `document`, on a new page unless it is the document's first
/// letter. Its text is tagged with the language (CharLocale: spelling,
/// hyphenation, quotes follow it); a first letter also sets the document's
/// default language and its paragraph styles'. The payment code's picture
/// goes through `context`'s GraphicProvider.
void appendLetter(const css::uno::Reference<css::uno::XComponentContext>& context,
                  const css::uno::Reference<css::text::XTextDocument>& document, const RenderedLetter& letter,
                  const std::string& language, bool firstInDocument);

/// Empties the document's text (paragraphs and tables), so that one document
/// serves every per-client PDF: loading the template per letter cost a third
/// of the letter's time.
void clearLetters(const css::uno::Reference<css::text::XTextDocument>& document);

/// Closes a document the run made (it was never shown).
void closeDocument(const css::uno::Reference<css::text::XTextDocument>& document);

} // namespace relance::uno
