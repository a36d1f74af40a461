"""Every personal setting, declared once: name, type, default and label.

Values live in the encrypted database (they are personal); only window
geometry and similar UI state go to QSettings.
"""

from __future__ import annotations

from typing import Any

from recovery_journal.domain.errors import ValidationError
from recovery_journal.domain.record import record
from recovery_journal.domain.timeutil import parse_clock
from recovery_journal.domain.units import UNITS


@record
class Setting:
    """A setting the user can change: its name, type, default, label and allowed values."""

    name: str
    kind: type
    default: Any
    label: str
    choices: tuple[Any, ...] = ()
    low: int | None = None
    high: int | None = None
    time_of_day: bool = False  # a str, clock time "HH:MM" (24-hour); stored in that form

    def check(self, value: Any) -> Any:
        if isinstance(value, bool) and self.kind is not bool:
            raise ValidationError(self.label, "has the wrong type")
        if not isinstance(value, self.kind):
            raise ValidationError(self.label, "has the wrong type")
        if self.time_of_day and isinstance(value, str):
            return f"{parse_clock(value, self.label):%H:%M}"
        if self.choices and value not in self.choices:
            raise ValidationError(self.label, f"must be one of {', '.join(map(str, self.choices))}")
        low, high = self.low, self.high
        if isinstance(value, int) and low is not None and high is not None:
            if not low <= value <= high:
                raise ValidationError(self.label, f"must be from {low} to {high}")
        return value


SETTINGS = {
    s.name: s
    for s in (
        Setting(
            "auto_lock_minutes", int, 15, "Lock after idle minutes (0 = never)", (0, 1, 5, 15, 30)
        ),
        Setting(
            "questionnaire_interval_days",
            int,
            14,
            "Offer PHQ-9 and GAD-7 every N days (0 = never)",
            low=0,
            high=90,
        ),
        Setting("backups_to_keep", int, 14, "Daily (and manual) backups to keep", low=1, high=365),
        Setting("default_unit", str, "g", "Default unit for doses", UNITS),
        Setting(
            "craving_timer_minutes", int, 15, "Ask again after a craving (minutes)", low=10, high=20
        ),
        Setting("reminder_checkin", bool, False, "Remind me of the daily check-in"),
        Setting(
            "reminder_checkin_time", str, "09:00", "Daily check-in reminder time", time_of_day=True
        ),
        Setting("reminder_sleep", bool, False, "Remind me of the sleep diary"),
        Setting("reminder_sleep_time", str, "08:00", "Sleep diary reminder time", time_of_day=True),
        Setting(
            "reminder_dose_interval", bool, False, "Tell me when the planned interval has passed"
        ),
    )
}
