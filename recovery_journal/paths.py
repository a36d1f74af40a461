"""Where the journal lives by default (the platform's per-user app data folder)."""

from __future__ import annotations

from pathlib import Path

APP_NAME = "RecoveryJournal"
ORGANIZATION = ""
APP_ID = "io.github.recoveryjournal.RecoveryJournal"


def default_data_dir() -> Path:
    """QStandardPaths' AppDataLocation for this app, e.g. ~/.local/share/RecoveryJournal.

    On Linux that is the XDG rule, followed here without Qt (a test compares the two):
    start-up finds the folder, locks it and begins reading the key before PySide6 loads.
    Elsewhere QStandardPaths itself answers.
    """
    import os
    import sys

    if sys.platform.startswith("linux"):
        data_home = os.environ.get("XDG_DATA_HOME", "")
        if not os.path.isabs(data_home):  # unset, empty or relative: Qt ignores it too
            home = os.path.normpath(os.environ.get("HOME") or "/")  # QDir::homePath()
            data_home = os.path.join(home, ".local", "share")
        return Path(data_home, *filter(None, (ORGANIZATION, APP_NAME)))
    from PySide6.QtCore import QCoreApplication, QStandardPaths

    if not QCoreApplication.applicationName() or QCoreApplication.applicationName() == "python":
        QCoreApplication.setApplicationName(APP_NAME)
        QCoreApplication.setOrganizationName(ORGANIZATION)
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(location)
