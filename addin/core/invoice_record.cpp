#include "core/invoice_record.hpp"

namespace relance {

Money InvoiceRecord::outstanding() const
{
    return max(amountInclTax - paidAmount, Money::fromMinorUnits(0, amountInclTax.digits()));
}

} // namespace relance
