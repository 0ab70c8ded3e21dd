#pragma once
// Every function Calc calls goes through callGuarded: nothing may escape an
// add-in as anything but IllegalArgumentException (Err:502), because any other
// exception, or a crash, takes the user's unsaved work down with LibreOffice.
#include "core/error.hpp"
#include "uno/text_conversion.hpp"

#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/uno/Any.hxx>
#include <com/sun/star/uno/RuntimeException.hpp>
#include <rtl/ustring.hxx>

#include <exception>
#include <new>
#include <string>

namespace relance::uno {

/// Writes "relance: <who>: <what>" to stderr when RELANCE_DEBUG is set, so
/// tests and support can read why a cell shows Err:502.
void debugTrace(const char* who, const std::string& what);

inline css::lang::IllegalArgumentException refusal(const char* function, const std::string& why,
                                                   const css::uno::Reference<css::uno::XInterface>& source)
{
    debugTrace(function, "refused: " + why);
    return css::lang::IllegalArgumentException(
        toOUString(std::string(function) + ": " + why), source, 0);
}

/// Runs `body` (convert, validate, compute) and maps every failure to
/// IllegalArgumentException with the reason.
template <class Body>
css::uno::Any callGuarded(const char* function, const css::uno::Reference<css::uno::XInterface>& source,
                          Body&& body)
{
    try {
        return body();
    } catch (const relance::InvalidArgument& refused) {
        throw refusal(function, refused.what(), source);
    } catch (const css::lang::IllegalArgumentException& refused) {
        debugTrace(function, "refused: " + toUtf8(refused.Message));
        throw;
    } catch (const css::uno::Exception& unoError) {
        throw refusal(function, "LibreOffice error: " + toUtf8(unoError.Message), source);
    } catch (const std::bad_alloc&) {
        throw refusal(function, "out of memory", source);
    } catch (const std::exception& error) {
        throw refusal(function, std::string("internal error: ") + error.what(), source);
    } catch (...) {
        throw refusal(function, "internal error", source);
    }
}

} // namespace relance::uno
