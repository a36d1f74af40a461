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

A stored code object is handed back only for the same source (SHA-256), compiled in
the same way (the future features its caller passes on, no ``-O``), on the Python it
was made for; anything else (a newer PySide6, another Python) is compiled as always.
"""

from __future__ import annotations
import __future__

import builtins
import sys
from collections.abc import Iterator
from contextlib import contextmanager

# the code flags of `from __future__ import ...` features, which compile passes on (also
# read by the recordings in packaging/make-start-tables.py and tests/test_support_code.py)
FUTURE_FEATURES = 0
for _feature in __future__.all_feature_names:
    FUTURE_FEATURES |= getattr(__future__, _feature).compiler_flag


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
        inherited = 0 if dont_inherit else _caller_features()
        found = stored.get(filename) if isinstance(filename, str) else None
        if (
            found is not None
            and isinstance(source, bytes)
            and (mode, flags, dont_inherit, optimize, rest) == ("exec", 0, False, -1, {})
        ):
            import hashlib
            import marshal

            digest, features, code = found
            if features == inherited and hashlib.sha256(source).hexdigest() == digest:
                try:
                    return marshal.loads(code)
                except (EOFError, TypeError, ValueError):  # damaged: compile it, as always
                    pass
        return real_compile(source, filename, mode, flags | inherited, True, optimize, **rest)  # type: ignore[call-overload]

    builtins.compile = compile  # type: ignore[assignment]
    try:
        yield len(stored)
    finally:
        builtins.compile = real_compile


def _caller_features() -> int:
    """The future features of the code that called ``compile``, as compile inherits them."""
    try:
        return sys._getframe(2).f_code.co_flags & FUTURE_FEATURES
    except ValueError:  # called from C with no Python code running: nothing to inherit
        return 0


def stored_code() -> dict[str, tuple[str, int, bytes]]:
    """The table's sources for this Python: file name → (SHA-256 of the source, the
    future features compile inherited from its caller, code).

    Empty when the table was made for another Python or another optimization level
    (``-O``: its code objects would not be the ones compiling gives), or is damaged.
    """
    import importlib.util

    from recovery_journal import pyside_support_code as table

    if (
        tuple(sys.version_info[:3]) != table.PYTHON
        or importlib.util.MAGIC_NUMBER != table.MAGIC
        or sys.flags.optimize != table.OPTIMIZE
    ):
        return {}
    import binascii
    import zlib

    try:
        return {
            name: (digest, features, zlib.decompress(binascii.a2b_base64(packed)))
            for name, (digest, features, packed) in table.CODE.items()
        }
    except (binascii.Error, ValueError, zlib.error):
        return {}
