"""Settings → Your data: backups, plain-text exports and imports.

Exports are explicit and say first that the file is not encrypted. An import is
checked whole before anything is written, says what it will add, asks, takes a backup,
and then writes everything in one transaction.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from recovery_journal.domain.errors import JournalError
from recovery_journal.services import transfer
from recovery_journal.services.backup_service import BackupService
from recovery_journal.services.journal_service import JournalService
from recovery_journal.ui.backups_dialog import BackupsDialog
from recovery_journal.ui.busy import run_busy
from recovery_journal.ui.prompts import Prompts

EXPORTS = {
    "json": ("JSON (*.json)", "recovery-journal-{day}.json"),
    "csv": ("Zip of CSV files (*.zip)", "recovery-journal-{day}.zip"),
}
IMPORT_FILTER = "JSON export or CSV of doses (*.json *.csv);;All files (*)"


class DataGroup(QGroupBox):
    """Buttons for backups, export and import; the main window reacts to the signals."""

    restore_requested = Signal(object, object)  # (backup path, passphrase or None)
    data_changed = Signal()  # an import added entries

    def __init__(
        self, service: JournalService, backups: BackupService, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Your data"), parent)
        self.service, self.backups = service, backups
        self.prompts = Prompts(self)
        self.backups_dialog: BackupsDialog | None = None
        about = QLabel(
            self.tr(
                "Backups are encrypted. Exports are plain text: anyone who can open an "
                "exported file can read your journal."
            )
        )
        about.setWordWrap(True)
        self.backups_button = QPushButton(self.tr("&Backups…"))
        self.json_button = QPushButton(self.tr("Export &JSON…"))
        self.csv_button = QPushButton(self.tr("Export C&SV…"))
        self.import_button = QPushButton(self.tr("&Import…"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Data status"))
        row = QHBoxLayout()
        for button in (self.backups_button, self.json_button, self.csv_button, self.import_button):
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addLayout(row)
        layout.addWidget(self.status)
        self.status.hide()  # shown with the first message
        self.backups_button.clicked.connect(self.open_backups)
        self.json_button.clicked.connect(lambda: self.export("json"))
        self.csv_button.clicked.connect(lambda: self.export("csv"))
        self.import_button.clicked.connect(self.import_file)

    def show_status(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def open_backups(self) -> BackupsDialog:
        if self.backups_dialog is not None and self.backups_dialog.isVisible():
            self.backups_dialog.raise_()
            return self.backups_dialog
        self.backups_dialog = BackupsDialog(self.backups, self.service, parent=self)
        self.backups_dialog.prompts = self.prompts
        self.backups_dialog.restore_requested.connect(self.restore_requested)
        self.backups_dialog.open()
        return self.backups_dialog

    def export(self, kind: str) -> None:
        file_filter, pattern = EXPORTS[kind]
        warning = self.tr(
            "The exported file is NOT encrypted: anyone who can open it can read your whole "
            "journal, including private notes. Keep it somewhere safe and delete it when you "
            "no longer need it. For moving to another computer, a portable backup (Backups…) "
            "is the safer way."
        )
        if not self.prompts.confirm(self.tr("Export"), warning, self.tr("&Export")):
            return
        suggested = Path.home() / pattern.format(day=date.today().isoformat())
        path = self.prompts.save_path(self.tr("Export the journal"), suggested, file_filter)
        if path is None:
            return
        write = transfer.export_json if kind == "json" else transfer.export_csv
        journal = self.backups.journal
        try:
            summary = run_busy(
                self,
                self.tr("Exporting…"),
                lambda progress: write(journal, path, progress=progress),
                cancellable=True,
            )
        except JournalError as error:
            self.show_status(str(error))
            return
        self.show_status(
            self.tr("{summary} The file is not encrypted.").format(summary=summary.describe())
        )

    def import_file(self) -> None:
        path = self.prompts.open_path(self.tr("Import into the journal"), IMPORT_FILTER)
        if path is None:
            return
        journal, zone = self.backups.journal, self.service.zone
        try:
            plan = run_busy(
                self,
                self.tr("Reading {name}…").format(name=path.name),
                lambda _p: transfer.plan_import(journal, path, zone=zone, clock=self.service.clock),
            )
        except JournalError as error:
            self.prompts.warn(self.tr("Nothing was imported"), str(error))
            return
        if plan.new_total == 0:
            self.prompts.inform(self.tr("Nothing to import"), plan.describe())
            return
        question = self.tr(
            "{plan}\n\nA backup of your journal is taken first. Nothing already in your journal "
            "is changed or removed."
        ).format(plan=plan.describe())
        if not self.prompts.confirm(self.tr("Import"), question, self.tr("&Import")):
            return
        self._apply(plan)

    def _apply(self, plan: transfer.ImportPlan) -> None:
        journal = self.backups.journal
        try:
            result = run_busy(
                self,
                self.tr("Importing…"),
                lambda progress: transfer.apply_import(
                    journal, plan, before_write=self._back_up, progress=progress
                ),
                cancellable=True,
            )
        except JournalError as error:
            self.prompts.warn(self.tr("Nothing was imported"), str(error))
            return
        self.show_status(result.describe())
        self.data_changed.emit()

    def _back_up(self) -> None:
        self.backups.before_import()
