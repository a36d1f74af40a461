"""The lock shortcut from the window's dialogs too.

A window-wide shortcut stops at the edge of a dialog, and even an application-wide one
is held back while a window-modal dialog is open, so Ctrl+L typed in the dose dialog
would do nothing. This filter sees the key press first, in any window that belongs to
the main window, and triggers its lock action.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QWidget


class LockKey(QObject):
    """Triggers ``action`` when its shortcut is pressed in a dialog of ``window``."""

    def __init__(self, window: QWidget, action: QAction) -> None:
        super().__init__(window)
        self._window = window
        self._action = action
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(watched, QWidget):
            return False
        assert isinstance(event, QKeyEvent)
        if not self._action.isEnabled() or not self._in_a_dialog(watched):
            return False
        if QKeySequence(event.keyCombination()) != self._action.shortcut():
            return False
        self._action.trigger()
        return True

    def _in_a_dialog(self, widget: QWidget) -> bool:
        top = widget.window()
        if top is self._window:
            return False  # the action's own shortcut works here
        owner = top.parentWidget()
        while owner is not None:
            if owner.window() is self._window:
                return True
            owner = owner.parentWidget()
        return False
