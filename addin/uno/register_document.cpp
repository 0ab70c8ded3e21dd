#include "uno/register_document.hpp"

#include "core/client_directory.hpp"
#include "core/error.hpp"
#include "core/register_mapping.hpp"
#include "core/reminder_journal.hpp"
#include "uno/argument_conversion.hpp"
#include "uno/sheet_cells.hpp"
#include "uno/text_conversion.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>

namespace relance::uno {

using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

namespace {

/// The user-defined document property that keeps a corrected column mapping;
/// the sidebar writes it.
constexpr const char* storedMappingProperty = "Relance register mapping";

} // namespace

std::string storedRegisterMapping(const Reference<css::sheet::XSpreadsheetDocument>& document)
{
    const Reference<css::document::XDocumentPropertiesSupplier> supplier(document, UNO_QUERY);
    if (!supplier.is())
        return {};
    const Reference<css::beans::XPropertySet> user(supplier->getDocumentProperties()->getUserDefinedProperties(),
                                                   UNO_QUERY);
    const OUString property = OUString::createFromAscii(storedMappingProperty);
    OUString text;
    if (user.is() && user->getPropertySetInfo()->hasPropertyByName(property))
        user->getPropertyValue(property) >>= text;
    return toUtf8(text);
}

Date documentNullDate(const Reference<css::sheet::XSpreadsheetDocument>& document)
{
    return nullDateOf(Reference<css::beans::XPropertySet>(document, UNO_QUERY));
}

RegisterSheet findRegisterSheet(const Reference<css::sheet::XSpreadsheetDocument>& document)
{
    const Reference<css::container::XIndexAccess> sheets(document->getSheets(), UNO_QUERY_THROW);
    const Date nullDate = documentNullDate(document);
    const std::string mapping = storedRegisterMapping(document);
    std::string firstRefusal;
    for (sal_Int32 index = 0; index < sheets->getCount(); ++index) {
        const Reference<css::sheet::XSpreadsheet> sheet(sheets->getByIndex(index), UNO_QUERY_THROW);
        std::string name = toUtf8(Reference<css::container::XNamed>(sheet, UNO_QUERY_THROW)->getName());
        if (name == journalSheetName)
            continue;
        SheetSnapshot cells = snapshotOf(sheet, nullDate);
        if (looksLikeClientSheet(cells))
            continue;
        try {
            RegisterLayout layout = resolveRegisterLayout(cells, mapping).layout;
            return {sheet, std::move(name), std::move(cells), std::move(layout)};
        } catch (const InvalidArgument& refused) {
            if (firstRefusal.empty())
                firstRefusal = "sheet \"" + name + "\": " + refused.what();
        }
    }
    throw InvalidArgument("no invoice register found" + (firstRefusal.empty() ? "" : " (" + firstRefusal + ")"));
}

} // namespace relance::uno
