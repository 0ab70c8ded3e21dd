#!/usr/bin/env bash
# Draws the toolbar icons of the Relance menu (packaging/images/*-16.png and
# *-26.png, the sizes LibreOffice asks an add-on for) with ImageMagick. Run by
# hand when an icon changes; the PNGs are committed.
set -euo pipefail
cd "$(dirname "$0")/../packaging/images"
draw() { # name size draw-commands (coordinates on a 64-pixel grid, scaled down)
  local name=$1 size=$2; shift 2
  convert -size 256x256 xc:none -stroke '#1c4f82' -strokewidth 10 -fill '#ffffff' "$@" \
    -resize "${size}x${size}" -strip "PNG32:${name}-${size}.png"
}
for size in 16 26; do
  # an envelope: reminder letters
  draw write-letters $size -draw "rectangle 16,52 240,204" -fill none -draw "polyline 16,52 128,140 240,52"
  # a calendar with instalment rows: payment plan
  draw payment-plan $size -draw "rectangle 24,40 232,232" -fill '#1c4f82' -draw "rectangle 24,40 232,92" \
    -fill '#d9822b' -stroke none -draw "rectangle 56,120 104,156" -draw "rectangle 152,120 200,156" \
    -draw "rectangle 56,180 104,212"
  # a table with a highlighted last column: analysis columns
  draw analysis-columns $size -draw "rectangle 16,32 240,224" -fill '#d9822b' -draw "rectangle 168,32 240,224" \
    -fill none -draw "line 16,96 240,96" -draw "line 16,160 240,160" -draw "line 92,32 92,224"
done
# The sidebar deck's tab: an envelope over three rising bars (the register at
# a glance, then the letters), and its high-contrast twin.
deck() { # name stroke fill accent
  convert -size 256x256 xc:none -stroke "$2" -strokewidth 12 -fill "$3" \
    -draw "rectangle 20,28 236,148" -fill none -draw "polyline 20,28 128,100 236,28" \
    -fill "$4" -stroke none -draw "rectangle 40,176 88,236" -draw "rectangle 104,196 152,236" \
    -draw "rectangle 168,160 216,236" -resize 24x24 -strip "PNG32:$1.png"
}
deck sidebar-deck '#1c4f82' '#ffffff' '#d9822b'
deck sidebar-deck-hc '#ffffff' '#000000' '#ffffff'
