"""Start-up loads only what the first page needs (issue 9); nothing here is timed.

Each check runs in a fresh Python process, so what a module pulled in is visible in
``sys.modules``; the journals are real SQLCipher files under a raw key.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

HEAVY = ("matplotlib", "numpy", "sqlite_utils", "keyring")


def run_offscreen(command: list[str]) -> subprocess.CompletedProcess[str]:
    """Run ``command`` with offscreen Qt and no session bus; it must succeed."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", DBUS_SESSION_BUS_ADDRESS="disabled:")
    result = subprocess.run(
        command, env=env, capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr
    return result


def run_python(code: str, *args: str) -> dict[str, object]:
    """Run ``code`` in a fresh interpreter (offscreen Qt); it prints one JSON line."""
    result = run_offscreen([sys.executable, "-c", code, *args])
    report: dict[str, object] = json.loads(result.stdout.strip().splitlines()[-1])
    return report


def test_importing_the_app_loads_no_charts_database_helpers_or_keyring() -> None:
    report = run_python(
        "import json, sys\n"
        "import recovery_journal.app, recovery_journal.ui.main_window\n"
        f"print(json.dumps({{m: m in sys.modules for m in {HEAVY!r}}}))\n"
    )
    assert report == dict.fromkeys(HEAVY, False)


OPEN_AND_SHOW = """
import json, sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from recovery_journal.services.access import JournalAccess, JournalOpener
from recovery_journal.services.journal_service import JournalService
from recovery_journal.domain.models import Dose
from recovery_journal.domain.timeutil import now
from recovery_journal.storage.journal import create_journal
from recovery_journal.storage.keys import KeySource
from recovery_journal.storage.location import JournalLocation

location = JournalLocation(Path(sys.argv[1]))
key = KeySource.new_random()
journal = create_journal(location, key)  # creating one sets up its tables: sqlite-utils
created_with = "sqlite_utils" in sys.modules
JournalService(journal).log_dose(now(), 2.5, "g")
journal.close()
for name in [m for m in sys.modules if m.startswith("sqlite_utils")]:
    del sys.modules[name]  # as in a fresh start: an existing journal

app = QApplication([])
from recovery_journal.ui.main_window import MainWindow
from recovery_journal.domain.timeutil import now as clock
window = MainWindow(JournalOpener(JournalAccess(location, None), demo_key=key), clock)
opened = window.start()
window.show()
window.repaint()
today = window.view.today.day_label.text()
report = {
    "qt_namespace_built": "Qt" in vars(sys.modules["PySide6.QtCore"]),  # see ui/qt_names.py
    "created_with_sqlite_utils": created_with,
    "opened": opened,
    "today": today,
    "loaded_at_start": {m: m in sys.modules for m in ("matplotlib", "sqlite_utils")},
    "pages_built": [n for n in ("Log", "Taper", "Progress", "Summary", "Settings")
                    if window.view.built(n) is not None],
    "page_modules": [m for m in ("recovery_journal.ui.progress_page",
                                 "recovery_journal.ui.log_page",
                                 "recovery_journal.ui.settings_page")
                     if m in sys.modules],
}
window.view.show_page("Progress")  # built when first shown, and it draws
app.processEvents()
progress = window.view.progress
report["progress_shown"] = window.view.pages.currentWidget() is progress
report["chart_drawn"] = progress.canvas is not None and bool(progress.canvas.figure.axes)
window.lock()  # pages never shown are not built just to be cleared
report["log_page_loaded_by_lock"] = "recovery_journal.ui.log_page" in sys.modules
window.close()
print(json.dumps(report))
"""


def test_the_first_page_opens_without_other_pages_charts_or_sqlite_utils(tmp_path: Path) -> None:
    report = run_python(OPEN_AND_SHOW, str(tmp_path / "journal"))
    assert report["created_with_sqlite_utils"] is True
    assert report["opened"] is True
    assert str(report["today"]).startswith("Today: 1 dose, 2.5 g")
    assert report["qt_namespace_built"] is False
    assert report["loaded_at_start"] == {"matplotlib": False, "sqlite_utils": False}
    assert report["pages_built"] == []
    assert report["page_modules"] == []
    assert report["progress_shown"] is True
    assert report["chart_drawn"] is True
    assert report["log_page_loaded_by_lock"] is False


def test_quit_after_start_says_the_today_page_was_shown(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Through the installed command, which leaves without tearing Qt down (issue 9)."""
    app = Path(sys.executable).with_name("recovery-journal")
    command = [str(app)] if app.exists() else [sys.executable, "-m", "recovery_journal"]
    monkeypatch.setenv("TMPDIR", str(tmp_path))  # where the demo journal's folder goes
    result = run_offscreen([*command, "--demo", "--quit-after-start"])
    assert "the Today page is shown" in result.stdout  # the output flushed before leaving
    assert list(tmp_path.iterdir()) == []  # the demo journal's folder deleted first


def test_starting_the_app_never_builds_the_qt_namespace(tmp_path: Path) -> None:
    """PySide6 builds all 93 enums of ``Qt`` at its first use: ~35 ms (ui/qt_names.py)."""
    report = run_python(
        "import json, os, sys\n"
        "import recovery_journal.app as app\n"
        "os.environ['TMPDIR'] = sys.argv[1]\n"
        "code = app.main(['--demo', '--quit-after-start'])\n"
        "built = ['Qt' in vars(sys.modules['PySide6.QtCore']),\n"
        "         'QIcon' in vars(sys.modules['PySide6.QtGui'])]  # (its enums: ui/main_window)\n"
        "from PySide6.QtCore import Qt\n"  # and it is there when something asks for it
        "print(json.dumps([code, built, Qt.AlignmentFlag.AlignTop.value]))\n",
        str(tmp_path),
    )
    assert report == [0, [False, False], 0x20]


def test_the_app_closes_the_long_way_while_it_holds_the_clipboard() -> None:
    """Copied text reaches the desktop's clipboard keeper only if Qt closes (X11)."""
    from tests.test_packaging import require_tool

    xvfb = require_tool("xvfb-run", "xvfb")
    code = (
        "import json\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from recovery_journal.leaving import nothing_left_to_tear_down as at_once\n"
        "app = QApplication([])\n"
        "before = at_once()\n"
        "app.clipboard().setText('3 g at 08:10')\n"
        "print(json.dumps({'before': before, 'holding': at_once()}))\n"
    )
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY")}
    result = subprocess.run(
        [xvfb, "-a", sys.executable, "-c", code],
        env=dict(env, QT_QPA_PLATFORM="xcb", DBUS_SESSION_BUS_ADDRESS="disabled:"),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.strip().splitlines()[-1]) == {"before": True, "holding": False}


def test_leaving_runs_every_exit_handler_then_skips_the_teardown() -> None:
    code = (
        "import atexit, sys\n"
        "from recovery_journal.leaving import exit_with, leave_after_exit_handlers\n"
        "leave_after_exit_handlers()\n"
        "atexit.register(print, 'a library cleaned up', flush=True)  # registered later\n"
        "class Big:\n"
        "    def __del__(self): print('freed one by one', flush=True)\n"
        "kept = Big()\n"
        "print('main done')\n"  # left in the buffer: leaving flushes it
        "exit_with(int(sys.argv[1]))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, "3"], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 3
    assert result.stdout.split("\n") == ["main done", "a library cleaned up", ""]
    crashed = subprocess.run(  # an uncaught error: Python's usual way out, teardown and all
        [sys.executable, "-c", code.replace("exit_with(int(sys.argv[1]))", "1 / 0"), "3"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert crashed.returncode == 1 and "ZeroDivisionError" in crashed.stderr
    assert "freed one by one" in crashed.stdout


def test_the_self_test_leaves_no_temporary_folder_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """matplotlib's own exit handler removes the folder it made (no writable config)."""
    monkeypatch.setenv("TMPDIR", str(tmp_path / "tmp"))
    monkeypatch.setenv("XDG_CONFIG_HOME", "/dev/null/config")
    monkeypatch.setenv("XDG_CACHE_HOME", "/dev/null/cache")
    monkeypatch.delenv("MPLCONFIGDIR", raising=False)
    (tmp_path / "tmp").mkdir()
    app = Path(sys.executable).with_name("recovery-journal")
    command = [str(app)] if app.exists() else [sys.executable, "-m", "recovery_journal"]
    result = run_offscreen([*command, "--demo", "--self-test"])
    assert "chart" in result.stdout.lower()
    assert list((tmp_path / "tmp").iterdir()) == []


def test_the_journal_modules_load_before_pyside6_without_any_qt() -> None:
    """PySide6 reads the source of every module imported after it: ours come first."""
    report = run_python(
        "import json, sys\n"
        "import recovery_journal.app as app\n"
        "app._import_before_qt()\n"
        "print(json.dumps({\n"
        "    'qt': sorted(m for m in sys.modules if m.startswith('PySide6')),\n"
        "    'services': 'recovery_journal.services.journal_service' in sys.modules,\n"
        "    'charts': 'matplotlib' in sys.modules,\n"
        "    'not needed yet': [m for m in ('statistics', 'importlib.abc') if m in sys.modules],\n"
        "}))\n"
    )
    assert report == {"qt": [], "services": True, "charts": False, "not needed yet": []}


DEFERRED = ("urllib.request", "subprocess", "importlib_metadata", "more_itertools")


def test_the_secret_service_backend_loads_without_what_reading_a_key_never_uses() -> None:
    """keyring's module-level imports of urllib.request & co. load only when used."""
    report = run_python(
        "import importlib.util, json, sys\n"
        "from recovery_journal.storage.keys import load_secret_service\n"
        "backend = load_secret_service().Keyring\n"
        f"deferred = {DEFERRED!r}\n"
        "def loaded(name):\n"
        "    module = sys.modules.get(name)\n"
        "    return module is not None and not isinstance(module, importlib.util._LazyModule)\n"
        "before = {name: loaded(name) for name in deferred}\n"
        "import urllib.request\n"
        "urllib.request.Request  # the first use loads it, as an ordinary import would\n"
        "print(json.dumps({'backend': backend.__name__, 'before': before,\n"
        "    'after use': loaded('urllib.request'), 'http': 'http.client' in sys.modules}))\n"
    )
    assert report == {
        "backend": "Keyring",
        "before": dict.fromkeys(DEFERRED, False),
        "after use": True,
        "http": True,
    }


def test_work_threads_never_meet_a_half_loaded_module() -> None:
    """Lazy modules are not thread-safe on first use: run_busy loads them beforehand."""
    report = run_python(
        "import importlib.util, json, sys\n"
        "from recovery_journal.storage.keys import load_secret_service\n"
        "load_secret_service()\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from recovery_journal.ui.busy import run_busy\n"
        f"names = {DEFERRED!r}\n"
        "def lazy():\n"
        "    return [n for n in names if type(sys.modules.get(n)) is importlib.util._LazyModule]\n"
        "before = lazy()\n"
        "seen = run_busy(None, 'Working', lambda progress: lazy())\n"
        "print(json.dumps({'before': before, 'in the worker': seen}))\n"
    )
    assert report == {"before": list(DEFERRED), "in the worker": []}


@pytest.mark.parametrize("folder", ["given", "default"])
def test_the_app_imports_the_journal_and_keyring_and_asks_for_the_key_before_pyside6(
    tmp_path: Path, folder: str
) -> None:
    """The order app.main imports in (recorded by an audit hook), not only its helpers;
    the key read begins before Qt loads (its D-Bus replies overlap that), and only once
    the journal's folder is locked (never in a second instance). With ``--data-dir``
    and with the default folder (found without Qt)."""
    given = folder == "given"
    arguments = ["--data-dir", str(tmp_path / "journal")] if given else []
    report = run_python(
        "import json, os, sys, linecache\n"
        "os.environ['XDG_DATA_HOME'] = sys.argv[2]  # the default folder: in tmp_path\n"
        "order = []\n"
        "def hook(event, args):\n"
        "    order.append(args[0]) if event == 'import' else None\n"
        "sys.addaudithook(hook)\n"
        "import recovery_journal.app as app\n"
        "kept = []\n"
        "import recovery_journal.sources as sources\n"
        "class Spy(sources._FilesStayOnDisk):\n"
        "    def __setitem__(self, name, entry):\n"
        "        kept.append(name) if len(entry) == 4 and entry[1] is not None else None\n"
        "        super().__setitem__(name, entry)\n"
        "sources._FilesStayOnDisk = Spy\n"
        "from recovery_journal.services.access import JournalAccess\n"
        "from recovery_journal.storage.instance_lock import InstanceLock, JournalBusyError\n"
        "asked = []\n"
        "def read_key_ahead(self):\n"
        "    try:\n"
        "        InstanceLock(self.location.data_dir).acquire()\n"
        "        locked = False\n"
        "    except JournalBusyError:\n"
        "        locked = True\n"
        "    asked.append({'qt loaded': 'PySide6' in sys.modules, 'folder locked': locked,\n"
        "        'folder': str(self.location.data_dir)})\n"
        "    return False\n"
        "JournalAccess.read_key_ahead = read_key_ahead\n"
        "code = app.main([*json.loads(sys.argv[1]), '--quit-after-start'])\n"
        "first_qt = order.index('PySide6')\n"
        "print(json.dumps({'code': code,\n"
        "    'before qt': [m for m in ('recovery_journal.services.journal_service',\n"
        "        'recovery_journal.services.taper_service', 'keyring.backends.SecretService')\n"
        "        if m in order[:first_qt]],\n"
        "    'sources read': len(kept) > 0, 'key asked for': asked,\n"
        "    'sources kept': sum(1 for e in linecache.cache.values() if len(e) == 4)}))\n",
        json.dumps(arguments),
        str(tmp_path / "data"),
    )
    folder_used = tmp_path / ("journal" if given else "data/RecoveryJournal")
    assert report == {
        "code": 1,  # a new journal asks for a passphrase: nothing opens unattended
        "before qt": [
            "recovery_journal.services.journal_service",
            "recovery_journal.services.taper_service",
            "keyring.backends.SecretService",
        ],
        "sources read": True,  # PySide6 read sources of what came after it...
        "sources kept": 0,  # ...and linecache kept none of them
        "key asked for": [{"qt loaded": False, "folder locked": True, "folder": str(folder_used)}],
    }


def test_after_the_first_paint_the_collector_is_on_and_tray_and_window_have_the_icon() -> None:
    """The real event loop runs ``_after_first_paint``; a reminder's tray icon is ours."""
    report = run_python(
        "import gc, json\n"
        "import recovery_journal.app as app\n"
        "import recovery_journal.services.demo as demo\n"
        "import recovery_journal.ui.tray as tray\n"
        "fill = demo.fill_demo_journal\n"
        "def fill_with_a_reminder(service, **kwargs):\n"
        "    fill(service, **kwargs)\n"
        "    service.set_setting('reminder_checkin', True)  # the tray icon at start-up\n"
        "demo.fill_demo_journal = fill_with_a_reminder\n"
        "tray.Tray.available = property(lambda self: True)  # offscreen has no tray\n"
        "seen = {'keys asked for': 0}\n"
        "from recovery_journal.services.access import JournalAccess\n"
        "def read_key_ahead(self):\n"
        "    seen['keys asked for'] += 1\n"
        "    return False\n"
        "JournalAccess.read_key_ahead = read_key_ahead\n"
        "run = app._run_window\n"
        "def run_window(*args, **kwargs):\n"
        "    seen['collecting while starting'] = gc.isenabled()\n"
        "    return run(*args, **kwargs)\n"
        "app._run_window = run_window\n"
        "after = app._after_first_paint\n"
        "def after_first_paint():\n"
        "    after()\n"
        "    from PySide6.QtWidgets import QApplication\n"
        "    [window] = [w for w in QApplication.topLevelWidgets() if hasattr(w, 'reminders')]\n"
        "    seen['collecting after the paint'] = gc.isenabled()\n"
        "    seen['window icon sizes'] = len(QApplication.windowIcon().availableSizes())\n"
        "    icon = window.reminders.tray.icon.icon()\n"
        "    seen['tray icon sizes'] = len(icon.availableSizes())\n"
        "    QApplication.quit()\n"
        "app._after_first_paint = after_first_paint\n"
        "seen['code'] = app.main(['--demo'])\n"
        "print(json.dumps(seen))\n"
    )
    assert report == {
        "collecting while starting": False,
        "collecting after the paint": True,
        "window icon sizes": 8,  # the shipped PNG sizes
        "tray icon sizes": 8,  # not Qt's standard icon (one size)
        "code": 0,
        "keys asked for": 0,  # the demo's key is in memory, never in a keyring
    }
