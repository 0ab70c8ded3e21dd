#pragma once
// Pieces of the function table kept in their own files (one per area), and
// the argument texts several functions share: the same argument means the
// same thing in every function.
#include "catalog/function_catalog.hpp"

#include <string>
#include <vector>

namespace relance::catalog {

Parameter asOfParameter();
Parameter dueParameter();
Parameter calendarParameter();
/// The rule codes of the table of jurisdictions, joined by ", " (the last by
/// `lastSeparator` when not empty: " or "), `defaultMark` after the default
/// rule's code when not empty: "EU (default), FR, ...".
std::string ruleCodes(const char* defaultMark, const char* lastSeparator);
/// Rule (LATEINTEREST, RECOVERYFEE, ...): a rule code or a contractual rate.
Parameter ruleParameter();
/// Basis (LATEINTEREST, BALANCEINTEREST, LATEINTERESTDETAIL).
Parameter basisParameter();
/// Amount of an invoice (the interest and fee functions).
Parameter invoiceAmountParameter();

/// LATEINTEREST, LATEINTERESTDETAIL, BALANCEINTEREST, LATERATE,
/// REFERENCERATE, RECOVERYFEE (interest_catalog.cpp).
void appendInterestFunctions(std::vector<Function>& table);
/// HOLIDAYS, ISBUSINESSDAY (calendar_catalog.cpp).
void appendCalendarFunctions(std::vector<Function>& table);

} // namespace relance::catalog
