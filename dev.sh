#!/usr/bin/env bash
# Sets up what a fresh machine lacks (Qt's system libraries, a virtualenv with Tenpoint and its
# test tools), then runs the app, the tests or the linters. Safe to run again: it only installs
# what is missing or changed.
#
#   ./dev.sh app [ARGS...]    start Tenpoint (any `tenpoint` arguments may follow)
#   ./dev.sh test [ARGS...]   run the whole test suite (pytest arguments may follow)
#   ./dev.sh lint             ruff and the import-layer contracts
set -euo pipefail
cd "$(dirname "$0")"

VENV=.venv
PYTHON=${PYTHON:-python3}

# Shared libraries Qt loads offscreen (EGL/GL, fonts, D-Bus, xkbcommon) and on an X11 display
# (the xcb platform plugin).
QT_DEB_PACKAGES=(
  libegl1 libgl1 libglib2.0-0 libfontconfig1 libfreetype6 libdbus-1-3 libxkbcommon0
  fonts-dejavu-core
  libxkbcommon-x11-0 libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
  libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1
  # The Linux build (packaging/build.py) trims Qt's ICU data with icupkg, as and ld.
  icu-devtools binutils
)

log() { printf '[dev.sh] %s\n' "$*" >&2; }

missing_deb_packages() {
  local pkg
  for pkg in "${QT_DEB_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" \
      || printf '%s\n' "$pkg"
  done
}

ensure_system_libraries() {
  command -v dpkg-query >/dev/null 2>&1 || return 0  # not Debian/Ubuntu: see docs/install.md
  local missing
  missing=$(missing_deb_packages)
  [ -z "$missing" ] && return 0
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  log "installing system libraries Qt needs: $(echo $missing | tr '\n' ' ')"
  $sudo apt-get update -qq
  # shellcheck disable=SC2086
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing
}

ensure_python() {
  "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null && return 0
  log "Tenpoint needs Python 3.11 or newer; set PYTHON=/path/to/python3.11"
  exit 1
}

ensure_virtualenv() {
  [ -x "$VENV/bin/python" ] || "$PYTHON" -m venv "$VENV"
  local stamp="$VENV/.tenpoint-installed"
  local wanted
  wanted=$(sha256sum pyproject.toml | cut -d' ' -f1)
  if [ "$(cat "$stamp" 2>/dev/null)" != "$wanted" ]; then
    log "installing Tenpoint and its test tools into $VENV"
    "$VENV/bin/python" -m pip install -q --upgrade pip
    "$VENV/bin/python" -m pip install -q -e '.[test]'
    echo "$wanted" > "$stamp"
  fi
}

setup() {
  ensure_system_libraries
  ensure_python
  ensure_virtualenv
}

command=${1:-}
[ $# -gt 0 ] && shift
case "$command" in
  app)
    setup
    exec "$VENV/bin/tenpoint" "$@"
    ;;
  test)
    setup
    export QT_QPA_PLATFORM=offscreen
    exec "$VENV/bin/python" -m pytest "$@"
    ;;
  lint)
    setup
    "$VENV/bin/ruff" check .
    "$VENV/bin/lint-imports"
    ;;
  *)
    sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
    ;;
esac
