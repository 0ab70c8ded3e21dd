#include "uno/payment_code_picture.hpp"

#include "core/error.hpp"
#include "core/monochrome_png.hpp"

#include <qrencode.h>

#include <memory>

namespace relance::uno {

namespace {

/// Pixels a module in the PNG: enough for Writer and the PDF to scale it
/// down without blurring the modules' edges into each other.
constexpr int pixelsPerModule = 10;

} // namespace

PaymentCodePicture paymentCodePicture(const std::string& payload)
{
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeData(static_cast<int>(payload.size()), reinterpret_cast<const unsigned char*>(payload.data()),
                          0 /* the smallest version that holds it */, QR_ECLEVEL_M),
        &QRcode_free);
    if (!code)
        throw InvalidArgument("Payment code: libqrencode could not encode " + std::to_string(payload.size()) +
                              " bytes");
    const auto width = static_cast<std::size_t>(code->width);
    ModuleMatrix modules(width, std::vector<bool>(width));
    for (std::size_t y = 0; y < width; ++y)
        for (std::size_t x = 0; x < width; ++x)
            modules[y][x] = (code->data[y * width + x] & 1u) != 0; // bit 0: dark module
    return {monochromePng(modules, pixelsPerModule, paymentCodeQuietModules),
            code->width + 2 * paymentCodeQuietModules};
}

} // namespace relance::uno
