#include "ui/sidebar/register_rows_selection.hpp"

#include "uno/text_conversion.hpp"

#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XSheetCellRangeContainer.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/sheet/XSpreadsheetView.hpp>
#include <com/sun/star/view/XSelectionSupplier.hpp>

namespace relance::ui {

using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

void selectRegisterRows(const Reference<css::frame::XFrame>& frame, const std::string& sheetName,
                        const std::vector<int>& rows)
{
    const Reference<css::frame::XController> controller = frame.is() ? frame->getController() : nullptr;
    const Reference<css::sheet::XSpreadsheetDocument> document(controller.is() ? controller->getModel() : nullptr, UNO_QUERY);
    if (!document.is() || rows.empty())
        return;
    const Reference<css::container::XNameAccess> sheets(document->getSheets(), UNO_QUERY_THROW);
    const rtl::OUString name = uno::toOUString(sheetName);
    if (!sheets->hasByName(name))
        return;
    const Reference<css::sheet::XSpreadsheet> sheet(sheets->getByName(name), UNO_QUERY_THROW);
    const sal_Int16 sheetIndex = Reference<css::sheet::XCellRangeAddressable>(sheet, UNO_QUERY_THROW)->getRangeAddress().Sheet;
    const Reference<css::sheet::XSheetCellRangeContainer> ranges(
        Reference<css::lang::XMultiServiceFactory>(document, UNO_QUERY_THROW)
            ->createInstance("com.sun.star.sheet.SheetCellRanges"),
        UNO_QUERY_THROW);
    constexpr sal_Int32 lastColumn = 16383; // XFD: whole rows, as the row headers select them
    for (const int row : rows)
        ranges->addRangeAddress(css::table::CellRangeAddress(sheetIndex, 0, row, lastColumn, row), true);
    Reference<css::sheet::XSpreadsheetView>(controller, UNO_QUERY_THROW)->setActiveSheet(sheet);
    Reference<css::view::XSelectionSupplier>(controller, UNO_QUERY_THROW)->select(css::uno::Any(ranges));
}

} // namespace relance::ui
