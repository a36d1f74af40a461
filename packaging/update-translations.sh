#!/usr/bin/env bash
# Update the translation catalogues from the code, then compile them for the app.
#
#   bash packaging/update-translations.sh           # every recovery_journal/translations/*.ts
#   bash packaging/update-translations.sh xx        # also start a catalogue for language xx
#
# lupdate adds texts new in the code (marked unfinished, for a translator) and drops
# texts the code no longer has; lrelease writes the .qm files the app loads. Commit both.
# tests/test_translations_catalog.py fails while a catalogue is behind the code.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"

bin=${PYSIDE6_BIN:-}
if [ -z "$bin" ]; then
    for candidate in .venv/bin "$(dirname "$(command -v python3)")"; do
        if [ -x "$candidate/pyside6-lupdate" ]; then bin=$candidate; break; fi
    done
fi
if [ -z "$bin" ] || [ ! -x "$bin/pyside6-lupdate" ]; then
    echo "update-translations: pyside6-lupdate not found (set PYSIDE6_BIN to its folder)" >&2
    exit 1
fi

folder=recovery_journal/translations
mkdir -p "$folder"
for language in "$@"; do
    ts="$folder/recovery_journal_$language.ts"
    [ -e "$ts" ] || printf '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="%s"></TS>\n' "$language" > "$ts"
done

mapfile -t sources < <(find recovery_journal -name '*.py' -not -path '*/__pycache__/*' | LC_ALL=C sort)
shopt -s nullglob
catalogues=("$folder"/recovery_journal_*.ts)
if [ ${#catalogues[@]} -eq 0 ]; then
    echo "update-translations: no catalogues in $folder (name a language to start one)" >&2
    exit 1
fi
"$bin/pyside6-lupdate" -silent -no-obsolete -locations relative "${sources[@]}" -ts "${catalogues[@]}"
for ts in "${catalogues[@]}"; do
    "$bin/pyside6-lrelease" -silent "$ts" -qm "${ts%.ts}.qm"
done
echo "update-translations: ${catalogues[*]} updated and compiled"
