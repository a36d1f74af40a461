"""One program at a time per journal: an OS lock on ``journal.lock`` in the data folder.

The app holds the lock for as long as it runs; commands that replace the journal
(restore, import) take it too, so they never write under an open window. The lock is
the operating system's (``flock`` on POSIX, ``msvcrt.locking`` on Windows), so it
ends with the process that held it — even one that was killed — and never goes stale.
The file also holds the holder's process id, only to name it in the message.

    with InstanceLock(location.data_dir):
        ...  # nobody else has this journal open
"""

from __future__ import annotations

import errno
import os
import sys
from pathlib import Path
from types import TracebackType

from recovery_journal.domain.errors import JournalError
from recovery_journal.storage.location import secure_umask

LOCK_NAME = "journal.lock"
_PID_BYTES = 32  # the process id at the start of the file; Windows locks a byte after it


class InstanceLockError(JournalError):
    """The lock file cannot be created or locked (a read-only or unusable folder)."""


class JournalBusyError(InstanceLockError):
    """Another program (usually another window of this app) has the journal open."""

    def __init__(self, pid: int | None) -> None:
        holder = f" (process {pid})" if pid is not None else ""
        super().__init__(
            f"Recovery Journal is already open with this journal{holder}. "
            "Switch to that window, or close it first. Nothing was changed."
        )
        self.pid = pid


if sys.platform == "win32":
    import msvcrt

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, _PID_BYTES, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError as error:
            if error.errno in (errno.EACCES, errno.EDEADLOCK):
                return False
            raise
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, _PID_BYTES, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


class InstanceLock:
    """An exclusive, non-blocking lock on ``data_dir/journal.lock``, held until released."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = Path(data_dir).expanduser().absolute()
        self.path = self.data_dir / LOCK_NAME
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> None:
        """Take the lock (creating the folder 0700 and the file 0600 if needed).

        Raises JournalBusyError when another process holds it, InstanceLockError when
        the folder or file cannot be used. Taking a lock already held is a no-op.
        """
        if self._fd is not None:
            return
        fd = self._open()
        try:
            if sys.platform != "win32":
                os.fchmod(fd, 0o600)  # a file left by an older version may be wider
            if not _try_lock(fd):
                raise JournalBusyError(_read_pid(fd))
            _write_pid(fd)
        except OSError as error:
            os.close(fd)
            raise InstanceLockError(self._cannot(error)) from error
        except BaseException:
            os.close(fd)
            raise
        self._fd = fd

    def release(self) -> None:
        """Let another program open the journal. Releasing a lock not held is a no-op."""
        fd, self._fd = self._fd, None
        if fd is None:
            return
        try:
            _unlock(fd)
        finally:
            os.close(fd)  # closing alone would release it too; unlocking first says so

    def __enter__(self) -> InstanceLock:
        self.acquire()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.release()

    def _open(self) -> int:
        secure_umask()
        try:
            self.data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as error:
            raise InstanceLockError(self._cannot(error)) from error
        return fd

    def _cannot(self, error: OSError) -> str:
        reason = error.strerror or str(error)
        return (
            f"The journal folder {self.data_dir} cannot be used ({reason}). "
            "Check that it exists, is yours and is writable. Nothing was changed."
        )


def _read_pid(fd: int) -> int | None:
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        text = os.read(fd, _PID_BYTES).decode("ascii").strip()
        return int(text) if text.isdigit() else None
    except (OSError, UnicodeDecodeError):
        return None  # the pid is only for the message; the OS lock is the truth


def _write_pid(fd: int) -> None:
    os.ftruncate(fd, 0)
    os.lseek(fd, 0, os.SEEK_SET)
    os.write(fd, str(os.getpid()).encode("ascii"))
