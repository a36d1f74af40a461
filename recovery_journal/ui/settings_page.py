"""Settings: the product and trigger lists, and personal preferences saved at once."""

from __future__ import annotations

from typing import Any, TypeVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from recovery_journal.domain.errors import JournalError
from recovery_journal.domain.settings import SETTINGS
from recovery_journal.services.catalog import CatalogService
from recovery_journal.services.journal_service import JournalService
from recovery_journal.ui.appearance import set_points
from recovery_journal.ui.appearance_group import AppearanceGroup
from recovery_journal.ui.device_prefs import DevicePrefs
from recovery_journal.ui.error_text import error_text
from recovery_journal.ui.products_dialog import ProductsDialog, choice_combo, unit_labels
from recovery_journal.ui.reminders_group import PrivacyGroup, ReminderGroup
from recovery_journal.ui.triggers_dialog import TriggersDialog

D = TypeVar("D", ProductsDialog, TriggersDialog)

QUESTIONNAIRE_DAYS = (0, 90)  # 0 = never offer
CRAVING_TIMER_MINUTES = (10, 20)  # cravings come in waves of about this length


def _spin(low: int, high: int, suffix: str) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(low, high)
    spin.setSuffix(suffix)
    spin.setKeyboardTracking(False)  # typing "12" saves 12, not 1 first
    return spin


class SettingsPage(QWidget):
    """Lists the user manages, and preferences that take effect as soon as they change."""

    lists_changed = Signal()  # products or triggers were edited
    settings_changed = Signal(str)  # the name of a setting just saved

    def __init__(
        self,
        service: JournalService,
        catalog: CatalogService,
        data: QWidget | None = None,
        parent: QWidget | None = None,
        *,
        prefs: DevicePrefs | None = None,
    ) -> None:
        super().__init__(parent)
        self.data = data  # the "Your data" group: backups, export, import
        self.prefs = prefs  # this computer's preferences (text size, discreet mode)
        self.service, self.catalog = service, catalog
        self.products_dialog: ProductsDialog | None = None
        self.triggers_dialog: TriggersDialog | None = None
        self.heading = QLabel(self.tr("Settings"))
        set_points(self.heading, 20)
        self.products_button = QPushButton(self.tr("&Products…"))
        self.triggers_button = QPushButton(self.tr("&Triggers…"))
        self.questionnaire_spin = _spin(*QUESTIONNAIRE_DAYS, self.tr(" days"))
        self.questionnaire_spin.setSpecialValueText(self.tr("Never"))
        self.craving_timer_spin = _spin(*CRAVING_TIMER_MINUTES, self.tr(" min"))
        self.unit_combo = choice_combo(unit_labels())
        self.auto_lock_combo = self._auto_lock_combo()
        self.saved_label = QLabel()
        self.saved_label.setAccessibleName(self.tr("Settings status"))
        self._lay_out()
        self.refresh()
        self._connect()

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(16)
        layout.addWidget(self.heading)
        layout.addWidget(self._lists_group())
        layout.addWidget(self._journal_group())
        layout.addWidget(self.saved_label)  # under the Journal group it reports on
        self.reminders = ReminderGroup(self.service)
        self.reminders.saved.connect(self.settings_changed)
        layout.addWidget(self.reminders)
        self.appearance = AppearanceGroup(self.prefs) if self.prefs is not None else None
        if self.appearance is not None:
            layout.addWidget(self.appearance)
        self.privacy = PrivacyGroup(self.prefs) if self.prefs is not None else None
        if self.privacy is not None:
            layout.addWidget(self.privacy)
        if self.data is not None:
            layout.addWidget(self.data)
        self.saved_label.hide()
        layout.addStretch(1)

    def _lists_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Lists"))
        about = QLabel(
            self.tr("The products and triggers you choose from when you log doses and cravings.")
        )
        about.setWordWrap(True)
        self.products_button.setAccessibleName(self.tr("Edit products"))
        self.triggers_button.setAccessibleName(self.tr("Edit triggers"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.products_button)
        buttons.addWidget(self.triggers_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(group)
        layout.addWidget(about)
        layout.addLayout(buttons)
        return group

    def _journal_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Journal"))
        form = QFormLayout(group)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        rows = (
            (self.tr("&Offer PHQ-9 and GAD-7 every"), self.questionnaire_spin),
            (self.tr("&Ask again after a craving"), self.craving_timer_spin),
            (self.tr("Default &unit for doses"), self.unit_combo),
            (self.tr("&Lock when idle for"), self.auto_lock_combo),
        )
        for label, widget in rows:
            widget.setAccessibleName(label.replace("&", ""))
            form.addRow(label, widget)
        self.questionnaire_spin.setToolTip(
            self.tr("How often the journal offers the mood questionnaires; Never turns it off.")
        )
        self.craving_timer_spin.setToolTip(
            self.tr("Cravings come in waves; the journal asks again after this long.")
        )
        self.auto_lock_combo.setToolTip(
            self.tr(
                "Locks the journal after this long without a key press or mouse movement. "
                "Ctrl+L locks it at once."
            )
        )
        return group

    def _auto_lock_combo(self) -> QComboBox:
        labels = {
            0: self.tr("Never"),
            1: self.tr("1 minute"),
            5: self.tr("5 minutes"),
            15: self.tr("15 minutes"),
            30: self.tr("30 minutes"),
        }
        combo = QComboBox()
        for minutes in SETTINGS["auto_lock_minutes"].choices:
            combo.addItem(labels[minutes], minutes)
        return combo

    def _connect(self) -> None:
        self.products_button.clicked.connect(self.open_products)
        self.triggers_button.clicked.connect(self.open_triggers)
        self.questionnaire_spin.valueChanged.connect(
            lambda value: self._save("questionnaire_interval_days", value)
        )
        self.craving_timer_spin.valueChanged.connect(
            lambda value: self._save("craving_timer_minutes", value)
        )
        self.unit_combo.currentIndexChanged.connect(
            lambda _index: self._save("default_unit", str(self.unit_combo.currentData()))
        )
        self.auto_lock_combo.currentIndexChanged.connect(
            lambda _index: self._save("auto_lock_minutes", int(self.auto_lock_combo.currentData()))
        )

    # -- settings -----------------------------------------------------------------------
    def refresh(self) -> None:
        """Show the values as they are saved in the journal."""
        inputs = (
            self.questionnaire_spin,
            self.craving_timer_spin,
            self.unit_combo,
            self.auto_lock_combo,
        )
        for widget in inputs:
            widget.blockSignals(True)
        self.questionnaire_spin.setValue(self.service.setting("questionnaire_interval_days"))
        self.craving_timer_spin.setValue(self.service.setting("craving_timer_minutes"))
        unit_index = self.unit_combo.findData(self.service.setting("default_unit"))
        self.unit_combo.setCurrentIndex(max(unit_index, 0))
        lock_index = self.auto_lock_combo.findData(self.service.setting("auto_lock_minutes"))
        self.auto_lock_combo.setCurrentIndex(max(lock_index, 0))
        for widget in inputs:
            widget.blockSignals(False)

    def _save(self, name: str, value: Any) -> None:
        try:
            self.service.set_setting(name, value)
        except JournalError as error:
            self.saved_label.setText(error_text(error))
            self.saved_label.show()
            self.refresh()
            return
        self.saved_label.setText(self.tr("Saved."))
        self.saved_label.show()
        self.settings_changed.emit(name)

    # -- lists --------------------------------------------------------------------------
    def open_products(self) -> ProductsDialog:
        """Open the product manager over this window (one at a time)."""
        self.products_dialog = self._open(self.products_dialog, ProductsDialog)
        return self.products_dialog

    def open_triggers(self) -> TriggersDialog:
        """Open the trigger list over this window (one at a time)."""
        self.triggers_dialog = self._open(self.triggers_dialog, TriggersDialog)
        return self.triggers_dialog

    def _open(self, dialog: D | None, kind: type[D]) -> D:
        if dialog is not None and dialog.isVisible():
            dialog.raise_()
            dialog.activateWindow()
            return dialog
        if dialog is not None:
            dialog.deleteLater()
        dialog = kind(self.catalog, self)
        dialog.changed.connect(self.lists_changed)
        dialog.open()  # window-modal: the rest of the window waits, other windows do not
        return dialog
