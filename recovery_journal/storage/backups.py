"""Encrypted backups: taking, rotating, checking and restoring them.

A backup is a complete SQLCipher copy of the journal made with ``sqlcipher_export``
(a consistent snapshot, never a raw copy of a live WAL file), written under a
temporary name and renamed into place (see ``copies``), so a crash never leaves half
a backup that looks whole. Local backups use the journal's own key; a portable backup
uses a passphrase the user chooses, so it opens on another machine (or in any
SQLCipher 4 tool). Restoring never overwrites anything without a copy: the current
state is backed up first (or, when it is damaged, renamed aside and kept).
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import shutil
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from recovery_journal.domain.errors import JournalError
from recovery_journal.domain.record import record
from recovery_journal.storage import copies, sqlcipher
from recovery_journal.storage.copies import STAMP
from recovery_journal.storage.copies import BackupError as BackupError
from recovery_journal.storage.files import sync_folder
from recovery_journal.storage.journal import (
    REKEY_FAILED,
    Journal,
    NewerSchemaError,
    RekeyFailedError,
    StorageError,
    WrongKeyError,
    open_journal,
)
from recovery_journal.storage.keys import KeySource
from recovery_journal.storage.location import (
    JournalFileError,
    JournalLocation,
    JournalMeta,
    MetaWriteError,
)
from recovery_journal.storage.migrations import ENTRY_TABLES, LATEST_VERSION

DAILY = "daily"
MANUAL = "manual"
BEFORE_RESTORE = "before-restore"
BEFORE_IMPORT = "before-import"
BEFORE_MIGRATION = "before-migration"  # + "-v<old version>"
ROTATING = (DAILY, MANUAL)  # each keeps its own newest N; the "before-…" copies too
_NAME = re.compile(r"^(?P<kind>[a-z][a-z0-9-]*?)-(?P<stamp>\d{8}T\d{6}Z)(?:-(?P<n>\d+))?\.db$")
Progress = Callable[[int, int], object]
REKEYED_PREFIX = ".rekeyed-"  # a whole copy under a new key, waiting to replace its original
_REKEY_SPARE_BYTES = 256 * 1024


class RestoreFailed(BackupError):
    """The restore stopped after the journal was closed; ``journal`` is it, open again."""

    def __init__(self, message: str, journal: Journal) -> None:
        super().__init__(message)
        self.journal = journal


@record
class Backup:
    """One backup file in the data folder's ``backups/``."""

    path: Path
    kind: str  # daily, manual, before-restore, before-import, before-migration-v3, …
    taken: datetime  # UTC
    size: int


@record
class BackupCheck:
    """What a backup holds, once it has passed the integrity checks."""

    schema_version: int
    entries: int
    last_entry: datetime | None  # UTC


@record
class Restored:
    """A finished restore: the journal open again, and where the state before it is kept."""

    journal: Journal
    kept: Path  # a before-restore backup, or the damaged journal file renamed aside
    damaged: bool  # True: the journal could not be copied, so ``kept`` is the file itself


def list_backups(location: JournalLocation) -> list[Backup]:
    """Every backup, newest first (files that are not ours are ignored)."""
    if not location.backups_dir.is_dir():
        return []
    found = []
    for path in location.backups_dir.iterdir():
        match = _NAME.match(path.name)
        if match is None or not path.is_file():
            continue
        taken = datetime.strptime(match["stamp"], STAMP).replace(tzinfo=UTC)
        number = int(match["n"] or 1)  # -2, -3…: taken later within the same second
        found.append((taken, number, Backup(path, match["kind"], taken, path.stat().st_size)))
    found.sort(key=lambda item: (item[0], item[1], item[2].path.name), reverse=True)
    return [backup for _, _, backup in found]


def take_backup(journal: Journal, kind: str, *, keep: int | None = None) -> Backup:
    """Copy the journal into ``backups/`` (whole or not at all); then rotate if ``keep``."""
    location = journal.location
    taken = datetime.now(UTC).replace(microsecond=0)
    destination = _free_name(location, kind, taken)
    copies.write_copy(journal, destination, journal.key, replace=False)
    if keep is not None:
        prune(location, keep)
    return Backup(destination, kind, taken, destination.stat().st_size)


def daily_backup_due(location: JournalLocation, today_start: datetime) -> bool:
    """True when no daily or manual backup was taken since ``today_start`` (local midnight)."""
    return not any(b.kind in ROTATING and b.taken >= today_start for b in list_backups(location))


def prune(location: JournalLocation, keep: int) -> list[Path]:
    """Keep the newest ``keep`` daily, the newest ``keep`` manual and ``keep`` safety copies.

    Daily and manual backups rotate apart, so pressing "Back up now" often never
    removes the daily history.
    """
    copies.remove_stale_partials(location)
    backups = list_backups(location)
    groups = [[b for b in backups if b.kind == kind] for kind in ROTATING]
    groups.append([b for b in backups if b.kind not in ROTATING])
    removed = []
    for group in groups:
        for backup in group[max(keep, 1) :]:
            backup.path.unlink(missing_ok=True)
            removed.append(backup.path)
    return removed


def write_portable(
    journal: Journal, destination: Path, passphrase: str, *, replace: bool = False
) -> Path:
    """One file, encrypted with ``passphrase`` (SQLCipher 4 defaults), for another machine.

    An existing ``destination`` is replaced only with ``replace`` (the user said so).
    """
    key = KeySource.from_passphrase(passphrase)
    destination = Path(destination).expanduser().absolute()
    if destination.resolve().parent == journal.location.data_dir.resolve():
        raise BackupError("Please choose a place outside the journal's own folder.")
    return copies.write_copy(journal, destination, key, replace=replace)


def check_backup(path: Path, key: KeySource) -> BackupCheck:
    """Open ``path`` read-only with ``key`` and run the full integrity checks."""
    with copies.open_read_only(path, key) as conn:
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


def restore_backup(journal: Journal, source: Path, source_key: KeySource, *, keep: int) -> Restored:
    """Replace the journal's contents with ``source``; ``journal`` is closed.

    The source is checked first. The current state is backed up (``before-restore``), so
    a restore can itself be undone; a journal too damaged to copy is renamed aside and
    kept instead (never deleted).
    """
    check_backup(source, source_key)
    before = _before_restore_copy(journal)
    location, key = journal.location, journal.key
    staged = copies.stage(source, source_key, location.data_dir, key)
    journal.close()
    try:
        set_aside = copies.swap_in(staged, location, set_aside=before is None)
    except BaseException as error:
        staged.unlink(missing_ok=True)
        raise RestoreFailed(str(error), open_journal(location, key)) from error
    prune(location, keep)
    kept = before.path if before is not None else (set_aside or location.db_path)
    return Restored(open_journal(location, key), kept, damaged=before is None)


def restore_over_damaged(
    location: JournalLocation, key: KeySource, source: Path, source_key: KeySource | None = None
) -> Restored:
    """Put ``source`` in place of a journal that is damaged (or will not open at all).

    The journal's files are renamed ``journal.db.damaged-…`` and kept. ``key`` is the
    journal's own key, which the restored journal is encrypted with.
    """
    check_backup(source, source_key or key)
    staged = copies.stage(source, source_key or key, location.data_dir, key)
    try:
        kept = copies.swap_in(staged, location, set_aside=True)
    except BaseException:
        staged.unlink(missing_ok=True)
        raise
    return Restored(open_journal(location, key), kept or location.db_path, damaged=True)


def newest_good_backup(
    location: JournalLocation, key: KeySource, *, limit: int = 30, progress: Progress | None = None
) -> Backup | None:
    """The newest backup (of the newest ``limit``) that opens with ``key`` and is sound."""
    found = newest_good_with_check(location, key, limit=limit, progress=progress)
    return None if found is None else found[0]


def newest_good_with_check(
    location: JournalLocation, key: KeySource, *, limit: int = 30, progress: Progress | None = None
) -> tuple[Backup, BackupCheck] | None:
    """The newest good backup and what it holds; ``progress(done, total)`` after each one."""
    candidates = list_backups(location)[:limit]
    for done, backup in enumerate(candidates, start=1):
        with contextlib.suppress(JournalError):
            return backup, check_backup(backup.path, key)
        if progress is not None:
            progress(done, len(candidates))
    return None


def recover_damaged(location: JournalLocation, key: KeySource, source: Backup) -> Journal:
    """Put a good backup in place of a damaged journal, which is kept beside it, renamed."""
    return restore_over_damaged(location, key, source.path).journal


def rekey_with_backups(
    journal: Journal, new_key: KeySource, meta: JournalMeta | None = None
) -> int:
    """Re-encrypt the journal and every local backup under ``new_key``; returns backups moved.

    ``meta`` (how the journal is now unlocked) is written beside it, then, in order: the
    backups are copied under the new key (``.rekeyed-<name>``), the journal is re-keyed
    and read back, ``meta`` is renamed into place, and the copies replace their originals.
    A failure before the last step leaves journal, backups and journal.json under the old
    key (RekeyFailedError). A crash after the journal's re-key leaves whole copies that
    ``finish_interrupted_rekey`` puts in place at the next unlock. Backups that do not
    open with the journal's current key (damaged, or from before an older change) are left.
    """
    location, old_key = journal.location, journal.key
    finish_interrupted_rekey(journal)
    journal.checkpoint()  # the re-key then rewrites the WAL from its start
    _check_room(location)
    staged: list[Path] = []
    prepared = None
    try:
        prepared = None if meta is None else location.prepare_meta(meta)
        for backup in list_backups(location):
            copy = _restaged(backup.path, old_key, new_key)
            if copy is not None:
                staged.append(copy)
        journal.rekey(new_key)
    except (BackupError, MetaWriteError) as error:
        _discard(location, staged, prepared)
        raise _not_changed(error) from error
    except BaseException:
        _discard(location, staged, prepared)
        raise
    if prepared is not None:
        _commit_meta(journal, prepared, old_key, staged)
    try:
        for copy in staged:
            os.replace(copy, _original(copy))
    except OSError as error:
        raise BackupError(
            f"The passphrase was changed, but some backups could not be moved to it yet "
            f"({copies.reason(error)}) This is finished the next time the journal is unlocked."
        ) from error
    if staged:
        sync_folder(location.backups_dir)
    return len(staged)


def finish_interrupted_rekey(journal: Journal) -> int:
    """Put in place the re-encrypted copies a key change left when it was interrupted.

    A ``.rekeyed-<name>`` copy is whole (it is renamed so only once written and flushed).
    If it opens with the journal's current key, the journal was re-keyed before the
    interruption, so the copy replaces ``<name>``; otherwise the change never happened
    and the copy (under a key nothing uses) is removed. Returns the copies put in place.
    """
    folder = journal.location.backups_dir
    if not folder.is_dir():
        return 0
    finished = 0
    for copy in sorted(folder.glob(REKEYED_PREFIX + "*")):
        try:
            with copies.open_read_only(copy, journal.key) as conn:
                sound = not integrity_problems(conn, quick=True)
        except (WrongKeyError, JournalFileError):
            sound = False
        except BackupError:
            continue  # it could not be read at all (the disk): tried again next time
        try:
            if not sound:
                copy.unlink(missing_ok=True)
                continue
            os.replace(copy, _original(copy))
        except OSError:
            continue  # a folder that refuses renames now: the copy stays, tried again next time
        finished += 1
    if finished:
        sync_folder(folder)
    return finished


# -- helpers ---------------------------------------------------------------------------
def _before_restore_copy(journal: Journal) -> Backup | None:
    """The ``before-restore`` backup; None when the journal is damaged, so not copyable."""
    if integrity_problems(journal.db.conn, quick=True):
        return None
    try:
        return take_backup(journal, BEFORE_RESTORE)
    except BackupError as error:
        if copies.is_damage(error.__cause__):
            return None
        raise


def _restaged(path: Path, old_key: KeySource, new_key: KeySource) -> Path | None:
    """``path`` copied under ``new_key`` as ``.rekeyed-<name>``; None when it cannot be read.

    A damaged backup is left even when the copy would succeed: the copy reads only the
    tables, so it would look sound while the damage (and what it hid) went unnoticed.
    """
    try:
        with copies.open_read_only(path, old_key) as conn:
            if integrity_problems(conn, quick=False):
                return None
        partial = copies.stage(path, old_key, path.parent, new_key)
    except BackupError as error:
        if copies.is_damage(error.__cause__):
            return None
        raise  # the disk (full, read-only): stop, and change nothing
    except JournalError:  # another key, or not ours: nothing the change can do for it
        return None
    rekeyed = path.with_name(REKEYED_PREFIX + path.name)
    try:
        os.replace(partial, rekeyed)  # whole and on disk: from now on it is never swept
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise BackupError(f"The backup could not be copied: {copies.reason(error)}") from error
    return rekeyed


def _original(rekeyed: Path) -> Path:
    return rekeyed.with_name(rekeyed.name.removeprefix(REKEYED_PREFIX))


def _check_room(location: JournalLocation) -> None:
    """Refuse early when the journal's new copy (in its WAL) and the backups' cannot fit."""
    sizes = [path.stat().st_size for path in location.database_files()]
    sizes += [backup.size for backup in list_backups(location)]
    needed = sum(sizes) * 101 // 100 + _REKEY_SPARE_BYTES
    free = _free_space(location.data_dir)
    if free < needed:
        raise RekeyFailedError(
            "The disk is full: the passphrase was not changed. The journal and its backups "
            f"are re-encrypted side by side, which needs about {_megabytes(needed)} free "
            f"({_megabytes(free)} is). Free some space and try again."
        )


def _free_space(folder: Path) -> int:
    return shutil.disk_usage(folder).free


def _megabytes(size: int) -> str:
    return f"{max(size, 1) / 1_000_000:.1f} MB"


def _not_changed(error: BackupError | MetaWriteError) -> RekeyFailedError:
    """A copy or journal.json could not be written before the journal changed: say so."""
    cause = error.__cause__
    full = isinstance(cause, OSError) and cause.errno in (errno.ENOSPC, errno.EDQUOT)
    if full or "full" in str(cause).lower():
        return RekeyFailedError(REKEY_FAILED)
    return RekeyFailedError(f"{error} The passphrase was not changed.")


def _discard(location: JournalLocation, staged: list[Path], prepared: Path | None) -> None:
    for copy in staged:
        copy.unlink(missing_ok=True)
    if prepared is not None:
        location.discard_meta(prepared)


def _commit_meta(journal: Journal, prepared: Path, old_key: KeySource, staged: list[Path]) -> None:
    """Rename journal.json into place; if even that fails, put the journal back as it was."""
    try:
        journal.location.commit_meta(prepared)
    except MetaWriteError as error:
        try:
            journal.rekey(old_key)  # the WAL already has the room, so this should fit
        except RekeyFailedError:
            raise StorageError(  # the copies under the new key are finished at next unlock
                f"{error} The journal could not be put back under its old key either, so it "
                "now opens only with the new one. Free some space and make the same change "
                "again."
            ) from error
        _discard(journal.location, staged, None)
        raise RekeyFailedError(f"{error} The passphrase was not changed.") from error


def _free_name(location: JournalLocation, kind: str, taken: datetime) -> Path:
    """``kind-stamp.db``, or ``kind-stamp-N.db`` numbered above every backup of that second."""
    stamp = taken.strftime(STAMP)
    numbers = [
        int(match["n"] or 1)
        for path in location.backups_dir.glob(f"{kind}-{stamp}*.db")
        if (match := _NAME.match(path.name)) is not None and match["kind"] == kind
    ]
    number = max(numbers, default=0) + 1
    suffix = "" if number == 1 else f"-{number}"
    return location.backups_dir / f"{kind}-{stamp}{suffix}.db"


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
