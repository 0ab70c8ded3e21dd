#pragma once
// The payment code's picture: the EPC payload encoded as a QR code by
// libqrencode (Debian's libqrencode4: error correction level M, as EPC069-12
// requires; byte mode for the UTF-8 text), drawn as a PNG with its quiet zone.
#include <string>

namespace relance::uno {

struct PaymentCodePicture {
    std::string png;       ///< PNG bytes (core/monochrome_png.hpp)
    int modules = 0;       ///< modules on a side, the quiet zone included
};

/// Quiet zone on each side, in modules (ISO/IEC 18004: 4).
constexpr int paymentCodeQuietModules = 4;

/// Throws InvalidArgument when libqrencode cannot encode `payload`.
PaymentCodePicture paymentCodePicture(const std::string& payload);

} // namespace relance::uno
