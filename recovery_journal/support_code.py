"""PySide6's support modules, compiled ahead of time (as Python's ``.pyc`` files are).

PySide6 keeps the Python half of its signature support (``shibokensupport``: ~150 KB of
source in 14 modules) inside its compiled library and compiles it from source every
time it loads: ~30 ms of every start on these machines, before the first window. (Its
own remedy, ``SBK_EMBED=0``, writes the modules into PySide6's installed folder, which
changes the installation for every program that uses it.) ``pyside_support_code.py``
holds the code objects compiling those exact sources gives on this Python, made by
``packaging/make-start-tables.py``; while the app first imports PySide6,
:func:`pyside_support_precompiled` lets ``compile`` hand back the stored code object
for a source whose SHA-256 matches, and compiles everything else as always.

Nothing else changes: the modules run as they would, from the same code; a newer
PySide6 (another source) or another Python version simply compiles again.
"""

from __future__ import annotations
import __future__

import builtins
import sys
from collections.abc import Iterator
from contextlib import contextmanager

# the code flags of `from __future__ import ...` features, which compile passes on
_FUTURE_FEATURES = 0
for _feature in __future__.all_feature_names:
    _FUTURE_FEATURES |= getattr(__future__, _feature).compiler_flag


@contextmanager
def pyside_support_precompiled() -> Iterator[int]:
    """Within the block, ``compile`` returns the stored code for PySide6's support sources.

    Yields how many sources the table holds for this Python (0: it does nothing).
    """
    stored = stored_code()
    if not stored:
        yield 0
        return
    real_compile = builtins.compile

    def compile(  # the builtin's parameters; a call it does not answer goes on unchanged,
        # with the future features of the code that called it (not this module's)
        source: object,
        filename: object,
        mode: str,
        flags: int = 0,
        dont_inherit: bool = False,
        optimize: int = -1,
        **rest: object,
    ) -> object:
        found = stored.get(filename) if isinstance(filename, str) else None
        if (
            found is not None
            and isinstance(source, bytes)
            and (mode, flags, dont_inherit, optimize, rest) == ("exec", 0, False, -1, {})
        ):
            import hashlib
            import marshal

            digest, code = found
            if hashlib.sha256(source).hexdigest() == digest:
                return marshal.loads(code)
        if not dont_inherit:  # the caller's future features, as compile would take them
            flags |= sys._getframe(1).f_code.co_flags & _FUTURE_FEATURES
            dont_inherit = True
        return real_compile(source, filename, mode, flags, dont_inherit, optimize, **rest)  # type: ignore[call-overload]

    builtins.compile = compile  # type: ignore[assignment]
    try:
        yield len(stored)
    finally:
        builtins.compile = real_compile


def stored_code() -> dict[str, tuple[str, bytes]]:
    """The table's sources for this Python: file name → (SHA-256 of the source, code).

    Empty when the table was made for another Python (its code objects would not load).
    """
    import importlib.util

    from recovery_journal import pyside_support_code as table

    if tuple(sys.version_info[:3]) != table.PYTHON or importlib.util.MAGIC_NUMBER != table.MAGIC:
        return {}
    import binascii
    import zlib

    return {
        name: (digest, zlib.decompress(binascii.a2b_base64(packed)))
        for name, (digest, packed) in table.CODE.items()
    }
