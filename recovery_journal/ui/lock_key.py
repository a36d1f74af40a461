"""The lock shortcut from the window's dialogs too.

A window-wide shortcut stops at the edge of a dialog, and even an application-wide one
is held back while a window-modal dialog or a pop-up (a combo box's list, a menu) is
open, so Ctrl+L typed in the dose dialog would do nothing. When a window that belongs to
the main window (a dialog, a message box, a progress dialog, a pop-up list) gets the
focus, it is given its own copy of the shortcut, which triggers the main window's lock
action.

(An application-wide event filter did this before; it ran Python for every event of
every object, and made PySide6 build wrapper types for ~130 Qt classes at the first
paint, ~25 ms of start-up.)
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QShortcut, QWindow
from PySide6.QtWidgets import QApplication, QWidget

_MARK = "recovery_journal_lock_key"  # the object name of the shortcut given to a window


class LockKey(QObject):
    """Triggers ``action`` when its shortcut is pressed in a dialog of ``window``."""

    def __init__(self, window: QWidget, action: QAction) -> None:
        super().__init__(window)
        self._window = window
        self._action = action
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusWindowChanged.connect(self._window_focused)  # dialogs
            app.focusChanged.connect(self._widget_focused)  # pop-ups never become active

    def _window_focused(self, focus: QWindow | None) -> None:
        if focus is not None:
            self._cover(QApplication.activeWindow())

    def _widget_focused(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is not None:
            self._cover(new.window())

    def _cover(self, top: QWidget | None) -> None:
        """Give ``top`` the shortcut if it is one of the main window's other windows."""
        if top is None or top is self._window or not self._belongs(top):
            return
        from PySide6.QtCore import Qt  # not at the top: see qt_names

        if top.findChild(QShortcut, _MARK, Qt.FindChildOption.FindDirectChildrenOnly):
            return
        shortcut = QShortcut(self._action.shortcut(), top)
        shortcut.setObjectName(_MARK)
        shortcut.activated.connect(self._lock)

    def _lock(self) -> None:
        if self._action.isEnabled():
            self._action.trigger()

    def _belongs(self, top: QWidget) -> bool:
        owner = top.parentWidget()
        while owner is not None:
            if owner.window() is self._window:
                return True
            owner = owner.parentWidget()
        return False
