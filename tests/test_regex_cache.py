"""Start-up's regular expressions come compiled from a table (recovery_journal/regex_cache.py)."""

from __future__ import annotations

import re
import re._compiler
import sys
from pathlib import Path

import pytest

from recovery_journal import regex_programs as table
from recovery_journal.regex_cache import seed_regex_cache
from tests.test_startup import run_python

MADE_FOR_THIS_PYTHON = tuple(sys.version_info[:3]) == table.PYTHON


def test_each_pattern_is_the_one_this_python_compiles() -> None:
    """Same text, flags, matcher program (``==``), groups and group names as ``re`` makes."""
    cache: dict[object, object] = {}
    added = seed_regex_cache(cache)
    if not MADE_FOR_THIS_PYTHON:
        assert added == 0 and cache == {}  # another Python: re compiles as always
        pytest.skip(f"the table is for Python {table.PYTHON}")
    assert added == len(table.PROGRAMS) == len(cache) > 40
    for (kind, pattern, flags), compiled in cache.items():
        assert kind is type(pattern)
        fresh = re._compiler.compile(pattern, flags)
        assert compiled == fresh, pattern
        assert isinstance(compiled, re.Pattern)
        assert (compiled.groups, compiled.groupindex) == (fresh.groups, fresh.groupindex)


def test_a_table_for_another_python_adds_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(table, "PYTHON", (3, 10, 0))
    cache: dict[object, object] = {}
    assert seed_regex_cache(cache) == 0
    assert cache == {}


def test_patterns_already_cached_are_kept() -> None:
    first_pattern, first_flags = table.PROGRAMS[0][:2]
    mine = re._compiler.compile(first_pattern, first_flags)
    cache: dict[object, object] = {(type(first_pattern), first_pattern, first_flags): mine}
    added = seed_regex_cache(cache)
    assert cache[(type(first_pattern), first_pattern, first_flags)] is mine
    assert added == (len(table.PROGRAMS) - 1 if MADE_FOR_THIS_PYTHON else 0)


def test_the_seeded_patterns_match_as_compiled_ones_do() -> None:
    if not MADE_FOR_THIS_PYTHON:
        pytest.skip(f"the table is for Python {table.PYTHON}")
    cache: dict[object, object] = {}
    seed_regex_cache(cache)
    samples = [
        "3 g at 08:10",
        "typing.Optional[int]",
        "f(a, b=[1, 2], c={'x': (3,)})",
        "n != 1 && (n % 10 == 2)",  # gettext's plural rule tokens: named groups
        "[section]\nkey = value",
        "",
    ]
    for (_, pattern, flags), compiled in cache.items():
        if isinstance(pattern, bytes):
            continue
        fresh = re._compiler.compile(pattern, flags)
        for text in samples:
            found = [_seen(m) for m in compiled.finditer(text)]  # type: ignore[attr-defined]
            assert found == [_seen(m) for m in fresh.finditer(text)], pattern


def _seen(match: re.Match[str]) -> tuple[object, ...]:
    """What a caller can read of a match, named groups included (``lastgroup``)."""
    return (match.span(), match.groups(), match.groupdict(), match.lastgroup)


def test_starting_the_app_compiles_no_regular_expression(tmp_path: Path) -> None:
    """What start-up compiles is all in the table (else: packaging/make-start-tables.py)."""
    from PySide6 import __version__ as pyside_version

    if not MADE_FOR_THIS_PYTHON or pyside_version != table.PYSIDE6:
        pytest.skip(
            f"the table is for Python {table.PYTHON} and PySide6 {table.PYSIDE6}; "
            "run packaging/make-start-tables.py"
        )
    report = run_python(
        "import json, os, sys\n"
        "import re._compiler\n"
        "compiled = []\n"
        "compile_pattern = re._compiler.compile\n"
        "def counting(pattern, flags=0):\n"
        "    compiled.append(str(pattern)[:60])\n"
        "    return compile_pattern(pattern, flags)\n"
        "re._compiler.compile = counting\n"
        "import recovery_journal.app as app\n"
        "os.environ['TMPDIR'] = sys.argv[1]\n"
        "app._import_before_qt()\n"
        "code = app.main(['--demo', '--quit-after-start'])\n"
        "print(json.dumps([code, compiled]))\n",
        str(tmp_path),
    )
    assert report == [0, []]
