"""Opening, creating and re-keying the encrypted journal database.

The rules that protect the user's data live here: opening never creates a file,
creating never replaces one, and a key that does not fit is reported without
touching the file.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

from recovery_journal.domain.errors import JournalError
from recovery_journal.storage import sqlcipher
from recovery_journal.storage.disk_errors import StorageError as StorageError
from recovery_journal.storage.disk_errors import check_writable, storage_error
from recovery_journal.storage.keys import KeySource
from recovery_journal.storage.location import JournalFileError, JournalLocation, secure_umask
from recovery_journal.storage.migrations import LATEST_VERSION, migrate, schema_version
from recovery_journal.storage.sqlcipher import Database

APPLICATION_ID = 0x524A4E4C  # "RJNL": marks a SQLCipher file as ours
_PLAIN_SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000


class WrongKeyError(JournalError):
    """The key or passphrase does not open the journal file."""


class NewerSchemaError(JournalError):
    """The journal was written by a newer version of the app."""


class RekeyFailedError(StorageError):
    """The journal could not be re-encrypted (the disk filled); it keeps its old key."""


REKEY_FAILED = "The disk is full: the passphrase was not changed. Free some space and try again."


@contextlib.contextmanager
def _translated(db: Database) -> Iterator[Database]:
    try:
        with db.atomic():
            yield db
    except sqlcipher.DatabaseError as error:
        translated = storage_error(error)
        if translated is None:
            raise
        raise translated from error


class Journal:
    """An open, unlocked journal: the database and where it lives."""

    def __init__(self, db: Database, location: JournalLocation, key: KeySource) -> None:
        self.db = db
        self.location = location
        self._key = key

    @property
    def uses_passphrase(self) -> bool:
        return self._key.is_passphrase

    @property
    def key(self) -> KeySource:
        """What unlocks this journal (for storage code that copies or restores it)."""
        return self._key

    def transaction(self) -> contextlib.AbstractContextManager[Database]:
        """One write transaction; nested calls become savepoints.

        A full disk, a read-only file or a busy database becomes a StorageError with a
        message for the user; the transaction is rolled back, so nothing is half-saved.
        """
        return _translated(self.db)

    def checkpoint(self) -> None:
        """Move the WAL into the file and empty it (best effort: a reader may hold it)."""
        with contextlib.suppress(sqlcipher.DatabaseError):
            self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def close(self) -> None:
        self.checkpoint()
        self.db.close()

    def rekey(self, new_key: KeySource) -> None:
        """Re-encrypt the whole journal under a new key, proved by reading it back.

        SQLCipher's ``PRAGMA rekey`` answers "ok" even when the disk filled part-way and
        the file kept its old key (the connection is then unusable). So this connection
        and a fresh one must both read the journal with the new key; otherwise the
        connection is replaced by one under the key that opens the file, and a
        RekeyFailedError says the change did not happen.
        """
        try:
            self.db.execute(f"PRAGMA rekey = {new_key.pragma_value()}")
            self.db.execute("SELECT count(*) FROM sqlite_master").fetchone()
            _prove_key(self.location.db_path, new_key)
        except sqlcipher.ProgrammingError:
            raise  # e.g. inside a transaction, or closed: a bug, not the disk
        except (sqlcipher.DatabaseError, JournalError) as error:
            self._key = self._reconnect(self._key, new_key)
            if self._key != new_key:
                raise RekeyFailedError(REKEY_FAILED) from error
            return  # it took after all (the fresh connection opens it with the new key)
        self._key = new_key

    def _reconnect(self, *keys: KeySource) -> KeySource:
        """Replace the connection with one under whichever of ``keys`` opens the file.

        The ``Database`` object stays (services hold it); only its connection changes,
        so SQL functions registered on the old one are registered again when next used.
        """
        with contextlib.suppress(sqlcipher.DatabaseError):
            self.db.conn.close()  # the last connection: its unfinished WAL frames go too
        path = self.location.db_path
        for key in keys:
            try:
                conn = sqlcipher.connect(str(path), create=False)
                fresh = _unlock(conn, key, path, must_be_journal=True)
            except WrongKeyError:
                continue
            self.db.reconnected(fresh.conn)
            return key
        raise StorageError(
            f"{path} no longer opens with the old or the new key after the change failed. "
            "Do not delete anything; restore the newest backup (Settings → Backups)."
        )

    def export_copy(self, destination: Path, key: KeySource | None = None) -> Path:
        """An encrypted, consistent copy of the journal (under ``key``, default its own).

        ``sqlcipher_export`` reads inside one read transaction, so the copy is a
        consistent snapshot even while the live file is in WAL mode.
        """
        if destination.exists():
            raise JournalFileError(f"{destination} already exists; it was left as it is.")
        secure_umask()  # the copy is created by SQLite with the process umask
        destination.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        escaped = str(destination).replace("'", "''")
        copy_key = (key or self._key).pragma_value()
        self.db.execute(f"ATTACH DATABASE '{escaped}' AS copy KEY {copy_key}")
        try:
            self.db.execute("SELECT sqlcipher_export('copy')")
            version = schema_version(self.db)
            self.db.execute(f"PRAGMA copy.user_version = {version}")
            self.db.execute(f"PRAGMA copy.application_id = {APPLICATION_ID}")
        finally:
            self.db.execute("DETACH DATABASE copy")
        return destination


def create_journal(location: JournalLocation, key: KeySource) -> Journal:
    """Create a new, empty journal; refuses if any journal file is already there."""
    location.ensure_folder()
    existing = location.database_files()
    if existing:
        raise JournalFileError(f"A journal already exists at {existing[0]}; it was left as it is.")
    conn = sqlcipher.connect(str(location.db_path), create=True)
    db = _unlock(conn, key, location.db_path, must_be_journal=False)
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    migrate(db)
    return Journal(db, location, key)


def open_journal(
    location: JournalLocation, key: KeySource, *, target_version: int = LATEST_VERSION
) -> Journal:
    """Open an existing journal, migrating it (after a backup) when it is older."""
    path = location.db_path
    _check_file(path)
    check_writable(location)
    conn = sqlcipher.connect(str(path), create=False)
    db = _unlock(conn, key, path, must_be_journal=True)
    journal = Journal(db, location, key)
    try:
        version = schema_version(db)
        if version > LATEST_VERSION:
            raise NewerSchemaError(
                f"{path} was written by a newer version of Recovery Journal "
                f"(schema {version}; this version knows up to {LATEST_VERSION}). "
                "Please update the app; the journal was not changed."
            )
        if version < target_version:
            _back_up_before_migration(journal, version)
            migrate(db, target_version)
    except BaseException:
        db.close()
        raise
    return journal


def _back_up_before_migration(journal: Journal, version: int) -> None:
    """The whole-or-nothing copy every update of the file format starts with."""
    from recovery_journal.storage import backups  # it builds on this module

    try:
        backups.take_backup(journal, f"{backups.BEFORE_MIGRATION}-v{version}")
    except backups.BackupError as error:
        raise backups.BackupError(
            f"This version of Recovery Journal updates the journal's format, and backs it up "
            f"first. {error} The journal was not changed."
        ) from error


def _check_file(path: Path) -> None:
    if not path.exists():
        raise JournalFileError(f"There is no journal at {path}.")
    if not path.is_file():
        raise JournalFileError(f"{path} is not a file.")
    with path.open("rb") as stream:
        header = stream.read(16)
    if not header:
        raise JournalFileError(f"{path} is empty, so it is not a journal. It was left as it is.")
    if header == _PLAIN_SQLITE_HEADER:
        raise JournalFileError(
            f"{path} is an unencrypted SQLite database, not a Recovery Journal. "
            "It was left as it is."
        )


def _unlock(
    conn: sqlcipher.Connection, key: KeySource, path: Path, *, must_be_journal: bool
) -> Database:
    """Apply the key and prove it works; then set the connection's pragmas.

    With ``must_be_journal`` a file that opens but is not ours is refused *before*
    ``journal_mode = WAL``, which would otherwise rewrite its header.
    """
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        # first: a checkpoint in another program must wait, not read as a wrong key
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute(f"PRAGMA key = {key.pragma_value()}")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher.DatabaseError as error:
        conn.close()
        situation = storage_error(error, opening=True)  # a full disk is not a wrong key
        if situation is not None:
            raise situation from error
        what = "passphrase" if key.is_passphrase else "key"
        raise WrongKeyError(
            f"The {what} does not open {path}. If you are sure it is right, the file may be "
            "damaged or may not be a journal. The file was left as it is."
        ) from None
    if must_be_journal:
        try:
            _check_identity(conn, path)
        except JournalFileError:
            conn.close()
            raise
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA recursive_triggers = ON")  # as sqlite-utils sets it
    return Database(conn)


def _prove_key(path: Path, key: KeySource) -> None:
    """A fresh connection reads ``path`` through (quick_check) with ``key``, or this raises."""
    conn = sqlcipher.connect(str(path), create=False, read_only=True)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = {key.pragma_value()}")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        problems = [str(row[0]) for row in conn.execute("PRAGMA quick_check")]
    finally:
        conn.close()
    if problems != ["ok"]:
        raise JournalFileError(f"{path} does not read back whole: {problems[0]}")


def _check_identity(conn: sqlcipher.Connection, path: Path) -> None:
    app_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
    if app_id != APPLICATION_ID:
        raise JournalFileError(
            f"{path} opens, but it is not a Recovery Journal. It was left as it is."
        )


@contextlib.contextmanager
def opened(location: JournalLocation, key: KeySource) -> Iterator[Journal]:
    """Open a journal for the length of a ``with`` block."""
    journal = open_journal(location, key)
    try:
        yield journal
    finally:
        journal.close()
