"""The app keeps no source text in memory; tracebacks still show their lines (issue 9)."""

from __future__ import annotations

import linecache
import re
import traceback
from pathlib import Path

import recovery_journal
from recovery_journal.sources import keep_no_source_text
from tests.test_startup import run_python


def test_modules_imported_after_pyside6_leave_no_source_text_in_memory() -> None:
    """PySide6 reads each new module's source; without the block linecache keeps it all."""
    code = (
        "import json, linecache, sys\n"
        "import PySide6.QtWidgets\n"
        "from recovery_journal.sources import keep_no_source_text\n"
        "def kept():\n"
        "    return sum(len(line) for entry in linecache.cache.values() if len(entry) == 4\n"
        "               for line in entry[2])\n"
        "if sys.argv[1] == 'kept':\n"
        "    before = kept()\n"
        "    import recovery_journal.ui.main_window\n"
        "    added = kept() - before\n"
        "else:\n"
        "    before = kept()\n"
        "    with keep_no_source_text():  # measured inside the block, then after it\n"
        "        import recovery_journal.ui.main_window\n"
        "        added = kept()\n"
        "    added += kept() - before\n"
        "print(json.dumps({'chars': added}))\n"
    )
    assert run_python(code, "kept")["chars"] > 100_000  # what the block prevents
    assert run_python(code, "dropped")["chars"] == 0


def test_a_traceback_inside_the_block_still_shows_the_failing_line() -> None:
    with keep_no_source_text():
        try:
            int("not a number")  # the line a traceback must show
        except ValueError:
            text = traceback.format_exc()
        kept_inside = dict(linecache.cache)
    assert 'int("not a number")  # the line a traceback must show' in text
    assert not any(len(entry) == 4 and entry[1] is not None for entry in kept_inside.values())


def test_sources_only_in_memory_are_kept_and_the_cache_is_restored() -> None:
    before = linecache.cache
    with keep_no_source_text():
        linecache.cache["<generated>"] = (5, None, ["x = 1\n"], "<generated>")
        assert linecache.getline("<generated>", 1) == "x = 1\n"
    assert linecache.cache is before


def test_modules_imported_before_pyside6_are_not_read_again_when_imported_after_it() -> None:
    """``import dataclasses`` in a Qt module made PySide6 read dataclasses.py (start-up)."""
    code = (
        "import json, linecache, sys\n"
        "import dataclasses, fractions  # before PySide6, as app.main does\n"
        "import PySide6.QtCore\n"
        "from recovery_journal.sources import skip_source_scan_of_imported_modules\n"
        "marked = skip_source_scan_of_imported_modules() if sys.argv[1] == 'skip' else 0\n"
        "read = []\n"
        "update = linecache.updatecache\n"
        "def spy(name, module_globals=None):\n"
        "    read.append(name.rsplit('/', 1)[-1])\n"
        "    return update(name, module_globals)\n"
        "linecache.updatecache = spy\n"
        "exec('import dataclasses, fractions')  # as a module imported after PySide6 does\n"
        "exec('from recovery_journal.ui.qt_names import set_keys')  # one of the app's own\n"
        "table = sys.modules['shibokensupport.feature'].pyside_feature_dict\n"
        "print(json.dumps({'read': sorted(read), 'marked': marked > 100,\n"
        "                  'ours': table.get('recovery_journal.ui.qt_names')}))\n"
    )
    assert run_python(code, "scan") == {
        "read": ["dataclasses.py", "fractions.py", "qt_names.py"],
        "marked": False,
        "ours": 0,  # PySide6's own verdict, after reading it: uses PySide6, no switches
    }
    assert run_python(code, "skip") == {"read": [], "marked": True, "ours": 0}


def test_no_module_of_the_app_uses_pyside6_feature_switches() -> None:
    """What lets start-up record the app's Qt modules as switch-free without reading them."""
    package = Path(recovery_journal.__file__).parent
    switch = re.compile(r"^\s*(from\s+__feature__\s+import|import\s+__feature__)", re.MULTILINE)
    users = [p.name for p in package.rglob("*.py") if switch.search(p.read_text("utf-8"))]
    assert users == []
    assert switch.search("from __feature__ import snake_case")  # what it looks for
