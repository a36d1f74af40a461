"""Backups as the app and the CLI use them: daily, on demand, portable, checked, restored."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, tzinfo
from pathlib import Path

from recovery_journal.domain.settings import SETTINGS
from recovery_journal.domain.timeutil import day_start, local_zone, now
from recovery_journal.storage import backups
from recovery_journal.storage.backups import Backup, BackupCheck
from recovery_journal.storage.journal import Journal
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
        stored = SettingsRepository(self.journal.db).get("backups_to_keep")
        default: int = SETTINGS["backups_to_keep"].default
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
        return backups.take_backup(self.journal, backups.MANUAL, keep=self.keep)

    def before_import(self) -> Backup:
        """A safety copy taken just before an import writes anything."""
        return backups.take_backup(self.journal, backups.BEFORE_IMPORT, keep=self.keep)

    def write_portable(self, destination: Path, passphrase: str) -> Path:
        return backups.write_portable(self.journal, destination, passphrase)

    def check_backup(self, path: Path, passphrase: str | None = None) -> BackupCheck:
        """What ``path`` holds; a portable backup needs its ``passphrase``."""
        return backups.check_backup(path, self._key_for(passphrase))

    def restore(self, path: Path, passphrase: str | None = None) -> Journal:
        """Replace the journal with ``path`` (after a safety copy); returns it reopened."""
        return backups.restore_backup(self.journal, path, self._key_for(passphrase), keep=self.keep)

    def newest_good(self) -> Backup | None:
        """The newest backup that opens with the journal's key and passes every check."""
        return backups.newest_good_backup(self.journal.location, self.journal.key)

    def recover(self, backup: Backup) -> Journal:
        """The journal is damaged: close it, keep it renamed, open ``backup`` in its place."""
        location, key = self.journal.location, self.journal.key
        self.journal.close()
        return backups.recover_damaged(location, key, backup)

    def problems(self, *, quick: bool) -> list[str]:
        """Integrity problems of the live journal; empty when it is sound."""
        return backups.integrity_problems(self.journal.db.conn, quick=quick)

    def _key_for(self, passphrase: str | None) -> KeySource:
        return self.journal.key if passphrase is None else KeySource(passphrase=passphrase)
