"""Ending the process: every exit handler runs, then no object-by-object teardown.

After ``main`` returns, the journal is closed, its folder unlocked, files written whole
and the device preferences synced (they sync on every change). What Python does next
is run the exit handlers (``atexit``) — keyring's, matplotlib's (it removes its temporary
configuration folder), PySide6's (which destroys the application object; on X11 Qt
hands text the user copied to the desktop's clipboard keeper then) — and then free every
module, class and Qt object one by one: 60-200 ms that change nothing outside the
process. :func:`leave_after_exit_handlers` registers a handler that runs after all the
others (handlers run last-registered first, and it is registered before any library
loads) and ends the process there, with the exit code ``main`` returned.
"""

from __future__ import annotations

import atexit
import os
import sys
from contextlib import suppress
from typing import NoReturn

_code: list[int] = []  # the code main() returned; empty while running or after an error


def leave_after_exit_handlers() -> None:
    """Call first thing in an entry point, before anything registers exit handlers."""
    atexit.register(_leave)


def exit_with(code: int) -> NoReturn:
    """``sys.exit(code)``, remembering the code for the last exit handler."""
    _code.append(code)
    sys.exit(code)


def _leave() -> None:
    if not _code or not nothing_left_to_tear_down():
        return  # an uncaught error, or Qt still holds the clipboard: the usual way out
    for stream in (sys.stdout, sys.stderr):
        with suppress(Exception):  # a closed or absent console loses nothing of ours
            stream.flush()
    os._exit(_code[-1])


def nothing_left_to_tear_down() -> bool:
    """Whether ending now loses nothing the user could notice.

    PySide6's own exit handler destroys the application object before this runs. If it
    did not, and the app holds the clipboard, Qt has not yet handed copied text to the
    clipboard keeper (X11): then the process ends the usual way.
    """
    gui = sys.modules.get("PySide6.QtGui")
    if gui is None:
        return True
    try:
        if gui.QGuiApplication.instance() is None:
            return True
        return not gui.QGuiApplication.clipboard().ownsClipboard()
    except Exception:  # noqa: BLE001 - when in doubt, the usual way out
        return False
