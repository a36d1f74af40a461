"""Encrypted copies of a journal file: written whole, opened read-only, swapped into place.

Every copy is made with ``sqlcipher_export`` into a temporary ``.partial-…`` name,
flushed to disk and only then renamed, so a crash or a full disk never leaves a file
that looks whole. A journal that is being replaced while damaged is never deleted: its
files are renamed ``journal.db.damaged-<stamp>`` (with its ``-wal``/``-shm``) and kept.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from recovery_journal.domain.errors import JournalError
from recovery_journal.storage import sqlcipher
from recovery_journal.storage.files import sync_folder
from recovery_journal.storage.journal import APPLICATION_ID, WrongKeyError
from recovery_journal.storage.keys import KeySource
from recovery_journal.storage.location import JournalFileError, JournalLocation, secure_umask

if TYPE_CHECKING:
    from recovery_journal.storage.journal import Journal

PARTIAL_PREFIX = ".partial-"
STAMP = "%Y%m%dT%H%M%SZ"
_STALE_PARTIAL_S = 3600
_DAMAGE_WORDS = ("malformed", "not a database", "corrupt")


class BackupError(JournalError):
    """A backup could not be made, read or restored; the journal was left as it was."""


def write_copy(journal: Journal, destination: Path, key: KeySource, *, replace: bool) -> Path:
    """Export under a temporary name, flush it to disk, then rename into place."""
    if destination.exists() and not replace:
        raise BackupError(f"{destination} already exists; it was left as it is.")
    partial = destination.parent / f"{PARTIAL_PREFIX}{secrets.token_hex(6)}-{destination.name}"
    try:
        journal.export_copy(partial, key)
        fsync_file(partial)
        os.replace(partial, destination)
        sync_folder(destination.parent)
    except sqlcipher.DatabaseError as error:
        raise BackupError(f"The backup could not be written: {reason(error)}") from error
    except OSError as error:
        raise BackupError(f"The backup could not be written: {error.strerror}.") from error
    finally:
        for leftover in destination.parent.glob(partial.name + "*"):
            leftover.unlink(missing_ok=True)
    return destination


def stage(source: Path, source_key: KeySource, folder: Path, key: KeySource) -> Path:
    """A copy of ``source`` under ``key`` in ``folder``, with a temporary name, on disk."""
    secure_umask()
    staged = folder / f"{PARTIAL_PREFIX}{secrets.token_hex(6)}-restore.db"
    escaped = sqlcipher.uri(str(staged), "rwc").replace("'", "''")
    try:
        with open_read_only(source, source_key) as conn:
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            conn.execute(f"ATTACH DATABASE '{escaped}' AS staged KEY {key.pragma_value()}")
            conn.execute("SELECT sqlcipher_export('staged')")
            conn.execute(f"PRAGMA staged.user_version = {version}")
            conn.execute(f"PRAGMA staged.application_id = {APPLICATION_ID}")
            conn.execute("DETACH DATABASE staged")
        fsync_file(staged)
    except (sqlcipher.DatabaseError, OSError) as error:
        for leftover in staged.parent.glob(staged.name + "*"):
            leftover.unlink(missing_ok=True)
        raise BackupError(f"The backup could not be copied: {reason(error)}") from error
    return staged


def swap_in(staged: Path, location: JournalLocation, *, set_aside: bool) -> Path | None:
    """Rename ``staged`` over journal.db; returns where the old files went if ``set_aside``.

    Without ``set_aside`` the old journal must be closed (no WAL left); with it, the old
    files (damaged, so not copied first) are renamed and kept, and put back on failure.
    """
    moved = _set_aside(location) if set_aside else []
    try:
        leftovers = [p for p in location.database_files() if p != location.db_path]
        if leftovers:
            raise BackupError(
                "The journal is still open in another program, so it was not replaced. Close "
                "it there and try again. Nothing was changed."
            )
        os.replace(staged, location.db_path)
    except BaseException:
        for original, renamed in reversed(moved):
            os.replace(renamed, original)
        raise
    sync_folder(location.data_dir)
    return moved[0][1] if moved else None


def _set_aside(location: JournalLocation) -> list[tuple[Path, Path]]:
    """Rename journal.db and its WAL files (which may hold saved entries) ``.damaged-…``."""
    stamp = datetime.now(UTC).strftime(STAMP)
    base = location.db_path.name
    number, tag = 2, f".damaged-{stamp}"
    while any(location.data_dir.glob(f"{base}{tag}*")):
        tag, number = f".damaged-{stamp}-{number}", number + 1
    moved: list[tuple[Path, Path]] = []
    for path in location.database_files():
        renamed = location.data_dir / f"{base}{tag}{path.name[len(base) :]}"
        os.replace(path, renamed)
        moved.append((path, renamed))
    return moved


@contextlib.contextmanager
def open_read_only(path: Path, key: KeySource) -> Iterator[sqlcipher.Connection]:
    """A read-only connection to a backup, once ``key`` has proved to open it."""
    if not path.is_file():
        raise BackupError(f"There is no backup file at {path}.")
    try:
        conn = sqlcipher.connect(str(path), create=False, read_only=True)
    except sqlcipher.DatabaseError as error:
        raise BackupError(f"{path.name} could not be opened: {error}") from error
    try:
        try:
            conn.execute("PRAGMA cipher_log_level = NONE")
            conn.execute(f"PRAGMA key = {key.pragma_value()}")
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher.DatabaseError:
            what = "passphrase" if key.is_passphrase else "journal's key"
            raise WrongKeyError(
                f"The {what} does not open {path.name}: it is protected differently, damaged, "
                "or not a backup."
            ) from None
        if int(conn.execute("PRAGMA application_id").fetchone()[0]) != APPLICATION_ID:
            raise JournalFileError(f"{path.name} opens, but it is not a Recovery Journal backup.")
        yield conn
    finally:
        conn.close()


def is_damage(error: BaseException | None) -> bool:
    """True when SQLite failed because the file's contents are damaged (not the disk)."""
    if not isinstance(error, sqlcipher.DatabaseError):
        return False
    return any(word in str(error).lower() for word in _DAMAGE_WORDS)


def remove_stale_partials(location: JournalLocation) -> None:
    """Temporary files an interrupted copy left behind (an hour old: never one in use)."""
    for folder in (location.backups_dir, location.data_dir):
        if not folder.is_dir():
            continue
        for path in folder.glob(PARTIAL_PREFIX + "*"):
            with contextlib.suppress(OSError):
                if time.time() - path.stat().st_mtime > _STALE_PARTIAL_S:
                    path.unlink()


def reason(error: Exception) -> str:
    """Why a copy failed, in words; the end of a sentence."""
    text = str(error).lower()
    if "full" in text:
        return "there is no space left on the disk."
    if "readonly" in text or "unable to open" in text:
        return "the folder cannot be written to."
    if "disk i/o" in text:
        return "the disk refused the write (it may be full, or failing)."
    if isinstance(error, OSError) and error.strerror:
        return f"{error.strerror}."
    return f"{error}."


def fsync_file(path: Path) -> None:
    with path.open("rb") as stream:
        os.fsync(stream.fileno())
