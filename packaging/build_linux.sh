#!/usr/bin/env bash
# Build VP Desktop's Linux bundle (PyInstaller, one folder) and the archive advisers download.
#
#   bash packaging/build_linux.sh      (or: make bundle)
#
# Result: dist/vp-desktop/ and dist/vp-desktop-<version>-linux-<arch>.tar.gz, which unpacks to
# vp-desktop-<version>/ holding the app (./vp-desktop), install.sh for the applications menu,
# share/ (desktop entry, AppStream metadata, icons), README.md (docs/end-users.md)
# and HANDLEIDING.md (docs/gebruikershandleiding.md).
# Needs the virtual environment of packaging/bootstrap.sh; installs PyInstaller into it.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PY="$ROOT/.venv/bin/python"
APP_ID="nl.vpdesktop.VPDesktop"
DIST="$ROOT/dist"
BUNDLE="$DIST/vp-desktop"

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

if [ ! -x "$PY" ]; then
    echo "No virtual environment: run 'bash packaging/bootstrap.sh setup' first." >&2
    exit 1
fi
cd "$ROOT"

if ! "$PY" -c 'import PyInstaller' 2>/dev/null; then
    # The version range lives in pyproject.toml's optional "bundle" group.
    mapfile -t requirements < <("$PY" -c 'import tomllib
for r in tomllib.load(open("pyproject.toml", "rb"))["project"]["optional-dependencies"]["bundle"]:
    print(r)')
    say "Installing ${requirements[*]}"
    "$PY" -m pip install -q "${requirements[@]}"
fi

VERSION="$("$PY" -c 'import vp_desktop; print(vp_desktop.__version__)')"
ARCH="$(uname -m)"
ARCHIVE="$DIST/vp-desktop-$VERSION-linux-$ARCH.tar.gz"
started=$SECONDS

if [ -f vp_desktop/ui/i18n.py ]; then
    say "Building translations"
    "$PY" -m vp_desktop.ui.i18n build
fi

say "Bundling VP Desktop $VERSION with PyInstaller"
"$PY" -m PyInstaller --noconfirm --log-level WARN \
    --distpath "$DIST" --workpath "$ROOT/build/pyinstaller" packaging/vp_desktop.spec
bundled=$SECONDS

if [ "${VP_BUNDLE_UNTRIMMED:-}" != "1" ] && command -v strip >/dev/null; then
    say "Stripping symbols (not from the libraries wheels vendor in <name>.libs/)"
    find "$BUNDLE" -type f \( -name '*.so' -o -name '*.so.*' -o -name 'vp-desktop' \) \
        -not -path '*.libs/*' -exec strip --strip-unneeded {} + 2>/dev/null || true
fi

say "Adding desktop integration"
share="$BUNDLE/share"
rm -rf "$share"
install -Dm644 "packaging/linux/$APP_ID.desktop" "$share/applications/$APP_ID.desktop"
install -Dm644 "packaging/linux/$APP_ID.metainfo.xml" "$share/metainfo/$APP_ID.metainfo.xml"
install -Dm644 "packaging/linux/$APP_ID.mime.xml" "$share/mime/packages/$APP_ID.xml"
for png in packaging/icons/vp-desktop-*.png; do
    size="${png##*-}"
    size="${size%.png}"
    install -Dm644 "$png" "$share/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
done
install -Dm644 packaging/icons/vp-desktop.svg "$share/icons/hicolor/scalable/apps/$APP_ID.svg"
install -m755 packaging/linux/install.sh "$BUNDLE/install.sh"
install -m644 docs/end-users.md "$BUNDLE/README.md"
install -m644 docs/gebruikershandleiding.md "$BUNDLE/HANDLEIDING.md"

say "Writing $(basename "$ARCHIVE")"
rm -f "$ARCHIVE"
# Sorted names, fixed owner and timestamps: the same build gives the same archive.
tar --sort=name --owner=0 --group=0 --numeric-owner \
    --mtime="@${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}" \
    --transform "flags=rh;s,^vp-desktop,vp-desktop-$VERSION," \
    -C "$DIST" -cf - vp-desktop | gzip -n -6 > "$ARCHIVE"

finished=$SECONDS
say "Done in $((finished - started)) s (PyInstaller $((bundled - started)) s)"
printf '    bundle   %s  %s\n' "$(du -sh "$BUNDLE" | cut -f1)" "$BUNDLE"
printf '    archive  %s  %s\n' "$(du -sh "$ARCHIVE" | cut -f1)" "$ARCHIVE"
