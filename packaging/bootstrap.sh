#!/usr/bin/env bash
# Set up VP Desktop in a local virtual environment, then start the app or run the tests.
#
#   packaging/bootstrap.sh run     install what is needed and start VP Desktop
#   packaging/bootstrap.sh test    install what is needed and run the whole test suite headless
#   packaging/bootstrap.sh setup   only install
#
# System packages (Debian/Ubuntu) are installed with apt-get when missing: Qt's runtime libraries,
# python3-venv, and poppler-utils (the tests read report PDFs with pdftotext/pdftoppm). Python
# packages come in the exact versions of packaging/requirements.lock (regenerate it with
# pip-compile after changing the dependencies in pyproject.toml: see packaging/README.md).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"
MODE="${1:-run}"
shift || true

QT_PACKAGES=(libgl1 libegl1 libfontconfig1 libxkbcommon0 libglib2.0-0 libdbus-1-3
             libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0
             libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 fonts-dejavu-core)
TOOL_PACKAGES=(python3-venv poppler-utils desktop-file-utils appstream)

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

install_system_packages() {
    if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
        say "Not a Debian/Ubuntu system: make sure Qt's runtime libraries are installed."
        return
    fi
    local missing=()
    for pkg in "${QT_PACKAGES[@]}" "${TOOL_PACKAGES[@]}"; do
        # Some names differ between releases; a package apt does not know is skipped.
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed"; then
            missing+=("$pkg")
        fi
    done
    [ ${#missing[@]} -eq 0 ] && return
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    say "Installing system packages: ${missing[*]}"
    $sudo apt-get update -q
    local available=()
    for pkg in "${missing[@]}"; do
        if apt-cache show "$pkg" >/dev/null 2>&1; then available+=("$pkg"); fi
    done
    [ ${#available[@]} -gt 0 ] && \
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends \
        "${available[@]}"
}

find_python() {
    for candidate in python3.13 python3.12 python3.11 python3; do
        if command -v "$candidate" >/dev/null 2>&1 && "$candidate" -c \
            'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' 2>/dev/null; then
            echo "$candidate"
            return
        fi
    done
    echo "VP Desktop needs Python 3.11 or newer." >&2
    exit 1
}

setup_venv() {
    local python
    python="$(find_python)"
    if [ ! -x "$VENV/bin/python" ]; then
        say "Creating the virtual environment in .venv"
        "$python" -m venv "$VENV"
    fi
    local lock="$ROOT/packaging/requirements.lock"
    local stamp="$VENV/.installed-$(cat "$ROOT/pyproject.toml" "$ROOT/setup.py" "$lock" | sha256sum | cut -c1-16)"
    if [ ! -f "$stamp" ]; then
        say "Installing VP Desktop and its dependencies (exact versions from packaging/requirements.lock)"
        "$VENV/bin/python" -m pip install -q --upgrade pip
        # The all-in-one PySide6 and PySide6-Addons wheels of older set-ups share QtPdf's files
        # with PySide6-Pdf: removing them after the new wheels are in would delete QtPdf.
        "$VENV/bin/python" -m pip uninstall -q -y PySide6 PySide6-Addons 2>/dev/null || true
        "$VENV/bin/python" -m pip install -q -r "$lock"
        # Editable: the build compiles the translations next to their sources (setup.py).
        "$VENV/bin/python" -m pip install -q --no-deps -e "$ROOT"
        rm -f "$VENV"/.installed-*
        touch "$stamp"
    fi
}

install_system_packages
setup_venv

case "$MODE" in
    run)
        exec "$VENV/bin/vp-desktop" "$@"
        ;;
    test)
        cd "$ROOT"
        export QT_QPA_PLATFORM=offscreen
        # Two worker processes: most of the suite waits on SQLCipher and subprocesses, and the
        # tests share no state (each has its own vault, temp folder and Qt objects).
        exec "$VENV/bin/python" -m pytest -n 2 "$@"
        ;;
    setup)
        say "Ready: .venv/bin/vp-desktop starts the app."
        ;;
    *)
        echo "usage: packaging/bootstrap.sh [run|test|setup] [arguments]" >&2
        exit 2
        ;;
esac
