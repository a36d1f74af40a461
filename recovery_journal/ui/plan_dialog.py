"""Make or change a taper plan: every input editable, the steps previewed as you type."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QSignalBlocker, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from recovery_journal.domain.errors import JournalError
from recovery_journal.domain.taper import TaperInputs, TaperStep, generate_plan
from recovery_journal.domain.taper_tracking import track_keys
from recovery_journal.domain.validation import parse_number
from recovery_journal.ui.appearance import resize_within_screen
from recovery_journal.ui.describe import (
    date_edit_format,
    date_text,
    decimal_point,
    typed_number,
)
from recovery_journal.ui.entry_dialogs import spin_box, unit_box
from recovery_journal.ui.error_text import error_text
from recovery_journal.ui.taper_model import TaperStepModel


class PlanDialog(QDialog):
    """The plan inputs with a live preview; ``inputs()`` and ``unit()`` give the result."""

    track_changed = Signal(str)

    def __init__(
        self,
        start: date,
        daily_amount: float | None,
        doses_per_day: int | None,
        unit: str,
        prefill_note: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Taper plan"))
        self.setModal(True)
        resize_within_screen(self, 760, 640)
        self.method_combo = QComboBox()
        for key, label in (
            ("interval-first", self.tr("Interval first (fewer doses a day, then smaller doses)")),
            ("percent", self.tr("Percent of the current target each step")),
            ("linear", self.tr("Equal cuts each step")),
        ):
            self.method_combo.addItem(label, key)
        self.daily_edit = QLineEdit(self._number(daily_amount) if daily_amount else "")
        self.unit_combo = unit_box(unit)
        self.track_combo = QComboBox()
        self._fill_tracks()
        self.doses_spin = spin_box(1, 24, doses_per_day or 4)
        self.target_doses_spin = spin_box(1, 24, 2)
        self.step_days_spin = spin_box(1, 90, 7, self.tr(" days"))
        self.reduction_edit = QLineEdit(self._number(10))
        self.resolution_edit = QLineEdit(self._number(0.1 if unit in ("g", "mL") else 1))
        self.goal_edit = QLineEdit(self._number(0))
        self.start_edit = QDateEdit(QDate(start.year, start.month, start.day))
        self.start_edit.setCalendarPopup(True)
        self.start_edit.setDisplayFormat(date_edit_format())
        self.prefill_label = QLabel(prefill_note)
        self.prefill_label.setWordWrap(True)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setAccessibleName(self.tr("Problem with the plan"))
        self.error_label.setStyleSheet("font-weight: 600;")
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.preview = TaperStepModel(self)
        self.table = QTableView()
        self.table.setModel(self.preview)
        self.table.setAccessibleName(self.tr("Preview of the plan's steps"))
        self.table.setTabKeyNavigation(False)  # Tab moves on; the arrow keys move in the table
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self._lay_out()
        for edit in (self.daily_edit, self.reduction_edit, self.resolution_edit, self.goal_edit):
            edit.textChanged.connect(self.update_preview)
        for spin in (self.doses_spin, self.target_doses_spin, self.step_days_spin):
            spin.valueChanged.connect(self.update_preview)
        self.method_combo.currentIndexChanged.connect(self.update_preview)
        self.start_edit.dateChanged.connect(self.update_preview)
        self.unit_combo.currentIndexChanged.connect(self._fill_tracks)
        self.unit_combo.currentIndexChanged.connect(  # amounts are refilled in the new unit
            lambda: self.track_changed.emit(self.track_key())
        )
        self.unit_combo.currentIndexChanged.connect(self.update_preview)
        self.track_combo.currentIndexChanged.connect(
            lambda: self.track_changed.emit(self.track_key())
        )
        self.update_preview()
        self.daily_edit.setFocus()

    def _number(self, value: float) -> str:
        return typed_number(value)

    def _lay_out(self) -> None:
        form = QFormLayout()
        amount_row = QHBoxLayout()
        amount_row.addWidget(self.daily_edit, 1)
        amount_row.addWidget(self.unit_combo)
        rows: list[tuple[str, QWidget | QHBoxLayout, QWidget]] = [
            (self.tr("&Method"), self.method_combo, self.method_combo),
            (self.tr("Plan &covers"), self.track_combo, self.track_combo),
            (self.tr("Current &daily amount"), amount_row, self.daily_edit),
            (self.tr("Doses &per day now"), self.doses_spin, self.doses_spin),
            (self.tr("&Target doses per day"), self.target_doses_spin, self.target_doses_spin),
            (self.tr("Step &length"), self.step_days_spin, self.step_days_spin),
            (self.tr("&Reduction per step (%)"), self.reduction_edit, self.reduction_edit),
            (self.tr("Scale r&esolution"), self.resolution_edit, self.resolution_edit),
            (self.tr("&Goal (0 = stop)"), self.goal_edit, self.goal_edit),
            (self.tr("&Start on"), self.start_edit, self.start_edit),
        ]
        for label, field, named in rows:
            named.setAccessibleName(label.replace("&", ""))
            caption = QLabel(label)
            caption.setBuddy(named)  # Alt+letter jumps to the field, also in a row layout
            form.addRow(caption, field)
        self.unit_combo.setAccessibleName(self.tr("Unit"))
        self.target_doses_spin.setToolTip(
            self.tr("Interval first drops one dose a day per step until this many remain")
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addWidget(self.prefill_label)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

    # -- values ----------------------------------------------------------------
    def _parse(self, edit: QLineEdit, field: str, low: float, high: float) -> float:
        return parse_number(edit.text(), field, low, high, decimal_point())

    def inputs(self) -> TaperInputs:
        """The inputs as typed (raises ValidationError with the field named)."""
        start = self.start_edit.date()
        return TaperInputs(
            daily_amount=self._parse(self.daily_edit, self.tr("daily amount"), 0, 100_000),
            doses_per_day=self.doses_spin.value(),
            resolution=self._parse(self.resolution_edit, self.tr("resolution"), 0, 100_000),
            start=date(start.year(), start.month(), start.day()),
            method=str(self.method_combo.currentData()),
            step_days=self.step_days_spin.value(),
            reduction_pct=self._parse(self.reduction_edit, self.tr("reduction"), 0, 100),
            goal=self._parse(self.goal_edit, self.tr("goal"), 0, 100_000)
            if self.goal_edit.text().strip()
            else 0.0,
            target_doses_per_day=min(self.target_doses_spin.value(), self.doses_spin.value()),
        )

    def unit(self) -> str:
        return str(self.unit_combo.currentData())

    def track_key(self) -> str:
        """Which doses the plan counts: leaf and ordinary products, or high-potency ones."""
        return str(self.track_combo.currentData())

    def _fill_tracks(self) -> None:
        leaf, strong = track_keys(self.unit())
        chosen = self.track_combo.currentIndex()
        with QSignalBlocker(self.track_combo):
            self.track_combo.clear()
            self.track_combo.addItem(self.tr("Leaf powder and ordinary products"), leaf)
            self.track_combo.addItem(
                self.tr("High-potency products only (extracts, shots)"), strong
            )
            self.track_combo.setCurrentIndex(max(0, chosen))

    def load_inputs(self, inputs: TaperInputs) -> None:
        """Show a plan's own settings (to change a plan in progress from today)."""
        self.method_combo.setCurrentIndex(max(0, self.method_combo.findData(inputs.method)))
        self.reduction_edit.setText(self._number(inputs.reduction_pct))
        self.resolution_edit.setText(self._number(inputs.resolution))
        self.goal_edit.setText(self._number(inputs.goal))
        self.step_days_spin.setValue(inputs.step_days)
        self.target_doses_spin.setValue(inputs.target_doses_per_day)

    def set_amounts(self, daily_amount: float | None, doses_per_day: int | None, note: str) -> None:
        """Refill the current amounts (after choosing what the plan covers)."""
        self.daily_edit.setText(self._number(daily_amount) if daily_amount else "")
        if doses_per_day:
            self.doses_spin.setValue(doses_per_day)
        self.prefill_label.setText(note)

    def update_preview(self) -> list[TaperStep]:
        try:
            steps = generate_plan(self.inputs())
        except JournalError as error:
            self.error_label.setText(error_text(error))
            self.error_label.show()
            self.summary_label.clear()
            self.preview.set_steps([], self.unit())
            self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
            return []
        self.error_label.hide()
        self.preview.set_steps(steps, self.unit())
        self.summary_label.setText(
            self.tr("{n} steps, from {first} to {last}.").format(
                n=len(steps), first=date_text(steps[0].start), last=date_text(steps[-1].end)
            )
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(True)
        return steps

    def try_accept(self) -> None:
        if self.update_preview():
            self.accept()
