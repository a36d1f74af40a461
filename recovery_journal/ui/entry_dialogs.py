"""Quick entry dialogs: first field focused, sensible defaults, Enter saves, Esc cancels."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import QDateTime, QLocale, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from recovery_journal.domain.errors import JournalError
from recovery_journal.domain.models import CRAVING_OUTCOMES, Product, Trigger
from recovery_journal.domain.timeutil import localize
from recovery_journal.domain.units import UNITS
from recovery_journal.domain.validation import NOTE_MAX_CHARS, parse_number

Saver = Callable[["EntryDialog"], Any]


class EntryDialog(QDialog):
    """A form whose Save calls ``saver``; a validation error keeps it open with a message."""

    def __init__(self, title: str, now: datetime, saver: Saver, parent: QWidget | None = None):
        super().__init__(parent)
        zone = now.tzinfo
        assert zone is not None
        self.setWindowTitle(title)
        self.setModal(True)
        self.zone = zone
        self._saver = saver
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setAccessibleName(self.tr("Problem with the entry"))
        self.error_label.setStyleSheet("font-weight: 600;")
        self.error_label.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.try_save)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.time_edit = QDateTimeEdit(QDateTime(now.replace(tzinfo=None, second=0, microsecond=0)))
        self.time_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.time_edit.setCalendarPopup(True)
        self.note_edit = QLineEdit()
        self.note_edit.setMaxLength(NOTE_MAX_CHARS)
        self.note_edit.setPlaceholderText(self.tr("Optional"))
        self.clinician_box = QCheckBox(self.tr("Show on the clinician summary"))
        self.saved: Any = None

    def add_row(self, label: str, widget: QWidget) -> None:
        widget.setAccessibleName(label.replace("&", ""))
        self.form.addRow(label, widget)

    def add_common_rows(self) -> None:
        self.add_row(self.tr("&Time"), self.time_edit)
        self.add_row(self.tr("&Note"), self.note_edit)
        self.add_row("", self.clinician_box)
        self.clinician_box.setAccessibleName(self.tr("Show on the clinician summary"))

    def moment(self) -> datetime:
        value = self.time_edit.dateTime().toPython()
        assert isinstance(value, datetime)
        naive = value.replace(second=0, microsecond=0)
        return localize(naive, self.zone, self.tr("time"))

    def common_values(self) -> dict[str, Any]:
        return {"note": self.note_edit.text(), "for_clinician": self.clinician_box.isChecked()}

    def try_save(self) -> None:
        try:
            self.saved = self._saver(self)
        except JournalError as error:
            self.error_label.setText(str(error))
            self.error_label.show()
            return
        self.accept()


def _spin(low: int, high: int, value: int) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(low, high)
    spin.setValue(value)
    return spin


class DoseDialog(EntryDialog):
    def __init__(
        self,
        now: datetime,
        saver: Saver,
        products: Sequence[Product],
        last_product: str | None,
        last_amount: float | None,
        last_unit: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Log a dose"), now, saver, parent)
        self.number_locale = QLocale()
        self.amount_edit = QLineEdit()
        if last_amount is not None:
            self.amount_edit.setText(self.number_locale.toString(last_amount, "g", 6))
        self.amount_edit.selectAll()
        self.unit_combo = QComboBox()
        self.unit_combo.addItems(list(UNITS))
        self.unit_combo.setCurrentText(last_unit)
        self.product_combo = QComboBox()
        self.product_combo.setEditable(True)
        self.product_combo.addItem("")
        self.product_combo.addItems([p.name for p in products])
        self.product_combo.setCurrentText(last_product or "")
        self.add_row(self.tr("&Amount"), self.amount_edit)
        self.add_row(self.tr("&Unit"), self.unit_combo)
        self.add_row(self.tr("&Product"), self.product_combo)
        self.add_common_rows()
        self.amount_edit.setFocus()

    def amount(self) -> float:
        return parse_number(
            self.amount_edit.text(),
            self.tr("amount"),
            0,
            100_000,
            self.number_locale.decimalPoint(),
        )

    def product_name(self) -> str | None:
        name = self.product_combo.currentText().strip()
        return name or None


class CravingDialog(EntryDialog):
    def __init__(
        self,
        now: datetime,
        saver: Saver,
        triggers: Sequence[Trigger],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Log a craving"), now, saver, parent)
        self.intensity_spin = _spin(0, 10, 5)
        self.trigger_list = QListWidget()
        for trigger in triggers:
            item = QListWidgetItem(trigger.name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.UserRole, trigger.id)
            self.trigger_list.addItem(item)
        self.trigger_list.setMaximumHeight(150)
        self.outcome_combo = QComboBox()
        self.outcome_combo.addItem(self.tr("Still riding it out"), None)
        for outcome in CRAVING_OUTCOMES:
            self.outcome_combo.addItem(self.tr(outcome.capitalize()), outcome)
        self.add_row(self.tr("&Intensity (0–10)"), self.intensity_spin)
        self.add_row(self.tr("T&riggers"), self.trigger_list)
        self.add_row(self.tr("&Outcome"), self.outcome_combo)
        self.add_common_rows()
        self.intensity_spin.setFocus()
        self.intensity_spin.selectAll()

    def trigger_ids(self) -> tuple[int, ...]:
        ids = []
        for row in range(self.trigger_list.count()):
            item = self.trigger_list.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                ids.append(int(item.data(Qt.ItemDataRole.UserRole)))
        return tuple(ids)

    def outcome(self) -> str | None:
        value = self.outcome_combo.currentData()
        return str(value) if value else None


class MoodDialog(EntryDialog):
    FIELDS = ("mood", "anxiety", "energy", "pain")

    def __init__(
        self, now: datetime, saver: Saver, last: dict[str, int], parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Mood check-in"), now, saver, parent)
        labels = {
            "mood": self.tr("&Mood (0 low – 10 good)"),
            "anxiety": self.tr("&Anxiety (0–10)"),
            "energy": self.tr("&Energy (0–10)"),
            "pain": self.tr("&Pain (0–10)"),
        }
        self.spins = {name: _spin(0, 10, last.get(name, 5)) for name in self.FIELDS}
        for name in self.FIELDS:
            self.add_row(labels[name], self.spins[name])
        self.add_common_rows()
        self.spins["mood"].setFocus()
        self.spins["mood"].selectAll()

    def scores(self) -> dict[str, int]:
        return {name: spin.value() for name, spin in self.spins.items()}
