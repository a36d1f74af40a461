"""The default journal folder: Qt's AppDataLocation, found on Linux without Qt."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

BOTH = """
import json
from PySide6.QtCore import QCoreApplication, QStandardPaths
from recovery_journal.paths import APP_NAME, ORGANIZATION, default_data_dir
ours = str(default_data_dir())
QCoreApplication.setApplicationName(APP_NAME)
QCoreApplication.setOrganizationName(ORGANIZATION)
qt = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
print(json.dumps([ours, qt]))
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Qt-free rule is Linux's")
@pytest.mark.parametrize(
    "settings",
    [
        {},
        {"XDG_DATA_HOME": "{tmp}/data"},
        {"XDG_DATA_HOME": "relative/data"},  # not absolute: ignored
        {"XDG_DATA_HOME": ""},
        {"HOME": "{tmp}/home/"},
        {"HOME": "{tmp}/home/../other", "XDG_DATA_HOME": "{tmp}/x//y/"},
        {"HOME": ""},  # Qt then uses the root folder
    ],
)
def test_the_default_folder_is_the_one_qt_gives(tmp_path: Path, settings: dict[str, str]) -> None:
    env = {name: value for name, value in os.environ.items() if name != "XDG_DATA_HOME"}
    env.update({name: value.format(tmp=tmp_path) for name, value in settings.items()})
    result = subprocess.run(
        [sys.executable, "-c", BOTH], env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    ours, qt = json.loads(result.stdout.strip().splitlines()[-1])
    # the same folder: Qt keeps doubled slashes in its text ("//.local" with HOME empty),
    # which Linux reads as single ones
    assert Path(ours) == Path("/" + qt.lstrip("/"))
