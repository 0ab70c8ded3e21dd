#include "uno/writer_letters.hpp"

#include "core/error.hpp"
#include "letters/letter_languages.hpp"
#include "uno/payment_code_picture.hpp"
#include "uno/text_conversion.hpp"

#include <com/sun/star/awt/Size.hpp>
#include <com/sun/star/graphic/GraphicProvider.hpp>
#include <com/sun/star/io/SequenceInputStream.hpp>
#include <com/sun/star/text/TextContentAnchorType.hpp>
#include <com/sun/star/text/VertOrientation.hpp>

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/lang/Locale.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/style/BreakType.hpp>
#include <com/sun/star/style/ParagraphAdjust.hpp>
#include <com/sun/star/style/XStyleFamiliesSupplier.hpp>
#include <com/sun/star/table/BorderLine2.hpp>
#include <com/sun/star/table/TableBorder2.hpp>
#include <com/sun/star/table/BorderLineStyle.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/table/XCellRange.hpp>
#include <com/sun/star/text/ControlCharacter.hpp>
#include <com/sun/star/text/TableColumnSeparator.hpp>
#include <com/sun/star/text/XParagraphCursor.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextCursor.hpp>
#include <com/sun/star/text/XTextTable.hpp>
#include <com/sun/star/util/XCloseable.hpp>

#include <algorithm>
#include <vector>

namespace relance::uno {

namespace {

using ::rtl::OUString;
using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;

/// The language tag of a letter in `language` (en, fr ...): letterLocale's
/// "fr_FR" as a UNO Locale.
css::lang::Locale languageTag(const std::string& language)
{
    const std::string locale = letterLocale(language);
    const auto separator = locale.find('_');
    return css::lang::Locale(toOUString(locale.substr(0, separator)),
                             separator == std::string::npos ? OUString() : toOUString(locale.substr(separator + 1)),
                             OUString());
}

/// Tags the text `selection` covers with the letter's language.
void tagLanguage(const Reference<css::text::XTextCursor>& selection, const css::lang::Locale& tag)
{
    Reference<css::beans::XPropertySet>(selection, UNO_QUERY_THROW)->setPropertyValue("CharLocale", Any(tag));
}

/// The document's default language and its paragraph styles' (the
/// template's "Relance ..." styles and the default style they inherit from),
/// unless they speak it already: what new text, hyphenation and the spelling
/// checker fall back on.
void setDocumentLanguage(const Reference<css::text::XTextDocument>& document, const css::lang::Locale& tag)
{
    const Reference<css::beans::XPropertySet> defaults(
        Reference<css::lang::XMultiServiceFactory>(document, UNO_QUERY_THROW)->createInstance("com.sun.star.text.Defaults"),
        UNO_QUERY_THROW);
    css::lang::Locale current;
    defaults->getPropertyValue("CharLocale") >>= current;
    if (current.Language == tag.Language && current.Country == tag.Country)
        return;
    defaults->setPropertyValue("CharLocale", Any(tag));
    const Reference<css::container::XNameAccess> styles(
        Reference<css::style::XStyleFamiliesSupplier>(document, UNO_QUERY_THROW)
            ->getStyleFamilies()
            ->getByName("ParagraphStyles"),
        UNO_QUERY_THROW);
    for (const OUString& name : styles->getElementNames())
        if (name.startsWith("Relance") || name == "Standard")
            Reference<css::beans::XPropertySet>(styles->getByName(name), UNO_QUERY_THROW)
                ->setPropertyValue("CharLocale", Any(tag));
}

/// Characters a text needs on one line: UTF-8 lead bytes.
std::size_t displayLength(const std::string& text)
{
    std::size_t length = 0;
    for (const char c : text)
        if ((static_cast<unsigned char>(c) & 0xC0u) != 0x80u)
            ++length;
    return length;
}

/// Column widths in proportion to what each column holds: its longest cell,
/// and its heading's longest word (a heading may wrap between words, not
/// inside one: "Vervaldatum", "Indemnización").
void setColumnWidths(const Reference<css::text::XTextTable>& created, const LetterTable& table)
{
    const std::size_t columns = table.header.size();
    std::vector<std::size_t> weights(columns, 4);
    for (std::size_t c = 0; c < columns; ++c) {
        std::size_t word = 0;
        for (const char ch : table.header[c] + " ") {
            if (ch == ' ') {
                weights[c] = std::max(weights[c], word + 1);
                word = 0;
            } else if ((static_cast<unsigned char>(ch) & 0xC0u) != 0x80u) {
                ++word;
            }
        }
        const auto consider = [&](const std::vector<std::string>& row) {
            if (c < row.size())
                weights[c] = std::max(weights[c], displayLength(row[c]) + 1);
        };
        for (const auto& row : table.rows)
            consider(row);
        if (table.totalRow)
            consider(*table.totalRow);
    }
    std::size_t total = 0;
    for (const std::size_t weight : weights)
        total += weight;
    const Reference<css::beans::XPropertySet> properties(created, UNO_QUERY_THROW);
    sal_Int16 sum = 10000;
    properties->getPropertyValue("TableColumnRelativeSum") >>= sum;
    css::uno::Sequence<css::text::TableColumnSeparator> separators(static_cast<sal_Int32>(columns) - 1);
    auto* separator = separators.getArray();
    std::size_t running = 0;
    for (std::size_t c = 0; c + 1 < columns; ++c) {
        running += weights[c];
        separator[c].Position = static_cast<sal_Int16>(running * static_cast<std::size_t>(sum) / total);
        separator[c].IsVisible = true;
    }
    properties->setPropertyValue("TableColumnSeparators", Any(separators));
}

/// No lines at all in a one-row table of `columns` cells: neither the
/// cells' nor the table's (its inner vertical line).
void removeLines(const Reference<css::text::XTextTable>& created, sal_Int32 columns)
{
    const css::table::BorderLine2 none;
    const Reference<css::beans::XPropertySet> all(
        Reference<css::table::XCellRange>(created, UNO_QUERY_THROW)->getCellRangeByPosition(0, 0, columns - 1, 0),
        UNO_QUERY_THROW);
    for (const char* border : {"TopBorder", "BottomBorder", "LeftBorder", "RightBorder"})
        all->setPropertyValue(OUString::createFromAscii(border), Any(none));
    css::table::TableBorder2 noTableLines;
    noTableLines.IsTopLineValid = noTableLines.IsBottomLineValid = noTableLines.IsLeftLineValid =
        noTableLines.IsRightLineValid = noTableLines.IsHorizontalLineValid = noTableLines.IsVerticalLineValid = true;
    Reference<css::beans::XPropertySet>(created, UNO_QUERY_THROW)->setPropertyValue("TableBorder2", Any(noTableLines));
}

/// The payment code's width on paper, its quiet zone included (1/100 mm):
/// EPC069-12 asks for at least 2 cm; 3.5 cm leaves 0.5 to 0.7 mm a module
/// for the versions an EPC payload takes (6 to 9), which phones read easily.
constexpr sal_Int32 paymentCodeWidth = 3500;
/// The picture's column: the code and a gap before the caption.
constexpr sal_Int32 paymentCodeColumnWidth = paymentCodeWidth + 400;

/// The PNG as a graphic LibreOffice can place.
Reference<css::graphic::XGraphic> graphicOf(const Reference<css::uno::XComponentContext>& context,
                                            const std::string& png)
{
    const css::uno::Sequence<sal_Int8> bytes(reinterpret_cast<const sal_Int8*>(png.data()),
                                             static_cast<sal_Int32>(png.size()));
    css::uno::Sequence<css::beans::PropertyValue> source(1);
    source.getArray()[0].Name = "InputStream";
    source.getArray()[0].Value <<= css::io::SequenceInputStream::createStreamFromSequence(context, bytes);
    const Reference<css::graphic::XGraphic> graphic = css::graphic::GraphicProvider::create(context)->queryGraphic(source);
    if (!graphic.is())
        throw InvalidArgument("Payment code: LibreOffice could not read its picture");
    return graphic;
}

/// Writes paragraphs one after the other at the end of the document's text.
class LetterWriter {
public:
    LetterWriter(const Reference<css::uno::XComponentContext>& context,
                 const Reference<css::text::XTextDocument>& document, bool first, css::lang::Locale language)
        : m_context(context), m_document(document), m_text(document->getText()),
          m_cursor(m_text->createTextCursor()), m_first(first), m_language(std::move(language))
    {
        m_cursor->gotoEnd(false);
    }

    void paragraph(const std::string& text, const char* style)
    {
        if (!m_started) {
            // The template's first, empty paragraph takes the first letter;
            // later letters start on a new page.
            m_started = true;
            if (!m_first) {
                m_text->insertControlCharacter(range(), css::text::ControlCharacter::PARAGRAPH_BREAK, false);
                properties()->setPropertyValue("BreakType", Any(css::style::BreakType_PAGE_BEFORE));
            }
        } else {
            m_text->insertControlCharacter(range(), css::text::ControlCharacter::PARAGRAPH_BREAK, false);
            properties()->setPropertyValue("BreakType", Any(css::style::BreakType_NONE));
        }
        properties()->setPropertyValue("ParaStyleName", Any(OUString::createFromAscii(style)));
        m_text->insertString(range(), toOUString(text), false);
        // the paragraph just written, in the letter's language (a combined
        // document holds letters in several)
        Reference<css::text::XParagraphCursor>(m_cursor, UNO_QUERY_THROW)->gotoStartOfParagraph(true);
        tagLanguage(m_cursor, m_language);
        m_cursor->collapseToEnd();
    }

    /// The parties' signature blocks side by side, with room to sign under
    /// each, in a table without borders.
    void signatures(const std::vector<SignatureBlock>& blocks)
    {
        paragraph("", "Relance Signature");
        const Reference<css::lang::XMultiServiceFactory> factory(m_document, UNO_QUERY_THROW);
        const Reference<css::text::XTextTable> created(factory->createInstance("com.sun.star.text.TextTable"),
                                                       UNO_QUERY_THROW);
        created->initialize(1, static_cast<sal_Int32>(blocks.size()));
        m_text->insertTextContent(range(), Reference<css::text::XTextContent>(created.get()), false);
        const Reference<css::table::XCellRange> cells(created, UNO_QUERY_THROW);
        for (std::size_t column = 0; column < blocks.size(); ++column) {
            const Reference<css::text::XText> cell(cells->getCellByPosition(static_cast<sal_Int32>(column), 0),
                                                   UNO_QUERY_THROW);
            const Reference<css::text::XTextCursor> cursor = cell->createTextCursor();
            Reference<css::beans::XPropertySet>(cursor, UNO_QUERY_THROW)
                ->setPropertyValue("ParaStyleName", Any(OUString("Relance Signature")));
            const Reference<css::text::XTextRange> at(cursor.get());
            for (std::size_t line = 0; line < blocks[column].lines.size(); ++line) {
                if (line > 0)
                    cell->insertControlCharacter(at, css::text::ControlCharacter::PARAGRAPH_BREAK, false);
                cell->insertString(at, toOUString(blocks[column].lines[line]), false);
            }
            cursor->gotoStart(true);
            tagLanguage(cursor, m_language);
            cursor->collapseToEnd();
            for (int room = 0; room < 4; ++room) // room for the signature itself
                cell->insertControlCharacter(at, css::text::ControlCharacter::PARAGRAPH_BREAK, false);
        }
        removeLines(created, static_cast<sal_Int32>(blocks.size()));
        m_cursor->gotoEnd(false);
    }

    /// The payment code on the left, its caption beside it, centred on it,
    /// in a table without lines: the code's column as wide as the code, the
    /// caption taking the rest of the line.
    void paymentCode(const LetterPaymentCode& code)
    {
        const PaymentCodePicture picture = paymentCodePicture(code.payload);
        paragraph("", "Relance Body");
        const Reference<css::lang::XMultiServiceFactory> factory(m_document, UNO_QUERY_THROW);
        const Reference<css::text::XTextTable> created(factory->createInstance("com.sun.star.text.TextTable"),
                                                       UNO_QUERY_THROW);
        created->initialize(1, 2);
        m_text->insertTextContent(range(), Reference<css::text::XTextContent>(created.get()), false);
        removeLines(created, 2);
        const Reference<css::table::XCellRange> cells(created, UNO_QUERY_THROW);

        const Reference<css::text::XText> left(cells->getCellByPosition(0, 0), UNO_QUERY_THROW);
        const Reference<css::text::XTextCursor> at = left->createTextCursor();
        Reference<css::beans::XPropertySet>(at, UNO_QUERY_THROW)
            ->setPropertyValue("ParaStyleName", Any(OUString("Relance Table Text")));
        const Reference<css::beans::XPropertySet> object(factory->createInstance("com.sun.star.text.TextGraphicObject"),
                                                         UNO_QUERY_THROW);
        object->setPropertyValue("Graphic", Any(graphicOf(m_context, picture.png)));
        object->setPropertyValue("AnchorType", Any(css::text::TextContentAnchorType_AS_CHARACTER));
        object->setPropertyValue("Size", Any(css::awt::Size(paymentCodeWidth, paymentCodeWidth)));
        if (!code.caption.empty())
            object->setPropertyValue("Description", Any(toOUString(code.caption.front())));
        left->insertTextContent(Reference<css::text::XTextRange>(at.get()),
                                Reference<css::text::XTextContent>(object, UNO_QUERY_THROW), false);

        const Reference<css::text::XText> right(cells->getCellByPosition(1, 0), UNO_QUERY_THROW);
        const Reference<css::text::XTextCursor> cursor = right->createTextCursor();
        Reference<css::beans::XPropertySet>(cursor, UNO_QUERY_THROW)
            ->setPropertyValue("ParaStyleName", Any(OUString("Relance Body")));
        const Reference<css::text::XTextRange> end(cursor.get());
        for (std::size_t line = 0; line < code.caption.size(); ++line) {
            if (line > 0)
                right->insertControlCharacter(end, css::text::ControlCharacter::PARAGRAPH_BREAK, false);
            right->insertString(end, toOUString(code.caption[line]), false);
        }
        cursor->gotoStart(true);
        tagLanguage(cursor, m_language);
        Reference<css::beans::XPropertySet>(right, UNO_QUERY_THROW)
            ->setPropertyValue("VertOrient", Any(css::text::VertOrientation::CENTER));

        // The table's own Width is not laid out yet in a hidden document:
        // the text area of the page style the letter is on gives it.
        const Reference<css::beans::XPropertySet> properties(created, UNO_QUERY_THROW);
        const sal_Int32 width = textAreaWidth();
        sal_Int16 sum = 10000;
        properties->getPropertyValue("TableColumnRelativeSum") >>= sum;
        if (width > paymentCodeColumnWidth) {
            css::uno::Sequence<css::text::TableColumnSeparator> separator(1);
            separator.getArray()[0].Position = static_cast<sal_Int16>(
                static_cast<sal_Int64>(paymentCodeColumnWidth) * sum / width);
            separator.getArray()[0].IsVisible = true;
            properties->setPropertyValue("TableColumnSeparators", Any(separator));
        }
        m_cursor->gotoEnd(false);
    }

    void table(const LetterTable& table)
    {
        const std::size_t columns = table.header.size();
        const std::size_t rows = 1 + table.rows.size() + (table.totalRow ? 1 : 0);
        if (columns == 0)
            return;
        paragraph("", "Relance Body"); // the table goes after this paragraph's predecessor
        const Reference<css::lang::XMultiServiceFactory> factory(m_document, UNO_QUERY_THROW);
        const Reference<css::text::XTextTable> created(factory->createInstance("com.sun.star.text.TextTable"),
                                                       UNO_QUERY_THROW);
        created->initialize(static_cast<sal_Int32>(rows), static_cast<sal_Int32>(columns));
        m_text->insertTextContent(range(), Reference<css::text::XTextContent>(created.get()), false);
        const Reference<css::table::XCellRange> cells(created, UNO_QUERY_THROW);
        std::size_t row = 0;
        const auto fill = [&](const std::vector<std::string>& values, const char* style) {
            for (std::size_t column = 0; column < columns && column < values.size(); ++column) {
                const Reference<css::text::XText> cell(
                    cells->getCellByPosition(static_cast<sal_Int32>(column), static_cast<sal_Int32>(row)),
                    UNO_QUERY_THROW);
                const Reference<css::text::XTextCursor> cursor = cell->createTextCursor();
                const Reference<css::beans::XPropertySet> paragraph(cursor, UNO_QUERY_THROW);
                paragraph->setPropertyValue("ParaStyleName", Any(OUString::createFromAscii(style)));
                const bool figures = column < table.alignment.size() && table.alignment[column] == ColumnAlignment::End;
                paragraph->setPropertyValue("ParaAdjust",
                                            Any(static_cast<sal_Int16>(figures ? css::style::ParagraphAdjust_RIGHT
                                                                               : css::style::ParagraphAdjust_LEFT)));
                cell->insertString(css::uno::Reference<css::text::XTextRange>(cursor.get()), toOUString(values[column]), false);
                cursor->gotoStart(true);
                tagLanguage(cursor, m_language);
            }
            ++row;
        };
        fill(table.header, "Relance Table Heading");
        for (const auto& values : table.rows)
            fill(values, "Relance Table Text");
        if (table.totalRow)
            fill(*table.totalRow, "Relance Table Total");
        setColumnWidths(created, table);
        // Repeat the heading on a following page; the cursor is after the table.
        Reference<css::beans::XPropertySet>(created, UNO_QUERY_THROW)->setPropertyValue("RepeatHeadline", Any(true));
        m_cursor->gotoEnd(false);
    }

private:
    /// The width between the margins of the page the cursor is on (1/100 mm).
    sal_Int32 textAreaWidth() const
    {
        OUString pageStyle;
        properties()->getPropertyValue("PageStyleName") >>= pageStyle;
        const Reference<css::container::XNameAccess> pages(
            Reference<css::style::XStyleFamiliesSupplier>(m_document, UNO_QUERY_THROW)
                ->getStyleFamilies()
                ->getByName("PageStyles"),
            UNO_QUERY_THROW);
        if (pageStyle.isEmpty() || !pages->hasByName(pageStyle))
            pageStyle = "Standard";
        const Reference<css::beans::XPropertySet> page(pages->getByName(pageStyle), UNO_QUERY_THROW);
        sal_Int32 width = 0, left = 0, right = 0;
        page->getPropertyValue("Width") >>= width;
        page->getPropertyValue("LeftMargin") >>= left;
        page->getPropertyValue("RightMargin") >>= right;
        return width - left - right;
    }

    Reference<css::text::XTextRange> range() const { return Reference<css::text::XTextRange>(m_cursor.get()); }

    Reference<css::beans::XPropertySet> properties() const
    {
        return Reference<css::beans::XPropertySet>(m_cursor, UNO_QUERY_THROW);
    }

    Reference<css::uno::XComponentContext> m_context;
    Reference<css::text::XTextDocument> m_document;
    Reference<css::text::XText> m_text;
    Reference<css::text::XTextCursor> m_cursor;
    bool m_first;
    css::lang::Locale m_language;
    bool m_started = false;
};

} // namespace

Reference<css::text::XTextDocument> newLetterDocument(const Reference<css::frame::XDesktop2>& desktop,
                                                      const std::string& templateUrl)
{
    css::uno::Sequence<css::beans::PropertyValue> arguments(2);
    arguments.getArray()[0].Name = "Hidden";
    arguments.getArray()[0].Value <<= true;
    arguments.getArray()[1].Name = "AsTemplate";
    arguments.getArray()[1].Value <<= true;
    const Reference<css::text::XTextDocument> document(
        desktop->loadComponentFromURL(toOUString(templateUrl), "_blank", 0, arguments), css::uno::UNO_QUERY);
    if (!document.is())
        throw InvalidArgument("the letterhead template " + templateUrl + " is not a Writer document");
    const Reference<css::document::XUndoManagerSupplier> undo(document, css::uno::UNO_QUERY);
    if (undo.is())
        undo->getUndoManager()->lock();
    const Reference<css::frame::XModel> model(document, css::uno::UNO_QUERY);
    if (model.is())
        model->lockControllers();
    return document;
}

void appendLetter(const Reference<css::uno::XComponentContext>& context,
                  const Reference<css::text::XTextDocument>& document, const RenderedLetter& letter,
                  const std::string& language, bool firstInDocument)
{
    const css::lang::Locale tag = languageTag(language);
    if (firstInDocument)
        setDocumentLanguage(document, tag);
    LetterWriter writer(context, document, firstInDocument, tag);
    for (std::size_t i = 0; i < letter.senderLines.size(); ++i)
        writer.paragraph(letter.senderLines[i], i == 0 ? "Relance Sender Name" : "Relance Sender");
    for (std::size_t i = 0; i < letter.recipientLines.size(); ++i)
        writer.paragraph(letter.recipientLines[i], i == 0 ? "Relance Recipient First" : "Relance Recipient");
    if (!letter.deliveryMention.empty())
        writer.paragraph(letter.deliveryMention, "Relance Mention");
    writer.paragraph(letter.placeAndDate, "Relance Date");
    writer.paragraph(letter.subject, "Relance Subject");
    if (!letter.salutation.empty())
        writer.paragraph(letter.salutation, "Relance Body");
    for (const LetterBlock& block : letter.blocks) {
        if (const auto* text = std::get_if<LetterParagraph>(&block))
            writer.paragraph(text->text, "Relance Body");
        else if (const auto* code = std::get_if<LetterPaymentCode>(&block))
            writer.paymentCode(*code);
        else
            writer.table(std::get<LetterTable>(block));
    }
    if (!letter.closing.empty())
        writer.paragraph(letter.closing, "Relance Closing");
    if (letter.signatures.size() > 1) {
        writer.signatures(letter.signatures);
    } else {
        for (const SignatureBlock& signature : letter.signatures) {
            // room for the handwritten signature above the name
            for (int room = 0; room < 3; ++room)
                writer.paragraph("", "Relance Signature");
            for (const std::string& line : signature.lines)
                writer.paragraph(line, "Relance Signature");
        }
    }
}

void clearLetters(const Reference<css::text::XTextDocument>& document) { document->getText()->setString(OUString()); }

void closeDocument(const Reference<css::text::XTextDocument>& document)
{
    const Reference<css::util::XCloseable> closeable(document, css::uno::UNO_QUERY);
    if (closeable.is())
        closeable->close(true);
}

} // namespace relance::uno
