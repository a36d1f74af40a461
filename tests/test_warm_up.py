"""The start-up head start: Qt's libraries and fontconfig, loaded on another thread (issue 9).

Nothing is timed here: the checks are that the thread loads what Qt will load (and no
Python module of PySide6), that Qt then works as usual, and which plugin it picks.
"""

from __future__ import annotations

import pytest

from recovery_journal import warm_up
from tests.test_startup import run_python


def test_the_thread_loads_qt_and_fontconfig_and_qt_then_works_as_usual() -> None:
    report = run_python(
        "import json, sys\n"
        "from recovery_journal.warm_up import libraries, start_warm_up\n"
        "thread = start_warm_up()\n"
        "thread.join(30)\n"
        "import recovery_journal.warm_up as warm_up\n"
        "maps = open('/proc/self/maps').read()\n"
        "loaded = sorted(p.name for p in libraries() if str(p) in maps)\n"
        "pyside_modules = sorted(m for m in sys.modules if m.startswith('PySide6'))\n"
        "from PySide6.QtWidgets import QApplication, QLabel\n"
        "app = QApplication([])\n"
        "label = QLabel('Since your last dose: 3 h 20 min')\n"
        "print(json.dumps({'alive': thread.is_alive(), 'loaded': loaded,\n"
        "    'done': warm_up.done, 'pyside modules': pyside_modules,\n"
        "    'text measured': label.sizeHint().width() > 100,\n"
        "    'again': start_warm_up() is thread}))\n"
    )
    assert report["alive"] is False
    assert {"libQt6Core.so.6", "libQt6Gui.so.6", "libQt6Widgets.so.6", "QtCore.abi3.so"} <= set(
        report["loaded"]  # type: ignore[arg-type]
    )
    assert "libqoffscreen.so" in report["loaded"]  # type: ignore[operator]
    assert report["done"] == ["libraries", "fontconfig"]  # FcInit returned FcTrue
    assert report["pyside modules"] == []  # libraries only: no module ran before its time
    assert report["text measured"] is True
    assert report["again"] is True  # one thread per process


@pytest.mark.parametrize(
    ("settings", "plugin"),
    [
        ({"QT_QPA_PLATFORM": "offscreen"}, "offscreen"),
        ({"QT_QPA_PLATFORM": "xcb:nomitshm", "WAYLAND_DISPLAY": "wayland-0"}, "xcb"),
        ({"QT_QPA_PLATFORM": "wayland;xcb"}, "wayland"),
        ({"DISPLAY": ":0"}, "xcb"),
        ({"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"}, ""),  # Qt decides
        ({}, ""),
    ],
)
def test_the_platform_plugin_loaded_early_is_the_one_qt_will_pick(
    monkeypatch: pytest.MonkeyPatch, settings: dict[str, str], plugin: str
) -> None:
    for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(name, raising=False)
    for name, value in settings.items():
        monkeypatch.setenv(name, value)
    assert warm_up._platform_name() == plugin
