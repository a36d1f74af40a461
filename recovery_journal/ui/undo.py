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
from recovery_journal.ui.i18n import tr


def _nothing() -> None:
    return None


class DeleteEntryCommand(QUndoCommand):
    """Delete (soft) an entry; undo brings it back exactly as it was."""

    def __init__(
        self, service: JournalService, entry: Entry, changed: Callable[[], None] = _nothing
    ) -> None:
        label = kind_label(entry)
        #: {label}: the kind as a name (capitalised), for languages that need it so
        super().__init__(tr("delete {kind}").format(kind=label.lower(), label=label))
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
        label = kind_label(entry)
        #: {label}: the kind as a name (capitalised), for languages that need it so
        super().__init__(tr("log {kind}").format(kind=label.lower(), label=label))
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
        label = kind_label(new)
        #: {label}: the kind as a name (capitalised), for languages that need it so
        super().__init__(tr("edit {kind}").format(kind=label.lower(), label=label))
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
