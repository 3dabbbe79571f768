#!/usr/bin/env bash
# Sets up what a fresh machine lacks (Qt's system libraries, a virtualenv with Tenpoint and its
# test tools), then runs the app, the tests or the linters. Safe to run again: it only installs
# what is missing or changed.
#
#   ./dev.sh app [ARGS...]    start Tenpoint (any `tenpoint` arguments may follow)
#   ./dev.sh test [ARGS...]   run the whole test suite (pytest arguments may follow)
#   ./dev.sh lint             ruff and the import-layer contracts
#
# Python 3.12 or newer (PYTHON=/path/to/python3.12 to choose one; see README.md).
set -euo pipefail
cd "$(dirname "$0")"

VENV=.venv
# Python 3.11 is refused: with the pinned Qt binding (PySide6 6.12) it loses references to
# None/True/False and aborts (README, "Which Python"). From 3.12 they are immortal.
MIN_PYTHON=(3 12)
PYENV_VERSIONS=${PYENV_ROOT:-$HOME/.pyenv}/versions

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
# What the tests drive besides Qt: LibreOffice through its Python bridge (packages people
# re-save), a real X server with a mouse and keyboard (start and quit the app), poppler's
# pdftotext and pdfinfo (read back the PDF reports), and PostgreSQL.
# The db/ tests also run on a throwaway PostgreSQL server of their own (tests/pg_cluster.py:
# initdb, pg_ctl, pg_dump and pg_restore from the distribution's server package).
TEST_DEB_PACKAGES=(libreoffice-calc-nogui python3-uno xvfb xdotool poppler-utils postgresql)

log() { printf '[dev.sh] %s\n' "$*" >&2; }

missing_deb_packages() {
  local pkg
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" \
      || printf '%s\n' "$pkg"
  done
}

apt_install() {  # what: a few words for the log; then the packages
  local what=$1 missing
  shift
  command -v dpkg-query >/dev/null 2>&1 || return 0  # not Debian/Ubuntu: see docs/install.md
  missing=$(missing_deb_packages "$@")
  [ -z "$missing" ] && return 0
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  log "installing $what: $(echo $missing | tr '\n' ' ')"
  $sudo apt-get update -qq
  # shellcheck disable=SC2086
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing \
    >/dev/null  # errors still reach stderr
}

recent_enough() {  # the interpreter runs, is new enough and can make a virtualenv
  "$1" -c "import sys, venv, ensurepip; sys.exit(sys.version_info[:2] < (${MIN_PYTHON[0]}, ${MIN_PYTHON[1]}))" \
    >/dev/null 2>&1
}

python_candidates() {  # PYTHON first, then the newest names on PATH, then pyenv's builds
  [ -n "${PYTHON:-}" ] && { echo "$PYTHON"; return; }
  local name
  for name in python3.12 python3.13 python3.14 python3; do
    command -v "$name" 2>/dev/null || true
  done
  ls -d "$PYENV_VERSIONS"/3.1[2-9]*/bin/python3 2>/dev/null | sort -V || true
}

find_python() {
  local candidate
  while read -r candidate; do
    [ -n "$candidate" ] && recent_enough "$candidate" && { echo "$candidate"; return 0; }
  done < <(python_candidates)
  return 1
}

install_python_from_apt() {  # Ubuntu 24.04 has python3.12, Debian 13 python3.13
  command -v apt-cache >/dev/null 2>&1 || return 1
  local version
  for version in 3.12 3.13; do
    if apt-cache show "python$version-venv" >/dev/null 2>&1; then
      apt_install "Python $version" "python$version" "python$version-venv" && return 0
    fi
  done
  return 1
}

ensure_python() {
  PYTHON=$(find_python) && return 0
  install_python_from_apt && PYTHON=$(find_python) && return 0
  log "Tenpoint needs Python ${MIN_PYTHON[0]}.${MIN_PYTHON[1]} or newer, with venv; none was found."
  log "  (3.11 cannot be used: with the pinned Qt binding it aborts; see README.md.)"
  log "  Looked for: ${PYTHON:-python3.12, python3.13, python3.14, python3 and $PYENV_VERSIONS/3.1x}"
  log "  Install one, then run this again, for example:"
  log "    Ubuntu 24.04: sudo apt-get install python3.12-venv"
  log "    Debian 13:    sudo apt-get install python3-venv"
  log "    pyenv:        pyenv install 3.12"
  log "  or name it:    PYTHON=/path/to/python3.12 ./dev.sh $command"
  exit 1
}

ensure_virtualenv() {
  if [ -x "$VENV/bin/python" ] && ! recent_enough "$VENV/bin/python"; then
    log "$VENV was made with an older Python; making it again with $PYTHON"
    rm -rf "$VENV"
  fi
  [ -x "$VENV/bin/python" ] || "$PYTHON" -m venv "$VENV"
  local stamp="$VENV/.tenpoint-installed"
  local wanted
  wanted=$( (sha256sum pyproject.toml; "$VENV/bin/python" --version) | sha256sum | cut -d' ' -f1)
  if [ "$(cat "$stamp" 2>/dev/null)" != "$wanted" ]; then
    log "installing Tenpoint and its test tools into $VENV"
    "$VENV/bin/python" -m pip install -q --upgrade pip
    "$VENV/bin/python" -m pip install -q -e '.[test]'
    echo "$wanted" > "$stamp"
  fi
}

setup() {
  apt_install "system libraries Qt needs" "${QT_DEB_PACKAGES[@]}"
  ensure_python
  ensure_virtualenv
  # The interface languages: resources/translations/*.ts as the .qm files the app loads.
  "$VENV/bin/python" tools/translations/update.py --compile >/dev/null
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
    apt_install "what the tests drive" "${TEST_DEB_PACKAGES[@]}"
    export QT_QPA_PLATFORM=offscreen
    exec "$VENV/bin/python" -m pytest "$@"
    ;;
  lint)
    setup
    "$VENV/bin/ruff" check .
    "$VENV/bin/lint-imports"
    ;;
  *)
    sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'
    exit 2
    ;;
esac
