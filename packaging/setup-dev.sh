#!/usr/bin/env bash
# Installs what Recovery Journal needs to run and to be tested, then makes .venv.
# Debian/Ubuntu packages are installed when run as root; otherwise the exact
# apt-get line is printed. Safe to run again: it only does what is missing.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"

APT_PACKAGES=(
  # Qt's runtime libraries (offscreen and X11/xcb platforms)
  libgl1 libegl1 libfontconfig1 libfreetype6 libxkbcommon0 libxkbcommon-x11-0 libdbus-1-3
  libglib2.0-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-randr0
  libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libxcb-xinerama0 fonts-dejavu-core
  # tests: a virtual screen, a private D-Bus with a real Secret Service, PDF tools, strace
  xvfb xauth dbus dbus-x11 gnome-keyring poppler-utils strace
  # packaging: validators for the .desktop file and the AppStream metadata; PyInstaller
  # reads binaries with objdump (binutils)
  desktop-file-utils appstream binutils
)

missing_packages() {
  command -v dpkg-query >/dev/null || return 0
  local pkg
  for pkg in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || echo "$pkg"
  done
}

if command -v apt-get >/dev/null; then
  mapfile -t missing < <(missing_packages)
  if [ "${#missing[@]}" -gt 0 ]; then
    if [ "$(id -u)" = 0 ]; then
      echo "setup: installing ${#missing[@]} Debian packages" >&2
      export DEBIAN_FRONTEND=noninteractive
      apt-get update -qq
      apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    else
      echo "setup: please install these packages first, then run this again:" >&2
      echo "  sudo apt-get install -y ${missing[*]}" >&2
      exit 1
    fi
  fi
fi

python=${PYTHON:-python3}
if ! "$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
  echo "setup: Python 3.11 or newer is needed ($python is $("$python" --version 2>&1))" >&2
  exit 1
fi

stamp=.venv/.installed-$(sha256sum pyproject.toml | cut -c1-16)
if [ ! -f "$stamp" ]; then
  echo "setup: creating .venv with the app and its test tools" >&2
  "$python" -m venv .venv
  .venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip >/dev/null
  .venv/bin/python -m pip install -q --disable-pip-version-check -e '.[test]' 2>&1 \
    | { grep -v -e 'is ignored: it is neither' -e '^ *$' || true; } >&2
  rm -f .venv/.installed-*
  touch "$stamp"
fi
