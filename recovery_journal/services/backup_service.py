"""Backups as the app and the CLI use them: daily, on demand, portable, checked, restored."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, tzinfo
from pathlib import Path

from recovery_journal.domain.settings import SETTINGS
from recovery_journal.domain.timeutil import day_start, local_zone, now
from recovery_journal.storage import backups
from recovery_journal.storage.backups import Backup, BackupCheck, Progress, Restored
from recovery_journal.storage.journal import Journal, StorageError
from recovery_journal.storage.keys import KeySource
from recovery_journal.storage.repositories import SettingsRepository


class BackupService:
    """The open journal's backups; the ``keep`` count comes from the user's settings."""

    def __init__(
        self,
        journal: Journal,
        zone: tzinfo | None = None,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        self.journal = journal
        self.zone = zone or local_zone()
        self.clock = clock or (lambda: now(self.zone))

    @property
    def keep(self) -> int:
        """How many backups of each kind to keep (the default when the journal is damaged)."""
        default: int = SETTINGS["backups_to_keep"].default
        try:
            with self.journal.transaction() as db:  # a damaged page: a StorageError
                stored = SettingsRepository(db).get("backups_to_keep")
        except StorageError:
            return default
        return default if stored is None else int(stored)

    def backups(self) -> list[Backup]:
        return backups.list_backups(self.journal.location)

    def daily_if_due(self) -> Backup | None:
        """The first unlock of a (local) day takes that day's backup; later ones do nothing."""
        today = self.clock().astimezone(self.zone).date()
        if not backups.daily_backup_due(self.journal.location, day_start(today, self.zone)):
            return None
        return backups.take_backup(self.journal, backups.DAILY, keep=self.keep)

    def back_up_now(self) -> Backup:
        """A backup the user asked for; these rotate apart from the daily ones."""
        return backups.take_backup(self.journal, backups.MANUAL, keep=self.keep)

    def before_import(self) -> Backup:
        """A safety copy taken just before an import writes anything."""
        return backups.take_backup(self.journal, backups.BEFORE_IMPORT, keep=self.keep)

    def write_portable(self, destination: Path, passphrase: str, *, replace: bool = False) -> Path:
        """A passphrase-protected copy; an existing file is replaced only with ``replace``."""
        return backups.write_portable(self.journal, destination, passphrase, replace=replace)

    def check_backup(self, path: Path, passphrase: str | None = None) -> BackupCheck:
        """What ``path`` holds; a portable backup needs its ``passphrase``."""
        return backups.check_backup(path, self._key_for(passphrase))

    def restore(self, path: Path, passphrase: str | None = None) -> Restored:
        """Replace the journal with ``path``; the state before is kept (copied, or set aside)."""
        return backups.restore_backup(self.journal, path, self._key_for(passphrase), keep=self.keep)

    def newest_good(self, progress: Progress | None = None) -> tuple[Backup, BackupCheck] | None:
        """The newest backup that opens with the journal's key and passes every check."""
        location, key = self.journal.location, self.journal.key
        return backups.newest_good_with_check(location, key, progress=progress)

    def recover(self, backup: Backup) -> Restored:
        """The journal is damaged: close it, keep it renamed, open ``backup`` in its place."""
        location, key = self.journal.location, self.journal.key
        self.journal.close()
        return backups.restore_over_damaged(location, key, backup.path)

    def problems(self, *, quick: bool) -> list[str]:
        """Integrity problems of the live journal; empty when it is sound."""
        return backups.integrity_problems(self.journal.db.conn, quick=quick)

    def _key_for(self, passphrase: str | None) -> KeySource:
        return self.journal.key if passphrase is None else KeySource(passphrase=passphrase)
