#!/usr/bin/env bash
# Sets up everything Second Opinion needs on Debian/Ubuntu: system libraries for Qt (and, with
# --dev, the PDF tools the tests use), a virtual environment in .venv with pinned packages, and
# the app itself installed into it. Safe to run again: it only adds what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

DEV=0
[ "${1:-}" = "--dev" ] && DEV=1

QT_LIBS="libegl1 libgl1 libfontconfig1 libdbus-1-3 libglib2.0-0 libxkbcommon0 libx11-6 libgssapi-krb5-2"
GUI_LIBS="libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 libxcb-shape0 libxkbcommon-x11-0"
DEV_TOOLS="poppler-utils qpdf desktop-file-utils appstream xvfb gettext"
# The font sets a desktop usually has (printing pulls in the Ghostscript fonts): the layout tests
# run once with the bundled DejaVu only and once with these, so the window is proven against both.
DEV_FONTS="fonts-urw-base35 fonts-noto-core"

pick_python() {
  for py in python3.13 python3.12 python3.11 python3; do
    if command -v "$py" >/dev/null 2>&1 &&
       "$py" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' 2>/dev/null; then
      echo "$py"; return 0
    fi
  done
  return 1
}

missing_debs() {
  local wanted="$1" out=""
  command -v dpkg-query >/dev/null 2>&1 || { echo ""; return; }
  for p in $wanted; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || out="$out $p"
  done
  echo "$out"
}

PY=$(pick_python) || { echo "Second Opinion needs Python 3.11 or newer (sudo apt-get install python3)." >&2; exit 1; }

wanted="$QT_LIBS"
[ "$DEV" = 1 ] && wanted="$wanted $DEV_TOOLS $DEV_FONTS"
[ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && wanted="$wanted $GUI_LIBS"
"$PY" -m venv --help >/dev/null 2>&1 && "$PY" -c 'import ensurepip' 2>/dev/null || wanted="$wanted python3-venv"
missing=$(missing_debs "$wanted")
if [ -n "$missing" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing system packages:$missing"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >/dev/null
  else
    echo "Some system packages are missing. Install them with:" >&2
    echo "  sudo apt-get install -y$missing" >&2
    exit 1
  fi
fi

if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
stamp=".venv/.installed-$(cat pyproject.toml requirements/constraints.txt | sha256sum | cut -c1-16)-$DEV"
if [ ! -f "$stamp" ]; then
  .venv/bin/python -m pip install -q --upgrade pip
  extra=""
  [ "$DEV" = 1 ] && extra="[dev]"
  .venv/bin/python -m pip install -q -c requirements/constraints.txt -e ".$extra"
  rm -f .venv/.installed-*
  touch "$stamp"
fi
# The GUI's translations (.ts -> .qm): built, not committed (packaging/translations.py says why).
.venv/bin/python packaging/translations.py
