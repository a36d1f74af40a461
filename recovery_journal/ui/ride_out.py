"""The "ride it out" timer: after a chosen 10–20 minutes, ask how the craving is now."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from recovery_journal.domain.errors import JournalError
from recovery_journal.domain.models import Craving
from recovery_journal.domain.timeutil import hours_between
from recovery_journal.services.journal_service import JournalService
from recovery_journal.ui.describe import clock_text
from recovery_journal.ui.undo import EditEntryCommand

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialogButtonBox


class CravingCheckDialog(QDialog):
    """Asks once how a craving went; ``outcome`` is passed, delayed or used."""

    def __init__(self, craving: Craving, when: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("How is the craving now?"))
        self.craving = craving
        self.outcome: str | None = None
        text = QLabel(
            self.tr(
                "At {when} you noted a craving (intensity {n}). Waves like this often ease "
                "with time. How is it now?"
            ).format(when=when, n=craving.intensity)
        )
        text.setWordWrap(True)
        from PySide6.QtWidgets import QDialogButtonBox  # here: not needed at start-up

        buttons = QDialogButtonBox()
        self.passed_button = self._add(buttons, self.tr("It &passed"), "passed")
        self.delayed_button = self._add(buttons, self.tr("Still there, &delaying"), "delayed")
        self.used_button = self._add(buttons, self.tr("I &used"), "used")
        later = buttons.addButton(self.tr("Not now"), QDialogButtonBox.ButtonRole.RejectRole)
        later.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(buttons)
        self.passed_button.setDefault(True)
        self.passed_button.setFocus()

    def _add(self, buttons: QDialogButtonBox, label: str, outcome: str) -> QPushButton:
        button = buttons.addButton(label, buttons.ButtonRole.AcceptRole)
        button.setAccessibleName(label.replace("&", ""))
        button.clicked.connect(lambda: self._choose(outcome))
        return button

    def _choose(self, outcome: str) -> None:
        self.outcome = outcome
        self.accept()


class RideOutTimers(QObject):
    """One single-shot timer per craving the user is riding out."""

    changed = Signal()

    def __init__(
        self,
        service: JournalService,
        undo_stack: QUndoStack,
        clock: Callable[[], datetime],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._service, self._undo, self._clock, self._parent = service, undo_stack, clock, parent
        self.timers: dict[int, tuple[QTimer, datetime]] = {}
        self.dialog: CravingCheckDialog | None = None

    def start(self, craving: Craving, minutes: int) -> None:
        """Ask about ``craving`` after ``minutes``."""
        self._start_timer(craving, minutes)

    def _start_timer(self, craving: Craving, minutes: float) -> None:
        assert craving.id is not None
        craving_id = craving.id
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.timeout.connect(lambda: self.ask(craving_id))
        timer.start(round(minutes * 60_000))
        self.timers[craving_id] = (timer, self._clock() + timedelta(minutes=minutes))
        self.changed.emit()

    def resume_pending(self, minutes: int, within: timedelta = timedelta(hours=3)) -> None:
        """After an unlock: ask again about recent cravings still being ridden out."""
        now = self._clock()
        for craving in self._service.entries(Craving, now - within, now):
            if craving.outcome is None and craving.id not in self.timers:
                due = craving.at + timedelta(minutes=minutes)
                wait_min = max(
                    0.0, (due.astimezone(UTC) - now.astimezone(UTC)).total_seconds() / 60
                )
                self._start_timer(craving, wait_min)

    def next_check(self) -> datetime | None:
        """When the next question comes, if one is waiting."""
        return min((due for _, due in self.timers.values()), default=None)

    def ask(self, craving_id: int | None) -> CravingCheckDialog | None:
        """Ask about the craving now (the timer calls this; tests may too)."""
        if craving_id is None:
            return None
        pending = self.timers.pop(craving_id, None)
        if pending is not None:
            pending[0].stop()
        self.changed.emit()
        try:
            craving = self._service.repo(Craving).get(craving_id)
        except JournalError:  # deleted meanwhile: nothing to ask
            return None
        if craving.outcome is not None:  # already answered by an edit
            return None
        when = clock_text(craving.at, self._service.zone)
        dialog = CravingCheckDialog(craving, when, self._parent)
        dialog.accepted.connect(lambda: self._record(dialog))
        dialog.open()
        self.dialog = dialog
        return dialog

    def _record(self, dialog: CravingCheckDialog | None) -> None:
        if dialog is None or dialog.outcome is None:
            return
        old = dialog.craving
        minutes = max(0, round(hours_between(old.at, self._clock()) * 60))
        new = dataclasses.replace(old, outcome=dialog.outcome, duration_min=min(minutes, 24 * 60))
        try:
            self._service.update(new)
        except JournalError:  # deleted while the question was open: nothing to record
            return
        self._undo.push(EditEntryCommand(self._service, old, new))

    def stop_all(self) -> None:
        for timer, _ in self.timers.values():
            timer.stop()
        self.timers.clear()
