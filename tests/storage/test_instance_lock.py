"""One program at a time per journal folder; the OS lock never outlives its holder."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from recovery_journal.storage.instance_lock import (
    LOCK_NAME,
    InstanceLock,
    InstanceLockError,
    JournalBusyError,
)

HOLD_UNTIL_STDIN_CLOSES = (
    "import sys\n"
    "from pathlib import Path\n"
    "from recovery_journal.storage.instance_lock import InstanceLock\n"
    "InstanceLock(Path(sys.argv[1])).acquire()\n"
    "print('locked', flush=True)\n"
    "sys.stdin.read()\n"
)


def test_a_second_lock_on_the_folder_is_refused_naming_the_holder(data_dir: Path) -> None:
    first = InstanceLock(data_dir)
    first.acquire()
    try:
        with pytest.raises(JournalBusyError, match=rf"already open .*process {os.getpid()}\)"):
            InstanceLock(data_dir).acquire()
    finally:
        first.release()


def test_a_released_lock_can_be_taken_again(data_dir: Path) -> None:
    with InstanceLock(data_dir) as first:
        assert first.held
    assert not first.held
    second = InstanceLock(data_dir)
    second.acquire()
    assert second.held
    second.release()
    second.release()  # a second release is harmless


def test_the_lock_file_is_private_and_the_new_folder_too(tmp_path: Path) -> None:
    folder = tmp_path / "new" / "journal"
    with InstanceLock(folder):
        assert stat.S_IMODE((folder / LOCK_NAME).stat().st_mode) == 0o600
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700


def test_a_killed_holder_leaves_no_stale_lock(data_dir: Path) -> None:
    child = subprocess.Popen(
        [sys.executable, "-c", HOLD_UNTIL_STDIN_CLOSES, str(data_dir)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "locked"
        with pytest.raises(JournalBusyError) as refused:
            InstanceLock(data_dir).acquire()
        assert refused.value.pid == child.pid
        assert f"(process {child.pid})" in str(refused.value)
    finally:
        child.send_signal(signal.SIGKILL)
        child.communicate(timeout=30)
    assert child.returncode == -signal.SIGKILL
    with InstanceLock(data_dir) as lock:
        assert lock.held, "the OS dropped the killed process's lock"
        assert (data_dir / LOCK_NAME).read_text() == str(os.getpid())


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write anywhere")
def test_a_read_only_folder_gets_a_clear_message(tmp_path: Path) -> None:
    folder = tmp_path / "locked-down"
    folder.mkdir(mode=0o500)
    try:
        with pytest.raises(InstanceLockError, match="cannot be used.*Nothing was changed"):
            InstanceLock(folder).acquire()
    finally:
        folder.chmod(0o700)
    assert list(folder.iterdir()) == []


def test_a_file_in_the_way_of_the_folder_gets_a_clear_message(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with pytest.raises(InstanceLockError, match="cannot be used.*Nothing was changed"):
        InstanceLock(blocker / "journal").acquire()
    assert blocker.read_text() == "x"
