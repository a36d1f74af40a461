"""Taper: the plan as a table and a small chart, plan against actual, hold and adjust."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from recovery_journal.domain.errors import JournalError
from recovery_journal.domain.taper_tracking import PlanProgress
from recovery_journal.services.journal_service import JournalService
from recovery_journal.services.taper_service import TaperService
from recovery_journal.ui.appearance import set_points
from recovery_journal.ui.describe import (
    amount_text,
    date_text,
    format_duration_h,
    number_text,
    wording,
)
from recovery_journal.ui.error_text import error_text
from recovery_journal.ui.plan_change_dialog import PlanChangeDialog
from recovery_journal.ui.plan_dialog import PlanDialog
from recovery_journal.ui.taper_chart import StepChart
from recovery_journal.ui.taper_model import ProgressModel, TaperStepModel

Clock = Callable[[], datetime]


class TaperPage(QWidget):
    """Shows the plan in force; every change makes a new plan version (history is kept)."""

    plan_changed = Signal()

    def __init__(
        self,
        service: JournalService,
        taper: TaperService,
        undo_stack: QUndoStack,
        clock: Clock,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service, self.taper, self.clock = service, taper, clock
        self.dialog: PlanDialog | PlanChangeDialog | None = None
        self.title = _label(self.tr("Taper plan"), 20, "taperTitle")
        self.status_label = _label("", 13, "taperStatus")
        self.adherence_label = _label("", 11, "taperAdherence")
        self.suggestion_label = _label("", 11, "holdSuggestion")
        self.version_label = _label("", 10, "planVersion")
        self.message_label = _label("", 11, "taperMessage")
        self.chart = StepChart()
        self.steps_model = TaperStepModel(self)
        self.days_model = ProgressModel(self)
        self.steps_table = _table(self.steps_model, self.tr("Steps of the plan"))
        self.days_table = _table(self.days_model, self.tr("Each day against the plan"))
        self.buttons = {
            "new": self._button(self.tr("&New plan…"), self.new_plan),
            "change": self._button(self.tr("&Change plan…"), self.change_plan),
            "hold": self._button(self.tr("&Hold this step…"), self.hold_step),
            "resume": self._button(self.tr("&Resume"), self.resume),
            "revert": self._button(self.tr("&Go back a step…"), self.revert_step),
        }
        self._lay_out()
        undo_stack.indexChanged.connect(self._journal_changed)

    def _button(self, text: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.clicked.connect(slot)
        return button

    def _lay_out(self) -> None:
        actions = QHBoxLayout()
        for button in self.buttons.values():
            actions.addWidget(button)
        actions.addStretch(1)
        tables = QHBoxLayout()
        for title, table in (
            (self.tr("Steps"), self.steps_table),
            (self.tr("Day by day"), self.days_table),
        ):
            column = QVBoxLayout()
            column.addWidget(_label(title, 12, ""))
            column.addWidget(table, 1)
            tables.addLayout(column, 3 if table is self.steps_table else 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(10)
        for widget in (
            self.title,
            self.status_label,
            self.adherence_label,
            self.suggestion_label,
            self.message_label,
        ):
            layout.addWidget(widget)
        layout.addLayout(actions)
        layout.addWidget(self.chart)
        layout.addLayout(tables, 1)
        layout.addWidget(self.version_label)

    # -- showing ---------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def _journal_changed(self) -> None:
        if self.isVisible():
            self.refresh()

    def today(self) -> date:
        return self.clock().astimezone(self.service.zone).date()

    def refresh(self) -> None:
        today = self.today()
        steps = self.taper.current_steps()
        unit = self.taper.current_unit() or "g"
        has_plan = bool(steps)
        in_progress = has_plan and today <= steps[-1].end
        for key in ("change", "hold", "resume", "revert"):
            self.buttons[key].setVisible(in_progress)
        # While a plan runs it is changed from today (its past kept), not replaced.
        self.buttons["new"].setVisible(not in_progress)
        self.chart.setVisible(has_plan)
        if not has_plan:
            self._show_empty()
            return
        progress = self.taper.progress(today)
        self.steps_model.set_steps(steps, unit, today)
        self.days_model.set_days(progress.days, unit)
        self.chart.set_data(
            steps, {d.date: d.actual for d in progress.days if d.status != "no data"}, today, unit
        )
        self.status_label.setText(self._status_text(today, len(steps), unit))
        self.adherence_label.setText(self._adherence_text(progress))
        suggestion = self.taper.hold_suggestion(today, wording())
        self.suggestion_label.setText(
            self.tr("You might consider holding this step: {reason}").format(reason=suggestion)
            if suggestion
            else ""
        )
        self.suggestion_label.setVisible(bool(suggestion))
        self.version_label.setText(self._version_text())

    def _show_empty(self) -> None:
        self.status_label.setText(
            self.tr(
                "No taper plan yet. A plan starts with a steady step at your current amount, "
                "then lengthens the time between doses before it trims the amount per dose."
            )
        )
        for label in (self.adherence_label, self.suggestion_label, self.version_label):
            label.setText("")
        self.suggestion_label.hide()
        self.steps_model.set_steps([], "g")
        self.days_model.set_days([], "g")

    def _status_text(self, today: date, count: int, unit: str) -> str:
        step = self.taper.step_on(today)
        steps = self.taper.current_steps()
        if step is None:
            if today < steps[0].start:
                return self.tr("The plan starts on {day}.").format(day=date_text(steps[0].start))
            return self.tr("The plan ended on {day}.").format(day=date_text(steps[-1].end))
        text = self.tr("Step {n} of {count}: {target} a day, until {end}").format(
            n=step.number,
            count=count,
            target=amount_text(step.daily_target, unit),
            end=date_text(step.end),
        )
        if step.min_interval_h is not None:
            text += self.tr(" · {doses} doses, at least {gap} apart").format(
                doses=step.doses_per_day, gap=format_duration_h(step.min_interval_h)
            )
        return text

    def _adherence_text(self, progress: PlanProgress) -> str:
        step_rate, plan_rate = progress.step_adherence, progress.plan_adherence
        streak = progress.streak
        parts = []
        if plan_rate is not None:
            parts.append(
                self.tr("On target on {pct} % of days so far").format(
                    pct=number_text(plan_rate * 100, 0)
                )
            )
        if step_rate is not None:
            parts.append(
                self.tr("{pct} % in this step").format(pct=number_text(step_rate * 100, 0))
            )
        if streak:
            parts.append(self.tr("{n} days on target in a row").format(n=streak))
        return " · ".join(parts) + ("." if parts else "")

    def _version_text(self) -> str:
        versions = self.taper.versions()
        if not versions:
            return ""
        latest = versions[-1]
        made = latest.created.astimezone(self.service.zone).date()
        text = self.tr("Plan version {n}, made {day}").format(n=latest.version, day=date_text(made))
        return text + (f": {latest.note}" if latest.note else ".")

    # -- changes -----------------------------------------------------------------
    def new_plan(self) -> PlanDialog:
        today = self.today()
        unit = self.taper.current_unit() or str(self.service.setting("default_unit"))
        dialog = PlanDialog(today, None, None, unit, "", self)
        dialog.track_changed.connect(
            lambda key: dialog.set_amounts(*self._prefill(key, dialog.unit()))
        )
        dialog.set_amounts(*self._prefill(dialog.track_key(), dialog.unit()))
        dialog.accepted.connect(lambda: self._save_new(dialog))
        dialog.open()
        self.dialog = dialog
        return dialog

    def _prefill(self, track_key: str, unit: str) -> tuple[float | None, int | None, str]:
        """Amount, doses per day and a sentence saying where they came from."""
        prefill = self.taper.prefill(self.today(), track_key, unit)
        if prefill is None:
            note = self.tr("No such doses logged in the last 7 days: enter your current amount.")
            return None, None, note
        note = self.tr(
            "Filled in from your last {n} days of logged doses (the middle values). "
            "Change anything that does not fit."
        ).format(n=prefill.days_used)
        return prefill.daily_amount, prefill.doses_per_day, note

    def _save_new(self, dialog: PlanDialog) -> None:
        self._apply(
            lambda: self.taper.create_plan(
                dialog.inputs(), dialog.unit(), track_key=dialog.track_key()
            )
        )

    def change_plan(self) -> PlanDialog:
        """The plan's own settings, starting today at today's target; past days stay."""
        today = self.today()
        version = self.taper.current_version()
        step = self.taper.step_on(today)
        assert version is not None
        dialog = PlanDialog(today, None, None, version.unit, "", self)
        dialog.setWindowTitle(self.tr("Change the plan from today"))
        dialog.load_inputs(version.inputs)
        dialog.track_combo.setCurrentIndex(max(0, dialog.track_combo.findData(version.track_key)))
        dialog.track_combo.setEnabled(False)  # a changed plan keeps counting the same doses
        dialog.unit_combo.setEnabled(False)
        dialog.start_edit.setEnabled(False)
        if step is not None:
            dialog.set_amounts(
                step.daily_target,
                step.doses_per_day or None,
                self.tr("Starting from today's target. Days already past keep their targets."),
            )
        dialog.accepted.connect(
            lambda: self._apply(lambda: self.taper.replace_future(dialog.inputs(), today))
        )
        dialog.open()
        self.dialog = dialog
        return dialog

    def hold_step(self) -> PlanChangeDialog:
        version = self.taper.current_version()
        dialog = PlanChangeDialog.hold(version.step_days if version else 7, self)
        dialog.accepted.connect(
            lambda: self._apply(lambda: self.taper.hold(self.today(), dialog.days(), dialog.note()))
        )
        dialog.open()
        self.dialog = dialog
        return dialog

    def resume(self) -> None:
        self._apply(lambda: self.taper.resume(self.today()))

    def revert_step(self) -> PlanChangeDialog:
        dialog = PlanChangeDialog.revert(self)
        dialog.accepted.connect(
            lambda: self._apply(lambda: self.taper.revert_step(self.today(), dialog.note()))
        )
        dialog.open()
        self.dialog = dialog
        return dialog

    def _apply(self, change: Callable[[], object]) -> None:
        try:
            change()
        except JournalError as error:
            self.message_label.setText(error_text(error))
        else:
            self.message_label.setText("")
        self.refresh()
        self.plan_changed.emit()


def _table(model: object, name: str) -> QTableView:
    table = QTableView()
    table.setModel(model)  # type: ignore[arg-type]
    table.setAccessibleName(name)
    table.setTabKeyNavigation(False)  # Tab moves on; the arrow keys move in the table
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.setAlternatingRowColors(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _label(text: str, point_size: int, name: str) -> QLabel:
    label = QLabel(text)
    if name:
        label.setObjectName(name)
    set_points(label, point_size)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label
