#!/bin/sh
# Builds dist/minga_<version>_<arch>.deb from the frozen app in dist/minga/ with the
# standard Debian tools (dpkg-deb, run under fakeroot when available).
#   installer/linux/build-deb.sh
# Installs to /opt/minga, with /usr/bin/minga, a desktop entry, the icon and the MIME
# type of bundles. User data stays in each user's data folder and is never touched.
set -eu
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
FROZEN="$ROOT/dist/minga"
[ -x "$FROZEN/minga" ] || { echo "build the frozen app first: python build_spec.py" >&2; exit 1; }
VERSION=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' "$ROOT/desktop/minga/__init__.py")
ARCH=$(dpkg --print-architecture)
STAGE="$ROOT/build/deb/minga_${VERSION}_${ARCH}"
rm -rf "$STAGE"
mkdir -p "$STAGE/DEBIAN" "$STAGE/opt" "$STAGE/usr/bin" "$STAGE/usr/share/applications" \
         "$STAGE/usr/share/icons/hicolor/256x256/apps" "$STAGE/usr/share/icons/hicolor/scalable/apps" \
         "$STAGE/usr/share/mime/packages" "$STAGE/usr/share/doc/minga"
cp -a "$FROZEN" "$STAGE/opt/minga"
ln -s /opt/minga/minga "$STAGE/usr/bin/minga"
cp "$ROOT/installer/linux/minga.desktop" "$STAGE/usr/share/applications/minga.desktop"
cp "$ROOT/resources/icons/minga.png" "$STAGE/usr/share/icons/hicolor/256x256/apps/minga.png"
cp "$ROOT/resources/icons/minga.svg" "$STAGE/usr/share/icons/hicolor/scalable/apps/minga.svg"
cp "$ROOT/installer/linux/minga-mime.xml" "$STAGE/usr/share/mime/packages/minga.xml"
cp "$ROOT/README.md" "$STAGE/usr/share/doc/minga/README.md"
SIZE=$(du -sk "$STAGE" | cut -f1)
cat > "$STAGE/DEBIAN/control" <<CONTROL
Package: minga
Version: $VERSION
Architecture: $ARCH
Maintainer: Minga <minga@example.cl>
Installed-Size: $SIZE
Section: education
Priority: optional
Depends: libc6, libegl1, libgl1, libxkbcommon0, libxkbcommon-x11-0, libfontconfig1, libdbus-1-3, libxcb-cursor0
Homepage: https://minga.example.cl
Description: notebook of the rural microcentre, without internet
 Minga keeps the classroom practices, sessions, exit tickets and self-assessments of a
 rural microcentre in Chile on each teacher's laptop, and moves signed, encrypted
 bundles between teachers and their advisor by USB stick or e-mail.
CONTROL
cat > "$STAGE/DEBIAN/postinst" <<'POSTINST'
#!/bin/sh
set -e
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q || true
command -v update-mime-database >/dev/null 2>&1 && update-mime-database /usr/share/mime || true
exit 0
POSTINST
cp "$STAGE/DEBIAN/postinst" "$STAGE/DEBIAN/postrm"
chmod 755 "$STAGE/DEBIAN/postinst" "$STAGE/DEBIAN/postrm"
OUT="$ROOT/dist/minga_${VERSION}_${ARCH}.deb"
if command -v fakeroot >/dev/null 2>&1; then
    fakeroot dpkg-deb --build --root-owner-group "$STAGE" "$OUT" >/dev/null
else
    dpkg-deb --build --root-owner-group "$STAGE" "$OUT" >/dev/null
fi
echo "$OUT"
