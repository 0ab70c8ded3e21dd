#pragma once
// Selecting a client's invoice rows in the register, as a person would with
// Ctrl+click on the row headers: the sheet is shown and the rows selected.
#include <com/sun/star/frame/XFrame.hpp>

#include <string>
#include <vector>

namespace relance::ui {

/// Shows sheet `sheetName` of the frame's document and selects the whole
/// rows `rows` (0-based). Nothing happens for a sheet that no longer exists.
void selectRegisterRows(const css::uno::Reference<css::frame::XFrame>& frame, const std::string& sheetName,
                        const std::vector<int>& rows);

} // namespace relance::ui
