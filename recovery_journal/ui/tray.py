"""The icon in the system tray, and where a reminder is shown when there is no tray.

The icon is there only while a reminder is turned on: an app that has nothing to say in
the tray should not sit in it (and on a shared screen every icon is one more thing seen).
Without a system tray (some desktops; the offscreen platform) a reminder appears in the
window's status line and the window asks for attention instead.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMainWindow

from recovery_journal.ui.i18n import tr

if TYPE_CHECKING:  # the tray's classes load only when a reminder needs them
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QMenu, QSystemTrayIcon

MESSAGE_MS = 15_000  # how long a notification stays, where the desktop lets the app choose
IN_WINDOW_MS = 60 * 60_000  # without a tray the line stays an hour: long enough to be seen


def app_name(discreet: bool) -> str:
    """The name shown in window titles and the tray: neutral in discreet mode."""
    return tr("Journal") if discreet else tr("Recovery Journal")


def window_icon() -> QIcon:
    """The window icon, set from the shipped files if it is not yet; Qt's standard one
    if those are missing. Start-up sets it after the first paint; a reminder's tray icon
    may need it earlier."""
    from PySide6.QtWidgets import QStyle

    from recovery_journal.resources import app_icon

    icon = QApplication.windowIcon()
    if icon.isNull():
        icon = app_icon()  # 8 PNG sizes and the SVG plugin: ~10 ms
        if not icon.isNull():
            QApplication.setWindowIcon(icon)
    if icon.isNull():
        icon = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogInfoView)
    return icon


class Tray(QObject):
    """Shows reminders in the system tray (menu: show window, lock, quit), or in the window.

    Whether the desktop has a tray is asked, and the menu built, when first needed.
    """

    def __init__(
        self, window: QMainWindow, lock_action: QAction, *, available: bool | None = None
    ) -> None:
        super().__init__(window)
        self.window = window
        self._lock_action = lock_action
        self._available = available
        self.discreet = False
        self._menu: QMenu | None = None
        self.icon: QSystemTrayIcon | None = None

    @property
    def available(self) -> bool:
        """Whether the desktop shows tray icons (asked once)."""
        if self._available is None:
            from PySide6.QtWidgets import QSystemTrayIcon

            self._available = QSystemTrayIcon.isSystemTrayAvailable()
        return self._available

    @property
    def menu(self) -> QMenu:
        """The icon's menu: Show window, Lock, Quit."""
        if self._menu is None:
            from PySide6.QtWidgets import QMenu

            self._menu = QMenu(self.window)
            self.show_action = self._menu.addAction(self.tr("&Show window"))
            self.show_action.triggered.connect(self.show_window)
            self._menu.addAction(self._lock_action)
            self._menu.addSeparator()
            self.quit_action = self._menu.addAction(self.tr("&Quit"))
            self.quit_action.triggered.connect(self.window.close)  # closes the journal first
        return self._menu

    def set_wanted(self, wanted: bool) -> None:
        """Show the icon while a reminder is on (where the desktop has a tray)."""
        if not self.available:
            return
        if wanted and self.icon is None:
            from PySide6.QtWidgets import QSystemTrayIcon

            self.icon = QSystemTrayIcon(window_icon(), self)
            self.icon.setContextMenu(self.menu)
            self.icon.activated.connect(self._activated)
            self.icon.messageClicked.connect(self.show_window)
            self._label()
        if self.icon is not None:
            self.icon.setVisible(wanted)

    def set_discreet(self, discreet: bool) -> None:
        changed = discreet != self.discreet
        self.discreet = discreet
        if changed and self.icon is not None:
            # The desktop keeps the name the icon was registered under: register anew.
            shown = self.icon.isVisible()
            self.icon.hide()
            self.icon.deleteLater()
            self.icon = None
            self.set_wanted(shown)
        self._label()

    @property
    def tooltip(self) -> str:
        """The icon's tooltip: the app's name, or a neutral one in discreet mode."""
        return app_name(self.discreet)

    def _label(self) -> None:
        if self.icon is not None:
            self.icon.setToolTip(self.tooltip)

    def present(self, title: str, body: str) -> None:
        """Show a reminder: a tray notification, or a line in the window without a tray."""
        from PySide6.QtWidgets import QSystemTrayIcon

        if self.icon is not None and self.icon.isVisible() and QSystemTrayIcon.supportsMessages():
            self.icon.showMessage(title, body, QSystemTrayIcon.MessageIcon.Information, MESSAGE_MS)
            return
        self.window.statusBar().showMessage(body, IN_WINDOW_MS)
        QApplication.alert(self.window)  # the taskbar entry asks for attention

    def show_window(self) -> None:
        """Bring the window to the front (the lock screen, if the journal is locked)."""
        if self.window.isMinimized():
            self.window.showNormal()
        self.window.show()
        self.window.raise_()
        self.window.activateWindow()

    def hide(self) -> None:
        if self.icon is not None:
            self.icon.hide()

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        from PySide6.QtWidgets import QSystemTrayIcon

        clicks = (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        )
        if reason in clicks:
            self.show_window()
