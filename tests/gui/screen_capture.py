"""Screenshots of an X display as PNG files: `xwd` (x11-apps) dumps the root
window, this module crops and encodes it. Pure Python (struct, zlib), so the
tests need no image library."""

import os
import struct
import subprocess
import zlib

XWD_HEADER_FIELDS = 25  # CARD32 each, big-endian (X11's XWDFileHeader)
XWD_COLOR_SIZE = 12     # one XWDColor entry
Z_PIXMAP = 2


def capture_root(display):
    """The whole screen of `display` (":N") as (width, height, rows of RGB bytes)."""
    dump = subprocess.run(["xwd", "-root", "-silent", "-display", display],
                          check=True, capture_output=True, timeout=60).stdout
    return decode_xwd(dump)


def decode_xwd(dump):
    header = struct.unpack(">%dI" % XWD_HEADER_FIELDS, dump[:4 * XWD_HEADER_FIELDS])
    (header_size, _version, pixmap_format, depth, width, height, _offset, byte_order,
     _unit, _bit_order, _pad, bits_per_pixel, bytes_per_line, _visual_class,
     red_mask, green_mask, blue_mask, _bits_per_rgb, _map_entries, colors) = header[:20]
    if pixmap_format != Z_PIXMAP or bits_per_pixel != 32 or depth < 24:
        raise ValueError("xwd: only 24-bit TrueColor screens are supported "
                         "(format %d, %d bits per pixel)" % (pixmap_format, bits_per_pixel))
    start = header_size + colors * XWD_COLOR_SIZE
    # Each channel is one byte of the 32-bit pixel: which byte, from its mask
    # and the dump's byte order (0: least significant first).
    offsets = []
    for mask in (red_mask, green_mask, blue_mask):
        shift = (mask & -mask).bit_length() - 1
        if mask != 0xFF << shift or shift % 8:
            raise ValueError("xwd: channel mask %#x is not one byte" % mask)
        offsets.append(shift // 8 if byte_order == 0 else 3 - shift // 8)
    rows = []
    for y in range(height):
        line = dump[start + y * bytes_per_line:start + y * bytes_per_line + 4 * width]
        row = bytearray(3 * width)
        for channel, offset in enumerate(offsets):
            row[channel::3] = line[offset::4]
        rows.append(bytes(row))
    return width, height, rows


def crop(image, x, y, width, height):
    """The part of `image` inside the rectangle, clipped to the screen."""
    screen_width, screen_height, rows = image
    left, top = max(0, x), max(0, y)
    right, bottom = min(screen_width, x + width), min(screen_height, y + height)
    if right <= left or bottom <= top:
        raise ValueError("rectangle %r is off the screen" % ((x, y, width, height),))
    return right - left, bottom - top, [row[3 * left:3 * right] for row in rows[top:bottom]]


def write_png(image, path):
    width, height, rows = image
    raw = b"".join(b"\x00" + row for row in rows)  # filter type 0 on each row

    def chunk(kind, data):
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    with open(path, "wb") as png:
        png.write(b"\x89PNG\r\n\x1a\n")
        png.write(chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)))
        png.write(chunk(b"IDAT", zlib.compress(raw, 6)))
        png.write(chunk(b"IEND", b""))
