#!/bin/sh
# Installs the Debian/Ubuntu libraries that Qt's offscreen and xcb platforms need,
# only when one is missing. Used by `make run`/`make test` and by .ci/run.
set -e
missing=""
for lib in libEGL.so.1 libGL.so.1 libxkbcommon.so.0 libfontconfig.so.1 libdbus-1.so.3 \
           libxkbcommon-x11.so.0 libxcb-cursor.so.0 libxcb-icccm.so.4 libxcb-keysyms.so.1 \
           libxcb-shape.so.0 libxcb-render-util.so.0 libxcb-image.so.0; do
    ldconfig -p 2>/dev/null | grep -q "$lib" || missing="$missing $lib"
done
command -v fc-list >/dev/null 2>&1 && fc-list | grep -qi dejavu || missing="$missing fonts"
[ -z "$missing" ] && exit 0
if ! command -v apt-get >/dev/null 2>&1; then
    echo "Qt needs these system libraries:$missing. Install them with your package manager." >&2
    exit 0
fi
SUDO=""
[ "$(id -u)" = "0" ] || SUDO="sudo"
echo "Installing system libraries for Qt:$missing"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends \
    libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 \
    libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-render-util0 \
    libxcb-image0 libxcb-xinerama0 libxcb-randr0 libglib2.0-0 fonts-dejavu-core >/dev/null
