"""What the disk or the file system refuses — full, read-only, busy, failing — in words.

SQLite reports these as errors much like a wrong key or a bug; here they become a
StorageError whose message says what is wrong and what to do, so a full disk never
reads as "wrong passphrase" and a read-only file is refused before SQLite opens it.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from pathlib import Path

from recovery_journal.domain.errors import JournalError
from recovery_journal.storage.location import JournalLocation


class StorageError(JournalError):
    """The disk or the file refused a read or write (full, read-only, busy, damaged)."""


class ReadOnlyJournalError(StorageError):
    """journal.db (or its folder) cannot be written, so the journal is not opened at all."""


_SAVING = {
    "full": (
        "There is no space left on the disk, so nothing was saved. Your journal is as it "
        "was. Free some space and try again."
    ),
    "read-only": (
        "The journal's folder or file is read-only, so nothing was saved. Your journal is "
        "as it was. Check the folder's permissions and try again."
    ),
    "busy": (
        "Another program is using the journal right now, so nothing was saved. Try again "
        "in a moment."
    ),
    "damaged": (
        "Part of the journal file could not be read: it may be damaged. Nothing was "
        "changed. Settings → Backups can check the journal and restore a backup."
    ),
    "disk": (
        "The disk reported an error while saving, so nothing was saved. Your journal is "
        "as it was. If this repeats, the disk may be failing: make a portable backup."
    ),
}
_OPENING = {  # before the key is proved, "not a database" means a wrong key: not here
    "full": (
        "There is no space left on the disk, and the journal needs a little room to open. "
        "Free some space and try again. The journal was not changed."
    ),
    "read-only": (
        "The journal's folder or file is read-only, so the journal cannot be opened for "
        "saving. Check the folder's permissions and try again. The journal was not changed."
    ),
    "busy": (
        "Another program is using the journal right now, so it could not be opened. Close "
        "it there, or try again in a moment. The journal was not changed."
    ),
    "disk": (
        "The disk refused to write the journal's working files while opening it: it may be "
        "full, or failing. Free some space and try again; if this repeats, copy your "
        "backups somewhere safe. The journal was not changed."
    ),
    "cannot-open": (
        "The journal's working files could not be created beside it: the folder may be "
        "read-only, or the disk full. Check the folder and try again. The journal was not "
        "changed."
    ),
}


def storage_error(error: Exception, *, opening: bool = False) -> StorageError | None:
    """The user's situation behind a SQLite error, in words; None for a programming error.

    With ``opening`` (the key probe) only the disk's situations count: anything else
    there means the key does not fit, which the caller reports.
    """
    reason = (_OPENING if opening else _SAVING).get(_situation(error) or "")
    return None if reason is None else StorageError(reason)


def _situation(error: Exception) -> str | None:
    name = str(getattr(error, "sqlite_errorname", ""))
    text = str(error).lower()
    if name == "SQLITE_FULL" or "full" in text:
        return "full"
    if name.startswith("SQLITE_READONLY") or "readonly" in text or "read-only" in text:
        return "read-only"
    if name in ("SQLITE_BUSY", "SQLITE_LOCKED") or "locked" in text or "busy" in text:
        return "busy"
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return "damaged"
    if name.startswith("SQLITE_IOERR") or "disk i/o" in text:
        return "disk"
    if name.startswith("SQLITE_CANTOPEN") or "unable to open" in text:
        return "cannot-open"
    return None  # e.g. "no such table": a bug, which must fail loudly


def check_writable(
    location: JournalLocation, can_write: Callable[[Path], bool] | None = None
) -> None:
    """Refuse a read-only journal before SQLite opens it.

    SQLite would open it read-only and create ``-wal``/``-shm`` files with the same
    read-only mode, so saving would stay impossible even after the user fixed the file.
    Read-only working files we left earlier (the journal itself writable again) are
    made writable; ``can_write`` is the permission check (``os.access`` by default).
    """
    writable = can_write or (lambda path: os.access(path, os.W_OK))
    folder, path = location.data_dir, location.db_path
    if not writable(folder):
        raise ReadOnlyJournalError(
            f"The journal's folder {folder} is read-only, so the journal was not opened: "
            "nothing could be saved. Make the folder writable again (or copy it somewhere "
            "writable) and try again. Nothing was changed."
        )
    if not writable(path):
        raise ReadOnlyJournalError(
            f"{path} is read-only, so the journal was not opened: nothing could be saved. "
            "Make the file writable again (in its properties, or with chmod u+w) and try "
            "again. Nothing was changed."
        )
    for companion in location.database_files():
        if companion != path and not writable(companion):
            with contextlib.suppress(OSError):  # ours, left read-only by an earlier open
                os.chmod(companion, 0o600)
            if not writable(companion):
                raise ReadOnlyJournalError(
                    f"{companion} (part of the journal) is read-only, so the journal was not "
                    "opened. Make it writable again and try again. Nothing was changed."
                )
