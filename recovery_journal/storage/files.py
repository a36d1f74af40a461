"""Writing a file whole or not at all: a temporary file, fsync, rename, folder fsync.

Used for every file the app writes outside the database (exports, charts, backups),
so a crash, a full disk or a cancel never leaves half a file under the chosen name.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from recovery_journal.storage.location import secure_umask


def write_whole(out: Path, write: Callable[[BinaryIO], object]) -> None:
    """Call ``write(stream)`` into a temporary file beside ``out``, then rename it.

    Raises the ``OSError`` (or whatever ``write`` raised) after removing the temporary
    file; callers turn it into their own message.
    """
    secure_umask()
    handle, temporary = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".part", dir=out.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            write(stream)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, out)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    sync_folder(out.parent)


def sync_folder(folder: Path) -> None:
    """Make a rename durable (where the system allows opening a folder)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
