"""Backups: the list of encrypted copies, back up now, restore, portable backups, checks.

Restoring replaces the open journal, which the main window owns: the dialog asks
first, says what will change, and then emits ``restore_requested``.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from recovery_journal.domain.errors import JournalError
from recovery_journal.services.backup_service import BackupService
from recovery_journal.services.journal_service import JournalService
from recovery_journal.storage.backups import Backup, BackupCheck
from recovery_journal.storage.journal import WrongKeyError
from recovery_journal.ui.appearance import resize_within_screen
from recovery_journal.ui.busy import run_busy
from recovery_journal.ui.describe import date_text, date_time_text, number_text
from recovery_journal.ui.i18n import tr
from recovery_journal.ui.prompts import Prompts


def backup_filter() -> str:
    return tr("Recovery Journal backup (*.db);;All files (*)")


def kind_label(kind: str) -> str:
    if kind.startswith("before-migration"):
        return tr("Before an update")
    labels = {
        "daily": tr("Daily"),
        "manual": tr("Made by you"),
        "before-restore": tr("Before a restore"),
        "before-import": tr("Before an import"),
    }
    return labels.get(kind, kind)


def describe_check(check: BackupCheck) -> str:
    if check.last_entry is None:
        return tr("It holds no entries.")
    if check.entries == 1:
        count = tr("1 entry")
    else:
        count = tr("{n} entries").format(n=QLocale().toString(check.entries))
    last = check.last_entry.astimezone()
    return tr("It holds {count}, the last on {day}.").format(
        count=count, day=date_text(last.date())
    )


class BackupsDialog(QDialog):
    """Lists backups newest first; every action says what it did or why it could not."""

    restore_requested = Signal(object, object)  # (path, passphrase or None)

    def __init__(
        self,
        backups: BackupService,
        service: JournalService,
        prompts: Prompts | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Backups"))
        resize_within_screen(self, 560, 460)
        self.backups, self.service = backups, service
        self.prompts = prompts or Prompts(self)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Backups, newest first"))
        self.keep_spin = QSpinBox()
        self.keep_spin.setRange(1, 365)
        self.keep_spin.setKeyboardTracking(False)
        self.keep_spin.setAccessibleName(self.tr("Backups to keep"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Backup status"))
        self.buttons = {
            name: QPushButton(text)
            for name, text in (
                ("now", self.tr("&Back up now")),
                ("restore", self.tr("&Restore selected…")),
                ("file", self.tr("Restore from a &file…")),
                ("portable", self.tr("Save a &portable backup…")),
                ("check", self.tr("&Check the journal")),
            )
        }
        self._lay_out()
        self._connect()
        self.refresh()

    def _lay_out(self) -> None:
        about = QLabel(
            self.tr(
                "Your journal is copied here, encrypted with its own key, on the first unlock "
                "of each day and before an import, a restore or an update. A portable backup "
                "is one file protected by a passphrase you choose, for moving to another "
                "computer."
            )
        )
        about.setWordWrap(True)
        keep_row = QHBoxLayout()
        keep_label = QLabel(self.tr("&Keep the newest"))
        keep_label.setBuddy(self.keep_spin)
        keep_row.addWidget(keep_label)
        keep_row.addWidget(self.keep_spin)
        keep_row.addWidget(QLabel(self.tr("daily backups, and as many made by you")))
        keep_row.addStretch(1)
        grid = QGridLayout()
        for index, name in enumerate(("now", "restore", "file", "portable", "check")):
            grid.addWidget(self.buttons[name], index // 3, index % 3)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for item in (about, self.list):
            layout.addWidget(item)
        layout.addLayout(keep_row)
        layout.addLayout(grid)
        layout.addWidget(self.status)
        layout.addWidget(close)

    def _connect(self) -> None:
        self.buttons["now"].clicked.connect(self.back_up_now)
        self.buttons["restore"].clicked.connect(self.restore_selected)
        self.buttons["file"].clicked.connect(self.restore_from_file)
        self.buttons["portable"].clicked.connect(self.save_portable)
        self.buttons["check"].clicked.connect(self.check_journal)
        self.keep_spin.valueChanged.connect(self._save_keep)
        self.list.currentRowChanged.connect(self._selection_changed)
        self.list.itemActivated.connect(lambda _item: self.restore_selected())

    def _selection_changed(self, row: int) -> None:
        self.buttons["restore"].setEnabled(row >= 0)

    def refresh(self) -> None:
        self.keep_spin.blockSignals(True)
        self.keep_spin.setValue(self.service.setting("backups_to_keep"))
        self.keep_spin.blockSignals(False)
        self.list.clear()
        for backup in self.backups.backups():
            item = QListWidgetItem(self._label(backup))
            item.setData(256, backup)  # Qt.UserRole
            self.list.addItem(item)
        if self.list.count() == 0:
            self.status.setText(self.tr("There are no backups yet."))
        self.buttons["restore"].setEnabled(self.list.currentRow() >= 0)

    def _label(self, backup: Backup) -> str:
        size = self.tr("{size} MB").format(size=number_text(backup.size / 1_000_000, 1))
        return f"{date_time_text(backup.taken)}   {kind_label(backup.kind)}   {size}"

    # -- actions -------------------------------------------------------------------------
    def back_up_now(self) -> None:
        try:
            backup = run_busy(self, self.tr("Backing up…"), lambda _p: self.backups.back_up_now())
        except JournalError as error:
            self.status.setText(str(error))
            return
        self.refresh()
        self.status.setText(self.tr("Backed up: {name}").format(name=backup.path.name))

    def restore_selected(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            backup: Backup = item.data(256)
            self._restore(backup.path, None, self._label(backup).split("   ")[0])

    def restore_from_file(self) -> None:
        path = self.prompts.open_path(self.tr("Restore from a backup file"), backup_filter())
        if path is not None:
            self._restore(path, None, path.name)

    def _restore(self, path: Path, passphrase: str | None, what: str) -> None:
        try:
            checked = self._check_backup(path, passphrase)
        except JournalError as error:
            self.status.setText(str(error))
            return
        if checked is None:
            return
        check, passphrase = checked
        text = self.tr(
            "Restore the backup {what}? {holds}\n\nYour journal will be replaced by it: entries "
            "made after the backup will no longer be in it. The journal as it is now is kept "
            "as a backup first (“Before a restore”), so you can go back. A damaged journal "
            "is kept in its folder, renamed, instead."
        ).format(what=what, holds=describe_check(check))
        if self.prompts.confirm(self.tr("Restore a backup"), text, self.tr("&Restore")):
            self.accept()  # first: the restore rebuilds every page, this dialog included
            self.restore_requested.emit(path, passphrase)

    def _check_backup(
        self, path: Path, passphrase: str | None
    ) -> tuple[BackupCheck, str | None] | None:
        """Check with the journal's key; a portable backup asks for its passphrase."""
        try:
            return self.backups.check_backup(path, passphrase), passphrase
        except WrongKeyError:
            asked = self.prompts.passphrase(
                self.tr("Portable backup"),
                self.tr("This backup has its own passphrase. Type it to restore {name}:").format(
                    name=path.name
                ),
            )
            if asked is None:
                return None
            return self.backups.check_backup(path, asked), asked

    def save_portable(self) -> None:
        passphrase = self.prompts.new_passphrase(
            self.tr("Portable backup"),
            self.tr(
                "Choose a passphrase for this backup (at least 8 characters). You will need it "
                "to restore the backup on another computer; nobody can recover it for you."
            ),
        )
        if passphrase is None:
            return
        suggested = Path.home() / f"recovery-journal-backup-{date.today():%Y-%m-%d}.db"
        path = self.prompts.save_path(self.tr("Save a portable backup"), suggested, backup_filter())
        if path is None:
            return
        try:
            run_busy(
                self,
                self.tr("Saving the portable backup…"),
                # the file dialog has asked before choosing an existing file
                lambda _p: self.backups.write_portable(path, passphrase, replace=True),
            )
        except JournalError as error:
            self.status.setText(str(error))
            return
        self.status.setText(self.tr("Saved a portable backup to {path}.").format(path=path))

    def check_journal(self) -> None:
        problems = run_busy(
            self, self.tr("Checking the journal…"), lambda _p: self.backups.problems(quick=False)
        )
        if not problems:
            self.status.setText(self.tr("The journal passed every integrity check."))
            return
        self.status.setText(
            self.tr(
                "The journal failed its integrity check ({problem}). Restore the newest backup "
                "from the list above; the journal as it is now is kept first."
            ).format(problem=problems[0])
        )

    def _save_keep(self, value: int) -> None:
        try:
            self.service.set_setting("backups_to_keep", value)
        except JournalError as error:
            self.status.setText(str(error))
            return
        self.status.setText(self.tr("Saved. Older backups are removed at the next backup."))
