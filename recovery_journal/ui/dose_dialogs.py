"""Dialogs for what is taken or resisted: doses, cravings, other substances, medication."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QWidget,
)

from recovery_journal.domain.models import (
    CRAVING_OUTCOMES,
    SUBSTANCE_KINDS,
    Craving,
    Dose,
    MedicationTaken,
    SubstanceUse,
)
from recovery_journal.domain.validation import parse_number
from recovery_journal.services.journal_service import JournalService
from recovery_journal.ui.describe import decimal_point, number_text, typed_number
from recovery_journal.ui.entry_dialogs import (
    TEXT_INPUT_LIMIT,
    EntryDialog,
    choose_unit,
    spin_box,
    unit_box,
)
from recovery_journal.ui.entry_widgets import MixingCheck, TriggerList
from recovery_journal.ui.safety import substance_label

MAX_AMOUNT = 100_000


class DoseDialog(EntryDialog):
    def __init__(self, service: JournalService, now: datetime, parent: QWidget | None = None):
        super().__init__(service, now, parent)
        self.setWindowTitle(self.tr("Log a dose"))
        self.products = {p.name: p for p in service.products.all()}
        self._kept_product: tuple[str, int | None] | None = None
        self.amount_edit = QLineEdit()
        self.amount_edit.setPlaceholderText(number_text(2.5, 1))
        self.unit_combo = unit_box(str(service.setting("default_unit")))
        self.product_combo = QComboBox()
        self.product_combo.setEditable(True)
        self.product_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.product_combo.addItem("")
        self.product_combo.addItems(list(self.products))
        self.product_combo.currentTextChanged.connect(self._product_chosen)
        self.trigger_list = TriggerList(service.triggers.all())
        self.add_row(self.tr("&Amount"), self.amount_edit)
        self.add_row(self.tr("&Unit"), self.unit_combo)
        self.add_row(
            self.tr("&Product"),
            self.product_combo,
            self.tr("Choose a product or type a new name"),
        )
        self.add_row(self.tr("T&riggers"), self.trigger_list, self.tr("Optional; Space ticks one"))
        self.add_common_rows()
        self.mixing = MixingCheck(self)
        self.mixing.update()
        self.amount_edit.setFocus()

    def fill_defaults(self) -> None:
        last = self.service.last_dose(self.service.clock())
        if last is None:
            return
        names = {p.id: p.name for p in self.products.values()}
        self.product_combo.setCurrentText(names.get(last.product_id, "") if last.product_id else "")
        choose_unit(self.unit_combo, last.unit)
        self.amount_edit.setText(typed_number(last.amount))
        self.amount_edit.selectAll()

    def load_fields(self, entry: Dose) -> None:
        product = self.service.product_map().get(entry.product_id or -1)
        if product is not None:  # kept as it is, even if since removed from the list
            self._kept_product = (product.name, product.id)
        self.product_combo.setCurrentText(product.name if product else "")
        choose_unit(self.unit_combo, entry.unit)
        self.amount_edit.setText(typed_number(entry.amount))
        self.trigger_list.set_checked(entry.trigger_ids, self.service.trigger_map())
        self.mixing.update()

    def _product_chosen(self, name: str) -> None:
        product = self.products.get(name)
        if product is not None:
            choose_unit(self.unit_combo, product.unit)

    def amount(self) -> float:
        return parse_number(
            self.amount_edit.text(),
            self.tr("amount"),
            0,
            MAX_AMOUNT,
            decimal_point(),
        )

    def product_name(self) -> str | None:
        name = self.product_combo.currentText().strip()
        return name or None

    def _unchanged_product_id(self) -> int | None:
        """The edited dose's own product while its name is left as it was."""
        if self._kept_product is not None and self.product_name() == self._kept_product[0]:
            return self._kept_product[1]
        return None

    def build(self) -> Dose:
        return Dose(
            amount=self.amount(),
            unit=str(self.unit_combo.currentData()),
            trigger_ids=self.trigger_list.checked_ids(),
            product_id=self._unchanged_product_id(),
            **self.common_values(),
        )

    def links(self) -> dict[str, Any]:
        if self._unchanged_product_id() is not None:
            return {}
        return {"product_name": self.product_name()}


class CravingDialog(EntryDialog):
    """A craving; "ask me again" starts the ride-it-out timer on the Today page."""

    def __init__(self, service: JournalService, now: datetime, parent: QWidget | None = None):
        super().__init__(service, now, parent)
        self.setWindowTitle(self.tr("Log a craving"))
        self.intensity_spin = spin_box(0, 10, 5)
        self.trigger_list = TriggerList(service.triggers.all())
        self.coping_edit = QLineEdit()
        self.coping_edit.setMaxLength(TEXT_INPUT_LIMIT)
        self.coping_edit.setPlaceholderText(self.tr("e.g. walked, called a friend, tea"))
        self.outcome_combo = QComboBox()
        self.outcome_combo.addItem(self.tr("Still riding it out"), None)
        outcome_labels = {
            "passed": self.tr("It passed"),
            "delayed": self.tr("Delayed it"),
            "used": self.tr("Used"),
        }
        for outcome in CRAVING_OUTCOMES:
            self.outcome_combo.addItem(outcome_labels[outcome], outcome)
        self.outcome_combo.currentIndexChanged.connect(self._outcome_changed)
        self.used_edit = QLineEdit()
        self.used_edit.setPlaceholderText(self.tr("amount used"))
        self.used_unit = unit_box(str(service.setting("default_unit")))
        used_row = QWidget()
        used_layout = QHBoxLayout(used_row)
        used_layout.setContentsMargins(0, 0, 0, 0)
        used_layout.addWidget(self.used_edit, 1)
        used_layout.addWidget(self.used_unit)
        self.used_unit.setAccessibleName(self.tr("Unit used"))
        self.ask_again_box = QCheckBox(self.tr("As&k me again in"))
        self.ask_again_spin = spin_box(10, 20, 15, self.tr(" min"))
        self.ask_again_spin.setAccessibleName(self.tr("Minutes until asking again"))
        self.ask_again_box.toggled.connect(self._outcome_changed)
        ask_row = QWidget()
        self.ask_row = ask_row
        ask_layout = QHBoxLayout(ask_row)
        ask_layout.setContentsMargins(0, 0, 0, 0)
        ask_layout.addWidget(self.ask_again_box)
        ask_layout.addWidget(self.ask_again_spin)
        ask_layout.addStretch(1)
        self.add_row(self.tr("&Intensity (0–10)"), self.intensity_spin)
        self.add_row(self.tr("T&riggers"), self.trigger_list, self.tr("Space ticks one"))
        self.add_row(self.tr("C&oping used"), self.coping_edit)
        self.add_row(self.tr("O&utcome"), self.outcome_combo)
        self.add_row(self.tr("Amount &used"), self.used_edit)
        self.form.addRow("", used_row)
        self.form.addRow(self.tr("Ride it out"), ask_row)
        self.ask_label = self.form.labelForField(ask_row)
        self.ask_again_box.setAccessibleName(self.tr("Ask me again later"))
        self.add_common_rows()
        self._outcome_changed()
        self.intensity_spin.setFocus()
        self.intensity_spin.selectAll()

    def fill_defaults(self) -> None:
        minutes = int(self.service.setting("craving_timer_minutes"))
        self.ask_again_spin.setValue(minutes)
        self.ask_again_box.setChecked(True)
        self._outcome_changed()

    def load_fields(self, entry: Craving) -> None:
        self.intensity_spin.setValue(entry.intensity)
        self.trigger_list.set_checked(entry.trigger_ids, self.service.trigger_map())
        self.coping_edit.setText(entry.coping)
        self.outcome_combo.setCurrentIndex(max(0, self.outcome_combo.findData(entry.outcome)))
        if entry.used_amount is not None:
            self.used_edit.setText(typed_number(entry.used_amount))
            choose_unit(self.used_unit, entry.used_unit or "g")
        self.ask_again_box.setChecked(False)
        self.ask_row.hide()  # the timer is for a craving happening now, not an edit
        if self.ask_label is not None:
            self.ask_label.hide()
        self._outcome_changed()

    def _outcome_changed(self) -> None:
        used = self.outcome() == "used"
        self.used_edit.setEnabled(used)
        self.used_unit.setEnabled(used)
        riding = self.outcome() is None
        self.ask_again_box.setEnabled(riding)
        self.ask_again_spin.setEnabled(riding and self.ask_again_box.isChecked())
        if not riding:
            self.ask_again_box.setChecked(False)

    def outcome(self) -> str | None:
        value = self.outcome_combo.currentData()
        return str(value) if value else None

    def ask_again_minutes(self) -> int | None:
        """Minutes until the ride-it-out check, when the user asked for one."""
        if self.outcome() is None and self.ask_again_box.isChecked():
            return self.ask_again_spin.value()
        return None

    def build(self) -> Craving:
        used_amount = used_unit = None
        if self.outcome() == "used" and self.used_edit.text().strip():
            used_amount = parse_number(
                self.used_edit.text(),
                self.tr("amount used"),
                0,
                MAX_AMOUNT,
                decimal_point(),
            )
            used_unit = str(self.used_unit.currentData())
        duration = self.original.duration_min if isinstance(self.original, Craving) else None
        return Craving(
            intensity=self.intensity_spin.value(),
            trigger_ids=self.trigger_list.checked_ids(),
            coping=self.coping_edit.text(),
            outcome=self.outcome(),
            used_amount=used_amount,
            used_unit=used_unit,
            duration_min=duration,
            **self.common_values(),
        )


class SubstanceDialog(EntryDialog):
    def __init__(self, service: JournalService, now: datetime, parent: QWidget | None = None):
        super().__init__(service, now, parent)
        self.setWindowTitle(self.tr("Log another substance"))
        self.kind_combo = QComboBox()
        for kind in SUBSTANCE_KINDS:
            label = substance_label(kind)
            self.kind_combo.addItem(label[:1].upper() + label[1:], kind)
        self.amount_edit = QLineEdit()
        self.amount_edit.setMaxLength(TEXT_INPUT_LIMIT)
        self.amount_edit.setPlaceholderText(self.tr("e.g. 2 glasses of wine, 5 mg"))
        self.add_row(self.tr("&Substance"), self.kind_combo)
        self.add_row(self.tr("&Amount"), self.amount_edit, self.tr("Optional, in your words"))
        self.add_common_rows()
        self.mixing = MixingCheck(self, lambda: str(self.kind_combo.currentData()))
        self.kind_combo.currentIndexChanged.connect(self.mixing.update)
        self.mixing.update()
        self.kind_combo.setFocus()

    def load_fields(self, entry: SubstanceUse) -> None:
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(entry.kind)))
        self.amount_edit.setText(entry.amount)
        self.mixing.update()

    def build(self) -> SubstanceUse:
        return SubstanceUse(
            kind=str(self.kind_combo.currentData()),
            amount=self.amount_edit.text().strip(),
            **self.common_values(),
        )


class MedicationDialog(EntryDialog):
    def __init__(self, service: JournalService, now: datetime, parent: QWidget | None = None):
        super().__init__(service, now, parent)
        self.setWindowTitle(self.tr("Log a medication"))
        self.name_combo = QComboBox()
        self.name_combo.setEditable(True)
        self.name_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.name_combo.addItems(["", *service.medication_names()])
        line = self.name_combo.lineEdit()
        assert line is not None
        line.setMaxLength(TEXT_INPUT_LIMIT)
        self.dose_edit = QLineEdit()
        self.dose_edit.setMaxLength(TEXT_INPUT_LIMIT)
        self.dose_edit.setPlaceholderText(self.tr("e.g. 8 mg"))
        self.add_row(self.tr("&Medication"), self.name_combo)
        self.add_row(self.tr("&Dose"), self.dose_edit, self.tr("Optional"))
        self.add_common_rows()
        self.name_combo.setFocus()

    def load_fields(self, entry: MedicationTaken) -> None:
        self.name_combo.setCurrentText(entry.name)
        self.dose_edit.setText(entry.dose)

    def build(self) -> MedicationTaken:
        return MedicationTaken(
            name=self.name_combo.currentText().strip(),
            dose=self.dose_edit.text().strip(),
            **self.common_values(),
        )
