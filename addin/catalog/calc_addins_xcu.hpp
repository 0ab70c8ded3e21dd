#pragma once
// CalcAddIns.xcu, generated from the function table so that the Function
// Wizard's names and descriptions never drift from the add-in's own.
#include <string>

namespace relance::catalog {

/// The whole CalcAddIns.xcu document (UTF-8) for the add-in service.
std::string calcAddInsXcu();

} // namespace relance::catalog
