"""No journal text on disk outside explicit exports: a scripted session, then a byte scan.

A child process runs a whole session in the real app (offscreen) with its own HOME, XDG
folders and TMPDIR: entries whose texts carry a random marker, the Log searched for it,
every chart, the summary preview with private notes, a backup, lock and unlock. Then
every file in those folders — and anything new in the system temp folder — is read as
raw bytes and must not contain the marker in UTF-8 or UTF-16.
"""

from __future__ import annotations

import os
import secrets
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def encodings(marker: str) -> list[bytes]:
    return [marker.encode(codec) for codec in ("utf-8", "utf-16-le", "utf-16-be")]


def files_under(folder: Path, newer_than: float | None = None) -> list[Path]:
    found = []
    for root, _dirs, names in os.walk(folder):
        for name in names:
            path = Path(root) / name
            try:
                info = path.lstat()
            except OSError:
                continue
            if not path.is_file() or path.is_symlink() or info.st_size > 200_000_000:
                continue
            if newer_than is None or info.st_mtime >= newer_than:
                found.append(path)
    return found


def leaks(paths: list[Path], needles: list[bytes]) -> list[str]:
    hits = []
    for path in paths:
        try:
            data = path.read_bytes()
        except OSError:
            continue
        if any(needle in data for needle in needles):
            hits.append(str(path))
    return hits


@pytest.mark.slow
def test_a_whole_session_leaves_no_journal_text_on_disk(tmp_path: Path) -> None:
    marker = f"zqLeak{secrets.token_hex(8)}"
    home, temp = tmp_path / "home", tmp_path / "tmp"
    for folder in (home, temp):
        folder.mkdir()
    env = dict(
        os.environ,
        HOME=str(home),
        TMPDIR=str(temp),
        XDG_DATA_HOME=str(home / ".local/share"),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_CACHE_HOME=str(home / ".cache"),
        XDG_STATE_HOME=str(home / ".local/state"),
        XDG_RUNTIME_DIR=str(home / "runtime"),
        QT_QPA_PLATFORM="offscreen",
        DBUS_SESSION_BUS_ADDRESS="disabled:",
        PYTHONPATH=str(REPO),
    )
    env.pop("MPLCONFIGDIR", None)
    started = time.time()
    result = subprocess.run(
        [sys.executable, str(REPO / "tests" / "leak_session.py")],
        input=f"{marker}\ncorrect horse battery\n",
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert result.stdout.strip().endswith("done"), result.stderr[-3000:]
    data = home / ".local/share/RecoveryJournal"
    assert (data / "journal.db").is_file() and list((data / "backups").iterdir())
    scanned = files_under(home) + files_under(temp)
    system_temp = Path(tempfile.gettempdir())
    scanned += [p for p in files_under(system_temp, started) if tmp_path not in p.parents]
    assert len(scanned) >= 3
    assert leaks(scanned, encodings(marker)) == []
    # the scan can fail: the same marker in a file is found
    probe = temp / "probe.txt"
    probe.write_text(f"x {marker} y", encoding="utf-16-le")
    assert leaks([probe], encodings(marker)) == [str(probe)]
