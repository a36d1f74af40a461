"""The start-up head start: compiled modules, Qt's libraries and fontconfig, loaded on
another thread (issue 9).

Nothing is timed here: the checks are that the thread loads what Python and Qt will load
(and runs no Python module of theirs), that they then work as usual, and which plugin
Qt picks.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from recovery_journal import warm_up
from tests.test_startup import run_python


def test_the_thread_loads_qt_and_fontconfig_and_qt_then_works_as_usual() -> None:
    report = run_python(
        "import json, sys\n"
        "from recovery_journal.warm_up import extension_modules, libraries, start_warm_up\n"
        "thread = start_warm_up()\n"
        "thread.join(30)\n"
        "import recovery_journal.warm_up as warm_up\n"
        "maps = open('/proc/self/maps').read()\n"
        "loaded = sorted(p.name for p in libraries() + extension_modules() if str(p) in maps)\n"
        "pyside_modules = sorted(m for m in sys.modules if m.startswith('PySide6'))\n"
        "ctypes_package = 'ctypes' in sys.modules\n"
        "imported = sorted(m for m in ('sqlcipher3', '_hashlib', 'cryptography')\n"
        "    if m in sys.modules)\n"
        "import os, sqlite3, sqlcipher3, hashlib, _hashlib\n"
        "from cryptography.hazmat.primitives.ciphers import algorithms\n"
        "from cryptography.hazmat.bindings import _rust\n"
        "files = sorted(os.path.realpath(m.__file__)\n"
        "    for m in (sqlcipher3._sqlite3, _hashlib, _rust))\n"
        "same_files = files == sorted(os.path.realpath(p) for p in extension_modules())\n"
        "works = (sqlcipher3.connect(':memory:').execute('select 6 * 7').fetchone() == (42,)\n"
        "    and hashlib.sha256(b'a').hexdigest().startswith('ca978112')\n"
        "    and algorithms.AES(bytes(16)).key_size == 128)\n"
        "from PySide6.QtWidgets import QApplication, QLabel\n"
        "app = QApplication([])\n"
        "label = QLabel('Since your last dose: 3 h 20 min')\n"
        "print(json.dumps({'alive': thread.is_alive(), 'loaded': loaded,\n"
        "    'done': warm_up.done, 'pyside modules': pyside_modules,\n"
        "    'ctypes package': ctypes_package,\n"
        "    'imported': imported, 'works': works, 'same files': same_files,\n"
        "    'sqlite': sqlite3.sqlite_version,\n"
        "    'text measured': label.sizeHint().width() > 100,\n"
        "    'again': start_warm_up() is thread}))\n"
    )
    assert report["alive"] is False
    assert {"libQt6Core.so.6", "libQt6Gui.so.6", "libQt6Widgets.so.6", "QtCore.abi3.so"} <= set(
        report["loaded"]  # type: ignore[arg-type]
    )
    assert "libqoffscreen.so" in report["loaded"]  # type: ignore[operator]
    assert {"_rust.abi3.so"} <= set(report["loaded"])  # type: ignore[arg-type]
    assert any(name.startswith("_sqlite3.") for name in report["loaded"])  # type: ignore[union-attr]
    assert any(name.startswith("_hashlib.") for name in report["loaded"])  # type: ignore[union-attr]
    assert report["done"] == ["modules", "libraries", "fontconfig"]  # FcInit returned FcTrue
    assert report["pyside modules"] == []  # libraries only: no module ran before its time
    assert report["ctypes package"] is False  # ctypes' compiled core only (~4 ms less)
    assert report["imported"] == []  # the compiled modules too: loaded, not imported
    assert report["works"] is True  # and imported afterwards, they work as usual
    assert report["same files"] is True  # the very files the imports then used
    plain = subprocess.run(  # loaded privately, as Python does: SQLCipher's SQLite stays
        [sys.executable, "-c", "import sqlite3; print(sqlite3.sqlite_version)"],  # its own
        capture_output=True,
        text=True,
        check=True,
    )
    assert report["sqlite"] == plain.stdout.strip()  # the standard sqlite3 is not swapped
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


def test_loading_a_library_lets_python_run_meanwhile(tmp_path: Path) -> None:
    """The thread's dlopen lets go of Python's lock: the main thread runs while it loads.

    The "library" is a pipe that only the main thread writes to, so dlopen (opening and
    reading it) waits until the main thread runs Python; a dlopen that kept the lock
    would wait forever (the run's timeout ends it).
    """
    report = run_python(
        "import json, os, sys, threading\n"
        "from recovery_journal.warm_up import c_dlopen\n"
        "load = c_dlopen()\n"
        "got = []\n"
        "thread = threading.Thread(target=lambda: got.append(load(sys.argv[1], os.RTLD_NOW)))\n"
        "thread.start()\n"
        "with open(sys.argv[1], 'wb') as pipe:  # runs only if dlopen let go of the lock\n"
        "    pipe.write(b'not a library')\n"
        "thread.join()\n"
        "real = load('libfontconfig.so.1', os.RTLD_NOW)\n"
        "print(json.dumps({'pipe': got, 'real library': isinstance(real, int) and real > 0}))\n",
        _fifo(tmp_path / "library.so"),
    )
    assert report == {"pipe": [None], "real library": True}  # not loadable: None, no error


def _fifo(path: Path) -> str:
    os.mkfifo(path)
    return str(path)
