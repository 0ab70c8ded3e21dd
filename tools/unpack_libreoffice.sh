#!/usr/bin/env bash
# Unpacks a second LibreOffice (25.2 from Debian's bookworm-backports) beside the
# system's 7.4, without installing it: `apt-get download` + `dpkg -x` into DEST,
# then the few things the packages' maintainer scripts would have done, made
# relative to DEST. Tests run it by pointing RELANCE_OFFICE_PROGRAM at
# DEST/usr/lib/libreoffice/program.
#
# usage: tools/unpack_libreoffice.sh DEST [SUITE]   (SUITE: bookworm-backports)
# Needs the suite in apt's sources (./run adds it) and an `apt-get update`.
set -euo pipefail

dest=$1
suite=${2:-bookworm-backports}
program=$dest/usr/lib/libreoffice/program
[ -x "$program/soffice.bin" ] && [ -f "$dest/.unpacked" ] && exit 0

# What 7.4's installed packages cannot stand in for: LibreOffice's own packages
# (their versions are pinned to each other), the UNO runtime libraries it is
# built against, the language packs the tests' UIs use (fr, de). Everything
# else 25.2 links to is satisfied by bookworm's libraries; libzxcvbn0 (the
# password-strength meter) is in bookworm but not installed with 7.4.
from_suite=(
  libreoffice-core libreoffice-common libreoffice-uiconfig-common libreoffice-style-colibre
  libreoffice-base-core libreoffice-calc libreoffice-uiconfig-calc
  libreoffice-writer libreoffice-uiconfig-writer
  ure uno-libs-private libuno-sal3 libuno-cppu3 libuno-cppuhelpergcc3-3
  libuno-salhelpergcc3-3 libuno-purpenvhelpergcc3-3
  python3-uno libreoffice-l10n-fr libreoffice-l10n-de fonts-opensymbol
)
from_stable=(libzxcvbn0)

rm -rf "$dest"
mkdir -p "$dest/debs"
packages=()
for package in "${from_suite[@]}"; do packages+=("$package/$suite"); done
# apt-get download writes into the current directory; as root its warning that
# the _apt user cannot write there is harmless.
(cd "$dest/debs" && apt-get download -qq "${packages[@]}" "${from_stable[@]}" 2>&1 \
  | grep -v "unsandboxed as root" || true)
[ "$(ls "$dest/debs"/*.deb | wc -l)" -eq $(( ${#from_suite[@]} + ${#from_stable[@]} )) ] \
  || { echo "unpack_libreoffice: apt-get download failed (is $suite in apt's sources?)" >&2; exit 1; }
for deb in "$dest/debs"/*.deb; do dpkg-deb -x "$deb" "$dest"; done

# libreoffice-common's postinst puts the configuration (main.xcd) under /etc
# with ucf; here the same copy goes under DEST/etc.
cp "$dest/usr/lib/libreoffice/share/.registry/main.xcd" "$dest/etc/libreoffice/registry/main.xcd"

# The packages' absolute links (/etc/libreoffice/..., /var/lib/libreoffice/...)
# point into the system's 7.4: repoint each at the same path inside DEST.
while IFS= read -r link; do
  target=$(readlink "$link")
  mkdir -p "$(dirname "$dest$target")"
  [ -e "$dest$target" ] || mkdir -p "$dest$target"   # spool and prereg folders
  ln -sfn "$(realpath --relative-to="$(dirname "$link")" "$dest$target")" "$link"
done < <(find "$dest" -type l -lname '/*')

# Debian's bootstrap files name /usr/lib/libreoffice and /etc/libreoffice:
# the installation's base is this program folder's parent instead (what
# upstream's own fundamentalrc says), and sofficerc reads DEST's etc.
sed -i 's|^BRAND_BASE_DIR=.*|BRAND_BASE_DIR=${ORIGIN}/..|' "$program/fundamentalrc"
sed -i "s|^FHS_CONFIG_FILE=.*|FHS_CONFIG_FILE=file://$(realpath "$dest")/etc/libreoffice/sofficerc|" \
  "$program/sofficerc"

# 25.2's UNO runtime libraries (libuno_sal.so.3 ...) have the same names as
# 7.4's, which the loader finds in /usr/lib/x86_64-linux-gnu: the launchers put
# DEST's program folder first (the libraries live there and find their unorc
# beside them), then DEST's x86_64-linux-gnu (libzxcvbn).
libs=$(realpath "$program"):$(realpath "$dest/usr/lib/x86_64-linux-gnu")
for launcher in soffice unopkg; do
  sed -i "2i export LD_LIBRARY_PATH=\"$libs\${LD_LIBRARY_PATH:+:\$LD_LIBRARY_PATH}\"" "$program/$launcher"
done
sed -i "s|^export PYTHONPATH=\"/usr/lib/libreoffice/program\"|export PYTHONPATH=\"$(realpath "$program")\"|" \
  "$program/unopkg"

# python3-uno's uno.py names the system's program folder: a test process that
# talks to this LibreOffice needs its own UNO types (7.4's do not know 25.2's
# new interfaces, and the bridge gives up on the first reply that names one),
# so it imports DEST/usr/lib/python3/dist-packages/uno.py, bound to DEST.
sed -i "s|/usr/lib/libreoffice/program|$(realpath "$program")|g" "$dest/usr/lib/python3/dist-packages/uno.py"

rm -rf "$dest/debs"
touch "$dest/.unpacked"
echo "unpack_libreoffice: LibreOffice from $suite in $program"
