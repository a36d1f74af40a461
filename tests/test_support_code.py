"""PySide6's support modules load from stored code (recovery_journal/support_code.py)."""

from __future__ import annotations
import __future__

import base64
import builtins
import hashlib
import marshal
import sys
import types

import pytest

from recovery_journal import pyside_support_code as table
from recovery_journal.support_code import pyside_support_precompiled, stored_code
from tests.test_startup import run_python

MADE_FOR_THIS_PYTHON = tuple(sys.version_info[:3]) == table.PYTHON


def _made_for_this_pyside() -> bool:
    from PySide6 import __version__

    return MADE_FOR_THIS_PYTHON and __version__ == table.PYSIDE6


# a fresh interpreter imports PySide6 as app.py does; every compile of a source given as
# bytes (as PySide6 gives them) that reaches Python's own is recorded: name, the future
# features its caller passes on, SHA-256 and the code compiling gives for that caller.
# (The import system's own compiles, for a module without a .pyc, pass keywords.)
RECORD = """
import base64, builtins, contextlib, hashlib, json, marshal, sys
from recovery_journal.support_code import FUTURE_FEATURES
real_compile = builtins.compile
seen = []
def recording(source, filename, mode, *args, **kwargs):
    if not (isinstance(source, bytes) and not args and not kwargs):
        return real_compile(source, filename, mode, *args, **kwargs)
    features = sys._getframe(1).f_code.co_flags & FUTURE_FEATURES
    code = real_compile(source, filename, mode, features, True)
    seen.append([filename, features, hashlib.sha256(source).hexdigest(),
                 base64.b64encode(marshal.dumps(code)).decode()])
    return code
builtins.compile = recording
from recovery_journal.support_code import pyside_support_precompiled
with pyside_support_precompiled() if sys.argv[1] == 'stored' else contextlib.nullcontext():
    import PySide6.QtCore
print(json.dumps({'compiled': seen, 'restored': builtins.compile is recording}))
"""


def test_pyside_starts_without_compiling_its_support_sources() -> None:
    if not _made_for_this_pyside():
        pytest.skip(f"the table is for Python {table.PYTHON} and PySide6 {table.PYSIDE6}")
    report = run_python(RECORD, "stored")
    assert report == {"compiled": [], "restored": True}


def test_each_stored_code_is_what_compiling_pysides_source_gives() -> None:
    """The stored code objects equal compiling the sources PySide6 holds, here and now."""
    if not _made_for_this_pyside():
        pytest.skip(f"the table is for Python {table.PYTHON} and PySide6 {table.PYSIDE6}")
    report = run_python(RECORD, "none")
    compiled = {
        name: (features, digest, code)
        for name, features, digest, code in report["compiled"]  # type: ignore[attr-defined]
    }
    stored = stored_code()
    assert sorted(stored) == sorted(compiled)  # the same 14 sources
    for name, (digest, features, code) in stored.items():
        assert compiled[name][:2] == (features, digest), name
        fresh = marshal.loads(base64.b64decode(compiled[name][2]))
        mine = marshal.loads(code)
        assert isinstance(mine, types.CodeType)
        assert mine == fresh and mine.co_filename == fresh.co_filename == name


def test_any_other_source_is_compiled_as_always() -> None:
    name = next(iter(table.CODE))
    real = builtins.compile
    with pyside_support_precompiled() as held:
        assert held == (len(table.CODE) if MADE_FOR_THIS_PYTHON else 0)
        changed: dict[str, object] = {}
        exec(compile(b"answer = 42\n", name, "exec"), changed)  # same name, another source
        assert changed["answer"] == 42
        exec(compile("answer = 7\n", name, "exec"), changed)  # text, not bytes
        assert changed["answer"] == 7
        assert compile("1 + 1", "<x>", "eval", dont_inherit=True) is not None
    assert builtins.compile is real


def test_compile_is_given_back_when_the_block_fails() -> None:
    real = builtins.compile
    with pytest.raises(RuntimeError), pyside_support_precompiled():
        raise RuntimeError("failed inside")
    assert builtins.compile is real


def test_a_table_for_another_python_changes_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(table, "PYTHON", (3, 10, 0))
    real = builtins.compile
    assert stored_code() == {}
    with pyside_support_precompiled() as held:
        assert held == 0
        assert builtins.compile is real


def test_a_stored_source_gives_its_stored_code_and_another_source_does_not() -> None:
    if not MADE_FOR_THIS_PYTHON:
        pytest.skip(f"the table is for Python {table.PYTHON}")
    name = "shibokensupport/__init__.py"  # a short one: its source is in the test below
    digest, features, code = stored_code()[name]
    source = _embedded_source(name)
    assert hashlib.sha256(source).hexdigest() == digest
    with pyside_support_precompiled():
        other = b"#" * 10  # a source whose digest is not the stored one
        assert compile(other, name, "exec") != marshal.loads(code)
        stored = compile(source, name, "exec")  # this module passes on annotations
    assert features == __future__.annotations.compiler_flag
    assert stored == marshal.loads(code)


def test_a_stored_source_asked_for_with_other_future_features_is_compiled() -> None:
    """pyi_generator.py has no future import: what it becomes depends on its caller's."""
    if not MADE_FOR_THIS_PYTHON:
        pytest.skip(f"the table is for Python {table.PYTHON}")
    name = "shibokensupport/signature/lib/pyi_generator.py"
    _, features, code = stored_code()[name]
    assert features == __future__.annotations.compiler_flag  # PySide6's loader's
    caller = compile(  # code without future features, calling compile inside the block
        "code = compile(source, name, 'exec')\n", "<caller>", "exec", dont_inherit=True
    )
    found: dict[str, object] = {"source": _embedded_source(name), "name": name}
    with pyside_support_precompiled():
        exec(caller, found)
    compiled = found["code"]
    assert isinstance(compiled, types.CodeType)
    assert compiled != marshal.loads(code)
    assert not compiled.co_flags & __future__.annotations.compiler_flag


def _embedded_source(name: str) -> bytes:
    """A source PySide6 keeps inside its library, read as its own loader reads it."""
    import PySide6.QtCore  # noqa: F401 - loads the support modules

    loader = sys.modules["shibokensupport"].__loader__
    with loader.zfile.open(name, "r") as file:
        data: bytes = file.read()
    return data


def test_a_compile_it_does_not_answer_keeps_its_callers_future_features() -> None:
    """This module's ``from __future__ import annotations`` does not leak into others."""
    caller = compile(  # code without future features, calling compile inside the block
        "f = compile('def g(x: int): pass', '<g>', 'exec')\n"
        "scope = {}\n"
        "exec(f, scope)\n"
        "annotation = scope['g'].__annotations__['x']\n",
        "<caller>",
        "exec",
        dont_inherit=True,
    )
    found: dict[str, object] = {}
    with pyside_support_precompiled():
        exec(caller, found)
    assert found["annotation"] is int  # not the text "int"
    with pyside_support_precompiled():
        inherited = compile("def g(x: int): pass", "<g>", "exec")  # from this module
    scope: dict[str, types.FunctionType] = {}
    exec(inherited, scope)  # type: ignore[arg-type]
    assert scope["g"].__annotations__["x"] == "int"


def test_a_table_made_without_optimization_is_not_used_under_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Under ``-O`` compile drops asserts (``-OO`` docstrings): the stored code would not."""
    monkeypatch.setattr(table, "OPTIMIZE", sys.flags.optimize + 1)
    assert stored_code() == {}
