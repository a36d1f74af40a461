"""``--self-test`` proves a build works: window, chart, PDF, keyring, one line each."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from recovery_journal.self_test import run_self_test
from recovery_journal.services.access import JournalAccess, JournalOpener
from recovery_journal.services.journal_service import JournalService
from recovery_journal.storage.keys import SystemKeyring
from recovery_journal.storage.location import JournalLocation


def _run_app(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """``python -m recovery_journal ARGS`` offscreen, with its temp folder in ``tmp_path``."""
    temp = tmp_path / "tmp"
    temp.mkdir(exist_ok=True)
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        DBUS_SESSION_BUS_ADDRESS="disabled:",
        TMPDIR=str(temp),
    )
    return subprocess.run(
        [sys.executable, "-m", "recovery_journal", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
        stdin=subprocess.DEVNULL,
    )


def test_demo_self_test_passes_every_step_and_leaves_no_files(tmp_path: Path) -> None:
    result = _run_app(tmp_path, "--demo", "--self-test")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert [line.split(" (")[0].split(":")[1].strip() for line in lines] == [
        "window ok",
        "chart ok",
        "pdf ok",
        "keyring backend",
        "all ok",
    ], result.stdout
    shown = int(lines[0].removeprefix("self-test: window ok (Today page, entries shown: ")[:-1])
    assert shown > 0
    assert lines[1].startswith("self-test: chart ok (dose, ")
    pdf_bytes = int(lines[2].removeprefix("self-test: pdf ok (").split()[0])
    assert pdf_bytes > 10_000
    # No session bus here: the keyring is found but is not a usable system keyring.
    assert "not a usable system keyring" in lines[3]
    assert "SecretService" in lines[3]
    assert list((tmp_path / "tmp").iterdir()) == []  # demo journal and PDF are gone


def test_self_test_without_a_keyring_explains_and_creates_nothing(tmp_path: Path) -> None:
    journal = tmp_path / "journal"
    result = _run_app(tmp_path, "--data-dir", str(journal), "--self-test")
    assert result.returncode == 1
    assert "self-test: failed: cannot open the journal without asking" in result.stderr
    assert "passphrase" in result.stderr
    assert not list(journal.glob("*.db*"))
    assert list((tmp_path / "tmp").iterdir()) == []


def test_self_test_on_a_normal_journal(
    qapp: QApplication,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    memory_keyring: SystemKeyring,
) -> None:
    from recovery_journal.domain.models import Dose
    from recovery_journal.domain.timeutil import now

    location = JournalLocation(tmp_path / "journal")
    opener = JournalOpener(JournalAccess(location, lambda: memory_keyring))
    journal, _, _ = opener.open_silently()
    assert journal is not None
    service = JournalService(journal)
    service.log(Dose(at=now() - timedelta(hours=2), amount=2.5, unit="g"), product_name="Mine")
    journal.close()

    code = run_self_test(qapp, opener, now, expect_entries=True, keyring=lambda: memory_keyring)
    out = capsys.readouterr().out
    assert code == 0, out
    assert "self-test: window ok (Today page, entries shown: 1)" in out
    assert "self-test: pdf ok (" in out
    assert out.rstrip().endswith("self-test: all ok")
