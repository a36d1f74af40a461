"""The real app, started twice on one journal: the second start is refused, nothing changes."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from recovery_journal.storage.instance_lock import LOCK_NAME, InstanceLock, JournalBusyError
from tests.conftest import PASSPHRASE, run_cli
from tests.filesnap import folder_snapshot

START_TIMEOUT_S = 60


def app_command() -> list[str]:
    app = Path(sys.executable).with_name("recovery-journal")
    return [str(app)] if app.exists() else [sys.executable, "-m", "recovery_journal"]


def app_env() -> dict[str, str]:
    """HOME and XDG folders are already in tmp (conftest); no display, no session bus."""
    return dict(os.environ, QT_QPA_PLATFORM="offscreen", DBUS_SESSION_BUS_ADDRESS="disabled:")


def wait_until_locked_by(process: subprocess.Popen[str], data_dir: Path) -> None:
    """Poll until ``process`` holds the journal's lock (its pid is written after locking)."""
    lock_file = data_dir / LOCK_NAME
    deadline = time.monotonic() + START_TIMEOUT_S
    while not (lock_file.exists() and lock_file.read_text() == str(process.pid)):
        if process.poll() is not None:
            pytest.fail(f"the first instance ended early: {process.communicate()[1]}")
        if time.monotonic() > deadline:
            pytest.fail("the first instance did not take the lock in time")
        time.sleep(0.05)  # a separate process: there is no signal to wait on
    with pytest.raises(JournalBusyError):
        InstanceLock(data_dir).acquire()


def test_a_second_start_on_an_open_journal_is_refused_and_changes_nothing(
    data_dir: Path,
) -> None:
    code, _, err = run_cli(
        "--data-dir", str(data_dir), "--passphrase-stdin", "init", stdin=PASSPHRASE + "\n"
    )
    assert code == 0, err
    first = subprocess.Popen(  # waits at the passphrase prompt, holding the lock
        [*app_command(), "--data-dir", str(data_dir)],
        env=app_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        wait_until_locked_by(first, data_dir)
        before = folder_snapshot(data_dir)
        second = subprocess.run(
            [*app_command(), "--data-dir", str(data_dir), "--quit-after-start"],
            env=app_env(),
            capture_output=True,
            text=True,
            timeout=START_TIMEOUT_S,
            check=False,
        )
        assert second.returncode == 1, second.stderr
        assert "Recovery Journal is already open with this journal" in second.stderr
        assert f"(process {first.pid})" in second.stderr
        assert "Traceback" not in second.stderr
        assert folder_snapshot(data_dir) == before
        assert first.poll() is None, "the first window is left alone"
    finally:
        first.terminate()
        first.communicate(timeout=START_TIMEOUT_S)
    with InstanceLock(data_dir) as lock:
        assert lock.held, "the lock ends with the first instance"
