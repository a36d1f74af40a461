"""Where the journal lives by default (the platform's per-user app data folder)."""

from __future__ import annotations

from pathlib import Path

APP_NAME = "RecoveryJournal"
ORGANIZATION = ""
APP_ID = "io.github.recoveryjournal.RecoveryJournal"


def default_data_dir() -> Path:
    """QStandardPaths' AppDataLocation for this app, e.g. ~/.local/share/RecoveryJournal."""
    from PySide6.QtCore import QCoreApplication, QStandardPaths

    if not QCoreApplication.applicationName() or QCoreApplication.applicationName() == "python":
        QCoreApplication.setApplicationName(APP_NAME)
        QCoreApplication.setOrganizationName(ORGANIZATION)
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(location)
