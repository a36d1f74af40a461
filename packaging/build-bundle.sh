#!/usr/bin/env bash
# Builds the one-folder app bundle dist/recovery-journal/ with PyInstaller, then runs the
# bundle's --self-test (demo journal, offscreen, no session bus) and fails if it fails.
# Prints the bundle's size and the build time. Run it again to rebuild.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"
bash packaging/setup-dev.sh

if ! .venv/bin/python -c "import PyInstaller" 2>/dev/null; then
  # The version wanted is the `bundle` extra in pyproject.toml.
  mapfile -t wanted < <(.venv/bin/python -c 'import tomllib
print(*tomllib.load(open("pyproject.toml", "rb"))["project"]["optional-dependencies"]["bundle"], sep="\n")')
  echo "bundle: installing ${wanted[*]} into .venv" >&2
  .venv/bin/python -m pip install -q --disable-pip-version-check "${wanted[@]}" 2>&1 \
    | { grep -v -e 'is ignored: it is neither' -e '^ *$' || true; } >&2
fi

echo "== bundle: building dist/recovery-journal with PyInstaller"
start=$(date +%s)
rm -rf dist/recovery-journal
.venv/bin/python -m PyInstaller --noconfirm --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/recovery-journal.spec
seconds=$(($(date +%s) - start))
app=dist/recovery-journal/recovery-journal
[ -x "$app" ] || app=dist/recovery-journal/recovery-journal.exe

echo "== bundle: self-test"
# A throwaway home: the self-test leaves nothing in the real one (settings, font caches).
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
HOME=$scratch XDG_CONFIG_HOME=$scratch/config XDG_DATA_HOME=$scratch/data \
  XDG_CACHE_HOME=$scratch/cache XDG_STATE_HOME=$scratch/state \
  QT_QPA_PLATFORM=offscreen DBUS_SESSION_BUS_ADDRESS=disabled: \
  "$app" --demo --self-test </dev/null
echo "bundle: ok, dist/recovery-journal is $(du -sh dist/recovery-journal | cut -f1)," \
  "built in $((seconds / 60)) min $((seconds % 60)) s"
