"""Today: time since the last dose, the day so far against the plan, quick entry."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication, Qt, QTimer
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

from recovery_journal.domain.models import Craving, Dose, Entry, MoodCheckin
from recovery_journal.domain.taper import TaperStep
from recovery_journal.domain.units import format_amount, unit_family
from recovery_journal.services.journal_service import DaySnapshot, JournalService
from recovery_journal.services.taper_service import TaperService
from recovery_journal.ui.describe import format_duration_h
from recovery_journal.ui.entry_dialogs import CravingDialog, DoseDialog, EntryDialog, MoodDialog
from recovery_journal.ui.entry_model import EntryTableModel
from recovery_journal.ui.undo import DeleteEntryCommand, LogEntryCommand

Clock = Callable[[], datetime]
REFRESH_MS = 30_000


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
        self.next_label = _label("", 11, "nextDose")
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(10)
        self.progress.setAccessibleName(self.tr("Today's amount against the target"))
        self.model = EntryTableModel(service.zone, self)
        self.table = self._make_table()
        self.delete_button = QPushButton(self.tr("&Delete entry"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.buttons = {
            "dose": self._action_button(self.tr("Dose"), "D", self.log_dose),
            "craving": self._action_button(self.tr("Craving"), "C", self.log_craving),
            "mood": self._action_button(self.tr("Mood"), "M", self.log_mood),
        }
        self._build_layout()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.refresh)
        self.timer.start(REFRESH_MS)
        self.refresh()

    # -- layout ------------------------------------------------------------------
    def _make_table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.model)
        table.setAccessibleName(self.tr("Recent entries"))
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
        return table

    def _action_button(self, text: str, key: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(f"{text}  [{key}]")
        button.setAccessibleName(self.tr("Log {what}").format(what=text.lower()))
        button.setToolTip(self.tr("Log {what} (key {key})").format(what=text.lower(), key=key))
        button.setMinimumHeight(40)
        button.clicked.connect(slot)
        shortcut = QShortcut(QKeySequence(key), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(slot)
        return button

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.since_label, 1)
        top.addWidget(self.step_label, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        actions = QHBoxLayout()
        for button in self.buttons.values():
            actions.addWidget(button)
        actions.addStretch(1)
        recent_header = QHBoxLayout()
        recent_header.addWidget(_label(self.tr("Recent entries"), 12, "recentTitle"))
        recent_header.addStretch(1)
        recent_header.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(12)
        layout.addLayout(top)
        layout.addWidget(self.day_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.next_label)
        layout.addSpacing(8)
        layout.addLayout(actions)
        layout.addSpacing(8)
        layout.addLayout(recent_header)
        layout.addWidget(self.table, 1)

    # -- showing ---------------------------------------------------------------
    def refresh(self) -> None:
        moment = self.clock()
        snapshot = self.service.snapshot(moment)
        step = self.taper.step_on(moment.astimezone(self.service.zone).date())
        self._show_since(snapshot)
        self._show_day(snapshot, step)
        self._show_next(snapshot, step)
        self.model.set_entries(
            snapshot.recent,
            self.service.product_map(),
            {t.id: t for t in self.service.triggers.all()},
        )
        self.delete_button.setEnabled(bool(snapshot.recent))

    def _show_since(self, snapshot: DaySnapshot) -> None:
        if snapshot.hours_since_last_dose is None:
            self.since_label.setText(self.tr("No dose logged yet"))
        else:
            self.since_label.setText(
                self.tr("{time} since last dose").format(
                    time=format_duration_h(snapshot.hours_since_last_dose)
                )
            )

    def _show_day(self, snapshot: DaySnapshot, step: TaperStep | None) -> None:
        stats = snapshot.stats
        unit = self.taper.current_unit() or "g"
        amount = stats.totals.get(unit_family(unit), 0.0)
        doses = _dose_count_text(stats.dose_count)
        text = self.tr("Today: {doses}, {amount}").format(
            doses=doses, amount=format_amount(amount, unit_family(unit))
        )
        others = [
            format_amount(v, k) for k, v in sorted(stats.totals.items()) if k != unit_family(unit)
        ]
        if others:
            text += " (" + ", ".join(others) + ")"
        if step is None:
            self.step_label.setText("")
            self.progress.hide()
        else:
            steps = self.taper.current_steps()
            self.step_label.setText(
                self.tr("Step {n} of {total}: {target}/day").format(
                    n=step.number, total=len(steps), target=format_amount(step.daily_target, unit)
                )
            )
            text += self.tr(" of {target} target").format(
                target=format_amount(step.daily_target, unit)
            )
            if step.daily_target > 0 and amount > step.daily_target + 1e-9:
                text += self.tr(" · over today's target")
            self.progress.setRange(0, max(1, int(step.daily_target * 100)))
            self.progress.setValue(min(int(amount * 100), self.progress.maximum()))
            self.progress.show()
        self.day_label.setText(text)

    def _show_next(self, snapshot: DaySnapshot, step: TaperStep | None) -> None:
        last = snapshot.last_dose
        if step is None or step.min_interval_h is None or last is None:
            self.next_label.setText("")
            return
        earliest = last.at + timedelta(hours=step.min_interval_h)
        plan = self.tr("plan: {n} doses, {h:g} h apart").format(
            n=step.doses_per_day, h=round(step.min_interval_h, 1)
        )
        if earliest <= self.clock():
            self.next_label.setText(plan.capitalize())
            return
        self.next_label.setText(
            self.tr("Next dose not before {time} ({plan})").format(
                time=earliest.astimezone(self.service.zone).strftime("%H:%M"), plan=plan
            )
        )

    # -- actions -----------------------------------------------------------------
    def _record(self, entry: Entry) -> None:
        self.undo_stack.push(LogEntryCommand(self.service, entry, self.refresh))
        self.refresh()

    def log_dose(self) -> DoseDialog:
        last = self.service.last_dose(self.clock())
        products = self.service.products.all()
        product_names = {p.id: p.name for p in products}
        dialog = DoseDialog(
            self._now(),
            self._save_dose,
            products,
            product_names.get(last.product_id) if last and last.product_id else None,
            last.amount if last else None,
            last.unit if last else str(self.service.setting("default_unit")),
            self,
        )
        self._run(dialog)
        return dialog

    def _save_dose(self, dialog: EntryDialog) -> Dose:
        assert isinstance(dialog, DoseDialog)
        return self.service.log_dose(
            dialog.moment(),
            dialog.amount(),
            dialog.unit_combo.currentText(),
            product_name=dialog.product_name(),
            **dialog.common_values(),
        )

    def log_craving(self) -> CravingDialog:
        dialog = CravingDialog(self._now(), self._save_craving, self.service.triggers.all(), self)
        self._run(dialog)
        return dialog

    def _save_craving(self, dialog: EntryDialog) -> Craving:
        assert isinstance(dialog, CravingDialog)
        craving = Craving(
            at=dialog.moment(),
            intensity=dialog.intensity_spin.value(),
            outcome=dialog.outcome(),
            trigger_ids=dialog.trigger_ids(),
            **dialog.common_values(),
        )
        return self.service.log(craving)

    def log_mood(self) -> MoodDialog:
        last = self.service.repo(MoodCheckin).latest()
        defaults = (
            {}
            if last is None
            else {
                "mood": last.mood,
                "anxiety": last.anxiety,
                "energy": last.energy,
                "pain": last.pain,
            }
        )
        dialog = MoodDialog(self._now(), self._save_mood, defaults, self)
        self._run(dialog)
        return dialog

    def _save_mood(self, dialog: EntryDialog) -> MoodCheckin:
        assert isinstance(dialog, MoodDialog)
        scores = dialog.scores()
        return self.service.log(
            MoodCheckin(
                at=dialog.moment(),
                mood=scores["mood"],
                anxiety=scores["anxiety"],
                energy=scores["energy"],
                pain=scores["pain"],
                note=dialog.note_edit.text(),
                for_clinician=dialog.clinician_box.isChecked(),
            )
        )

    def _now(self) -> datetime:
        return self.clock().astimezone(self.service.zone)

    def _run(self, dialog: EntryDialog) -> None:
        """Open the dialog window-modally; record the entry when it is saved."""
        dialog.accepted.connect(lambda: self._record(dialog.saved))
        dialog.open()

    def selected_entry(self) -> Entry | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.entry(rows[0].row()) if rows else None

    def delete_selected(self) -> None:
        entry = self.selected_entry()
        if entry is None:
            return
        self.undo_stack.push(DeleteEntryCommand(self.service, entry, self.refresh))


def _tr(text: str) -> str:
    return QCoreApplication.translate("TodayPage", text)


def _dose_count_text(count: int) -> str:
    if count == 0:
        return _tr("no doses yet")
    if count == 1:
        return _tr("1 dose")
    return _tr("{n} doses").format(n=count)


def _label(text: str, point_size: int, name: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    font = label.font()
    font.setPointSize(point_size)
    label.setFont(font)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label
