"""Reminders while the app runs: the daily check-in, the sleep diary, the planned interval.

The controller lives as long as the window, across lock and unlock. It reads the journal
only while it is open (on unlock, and after each entry, plan or setting change) and keeps
just the choices and the few facts the rules need, so reminders still come while the
journal is locked — nothing can be logged then, so those facts stay true. It ticks every
``tick_ms`` on the wall clock: a Qt timer stops while the computer sleeps, so a reminder
that fell due meanwhile comes on waking (unless it is hours old; see domain/reminders.py).

Wording is always discreet: no substance, product, amount or symptom is ever named.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, tzinfo

from PySide6.QtCore import QObject, QTimer, Signal

from recovery_journal.domain import reminders as rules
from recovery_journal.domain.reminders import JournalFacts, Reminder, ReminderChoices
from recovery_journal.services.journal_service import JournalService
from recovery_journal.services.reminders import reminder_choices, reminder_facts
from recovery_journal.services.taper_service import TaperService
from recovery_journal.ui.tray import Tray

TICK_MS = 30_000  # a reminder comes at most this late


class Reminders(QObject):
    """Tells the person, through the tray, when a reminder they turned on falls due."""

    reminder_shown = Signal(str, str)  # title, body

    def __init__(
        self,
        tray: Tray,
        clock: Callable[[], datetime],
        *,
        tick_ms: int = TICK_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.tray, self.clock = tray, clock
        self.choices, self.facts = ReminderChoices(), JournalFacts()
        self.zone: tzinfo | None = None
        self._since = clock()  # nothing that fell due before the app started is told
        self._service: JournalService | None = None
        self._taper: TaperService | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(tick_ms)
        self.timer.timeout.connect(self.tick)

    # -- what the journal says -----------------------------------------------------------
    def attach(self, service: JournalService, taper: TaperService) -> None:
        """The journal is open: read from these services until :meth:`detach`."""
        self._service, self._taper = service, taper
        self.refresh()

    def detach(self) -> None:
        """The journal is closing: keep what was read, read nothing more."""
        self._service = self._taper = None

    def refresh(self, _changed: object = None) -> None:
        """Read the choices and facts again (after an entry, plan or setting changed)."""
        if self._service is None or self._taper is None:
            return
        self.zone = self._service.zone
        self.choices = reminder_choices(self._service)
        self.facts = reminder_facts(self._service, self._taper, self.clock())
        self.tray.set_wanted(self.choices.any_on)
        if self.choices.any_on and not self.timer.isActive():
            self.timer.start()
        elif not self.choices.any_on:
            self.timer.stop()

    def setting_changed(self, name: str) -> None:
        """A reminder turned on or moved counts from now: nothing earlier today is told."""
        if name.startswith("reminder_"):
            self._since = self.clock()
            self.refresh()

    # -- telling -------------------------------------------------------------------------
    def tick(self) -> None:
        """Tell the reminders that fell due since the last tick."""
        now = self.clock()
        # A clock set back (by hand or by time sync) must not tell a reminder a second time.
        since, self._since = self._since, max(self._since, now)
        if self.zone is None:
            return
        due = rules.due_between(self.choices, self.facts, self.zone, since, now)
        if due:
            self._tell(due)

    def next_reminder(self) -> Reminder | None:
        """The next reminder due, as far as the journal was last read."""
        if self.zone is None:
            return None
        return rules.next_due(self.choices, self.facts, self.zone, self._since)

    def _tell(self, due: list[Reminder]) -> None:
        title = self.tr("Reminder") if self.tray.discreet else self.tr("Recovery Journal")
        body = " ".join(self._sentence(reminder.kind) for reminder in due)
        self.tray.present(title, body)
        self.reminder_shown.emit(title, body)

    def _sentence(self, kind: str) -> str:
        return {
            rules.SLEEP: self.tr("When you are ready, note how you slept."),
            rules.CHECKIN: self.tr("Time for your daily check-in."),
            rules.DOSE_INTERVAL: self.tr("The interval you planned has passed."),
        }[kind]

    def set_discreet(self, discreet: bool) -> None:
        self.tray.set_discreet(discreet)

    def stop(self) -> None:
        """The app is closing: no more ticks, no icon left behind."""
        self.timer.stop()
        self.tray.hide()
        self.detach()
