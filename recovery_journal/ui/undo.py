"""Undoable journal actions for the window's QUndoStack.

Pages refresh on the stack's ``indexChanged`` signal, so every log, edit, delete,
undo and redo shows up everywhere; ``changed`` is for callers that need more.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from recovery_journal.domain.models import Entry
from recovery_journal.services.journal_service import JournalService
from recovery_journal.ui.describe import kind_label


def _nothing() -> None:
    return None


class DeleteEntryCommand(QUndoCommand):
    """Delete (soft) an entry; undo brings it back exactly as it was."""

    def __init__(
        self, service: JournalService, entry: Entry, changed: Callable[[], None] = _nothing
    ) -> None:
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

    def __init__(
        self, service: JournalService, entry: Entry, changed: Callable[[], None] = _nothing
    ) -> None:
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


class EditEntryCommand(QUndoCommand):
    """An entry just edited; undo puts the old values back (the first redo is the save)."""

    def __init__(
        self,
        service: JournalService,
        old: Entry,
        new: Entry,
        changed: Callable[[], None] = _nothing,
    ) -> None:
        super().__init__(f"edit {kind_label(new).lower()}")
        self._service, self._old, self._new, self._changed = service, old, new, changed
        self._saved = True

    def redo(self) -> None:
        if not self._saved:
            self._service.update(self._new)
            self._changed()
        self._saved = False

    def undo(self) -> None:
        self._service.update(self._old)
        self._changed()
