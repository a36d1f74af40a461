"""Settings → Reminders (saved in the journal) and Privacy (discreet mode, this computer)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSignalBlocker, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from recovery_journal.domain.errors import JournalError
from recovery_journal.services.journal_service import JournalService
from recovery_journal.ui.device_prefs import DevicePrefs

CLOCK_FORMAT = "HH:mm"  # the form the settings keep; the edit shows the same


class ReminderGroup(QGroupBox):
    """Daily check-in and sleep diary reminders at chosen times, and the planned interval."""

    saved = Signal(str)  # the name of the setting just saved

    def __init__(self, service: JournalService, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Reminders"), parent)
        self.service = service
        self.checkin_box = QCheckBox(self.tr("Daily &check-in at"))
        self.checkin_time = _time_edit()
        self.sleep_box = QCheckBox(self.tr("Sleep &diary at"))
        self.sleep_time = _time_edit()
        self.interval_box = QCheckBox(self.tr("When the planned inter&val has passed"))
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Reminders status"))
        self.status.setWordWrap(True)
        self.status.hide()
        self._describe()
        self._lay_out()
        self.refresh()
        self._connect()

    def _describe(self) -> None:
        described = {
            self.checkin_box: (
                self.tr("Daily check-in reminder"),
                self.tr(
                    "Once a day at this time, unless you have already logged your mood or a "
                    "withdrawal check that day."
                ),
            ),
            self.checkin_time: (
                self.tr("Daily check-in reminder time"),
                self.tr("When the daily check-in reminder comes (24-hour clock)."),
            ),
            self.sleep_box: (
                self.tr("Sleep diary reminder"),
                self.tr("Once a day at this time, unless last night's sleep diary is written."),
            ),
            self.sleep_time: (
                self.tr("Sleep diary reminder time"),
                self.tr("When the sleep diary reminder comes (24-hour clock)."),
            ),
            self.interval_box: (
                self.tr("Planned interval reminder"),
                self.tr(
                    "Once, when your plan's minimum time between doses has passed since the "
                    "last dose you logged."
                ),
            ),
        }
        for widget, (name, tip) in described.items():
            widget.setAccessibleName(name)
            widget.setToolTip(tip)

    def _lay_out(self) -> None:
        about = QLabel(
            self.tr(
                "Shown by the system tray while the app is open, locked or not. They never "
                "name a substance, a product or an amount."
            )
        )
        about.setWordWrap(True)
        interval_about = QLabel(
            self.tr(
                "Uses the minimum interval of your taper plan's current step, counted from "
                "your last dose. Without a plan there is nothing to remind."
            )
        )
        interval_about.setWordWrap(True)
        interval_about.setIndent(24)  # under its checkbox's text
        grid = QGridLayout()
        grid.addWidget(self.checkin_box, 0, 0)
        grid.addWidget(self.checkin_time, 0, 1)
        grid.addWidget(self.sleep_box, 1, 0)
        grid.addWidget(self.sleep_time, 1, 1)
        grid.setColumnStretch(2, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addLayout(grid)
        layout.addWidget(self.interval_box)
        layout.addWidget(interval_about)
        layout.addWidget(self.status)

    def _connect(self) -> None:
        self.checkin_box.toggled.connect(lambda on: self._save("reminder_checkin", on))
        self.sleep_box.toggled.connect(lambda on: self._save("reminder_sleep", on))
        self.interval_box.toggled.connect(lambda on: self._save("reminder_dose_interval", on))
        self.checkin_time.timeChanged.connect(
            lambda value: self._save("reminder_checkin_time", value.toString(CLOCK_FORMAT))
        )
        self.sleep_time.timeChanged.connect(
            lambda value: self._save("reminder_sleep_time", value.toString(CLOCK_FORMAT))
        )

    def refresh(self) -> None:
        """Show the reminders as they are saved in the journal."""
        setting = self.service.setting
        inputs = (
            self.checkin_box,
            self.checkin_time,
            self.sleep_box,
            self.sleep_time,
            self.interval_box,
        )
        for widget in inputs:
            widget.blockSignals(True)
        self.checkin_box.setChecked(bool(setting("reminder_checkin")))
        self.checkin_time.setTime(QTime.fromString(setting("reminder_checkin_time"), CLOCK_FORMAT))
        self.sleep_box.setChecked(bool(setting("reminder_sleep")))
        self.sleep_time.setTime(QTime.fromString(setting("reminder_sleep_time"), CLOCK_FORMAT))
        self.interval_box.setChecked(bool(setting("reminder_dose_interval")))
        for widget in inputs:
            widget.blockSignals(False)
        self._enable_times()

    def _save(self, name: str, value: Any) -> None:
        try:
            self.service.set_setting(name, value)
        except JournalError as error:
            self.status.setText(str(error))
            self.status.show()
            self.refresh()
            return
        self.status.setText(self.tr("Saved."))
        self.status.show()
        self._enable_times()
        self.saved.emit(name)

    def _enable_times(self) -> None:
        self.checkin_time.setEnabled(self.checkin_box.isChecked())
        self.sleep_time.setEnabled(self.sleep_box.isChecked())


class PrivacyGroup(QGroupBox):
    """Discreet mode: a neutral window title and tray text, for shared screens."""

    def __init__(self, prefs: DevicePrefs, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Privacy"), parent)
        self.prefs = prefs
        self.discreet_box = QCheckBox(self.tr("Discreet &mode"))
        self.discreet_box.setAccessibleName(self.tr("Discreet mode"))
        self.discreet_box.setToolTip(
            self.tr("Saved on this computer, so the lock screen is discreet too.")
        )
        about = QLabel(
            self.tr(
                "For shared screens: the window title, the lock screen and the tray say only "
                "“Journal”. Reminders never name a substance either way."
            )
        )
        about.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.discreet_box)
        layout.addWidget(about)
        self.refresh()
        self.discreet_box.toggled.connect(lambda on: prefs.set("discreet_mode", on))
        prefs.changed.connect(self._pref_changed)

    def refresh(self) -> None:
        with QSignalBlocker(self.discreet_box):
            self.discreet_box.setChecked(self.prefs.discreet)

    def _pref_changed(self, name: str) -> None:
        if name == "discreet_mode":
            self.refresh()


def _time_edit() -> QTimeEdit:
    edit = QTimeEdit()
    edit.setDisplayFormat(CLOCK_FORMAT)
    edit.setKeyboardTracking(False)  # typing "21:30" saves 21:30, not 21:03 on the way
    return edit
