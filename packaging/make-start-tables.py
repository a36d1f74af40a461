"""Write the tables that spare start-up work which never changes for a Python and PySide6.

    .venv/bin/python packaging/make-start-tables.py

- ``recovery_journal/regex_programs.py``: start-up's regular expressions, compiled.
  Starts the app once (``--demo --quit-after-start`` on the offscreen platform, after
  loading keyring's Secret Service modules as a start on a keyring journal does) with
  the table switched off, records every pattern ``re`` compiles, and writes each one's
  program as this Python's compiler makes it (see ``recovery_journal/regex_cache.py``).
- ``recovery_journal/pyside_support_code.py``: PySide6's support modules, compiled.
  PySide6 compiles the Python half of its signature support from source each time it
  loads. This imports PySide6 once in a fresh interpreter, records each source it
  compiles, the future features compile takes from the calling code (the import
  system's frames for the first, PySide6's own loader for the rest) and the code object
  compiling gives, and writes them with the source's SHA-256 (see
  ``recovery_journal/support_code.py``).

Run it again after changing the Python version or PySide6: ``tests/test_regex_cache.py``
and ``tests/test_support_code.py`` say when a table no longer covers start-up. Nothing
from a journal is involved.
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REGEX_TABLE = ROOT / "recovery_journal" / "regex_programs.py"
CODE_TABLE = ROOT / "recovery_journal" / "pyside_support_code.py"


def _isolated(folder: str) -> dict[str, str]:
    """The environment for a recording run: offscreen, its own home and XDG folders (the
    demo's settings go there), no keyring backend chosen by the environment, English."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON_KEYRING", "XDG_"))}
    home = Path(folder) / "home"
    home.mkdir(exist_ok=True)
    return dict(env, QT_QPA_PLATFORM="offscreen", HOME=str(home), LANG="C.UTF-8", LC_ALL="C.UTF-8")


# -- regular expressions ---------------------------------------------------------------
# runs in a child process: the table off, every compile recorded
REGEX_RECORDER = r"""
import sys
import re._compiler
import recovery_journal.regex_cache as regex_cache

regex_cache.seed_regex_cache = lambda cache=None: 0  # record what start-up compiles
seen = []
compile_pattern = re._compiler.compile

def recording(pattern, flags=0):
    if isinstance(pattern, (str, bytes)):
        seen.append((type(pattern).__name__, pattern if isinstance(pattern, str)
                     else pattern.decode("latin-1"), int(flags)))
    return compile_pattern(pattern, flags)

re._compiler.compile = recording
import recovery_journal.app as app

app._import_before_qt()  # keyring's Secret Service modules, as a keyring journal loads
app.parse_args(["--data-dir", "journal"])  # argparse matches each form by a pattern
code = app.main(["--demo", "--quit-after-start"])
import json  # only now: json compiles patterns as it loads, as the app's modules do

with open(sys.argv[1], "w", encoding="utf-8") as out:
    json.dump(seen, out)
sys.exit(code)
"""


def recorded_patterns() -> list[tuple[str | bytes, int]]:
    with tempfile.TemporaryDirectory() as folder:
        found = Path(folder) / "patterns.json"
        env = _isolated(folder)
        subprocess.run([sys.executable, "-c", REGEX_RECORDER, str(found)], check=True, env=env)
        seen = json.loads(found.read_text(encoding="utf-8"))
    patterns: list[tuple[str | bytes, int]] = []
    for kind, text, flags in seen:
        pattern = text if kind == "str" else text.encode("latin-1")
        if (pattern, flags) not in patterns:
            patterns.append((pattern, flags))
    return patterns


def program(pattern: str | bytes, flags: int) -> tuple[object, ...]:
    """What ``re._compiler.compile`` hands to ``_sre.compile`` for this pattern."""
    import re._compiler
    import re._parser

    parsed = re._parser.parse(pattern, flags)
    code = re._compiler._code(parsed, flags)
    group_index = dict(parsed.state.groupdict)
    return (
        pattern,
        flags,
        flags | parsed.state.flags,
        tuple(int(number) for number in code),  # opcodes are named int subclasses
        parsed.state.groups - 1,
        group_index,
    )


def _wrapped(numbers: tuple[int, ...], indent: str) -> str:
    lines, line = [], ""
    for number in numbers:
        item = f"{number}, "
        if len(line) + len(item) > 92:
            lines.append(indent + line.rstrip())
            line = ""
        line += item
    if line:
        lines.append(indent + line.rstrip())
    return "\n".join(lines)


def write_regex_table(patterns: list[tuple[str | bytes, int]]) -> None:
    import _sre

    from PySide6 import __version__ as pyside_version

    out = [
        '"""Compiled regular expressions for start-up (see regex_cache.py).',
        "",
        "Generated by packaging/make-start-tables.py; do not edit.",
        '"""',
        "",
        "from __future__ import annotations",
        "",
        f"PYTHON = {tuple(sys.version_info[:3])!r}",
        f"MAGIC = {_sre.MAGIC!r}  # the matcher's program format",
        f"PYSIDE6 = {pyside_version!r}  # whose signature support compiled some of these",
        "",
        "# (pattern, flags, compiled flags, program, groups, group index)",
        "PROGRAMS: tuple[",
        "    tuple[str | bytes, int, int, tuple[int, ...], int, dict[str, int]],",
        "    ...,",
        "] = (",
    ]
    for pattern, flags, compiled, code, groups, group_index in map(
        lambda item: program(*item), patterns
    ):
        out.append("    (")
        out.append(f"        {pattern!r},")
        out.append(f"        {flags!r}, {compiled!r},")
        out.append("        (")
        out.append(_wrapped(code, " " * 12))  # type: ignore[arg-type]
        out.append("        ),")
        out.append(f"        {groups!r}, {group_index!r},")
        out.append("    ),")
    out.append(")")
    REGEX_TABLE.write_text("\n".join(out) + "\n", encoding="utf-8")


# -- PySide6's support modules -----------------------------------------------------------
# runs in a child process: every compile of a bytes source recorded (name, the future
# features its caller passes on, source, code), compiled as for that caller
CODE_RECORDER = r"""
import base64, builtins, json, marshal, sys

from recovery_journal.support_code import FUTURE_FEATURES
real_compile = builtins.compile
seen = []

def recording(source, filename, mode, *args, **kwargs):
    if not (isinstance(source, bytes) and not args and not kwargs and mode == "exec"):
        return real_compile(source, filename, mode, *args, **kwargs)
    try:
        features = sys._getframe(1).f_code.co_flags & FUTURE_FEATURES
    except ValueError:
        features = 0
    code = real_compile(source, filename, mode, features, True)
    seen.append([filename, features, base64.b64encode(source).decode(),
                 base64.b64encode(marshal.dumps(code)).decode()])
    return code

builtins.compile = recording
import PySide6.QtCore
builtins.compile = real_compile
with open(sys.argv[1], "w", encoding="utf-8") as out:
    json.dump(seen, out)
"""


def recorded_code() -> list[tuple[str, int, bytes, bytes]]:
    """(file name, inherited future features, source, marshalled code) for each source
    PySide6 compiles as it loads."""
    with tempfile.TemporaryDirectory() as folder:
        found = Path(folder) / "code.json"
        subprocess.run(
            [sys.executable, "-c", CODE_RECORDER, str(found)], check=True, env=_isolated(folder)
        )
        seen = json.loads(found.read_text(encoding="utf-8"))
    import base64

    return [
        (name, features, base64.b64decode(src), base64.b64decode(code))
        for name, features, src, code in seen
    ]


def write_code_table(entries: list[tuple[str, int, bytes, bytes]]) -> None:
    import base64
    import hashlib
    import zlib

    from PySide6 import __version__ as pyside_version

    out = [
        '"""PySide6\'s support modules, compiled for one Python (see support_code.py).',
        "",
        "Generated by packaging/make-start-tables.py from the sources PySide6",
        f"{pyside_version} compiles as it loads; do not edit. Each entry: the source's",
        "SHA-256, the future features compile inherited for it, and its code object",
        "(marshal, zlib, base64); tests/test_support_code.py compiles PySide6's sources",
        "again and compares.",
        '"""',
        "",
        "from __future__ import annotations",
        "",
        f"PYTHON = {tuple(sys.version_info[:3])!r}",
        f"MAGIC = {importlib.util.MAGIC_NUMBER!r}  # Python's bytecode version",
        f"PYSIDE6 = {pyside_version!r}",
        f"OPTIMIZE = {sys.flags.optimize!r}  # -O level the code was compiled at",
        "",
        "CODE: dict[str, tuple[str, int, str]] = {",
    ]
    for name, features, source, code in entries:
        packed = base64.b64encode(zlib.compress(code, 9)).decode()
        out.append(f"    {name!r}: (")
        out.append(f"        {hashlib.sha256(source).hexdigest()!r},")
        out.append(f"        {features:#x},")
        out.append("        (")
        out += [f'            "{line}"' for line in textwrap.wrap(packed, 80)]
        out.append("        ),")
        out.append("    ),")
    out.append("}")
    CODE_TABLE.write_text("\n".join(out) + "\n", encoding="utf-8")


def main() -> int:
    code = recorded_code()  # first: the app's run below does not need this table
    write_code_table(code)
    patterns = recorded_patterns()
    write_regex_table(patterns)
    print(f"wrote {len(patterns)} patterns to {REGEX_TABLE.relative_to(ROOT)}")
    print(f"wrote {len(code)} compiled sources to {CODE_TABLE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
