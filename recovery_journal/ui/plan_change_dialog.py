"""Small confirmations for changing a plan in progress: hold a step, go back a step."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from recovery_journal.ui.appearance import widen_on_first_show
from recovery_journal.ui.entry_dialogs import spin_box
from recovery_journal.ui.i18n import tr


class PlanChangeDialog(QDialog):
    """Says what will change; asks for days (hold) and a note (required to go back)."""

    def __init__(
        self,
        title: str,
        explanation: str,
        days: int | None,
        note_required: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self._widened = False
        self.note_required = note_required
        text = QLabel(explanation)
        text.setWordWrap(True)
        self.days_spin: QSpinBox | None = None
        form = QFormLayout()
        if days is not None:
            self.days_spin = spin_box(1, 3650, days, self.tr(" days"))
            self.days_spin.setAccessibleName(self.tr("Days to hold"))
            form.addRow(self.tr("Hold for"), self.days_spin)
        self.note_edit = QLineEdit()
        self.note_edit.setAccessibleName(self.tr("Note"))
        self.note_edit.setPlaceholderText(
            self.tr("Why (kept with the plan's history)")
            if note_required
            else self.tr("Optional: why (kept with the plan's history)")
        )
        form.addRow(self.tr("&Note"), self.note_edit)
        self.error_label = QLabel()
        self.error_label.setAccessibleName(self.tr("Problem"))
        self.error_label.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        (self.days_spin or self.note_edit).setFocus()

    @classmethod
    def hold(cls, step_days: int, parent: QWidget | None = None) -> PlanChangeDialog:
        return cls(
            tr("Hold this step"),
            tr(
                "Holding keeps today's target for longer; every later step moves back by the "
                "same number of days. Days already past do not change."
            ),
            step_days,
            False,
            parent,
        )

    @classmethod
    def revert(cls, parent: QWidget | None = None) -> PlanChangeDialog:
        return cls(
            tr("Go back a step"),
            tr(
                "From today the target goes back to the previous step's, for one step length; "
                "the rest of the plan follows after it. Days already past do not change. "
                "This is your choice to make; a short note helps you and your clinician later."
            ),
            None,
            True,
            parent,
        )

    def showEvent(self, event: QShowEvent) -> None:
        if not self._widened:
            self._widened = True
            widen_on_first_show(self, 460)
        super().showEvent(event)

    def days(self) -> int | None:
        return self.days_spin.value() if self.days_spin is not None else None

    def note(self) -> str:
        return self.note_edit.text().strip()

    def try_accept(self) -> None:
        if self.note_required and not self.note():
            self.error_label.setText(self.tr("Please add a short note."))
            self.error_label.show()
            self.note_edit.setFocus()
            return
        self.accept()
