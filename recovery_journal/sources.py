"""Keep no copies of the app's own source files in memory.

PySide6 looks for its ``__feature__`` switches in every module imported after it, by
reading the module's source through ``linecache``, and ``linecache`` keeps what it has
read for good: by the time the Progress page has loaded matplotlib, ~400 files and
~20 MB of text the app never shows. :func:`keep_no_source_text` makes ``linecache``
keep nothing it can read again from disk; a traceback reads the lines it needs when it
is printed, as it would after ``linecache.clearcache()``. Sources that exist only in
memory (registered by generated code) are still kept.
"""

from __future__ import annotations

import linecache
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any


class _FilesStayOnDisk(dict[str, Any]):
    """``linecache.cache`` that drops entries read from a file (re-readable at any time)."""

    def __setitem__(self, filename: str, entry: Any) -> None:
        if isinstance(entry, tuple) and len(entry) == 4 and entry[1] is not None:
            return  # (size, mtime, lines, fullname) of a file on disk
        super().__setitem__(filename, entry)


@contextmanager
def keep_no_source_text() -> Iterator[None]:
    """Within the block, ``linecache`` keeps no source text it could read from disk."""
    kept = linecache.cache
    linecache.cache = _FilesStayOnDisk(
        (name, entry) for name, entry in kept.items() if len(entry) != 4 or entry[1] is None
    )
    try:
        yield
    finally:
        linecache.cache = kept


def skip_source_scan_of_imported_modules() -> int:
    """Tell PySide6 which modules use none of its ``__feature__`` switches, unread.

    PySide6 decides whether a module uses its opt-in ``__feature__`` switches (snake_case,
    true_property) by reading the module's whole source, once per module name, the first
    time an ``import`` statement names it after PySide6 was loaded: ``import typing`` in
    a Qt module makes it read ``typing.py``. Recovery Journal uses no switches (a test
    checks), so:

    - modules imported before PySide6 are Qt-free: recorded as "ignore" (-1), the value
      PySide6 gives any module whose source does not mention it;
    - the app's Qt modules (``recovery_journal.ui``), imported later, are recorded as
      "uses PySide6, no switches" (0), the value PySide6 gives those that name it after
      reading them (~0.2 ms a module, ~5 ms for the first window's); for the few that do
      not it would record -1, which means no switches all the same.

    Call right after importing PySide6.QtCore; returns how many modules were recorded
    (0 when this PySide6 keeps no such table: then it reads sources as before).
    """
    import os
    import sys

    table = getattr(sys.modules.get("shibokensupport.feature"), "pyside_feature_dict", None)
    if not isinstance(table, dict):
        return 0
    added = 0
    for name in list(sys.modules):
        if name not in table and not name.startswith(("PySide6", "shiboken")):
            table[name] = -1
            added += 1
    try:  # a bundle may keep them in an archive: then PySide6 finds no source to read
        entries = list(os.scandir(os.path.join(os.path.dirname(__file__), "ui")))
    except OSError:
        entries = []
    for entry in entries:
        stem, suffix = os.path.splitext(entry.name)
        name = f"{__package__}.ui.{stem}" if stem != "__init__" else f"{__package__}.ui"
        if suffix in (".py", ".pyc") and name not in table:
            table[name] = 0
            added += 1
    return added
