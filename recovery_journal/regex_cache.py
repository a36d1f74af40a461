"""Start-up's regular expressions, compiled ahead of time (like Python's ``.pyc`` files).

Python turns a regular expression's text into a program for its matcher the first time
a pattern is used; the parsing half of that is pure Python and slow. Starting the app
compiles ~70 patterns that never change for a given Python and PySide6: PySide6's
signature support alone builds three long ones (~20 ms on these machines) every time
it loads, and the standard library and keyring's modules add the rest as they are
imported. ``regex_programs.py`` holds each pattern's compiled program, made by
``packaging/make-start-tables.py`` with this Python's own compiler; :func:`seed_regex_cache`
hands them to :mod:`re`'s cache, so ``re.compile`` finds them there instead of
compiling again. The pattern objects are made by the matcher itself (``_sre.compile``,
which refuses a malformed program) from the program, groups and group names
``re.compile`` would hand it for that text; ``tests/test_regex_cache.py`` compiles
every pattern again and compares.

The table is used only on the exact Python version it was made for; anywhere else, and
for any pattern it does not hold (a newer PySide6, say), ``re`` compiles as always.
"""

from __future__ import annotations

import re
import sys


def seed_regex_cache(cache: dict[object, object] | None = None) -> int:
    """Put the table's compiled patterns in ``re``'s cache; returns how many were added.

    ``cache`` is ``re``'s own by default (tests pass a dict of their own). Adds nothing
    when the table was made for another Python, or when ``re`` keeps no such cache.
    """
    import _sre

    from recovery_journal import regex_programs as table

    if cache is None:
        cache = getattr(re, "_cache", None)
    if not isinstance(cache, dict):
        return 0
    if tuple(sys.version_info[:3]) != table.PYTHON or _sre.MAGIC != table.MAGIC:
        return 0
    added = 0
    for pattern, flags, compiled_flags, code, groups, group_index in table.PROGRAMS:
        key = (type(pattern), pattern, flags)  # what re._compile looks up
        if key in cache:
            continue
        index_group: list[str | None] = [None] * (groups + 1)  # as re._compiler makes it
        for name, number in group_index.items():
            index_group[number] = name
        try:
            cache[key] = _sre.compile(
                pattern, compiled_flags, list(code), groups, group_index, tuple(index_group)
            )
        except (RuntimeError, TypeError, ValueError):  # a damaged entry: re compiles it
            continue
        added += 1
    return added
