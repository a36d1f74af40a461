"""Open the right dialog for a new or saved entry, and record the result undoably."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import datetime

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from recovery_journal.domain.models import Entry, Questionnaire
from recovery_journal.services.journal_service import JournalService
from recovery_journal.ui.checkin_dialogs import MoodDialog, SleepDialog, TriggerNoteDialog
from recovery_journal.ui.dose_dialogs import (
    CravingDialog,
    DoseDialog,
    MedicationDialog,
    SubstanceDialog,
)
from recovery_journal.ui.entry_dialogs import EntryDialog
from recovery_journal.ui.scale_dialogs import (
    Gad7Dialog,
    Phq9Dialog,
    SelfReflectionDialog,
    SowsDialog,
)
from recovery_journal.ui.undo import EditEntryCommand, LogEntryCommand

Clock = Callable[[], datetime]
DialogFactory = Callable[[JournalService, datetime, QWidget | None], EntryDialog]

DIALOGS: dict[str, DialogFactory] = {
    "dose": DoseDialog,
    "craving": CravingDialog,
    "mood": MoodDialog,
    "sleep": SleepDialog,
    "substance": SubstanceDialog,
    "medication": MedicationDialog,
    "trigger_note": TriggerNoteDialog,
    "sows": SowsDialog,
    "phq9": Phq9Dialog,
    "gad7": Gad7Dialog,
    "self_reflection": SelfReflectionDialog,
}


def dialog_key(entry: Entry) -> str:
    """Which dialog shows ``entry``: its kind, or the questionnaire it answers."""
    return entry.kind if isinstance(entry, Questionnaire) else entry.KIND


def new_entry(
    key: str, parent: QWidget, service: JournalService, undo_stack: QUndoStack, clock: Clock
) -> EntryDialog:
    """Open the dialog for a new entry; saving logs it (undoable)."""
    dialog = DIALOGS[key](service, clock().astimezone(service.zone), parent)
    dialog.fill_defaults()

    def save(d: EntryDialog) -> Entry:
        return service.log(d.build(), **d.links())

    dialog.saver = save
    dialog.accepted.connect(lambda: undo_stack.push(LogEntryCommand(service, _saved(dialog))))
    dialog.open()
    return dialog


def edit_entry(
    parent: QWidget, service: JournalService, undo_stack: QUndoStack, clock: Clock, entry: Entry
) -> EntryDialog:
    """Open ``entry`` for editing; saving replaces its values (undoable)."""
    dialog = DIALOGS[dialog_key(entry)](service, clock().astimezone(service.zone), parent)
    dialog.load(entry)

    def save(d: EntryDialog) -> Entry:
        edited = dataclasses.replace(d.build(), id=entry.id, uid=entry.uid)
        return service.update(edited, **d.links())

    dialog.saver = save
    dialog.accepted.connect(
        lambda: undo_stack.push(EditEntryCommand(service, entry, _saved(dialog)))
    )
    dialog.open()
    return dialog


def _saved(dialog: EntryDialog) -> Entry:
    assert dialog.saved is not None
    return dialog.saved
