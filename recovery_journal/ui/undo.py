"""Undoable journal actions for the window's QUndoStack."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from recovery_journal.domain.models import Entry
from recovery_journal.services.journal_service import JournalService
from recovery_journal.ui.describe import kind_label


class DeleteEntryCommand(QUndoCommand):
    """Delete (soft) an entry; undo brings it back exactly as it was."""

    def __init__(self, service: JournalService, entry: Entry, changed: Callable[[], None]) -> None:
        super().__init__(f"delete {kind_label(entry).lower()}")
        self._service, self._entry, self._changed = service, entry, changed

    def redo(self) -> None:
        self._service.delete(self._entry)
        self._changed()

    def undo(self) -> None:
        self._service.undo_delete(self._entry)
        self._changed()


class LogEntryCommand(QUndoCommand):
    """An entry just logged; undo removes it again (the first redo is the save itself)."""

    def __init__(self, service: JournalService, entry: Entry, changed: Callable[[], None]) -> None:
        super().__init__(f"log {kind_label(entry).lower()}")
        self._service, self._entry, self._changed = service, entry, changed
        self._saved = True

    def redo(self) -> None:
        if not self._saved:
            self._service.undo_delete(self._entry)
            self._changed()
        self._saved = False

    def undo(self) -> None:
        self._service.delete(self._entry)
        self._changed()
