"""Preferences of this computer that must apply before the journal is unlocked.

Discreet mode and text size shape the unlock screen too, so they cannot wait for the
encrypted database. They live in QSettings and say nothing personal (no entry, no
substance, no time); everything personal stays in the journal's own settings.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QSettings, Signal

from recovery_journal.domain.record import record
from recovery_journal.paths import APP_NAME


@record
class DevicePreference:
    name: str
    default: Any
    choices: tuple[Any, ...]


TEXT_SIZES = {"normal": 1.0, "large": 1.2, "larger": 1.45}  # factors of the system font

DEVICE_PREFERENCES = {
    p.name: p
    for p in (
        DevicePreference("discreet_mode", False, (False, True)),
        DevicePreference("text_size", "normal", tuple(TEXT_SIZES)),
    )
}


class DevicePrefs(QObject):
    """Reads and writes the device preferences; ``changed`` names the one just saved."""

    changed = Signal(str)

    def __init__(self, settings: QSettings | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings = settings if settings is not None else default_settings()

    @classmethod
    def at(cls, path: Path) -> DevicePrefs:
        """Preferences kept in one INI file (tests, --demo)."""
        return cls(QSettings(str(path), QSettings.Format.IniFormat))

    def get(self, name: str) -> Any:
        preference = DEVICE_PREFERENCES[name]
        value = self._settings.value(name, preference.default)
        if isinstance(preference.default, bool) and isinstance(value, str):
            value = value.lower() == "true"  # INI files give strings back
        return value if value in preference.choices else preference.default

    def set(self, name: str, value: Any) -> None:
        preference = DEVICE_PREFERENCES[name]
        if value not in preference.choices:
            raise ValueError(f"{name} must be one of {preference.choices}")
        if self.get(name) == value:
            return
        self._settings.setValue(name, value)
        self._settings.sync()
        self.changed.emit(name)

    @property
    def discreet(self) -> bool:
        return bool(self.get("discreet_mode"))

    @property
    def text_scale(self) -> float:
        return TEXT_SIZES[self.get("text_size")]


def default_settings() -> QSettings:
    """The per-user settings file, e.g. ~/.config/RecoveryJournal/device.conf."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, APP_NAME, "device")
