#!/bin/sh
# Put VP Desktop in your applications menu (for you only, no administrator rights needed).
# Run it from the unpacked folder; move the folder first if you want it somewhere else.
#
#   ./install.sh           add the menu entry and icons
#   ./install.sh --remove  take them away again (your vault is not touched)
set -eu

APP_ID="nl.vpdesktop.VPDesktop"
HERE="$(cd "$(dirname "$0")" && pwd)"
DATA="${XDG_DATA_HOME:-$HOME/.local/share}"
ENTRY="$DATA/applications/$APP_ID.desktop"
SIZES="16 32 48 64 128 256 512"

if [ "${1:-}" = "--remove" ]; then
    rm -f "$ENTRY" "$DATA/icons/hicolor/scalable/apps/$APP_ID.svg" "$DATA/mime/packages/$APP_ID.xml"
    command -v update-mime-database >/dev/null 2>&1 && update-mime-database "$DATA/mime" || true
    for size in $SIZES; do
        rm -f "$DATA/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
    done
    echo "VP Desktop was removed from the applications menu."
    exit 0
fi

case "$HERE" in
    *[\"\`\$\\]*)
        echo "Move this folder to a path without \" \` \$ or \\ first." >&2
        exit 1
        ;;
esac

for size in $SIZES; do
    mkdir -p "$DATA/icons/hicolor/${size}x${size}/apps"
    cp "$HERE/share/icons/hicolor/${size}x${size}/apps/$APP_ID.png" \
        "$DATA/icons/hicolor/${size}x${size}/apps/"
done
mkdir -p "$DATA/icons/hicolor/scalable/apps" "$DATA/applications"
cp "$HERE/share/icons/hicolor/scalable/apps/$APP_ID.svg" "$DATA/icons/hicolor/scalable/apps/"

# The menu entry starts this folder's vp-desktop, quoted in case the path has spaces; %f is
# the vault file a double-click opens.
while IFS= read -r line; do
    case "$line" in
        Exec=*) printf 'Exec="%s" %%f\n' "$HERE/vp-desktop" ;;
        *) printf '%s\n' "$line" ;;
    esac
done < "$HERE/share/applications/$APP_ID.desktop" > "$ENTRY.tmp"
mv "$ENTRY.tmp" "$ENTRY"

# The vault file type (*.vpvault), so a double-click on a vault opens VP Desktop.
mkdir -p "$DATA/mime/packages"
cp "$HERE/share/mime/packages/$APP_ID.xml" "$DATA/mime/packages/$APP_ID.xml"
command -v update-mime-database >/dev/null 2>&1 && update-mime-database "$DATA/mime" || true
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$DATA/applications" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$DATA/icons/hicolor" 2>/dev/null || true
echo "VP Desktop is now in your applications menu."
