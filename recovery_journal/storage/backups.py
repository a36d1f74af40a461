"""Encrypted backups: taking, rotating, checking and restoring them.

A backup is a complete SQLCipher copy of the journal made with ``sqlcipher_export``
(a consistent snapshot, never a raw copy of a live WAL file), written under a
temporary name and renamed into place, so a crash never leaves half a backup that
looks whole. Local backups use the journal's own key; a portable backup uses a
passphrase the user chooses, so it opens on another machine (or in any SQLCipher 4
tool). Restoring never overwrites anything without a copy: the current state is
backed up first (or, when it is damaged, moved aside and kept).
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from recovery_journal.domain.errors import JournalError
from recovery_journal.storage import sqlcipher
from recovery_journal.storage.files import sync_folder
from recovery_journal.storage.journal import (
    APPLICATION_ID,
    Journal,
    NewerSchemaError,
    WrongKeyError,
    open_journal,
)
from recovery_journal.storage.keys import KeySource
from recovery_journal.storage.location import JournalFileError, JournalLocation, secure_umask
from recovery_journal.storage.migrations import ENTRY_TABLES, LATEST_VERSION

DAILY = "daily"
MANUAL = "manual"
BEFORE_RESTORE = "before-restore"
BEFORE_IMPORT = "before-import"
ROTATING = (DAILY, MANUAL)  # one rotation; the "before-…" safety copies have their own
_STAMP = "%Y%m%dT%H%M%SZ"
_NAME = re.compile(r"^(?P<kind>[a-z][a-z0-9-]*?)-(?P<stamp>\d{8}T\d{6}Z)(?:-(?P<n>\d+))?\.db$")
_PARTIAL_PREFIX = ".partial-"
_STALE_PARTIAL_S = 3600


class BackupError(JournalError):
    """A backup could not be made, read or restored; the journal was left as it was."""


class RestoreFailed(BackupError):
    """The restore stopped after the journal was closed; ``journal`` is it, open again."""

    def __init__(self, message: str, journal: Journal) -> None:
        super().__init__(message)
        self.journal = journal


@dataclass(frozen=True)
class Backup:
    """One backup file in the data folder's ``backups/``."""

    path: Path
    kind: str  # daily, manual, before-restore, before-import, before-migration-v3, …
    taken: datetime  # UTC
    size: int


@dataclass(frozen=True)
class BackupCheck:
    """What a backup holds, once it has passed the integrity checks."""

    schema_version: int
    entries: int
    last_entry: datetime | None  # UTC


def list_backups(location: JournalLocation) -> list[Backup]:
    """Every backup, newest first (files that are not ours are ignored)."""
    if not location.backups_dir.is_dir():
        return []
    found = []
    for path in location.backups_dir.iterdir():
        match = _NAME.match(path.name)
        if match is None or not path.is_file():
            continue
        taken = datetime.strptime(match["stamp"], _STAMP).replace(tzinfo=UTC)
        found.append(Backup(path, match["kind"], taken, path.stat().st_size))
    return sorted(found, key=lambda b: (b.taken, b.path.name), reverse=True)


def take_backup(journal: Journal, kind: str, *, keep: int | None = None) -> Backup:
    """Copy the journal into ``backups/`` (whole or not at all); then rotate if ``keep``."""
    location = journal.location
    taken = datetime.now(UTC).replace(microsecond=0)
    destination = _free_name(location, kind, taken)
    _write_copy(journal, destination, journal.key)
    if keep is not None:
        prune(location, keep)
    return Backup(destination, kind, taken, destination.stat().st_size)


def daily_backup_due(location: JournalLocation, today_start: datetime) -> bool:
    """True when no daily or manual backup was taken since ``today_start`` (local midnight)."""
    return not any(b.kind in ROTATING and b.taken >= today_start for b in list_backups(location))


def prune(location: JournalLocation, keep: int) -> list[Path]:
    """Keep the newest ``keep`` daily/manual backups and the newest ``keep`` safety copies."""
    _remove_stale_partials(location)
    backups = list_backups(location)
    removed = []
    for group in (
        [b for b in backups if b.kind in ROTATING],
        [b for b in backups if b.kind not in ROTATING],
    ):
        for backup in group[max(keep, 1) :]:
            backup.path.unlink(missing_ok=True)
            removed.append(backup.path)
    return removed


def write_portable(journal: Journal, destination: Path, passphrase: str) -> Path:
    """One file, encrypted with ``passphrase`` (SQLCipher 4 defaults), for another machine."""
    key = KeySource.from_passphrase(passphrase)
    destination = Path(destination).expanduser().absolute()
    if destination.resolve().parent == journal.location.data_dir.resolve():
        raise BackupError("Please choose a place outside the journal's own folder.")
    _write_copy(journal, destination, key, replace=True)
    return destination


def check_backup(path: Path, key: KeySource) -> BackupCheck:
    """Open ``path`` read-only with ``key`` and run the full integrity checks."""
    with _read_only(path, key) as conn:
        problems = integrity_problems(conn, quick=False)
        if problems:
            raise BackupError(
                f"{path.name} failed its integrity check ({problems[0]}); it cannot be used."
            )
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        if version > LATEST_VERSION:
            raise NewerSchemaError(
                f"{path.name} was made by a newer version of Recovery Journal; please update "
                "the app first."
            )
        return BackupCheck(version, *_entry_facts(conn))


def integrity_problems(conn: sqlcipher.Connection, *, quick: bool) -> list[str]:
    """What SQLite and SQLCipher report as wrong; empty when the file is sound.

    ``quick`` runs ``quick_check`` only (for every unlock); otherwise also every page's
    HMAC (``cipher_integrity_check``), the full ``integrity_check`` and foreign keys.
    """
    try:
        problems = []
        if not quick:
            problems += [str(row[0]) for row in conn.execute("PRAGMA cipher_integrity_check")]
        pragma = "quick_check" if quick else "integrity_check"
        problems += [str(r[0]) for r in conn.execute(f"PRAGMA {pragma}") if r[0] != "ok"]
        if not quick:
            problems += [f"broken link in {r[0]}" for r in conn.execute("PRAGMA foreign_key_check")]
        return problems
    except sqlcipher.ProgrammingError:
        raise  # e.g. a closed connection: a bug, not damage
    except sqlcipher.DatabaseError as error:
        return [f"unreadable: {error}"]


def restore_backup(journal: Journal, source: Path, source_key: KeySource, *, keep: int) -> Journal:
    """Replace the journal's contents with ``source``; returns the journal opened again.

    The source is checked first and the current state is backed up (``before-restore``),
    so a restore can itself be undone by restoring that copy. ``journal`` is closed.
    """
    check_backup(source, source_key)
    take_backup(journal, BEFORE_RESTORE)
    location, key = journal.location, journal.key
    staged = _stage(source, source_key, location, key)
    journal.close()
    try:
        _swap_in(staged, location)
    except BaseException as error:
        staged.unlink(missing_ok=True)
        raise RestoreFailed(str(error), open_journal(location, key)) from error
    prune(location, keep)
    return open_journal(location, key)


def newest_good_backup(
    location: JournalLocation, key: KeySource, *, limit: int = 30
) -> Backup | None:
    """The newest backup (of the newest ``limit``) that opens with ``key`` and is sound."""
    for backup in list_backups(location)[:limit]:
        with contextlib.suppress(JournalError):
            check_backup(backup.path, key)
            return backup
    return None


def recover_damaged(location: JournalLocation, key: KeySource, source: Backup) -> Journal:
    """Put a good backup in place of a damaged journal, which is kept beside it, renamed."""
    check_backup(source.path, key)
    staged = _stage(source.path, key, location, key)
    stamp = datetime.now(UTC).strftime(_STAMP)
    for path in location.database_files():  # the WAL may hold saved entries: keep it too
        suffix = path.name[len(location.db_path.name) :]
        path.rename(location.data_dir / f"{location.db_path.name}.damaged-{stamp}{suffix}")
    _swap_in(staged, location)
    return open_journal(location, key)


# -- helpers ---------------------------------------------------------------------------
def _free_name(location: JournalLocation, kind: str, taken: datetime) -> Path:
    stamp = taken.strftime(_STAMP)
    candidate = location.backups_dir / f"{kind}-{stamp}.db"
    number = 2
    while candidate.exists():
        candidate = location.backups_dir / f"{kind}-{stamp}-{number}.db"
        number += 1
    return candidate


def _write_copy(
    journal: Journal, destination: Path, key: KeySource, *, replace: bool = False
) -> Path:
    """Export under a temporary name, flush it to disk, then rename into place."""
    if destination.exists() and not replace:
        raise BackupError(f"{destination} already exists; it was left as it is.")
    partial = destination.parent / f"{_PARTIAL_PREFIX}{secrets.token_hex(6)}-{destination.name}"
    try:
        journal.export_copy(partial, key)
        _fsync(partial)
        os.replace(partial, destination)
        sync_folder(destination.parent)
    except sqlcipher.DatabaseError as error:
        raise BackupError(f"The backup could not be written: {_reason(error)}") from error
    except OSError as error:
        raise BackupError(f"The backup could not be written: {error.strerror}.") from error
    finally:
        for leftover in destination.parent.glob(partial.name + "*"):
            leftover.unlink(missing_ok=True)
    return destination


def _stage(source: Path, source_key: KeySource, location: JournalLocation, key: KeySource) -> Path:
    """A checked copy of ``source`` under the journal's key, beside the journal file."""
    secure_umask()
    staged = location.data_dir / f"{_PARTIAL_PREFIX}{secrets.token_hex(6)}-restore.db"
    escaped = sqlcipher.uri(str(staged), "rwc").replace("'", "''")
    try:
        with _read_only(source, source_key) as conn:
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            conn.execute(f"ATTACH DATABASE '{escaped}' AS staged KEY {key.pragma_value()}")
            conn.execute("SELECT sqlcipher_export('staged')")
            conn.execute(f"PRAGMA staged.user_version = {version}")
            conn.execute(f"PRAGMA staged.application_id = {APPLICATION_ID}")
            conn.execute("DETACH DATABASE staged")
        _fsync(staged)
    except (sqlcipher.DatabaseError, OSError) as error:
        for leftover in staged.parent.glob(staged.name + "*"):
            leftover.unlink(missing_ok=True)
        raise BackupError(f"The backup could not be copied: {error}") from error
    return staged


def _swap_in(staged: Path, location: JournalLocation) -> None:
    """Rename the staged file over journal.db once no WAL of the old file is left."""
    leftovers = [p for p in location.database_files() if p != location.db_path]
    if leftovers:
        raise BackupError(
            "The journal is still open in another program, so it was not replaced. Close it "
            "there and try again. Nothing was changed."
        )
    os.replace(staged, location.db_path)
    sync_folder(location.data_dir)


@contextlib.contextmanager
def _read_only(path: Path, key: KeySource) -> Iterator[sqlcipher.Connection]:
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


def _entry_facts(conn: sqlcipher.Connection) -> tuple[int, datetime | None]:
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    count, last = 0, None
    for table in ENTRY_TABLES:
        if table not in tables:
            continue
        row = conn.execute(
            f"SELECT count(*), max(at_utc) FROM {table} WHERE deleted_utc IS NULL"
        ).fetchone()
        count += int(row[0])
        if row[1] is not None:
            moment = datetime.fromisoformat(str(row[1]))
            last = moment if last is None or moment > last else last
    return count, last


def _remove_stale_partials(location: JournalLocation) -> None:
    for folder in (location.backups_dir, location.data_dir):
        if not folder.is_dir():
            continue
        for path in folder.glob(_PARTIAL_PREFIX + "*"):
            with contextlib.suppress(OSError):
                if time.time() - path.stat().st_mtime > _STALE_PARTIAL_S:
                    path.unlink()


def _reason(error: Exception) -> str:
    text = str(error).lower()
    if "full" in text:
        return "there is no space left on the disk."
    if "readonly" in text or "unable to open" in text:
        return "the folder cannot be written to."
    return f"{error}."


def _fsync(path: Path) -> None:
    with path.open("rb") as stream:
        os.fsync(stream.fileno())
