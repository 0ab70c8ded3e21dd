#!/usr/bin/env bash
# Renders the Extension Manager's icons of Relance (packaging/images/relance.png
# and relance-hc.png, the high-contrast one) from their SVG sources in
# tools/icons/, at 42x42, the size the Extension Manager shows. Run by hand when
# a drawing changes (ImageMagick); the PNGs are committed.
set -euo pipefail
cd "$(dirname "$0")/.."
for name in relance relance-hc; do
  source=tools/icons/${name/relance/relance-icon}.svg
  convert -background none -density 96 "$source" -resize 42x42 -strip "PNG32:packaging/images/$name.png"
done
