"""Today: time since the last dose, the day so far against the plan, one-key entry."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from recovery_journal.domain.models import Craving, Entry
from recovery_journal.services.journal_service import JournalService
from recovery_journal.services.taper_service import TaperService
from recovery_journal.ui import today_text
from recovery_journal.ui.appearance import safety_red, set_points
from recovery_journal.ui.describe import clock_text
from recovery_journal.ui.entry_model import EntryTableModel
from recovery_journal.ui.i18n import tr
from recovery_journal.ui.qt_names import set_keys
from recovery_journal.ui.reflow import ButtonGrid
from recovery_journal.ui.ride_out import RideOutTimers
from recovery_journal.ui.safety import mixing_warning

if TYPE_CHECKING:  # the entry dialogs load when the first one opens
    from recovery_journal.ui.entry_dialogs import EntryDialog

Clock = Callable[[], datetime]
REFRESH_MS = 30_000


def _actions() -> list[tuple[str, str, str]]:
    """(dialog key, shortcut key, button text), in the order shown."""
    return [
        ("dose", "D", tr("Dose")),
        ("craving", "C", tr("Craving")),
        ("mood", "M", tr("Mood")),
        ("sleep", "S", tr("Sleep")),
        ("sows", "W", tr("Withdrawal")),
        ("substance", "O", tr("Other substance")),
        ("medication", "P", tr("Medication")),
        ("trigger_note", "T", tr("Trigger note")),
        ("phq9", "Q", tr("PHQ-9")),
        ("gad7", "A", tr("GAD-7")),
        ("self_reflection", "R", tr("Reflection")),
    ]


class TodayPage(QWidget):
    def __init__(
        self,
        service: JournalService,
        taper: TaperService,
        undo_stack: QUndoStack,
        clock: Clock,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service, self.taper, self.undo_stack, self.clock = service, taper, undo_stack, clock
        self.since_label = _label("", 26, "sinceLastDose")
        self.step_label = _label("", 13, "stepLabel")
        self.step_label.setWordWrap(False)
        self.day_label = _label("", 13, "todaySoFar")
        self.interval_label = _label("", 11, "intervalToday")
        self.next_label = _label("", 11, "nextDose")
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(10)
        self.progress.setAccessibleName(self.tr("Today's amount against the target"))
        self.mixing_label = _label("", 11, "mixingWarning")
        self._outline_mixing_warning()
        self.due_label = _label("", 11, "checkinsDue")
        self.ride_label = _label("", 11, "rideOut")
        self.ride_out = RideOutTimers(service, undo_stack, clock, self)
        self.ride_out.changed.connect(self._show_ride_out)
        self.ride_out.resume_pending(int(service.setting("craving_timer_minutes")))
        self.model = EntryTableModel(service.zone, self)
        self.table = self._make_table()
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton(self.tr("&Delete entry"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.buttons = {
            key: self._action_button(text, shortcut, key) for key, shortcut, text in _actions()
        }
        self.dialog: EntryDialog | None = None
        self._build_layout()
        undo_stack.indexChanged.connect(self.refresh)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.refresh)
        self.timer.start(REFRESH_MS)
        self.refresh()

    # -- layout ------------------------------------------------------------------
    def _make_table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.model)
        table.setAccessibleName(self.tr("Recent entries"))
        table.setTabKeyNavigation(False)  # Tab moves on; the arrow keys move in the table
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setShowGrid(False)
        table.setAlternatingRowColors(True)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(EntryTableModel.DETAILS, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(EntryTableModel.TIME, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(EntryTableModel.KIND, QHeaderView.ResizeMode.ResizeToContents)
        table.setFrameShape(QFrame.Shape.NoFrame)
        table.doubleClicked.connect(self.edit_selected)
        return table

    def _action_button(self, text: str, key: str, dialog_key: str) -> QPushButton:
        button = QPushButton(f"{text}  [{key}]")
        button.setAccessibleName(self.tr("Log: {what}").format(what=text))
        button.setToolTip(self.tr("{what} (key {key})").format(what=text, key=key))
        button.setMinimumHeight(36)
        button.clicked.connect(lambda: self.open_entry(dialog_key))
        shortcut = QShortcut(QKeySequence(key), self)
        # Window-wide, so a key works wherever the focus is; Qt only fires shortcuts of
        # visible widgets, so they are live exactly while Today is the page shown.
        set_keys(shortcut, "context", "WindowShortcut")
        shortcut.activated.connect(lambda: self.open_entry(dialog_key))
        return button

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.since_label, 1)
        set_keys(self.step_label, "alignment", "AlignRight|AlignTop")
        top.addWidget(self.step_label)
        actions = ButtonGrid(list(self.buttons.values()), max_columns=6)
        recent_header = QHBoxLayout()
        recent_header.addWidget(_label(self.tr("Recent entries"), 12, "recentTitle"))
        recent_header.addStretch(1)
        recent_header.addWidget(self.edit_button)
        recent_header.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(10)
        layout.addLayout(top)
        for widget in (self.day_label, self.progress, self.interval_label, self.next_label):
            layout.addWidget(widget)
        layout.addWidget(self.mixing_label)
        layout.addSpacing(6)
        layout.addWidget(actions)
        layout.addWidget(self.due_label)
        layout.addWidget(self.ride_label)
        layout.addSpacing(6)
        layout.addLayout(recent_header)
        layout.addWidget(self.table, 1)

    # -- showing ---------------------------------------------------------------
    def refresh(self) -> None:
        moment = self.clock()
        snapshot = self.service.snapshot(moment)
        today = moment.astimezone(self.service.zone).date()
        version = self.taper.current_version()  # read once for the whole page
        step = self.taper.step_in(version, today)
        unit = version.unit if version else "g"
        self.since_label.setText(today_text.since_text(snapshot))
        tracked = self.taper.tracked_in(version, snapshot.stats)
        self.day_label.setText(today_text.day_text(snapshot.stats, step, unit, tracked))
        steps = len(version.steps) if version else 0
        self.step_label.setText(today_text.step_text(step, steps, unit))
        self.interval_label.setText(today_text.interval_text(snapshot.stats, step))
        self.next_label.setText(
            today_text.next_dose_text(snapshot.last_dose, step, moment, self.service.zone)
        )
        fraction = today_text.target_fraction(step, tracked)
        self.progress.setVisible(fraction is not None)
        self.progress.setRange(0, 1000)
        self.progress.setValue(int(min(1.0, fraction or 0.0) * 1000))
        self._show_optional(self.interval_label)
        self._show_optional(self.next_label)
        substances = self.service.substances_on(today) if snapshot.stats.dose_count else []
        self.mixing_label.setText(mixing_warning(substances))
        self._show_optional(self.mixing_label)
        self.due_label.setText(today_text.due_text(self.service.checkins_due(moment)))
        self._show_optional(self.due_label)
        self._show_ride_out()
        self.model.set_entries(
            snapshot.recent,
            self.service.product_map(),
            self.service.trigger_map(),
            today,
        )
        has_rows = bool(snapshot.recent)
        self.delete_button.setEnabled(has_rows)
        self.edit_button.setEnabled(has_rows)

    def _show_ride_out(self) -> None:
        due = self.ride_out.next_check()
        self.ride_label.setText(
            ""
            if due is None
            else self.tr("Riding out a craving: I will ask how it is at {time}.").format(
                time=clock_text(due, self.service.zone)
            )
        )
        self._show_optional(self.ride_label)

    @staticmethod
    def _show_optional(label: QLabel) -> None:
        label.setVisible(bool(label.text()))

    def _outline_mixing_warning(self) -> None:
        """A red outline (red is kept for safety) that stays visible on a dark theme too."""
        red = safety_red(self.palette()).name()
        self.mixing_label.setStyleSheet(
            f"QLabel#mixingWarning {{ border: 1px solid {red}; border-radius: 6px; padding: 8px; }}"
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:  # the system turned dark or light
            self._outline_mixing_warning()
        super().changeEvent(event)

    # -- actions -----------------------------------------------------------------
    def open_entry(self, key: str) -> EntryDialog:
        """Open the entry dialog ``key`` (see ``_actions``) for a new entry."""
        from recovery_journal.ui.editors import new_entry

        dialog = new_entry(key, self, self.service, self.undo_stack, self.clock)
        dialog.accepted.connect(lambda: self._after_save(dialog))
        self.dialog = dialog
        return dialog

    def _after_save(self, dialog: EntryDialog) -> None:
        from recovery_journal.ui.dose_dialogs import CravingDialog

        if isinstance(dialog, CravingDialog) and isinstance(dialog.saved, Craving):
            minutes = dialog.ask_again_minutes()
            if minutes is not None:
                self.ride_out.start(dialog.saved, minutes)

    def selected_entry(self) -> Entry | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.entry(rows[0].row()) if rows else None

    def edit_selected(self) -> None:
        entry = self.selected_entry()
        if entry is not None:
            from recovery_journal.ui.editors import edit_entry

            self.dialog = edit_entry(self, self.service, self.undo_stack, self.clock, entry)

    def delete_selected(self) -> None:
        entry = self.selected_entry()
        if entry is not None:
            from recovery_journal.ui.undo import DeleteEntryCommand

            self.undo_stack.push(DeleteEntryCommand(self.service, entry))


def _label(text: str, point_size: int, name: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    set_points(label, point_size)
    label.setWordWrap(True)
    set_keys(label, "textInteractionFlags", "TextSelectableByMouse")
    return label
