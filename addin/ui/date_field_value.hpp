#pragma once
// A date field's value (css::util::Date, day-month-year) and the core's Date,
// both ways: the dialogs and the sidebar's panels show and read dates so.
#include "core/serial_date.hpp"

#include <com/sun/star/util/Date.hpp>

namespace relance::ui {

inline css::util::Date utilDate(Date date)
{
    return css::util::Date(static_cast<sal_uInt16>(date.day()), static_cast<sal_uInt16>(date.month()),
                           static_cast<sal_Int16>(date.year()));
}

inline Date coreDate(const css::util::Date& date) { return Date(date.Year, date.Month, date.Day); }

} // namespace relance::ui
