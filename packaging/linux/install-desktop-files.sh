#!/usr/bin/env bash
# Adds Recovery Journal to this user's application menu (for a pipx or other Python install):
# the desktop entry, the AppStream metadata and the icons, under ~/.local/share (or
# $XDG_DATA_HOME). The entry starts the `recovery-journal` found on PATH, by its full path,
# because a desktop session's PATH often lacks ~/.local/bin. `--uninstall` removes them.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
icons=$(cd "$here/../../recovery_journal/resources/icons" && pwd)
app_id=io.github.recoveryjournal.RecoveryJournal
data=${XDG_DATA_HOME:-$HOME/.local/share}
desktop=$data/applications/$app_id.desktop
metainfo=$data/metainfo/$app_id.metainfo.xml
hicolor=$data/icons/hicolor

refresh_caches() {
  if command -v update-desktop-database >/dev/null; then
    update-desktop-database -q "$data/applications" || true
  fi
  if command -v gtk-update-icon-cache >/dev/null; then
    gtk-update-icon-cache -q -t -f "$hicolor" 2>/dev/null || true
  fi
}

if [ "${1:-}" = "--uninstall" ]; then
  rm -f "$desktop" "$metainfo" "$hicolor"/*/apps/"$app_id".png "$hicolor/scalable/apps/$app_id.svg"
  refresh_caches
  echo "Removed Recovery Journal from the application menu."
  exit 0
fi

command=$(command -v recovery-journal || true)
if [ -z "$command" ]; then
  echo "install-desktop-files: recovery-journal is not on PATH; install the app first" >&2
  echo "  (pipx install .), then run this again." >&2
  exit 1
fi

install -d "$data/applications" "$data/metainfo"
exec_value=$command
case $command in *[[:space:]]*) exec_value="\"$command\"" ;; esac  # the spec's quoting
sed "s|^Exec=recovery-journal|Exec=$exec_value|" "$here/$app_id.desktop" >"$desktop"
chmod 644 "$desktop"
install -m 644 "$here/$app_id.metainfo.xml" "$metainfo"
for png in "$icons"/hicolor/*/apps/"$app_id".png; do
  size=$(basename "$(dirname "$(dirname "$png")")")
  install -D -m 644 "$png" "$hicolor/$size/apps/$app_id.png"
done
install -D -m 644 "$icons/$app_id.svg" "$hicolor/scalable/apps/$app_id.svg"
refresh_caches
echo "Added Recovery Journal to the application menu ($desktop, starting $command)."
