"""Start-up work the C libraries can do on another core while Python imports the app.

Some of what start-up needs is pure C and waits for nothing of ours: loading and
linking the big compiled modules the journal opens with (SQLCipher's, 21 MB; the
``cryptography`` package's, 14 MB; Python's OpenSSL hashes: ~5-8 ms), then Qt's shared
libraries and the window system's plugin (~30 ms), and fontconfig reading its
configuration and font caches (~10-40 ms, when text is first measured). A thread does
all three through ``ctypes``' compiled core (which lets go of Python's lock during a C
call) while the main thread imports the journal's modules and keyring; when Python,
PySide6 and Qt ask for the same, it is done. The compiled modules are only loaded, as
libraries: their Python modules are made by the import system, in its own time, as
always.

Nothing is read from the journal or the keyring here, and nothing changes what Qt does:
``dlopen`` of a library that is already loaded returns it, and fontconfig's ``FcInit``
sets up its one shared configuration once (it is safe to call from two threads). Where
anything is missing (another platform, a library not found) the thread does nothing and
Qt does the work itself, as it always did.
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

# (package, module) of the compiled modules opening the journal imports, in that order
EXTENSIONS = (
    ("sqlcipher3", "_sqlite3"),
    ("", "_hashlib"),
    ("cryptography.hazmat.bindings", "_rust"),
)
QT_LIBRARIES = ("libQt6Core.so.6", "libQt6DBus.so.6", "libQt6Gui.so.6", "libQt6Widgets.so.6")
BINDINGS = ("QtCore.abi3.so", "QtGui.abi3.so", "QtWidgets.abi3.so")
FONTCONFIG = "libfontconfig.so.1"

_started: threading.Thread | None = None
done: list[str] = []  # what the thread got through: "modules", "libraries", "fontconfig"


def start_warm_up() -> threading.Thread | None:
    """Start the thread (once, on Linux); returns it, or None when there is nothing to do."""
    global _started
    if _started is None and sys.platform.startswith("linux"):
        _started = threading.Thread(target=_warm_up, name="warm-up", daemon=True)
        _started.start()
    return _started


def extension_modules() -> list[Path]:
    """The files of :data:`EXTENSIONS` where this Python would import them from."""
    import importlib.machinery

    found = []
    for package, name in EXTENSIONS:
        folders = _package_folders(package) if package else None  # None: sys.path
        if folders == []:
            continue
        spec = importlib.machinery.PathFinder.find_spec(name, folders)  # imports nothing
        if spec is not None and isinstance(spec.loader, importlib.machinery.ExtensionFileLoader):
            found.append(Path(spec.loader.path))
    return found


def _package_folders(dotted: str) -> list[str] | None:
    """A package's folders, found as the import system would, without importing it."""
    import importlib.machinery

    folders: list[str] | None = None
    for part in dotted.split("."):
        spec = importlib.machinery.PathFinder.find_spec(part, folders)
        if spec is None or not spec.submodule_search_locations:
            return []
        folders = list(spec.submodule_search_locations)
    return folders


def libraries() -> list[Path]:
    """Qt's and PySide6's shared libraries, in the order they depend on each other."""
    import importlib.util

    spec = importlib.util.find_spec("PySide6")  # finds the folder; imports nothing
    folders = list(spec.submodule_search_locations or []) if spec else []
    if not folders:
        return []
    pyside = Path(folders[0])
    found = [pyside / "Qt" / "lib" / name for name in QT_LIBRARIES]
    found += sorted((pyside.parent / "shiboken6").glob("libshiboken6.abi3.so.*"))
    found += sorted(pyside.glob("libpyside6.abi3.so.*"))
    found += [pyside / name for name in BINDINGS]
    if platform := _platform_name():  # the window system's plugin, as Qt will pick it
        found.append(pyside / "Qt" / "plugins" / "platforms" / f"libq{platform}.so")
    return [path for path in found if path.is_file()]


def _platform_name() -> str:
    """The Qt platform plugin this start will load, where it is plain from the settings."""
    chosen = os.environ.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0].strip()
    if chosen:
        return chosen
    if os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        return "xcb"
    return ""  # Wayland or unknown: left to Qt


def _warm_up() -> None:
    try:
        load = c_dlopen()
        for path in extension_modules():  # as Python loads them (its dlopen flags)
            load(path, sys.getdlopenflags())  # the import then reuses it
        done.append("modules")
        for path in libraries():
            load(path, os.RTLD_NOW)  # kept loaded, as PySide6 keeps them
        done.append("libraries")
        fontconfig = load(FONTCONFIG, os.RTLD_NOW)
        if fontconfig and _call_returning_int(fontconfig, "FcInit"):
            done.append("fontconfig")
    except Exception:  # noqa: BLE001 - only a head start: Qt does it all anyway
        return


def c_dlopen() -> Callable[[str | os.PathLike[str], int], int | None]:
    """The C library's ``dlopen``: the library's handle, or None where it cannot load.

    Called as ``ctypes`` calls a C function, letting go of Python's lock until it
    returns (``_ctypes.dlopen`` keeps it for the whole load), and without importing the
    ``ctypes`` package (~4 ms of Python on this thread, which held the lock).
    """
    import _ctypes

    program = _ctypes.dlopen(None, os.RTLD_NOW)  # type: ignore[arg-type]  # NULL: this one
    dlopen = _c_function(program, "dlopen", _c_type("P"), (_c_type("z"), _c_type("i")))

    def load(path: str | os.PathLike[str], mode: int) -> int | None:
        handle: int | None = dlopen(os.fsencode(path), mode)
        return handle

    return load


def _call_returning_int(handle: int, function: str) -> int:
    """``int function(void)`` of the library ``handle``."""
    return int(_c_function(handle, function, _c_type("i"))())


def _c_type(code: str) -> type:
    """A ctypes simple type by its code ("i": ``c_int``, "z": ``c_char_p``, "P": ``c_void_p``)."""
    import _ctypes

    return type(f"c_{code}", (_ctypes._SimpleCData,), {"_type_": code})


def _c_function(handle: int, name: str, result: type, arguments: tuple[type, ...] = ()) -> Any:
    """Function ``name`` of the library ``handle``, made as ``ctypes.CDLL`` makes it: a
    call lets go of Python's lock until the C function returns."""
    import _ctypes

    function_type = type(
        "Function",
        (_ctypes.CFuncPtr,),
        {"_flags_": _ctypes.FUNCFLAG_CDECL, "_restype_": result, "_argtypes_": arguments},
    )
    library = type("Library", (), {"_handle": handle})  # what CFuncPtr reads of a CDLL
    return function_type((name, library))
