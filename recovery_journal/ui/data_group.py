"""Settings → Your data: backups, plain-text exports and imports.

Exports are explicit and say first that the file is not encrypted. An import is
checked whole before anything is written, says what it will add, asks, takes a backup,
and then writes everything in one transaction.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from pathlib import Path

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from recovery_journal.domain.errors import JournalError
from recovery_journal.services import transfer
from recovery_journal.services.backup_service import BackupService
from recovery_journal.services.journal_service import JournalService
from recovery_journal.services.transfer_data import KindCounts
from recovery_journal.ui.backups_dialog import BackupsDialog
from recovery_journal.ui.busy import run_busy
from recovery_journal.ui.error_text import error_text
from recovery_journal.ui.i18n import tr
from recovery_journal.ui.prompts import Prompts

EXPORT_NAMES = {"json": "recovery-journal-{day}.json", "csv": "recovery-journal-{day}.zip"}


def export_filter(kind: str) -> str:
    """The save dialog's filter; the ``(*.ext)`` part stays as it is."""
    if kind == "json":
        return tr("JSON") + " (*.json)"
    return tr("Zip of CSV files") + " (*.zip)"


def import_filter() -> str:
    return tr("JSON export or CSV of doses") + " (*.json *.csv);;" + tr("All files") + " (*)"


def _labels() -> dict[str, tuple[str, str]]:
    """Each kind as (one, several) with ``{n}`` for the number."""
    return {
        "products": (tr("1 product"), tr("{n} products")),
        "triggers": (tr("1 trigger"), tr("{n} triggers")),
        "doses": (tr("1 dose"), tr("{n} doses")),
        "cravings": (tr("1 craving"), tr("{n} cravings")),
        "mood_checkins": (tr("1 mood check-in"), tr("{n} mood check-ins")),
        "sleep_entries": (tr("1 sleep diary"), tr("{n} sleep diaries")),
        "sows_ratings": (tr("1 withdrawal rating"), tr("{n} withdrawal ratings")),
        "questionnaires": (tr("1 questionnaire"), tr("{n} questionnaires")),
        "substance_uses": (tr("1 other-substance entry"), tr("{n} other-substance entries")),
        "medications": (tr("1 medication"), tr("{n} medications")),
        "trigger_notes": (tr("1 trigger note"), tr("{n} trigger notes")),
        "self_reflections": (tr("1 self-reflection"), tr("{n} self-reflections")),
        "taper_plans": (tr("1 taper plan version"), tr("{n} taper plan versions")),
        "settings": (tr("1 setting"), tr("{n} settings")),
    }


def counted_text(count: int, key: str) -> str:
    """``1 dose``, ``12 doses``, in the user's language."""
    one, several = _labels().get(key, ("1 " + key, "{n} " + key))
    return one if count == 1 else several.format(n=QLocale().toString(count))


def export_text(counts: Mapping[str, int], path: Path) -> str:
    """What an export wrote, e.g. ``Exported 12 doses, 3 cravings to …``."""
    parts = [counted_text(n, key) for key, n in counts.items() if n]
    if not parts:
        return tr("Exported an empty journal to {path}.").format(path=path)
    return tr("Exported {items} to {path}.").format(items=", ".join(parts), path=path)


def import_text(counts: Mapping[str, KindCounts], *, done: bool) -> str:
    """What an import would add or added, e.g. ``Imported: 12 doses new; 1 product new.``"""
    parts = []
    for key, count in counts.items():
        if count.new:
            part = tr("{items} new").format(items=counted_text(count.new, key))
            if count.present:
                part = tr("{part} ({present} already present)").format(
                    part=part, present=QLocale().toString(count.present)
                )
            parts.append(part)
        elif count.present:
            parts.append(
                tr("{items} already present").format(items=counted_text(count.present, key))
            )
    if not parts:
        return tr("The file holds nothing to import.")
    listed = "; ".join(parts)
    if not any(count.new for count in counts.values()):
        return tr("Nothing new to import: {items}.").format(items=listed)
    if done:
        return tr("Imported: {items}.").format(items=listed)
    return tr("Ready to import: {items}.").format(items=listed)


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
        file_filter, pattern = export_filter(kind), EXPORT_NAMES[kind]
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
            self.show_status(error_text(error))
            return
        described = export_text(summary.counts, summary.path)
        self.show_status(self.tr("{summary} The file is not encrypted.").format(summary=described))

    def import_file(self) -> None:
        path = self.prompts.open_path(self.tr("Import into the journal"), import_filter())
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
            self.prompts.warn(self.tr("Nothing was imported"), error_text(error))
            return
        if plan.new_total == 0:
            self.prompts.inform(self.tr("Nothing to import"), import_text(plan.counts, done=False))
            return
        question = self.tr(
            "{plan}\n\nA backup of your journal is taken first. Nothing already in your journal "
            "is changed or removed."
        ).format(plan=import_text(plan.counts, done=False))
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
            self.prompts.warn(self.tr("Nothing was imported"), error_text(error))
            return
        self.show_status(import_text(result.counts, done=True))
        self.data_changed.emit()

    def _back_up(self) -> None:
        self.backups.before_import()
