"""The main window: navigation on the left, pages on the right, a lock screen over all."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from recovery_journal.paths import APP_NAME
from recovery_journal.services.access import JournalOpener, Prompt
from recovery_journal.services.backup_service import BackupService
from recovery_journal.services.catalog import CatalogService
from recovery_journal.services.journal_service import JournalService
from recovery_journal.services.taper_service import TaperService
from recovery_journal.storage.journal import Journal
from recovery_journal.ui.appearance import ThemeFollower, follow_text_size
from recovery_journal.ui.busy import is_busy
from recovery_journal.ui.device_prefs import DevicePrefs
from recovery_journal.ui.i18n import tr
from recovery_journal.ui.idle import IdleWatcher
from recovery_journal.ui.journal_care import JournalCare
from recovery_journal.ui.lock_key import LockKey
from recovery_journal.ui.page_list import PageList
from recovery_journal.ui.reminders import TICK_MS, Reminders
from recovery_journal.ui.today_page import TodayPage
from recovery_journal.ui.tray import Tray, app_name
from recovery_journal.ui.unlock_page import UnlockPage

if TYPE_CHECKING:  # built when first shown
    from recovery_journal.ui.data_group import DataGroup
    from recovery_journal.ui.help_dialog import HelpDialog
    from recovery_journal.ui.log_page import LogPage
    from recovery_journal.ui.progress_page import ProgressPage
    from recovery_journal.ui.settings_page import SettingsPage
    from recovery_journal.ui.summary_page import SummaryPage
    from recovery_journal.ui.taper_page import TaperPage

PAGES = ("Today", "Log", "Taper", "Progress", "Summary", "Settings")
MS_PER_MINUTE = 60_000
LOCK_RETRY_MS = 300  # how soon a lock asked for during running work is tried again


def page_title(name: str) -> str:
    """A page's name as the navigation shows it."""
    titles = {
        "Today": tr("Today"),
        "Log": tr("Log"),
        "Taper": tr("Taper"),
        "Progress": tr("Progress"),
        "Summary": tr("Summary"),
        "Settings": tr("Settings"),
    }
    return titles[name]


def _set_shortcut(action: QAction, keys: QKeySequence) -> None:
    """``action.setShortcut(keys)``, in the form that does not build ``Qt`` (see qt_names).

    For ``setShortcut`` PySide6 weighs an overload taking a ``Qt.Key`` and builds the
    ``Qt`` namespace to do so; ``setShortcuts`` with a list sets the same one shortcut.
    """
    action.setShortcuts([keys])


def _action(text: str, parent: QWidget) -> QAction:
    """``QAction(text, parent)``, in the form that makes PySide6 build no ``QIcon`` enums.

    With two arguments PySide6 weighs the ``QAction(icon, text)`` overload and builds
    ``QIcon``'s enums (~100 theme icon names, 2-4 ms) for the first window, which shows
    no icon.
    """
    action = QAction(parent)
    action.setText(text)
    return action


class JournalView(QWidget):
    """Everything shown while unlocked; built on unlock and destroyed on lock.

    The Today page is built at once; every other page (and the modules it needs) the
    first time it is shown or asked for, so the first paint waits for nothing else.
    """

    lock_requested = Signal()
    help_requested = Signal()
    settings_changed = Signal(str)  # the name of a setting saved on the Settings page
    plan_changed = Signal()  # the taper plan was created, changed or ended
    lists_changed = Signal()  # products or triggers were edited on the Settings page
    restore_requested = Signal(object, object)  # (backup path, passphrase or None)
    data_changed = Signal()  # an import added entries

    def __init__(
        self,
        journal: Journal,
        clock: Callable[[], datetime],
        undo: QUndoStack,
        *,
        prefs: DevicePrefs | None = None,
    ) -> None:
        super().__init__()
        self._journal, self._clock, self._undo, self._prefs = journal, clock, undo, prefs
        self.service = JournalService(journal, clock=clock)
        self.taper = TaperService(journal, self.service.zone, clock)
        self.backups = BackupService(journal, self.service.zone, clock)
        self.catalog = CatalogService(journal)
        self.nav = PageList()
        self.nav.setAccessibleName(self.tr("Pages"))
        self.pages = QStackedWidget()
        self.today = TodayPage(self.service, self.taper, undo, clock)
        self.plan_changed.connect(self.today.refresh)
        self._built: dict[str, QWidget] = {"Today": self.today}
        self._shown: dict[str, QWidget] = {"Today": self.today}  # what the stack holds
        for name in PAGES:
            self.nav.addItem(page_title(name))
            self.pages.addWidget(self.today if name == "Today" else QWidget())
        self.nav.currentRowChanged.connect(self._page_chosen)
        self.nav.setCurrentRow(0)
        lock_button = QPushButton(self.tr("Lock"))
        lock_button.setAccessibleName(self.tr("Lock the journal"))
        lock_button.setToolTip(self.tr("Lock the journal (Ctrl+L)"))
        lock_button.clicked.connect(self.lock_requested)
        help_button = QPushButton(self.tr("Help"))
        help_button.setAccessibleName(self.tr("Help, crisis lines and shortcuts"))
        help_button.setToolTip(self.tr("Help, crisis lines and shortcuts (F1)"))
        help_button.clicked.connect(self.help_requested)
        side = QVBoxLayout()
        side.setContentsMargins(8, 16, 8, 16)
        side.addWidget(self.nav, 1)
        side.addWidget(lock_button)
        side.addWidget(help_button)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(side)
        layout.addWidget(self.pages, 1)

    # -- pages, built when first needed ----------------------------------------------
    @property
    def log(self) -> LogPage:
        return cast("LogPage", self.page("Log"))

    @property
    def taper_page(self) -> TaperPage:
        return cast("TaperPage", self.page("Taper"))

    @property
    def progress(self) -> ProgressPage:
        return cast("ProgressPage", self.page("Progress"))

    @property
    def summary(self) -> SummaryPage:
        return cast("SummaryPage", self.page("Summary"))

    @property
    def settings(self) -> SettingsPage:
        self.page("Settings")
        return cast("SettingsPage", self._built["SettingsPage"])

    @property
    def data(self) -> DataGroup:
        self.page("Settings")
        return cast("DataGroup", self._built["DataGroup"])

    def built(self, name: str) -> QWidget | None:
        """Page ``name`` if it has been built (never builds it)."""
        return self._built.get(name)

    def page(self, name: str) -> QWidget:
        """Page ``name``, built now if this is the first time it is needed."""
        if name not in self._shown:
            widget = self._make(name)
            index = PAGES.index(name)
            placeholder = self.pages.widget(index)
            self.pages.insertWidget(index, widget)
            if placeholder is not None:
                self.pages.removeWidget(placeholder)
                placeholder.deleteLater()
            self.pages.setCurrentIndex(self.nav.currentRow())
            self._shown[name] = widget
        return self._built[name]

    def _make(self, name: str) -> QWidget:
        service, taper, undo, clock = self.service, self.taper, self._undo, self._clock
        if name == "Log":
            from recovery_journal.ui.log_page import LogPage

            self._built[name] = LogPage(service, undo, clock)
        elif name == "Taper":
            from recovery_journal.ui.taper_page import TaperPage

            taper_page = TaperPage(service, taper, undo, clock)
            taper_page.plan_changed.connect(self.plan_changed)
            self._built[name] = taper_page
        elif name == "Progress":
            from recovery_journal.ui.progress_page import ProgressPage

            progress = ProgressPage(service, taper, undo, clock)
            self.plan_changed.connect(progress.forget_figures)
            self.lists_changed.connect(progress.forget_figures)
            self._built[name] = progress
        elif name == "Summary":
            from recovery_journal.ui.summary_page import SummaryPage

            self._built[name] = SummaryPage(service, taper, undo, clock)
        else:
            return self._make_settings()
        return self._built[name]

    def _make_settings(self) -> QWidget:
        from PySide6.QtCore import Qt  # not at the top: see qt_names

        from recovery_journal.ui.data_group import DataGroup
        from recovery_journal.ui.reflow import scrolling
        from recovery_journal.ui.settings_page import SettingsPage

        data = DataGroup(self.service, self.backups)
        queued = Qt.ConnectionType.QueuedConnection  # after the asking dialog has closed
        data.restore_requested.connect(self.restore_requested, queued)
        data.data_changed.connect(self.data_changed, queued)
        settings = SettingsPage(self.service, self.catalog, data, prefs=self._prefs)
        settings.lists_changed.connect(self.today.refresh)
        settings.lists_changed.connect(self.lists_changed)
        settings.settings_changed.connect(self.settings_changed)
        self._built |= {"Settings": settings, "SettingsPage": settings, "DataGroup": data}
        return scrolling(settings)  # long at a larger text size

    def _page_chosen(self, row: int) -> None:
        self.page(PAGES[row])
        self.pages.setCurrentIndex(row)

    def current_page(self) -> str:
        return PAGES[self.nav.currentRow()]

    def show_page(self, name: str) -> None:
        self.nav.setCurrentRow(PAGES.index(name))


class MainWindow(QMainWindow):
    """Holds the unlock page and, once unlocked, the journal view.

    ``idle_ms_per_minute`` scales the auto-lock setting (tests shorten a "minute");
    ``prefs`` are this computer's preferences (discreet mode, text size);
    ``reminder_tick_ms`` is how often reminders are checked (tests shorten it).
    """

    def __init__(
        self,
        opener: JournalOpener,
        clock: Callable[[], datetime],
        *,
        idle_ms_per_minute: int = MS_PER_MINUTE,
        prefs: DevicePrefs | None = None,
        reminder_tick_ms: int = TICK_MS,
    ) -> None:
        super().__init__()
        self.prefs = prefs if prefs is not None else DevicePrefs(parent=self)
        follow_text_size(self.prefs)  # before the unlock page shows: it is read at that size
        ThemeFollower(self)
        self.resize(1000, 680)
        self.opener = opener
        self.clock = clock
        self.journal: Journal | None = None
        self.view: JournalView | None = None
        self.undo_stack = QUndoStack(self)
        self._last_page = "Today"
        self.help_dialog: HelpDialog | None = None
        self.idle_ms_per_minute = idle_ms_per_minute
        self.idle_watcher = IdleWatcher(self)
        self.idle_watcher.idle.connect(self.lock)
        self.care = JournalCare(self)
        self.stack = QStackedWidget()
        self.unlock_page = UnlockPage(opener)
        self.unlock_page.unlocked.connect(self.show_journal)
        self.stack.addWidget(self.unlock_page)
        self.setCentralWidget(self.stack)
        self._add_actions()
        self.reminders = Reminders(
            Tray(self, self.lock_action), clock, tick_ms=reminder_tick_ms, parent=self
        )
        self.undo_stack.indexChanged.connect(self.reminders.refresh)  # an entry saved or undone
        self.prefs.changed.connect(self._discreet_changed)
        self._apply_discreet()

    def _add_actions(self) -> None:
        self.lock_action = _action(self.tr("&Lock"), self)
        _set_shortcut(self.lock_action, QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock)
        self.lock_key = LockKey(self, self.lock_action)  # Ctrl+L inside dialogs as well
        self.help_action = _action(self.tr("&Help"), self)
        _set_shortcut(self.help_action, QKeySequence(QKeySequence.StandardKey.HelpContents))
        self.help_action.triggered.connect(self.show_help)
        self.addAction(self.help_action)
        for number, name in enumerate(PAGES, start=1):
            page_action = _action(page_title(name), self)
            _set_shortcut(page_action, QKeySequence(f"Ctrl+{number}"))
            page_action.triggered.connect(lambda _=False, page=name: self._go_to(page))
            self.addAction(page_action)
        self.find_action = _action(self.tr("&Search the Log"), self)
        _set_shortcut(self.find_action, QKeySequence(QKeySequence.StandardKey.Find))
        self.find_action.triggered.connect(self.search_log)
        self.addAction(self.find_action)
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        _set_shortcut(self.undo_action, QKeySequence(QKeySequence.StandardKey.Undo))
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        _set_shortcut(self.redo_action, QKeySequence(QKeySequence.StandardKey.Redo))
        for action in (self.lock_action, self.undo_action, self.redo_action):
            self.addAction(action)

    def show_help(self) -> HelpDialog:
        """Open (or raise) the Help window: crisis lines, shortcuts, sources."""
        if self.help_dialog is None:
            from recovery_journal.ui.help_dialog import HelpDialog

            self.help_dialog = HelpDialog(self)
        self.help_dialog.show()
        self.help_dialog.raise_()
        self.help_dialog.activateWindow()
        return self.help_dialog

    def search_log(self) -> None:
        """Go to the Log with the cursor in its search box (Ctrl+F)."""
        if self.view is not None:
            self.view.show_page("Log")
            self.view.log.filters.search_edit.setFocus()
            self.view.log.filters.search_edit.selectAll()

    def _go_to(self, page: str) -> None:
        if self.view is not None:
            self.view.show_page(page)

    def start(self) -> bool:
        """Unlock silently if possible (keyring); otherwise show the prompt. True if open."""
        journal = self.unlock_page.try_silently()
        if journal is not None:
            self.show_journal(journal)
            return True
        self.stack.setCurrentWidget(self.unlock_page)
        return False

    def show_journal(self, journal: Journal) -> None:
        self.journal = journal
        self.view = JournalView(journal, self.clock, self.undo_stack, prefs=self.prefs)
        self.view.lock_requested.connect(self.lock)
        self.view.help_requested.connect(self.show_help)
        self.view.settings_changed.connect(self._setting_changed)
        self.view.settings_changed.connect(self.reminders.setting_changed)
        self.view.plan_changed.connect(self.reminders.refresh)
        self.reminders.attach(self.view.service, self.view.taper)
        self.view.restore_requested.connect(self.care.restore)  # queued by the view
        self.view.data_changed.connect(self.care.reload)
        self.stack.addWidget(self.view)
        self.stack.setCurrentWidget(self.view)
        self.view.show_page(self._last_page)
        self.lock_action.setEnabled(True)
        self.arm_auto_lock()
        self.care.schedule_checks()

    def arm_auto_lock(self) -> None:
        """Lock after the idle time saved in the journal, counted from now (Never: no lock)."""
        if self.view is None:
            self.idle_watcher.stop()
            return
        minutes = self.view.service.setting("auto_lock_minutes")
        self.idle_watcher.arm(minutes * self.idle_ms_per_minute)

    def _setting_changed(self, name: str) -> None:
        if name == "auto_lock_minutes":
            self.arm_auto_lock()

    def _discreet_changed(self, name: str) -> None:
        if name == "discreet_mode":
            self._apply_discreet()

    def _apply_discreet(self) -> None:
        """In discreet mode no window title, lock screen or tray text names the app."""
        discreet = self.prefs.discreet
        # Qt adds the display name to dialog titles; desktop notifications and the tray's
        # registration carry the application name (read only at start-up for our folders).
        QGuiApplication.setApplicationDisplayName(app_name(discreet))
        QCoreApplication.setApplicationName(app_name(True) if discreet else APP_NAME)
        self.setWindowTitle(app_name(discreet))
        self.unlock_page.set_discreet(discreet)
        self.reminders.set_discreet(discreet)

    def lock(self) -> None:
        """Hide every entry, drop the models and close the database."""
        if is_busy():  # a backup, export or import is using the journal: lock once it ends
            QTimer.singleShot(LOCK_RETRY_MS, self, self.lock)
            return
        self.idle_watcher.stop()
        if self.view is None or self.journal is None:
            return
        self.take_down_view()
        self.journal.close()
        self.journal = None
        self.unlock_page.show_prompt(self._prompt_after_lock())

    def take_down_view(self) -> None:
        """Close dialogs, forget undo history and destroy every page (the journal stays open)."""
        if self.view is None:
            return
        self.reminders.detach()  # they keep what they read, and read nothing more
        self._last_page = self.view.current_page()
        self._close_dialogs(keep=self.help_dialog)  # help holds no journal data
        QToolTip.hideText()  # a tooltip is its own window and may quote a note
        self.undo_stack.clear()  # after the dialogs: closing one may still record its entry
        self.stack.setCurrentWidget(self.unlock_page)
        self.stack.removeWidget(self.view)
        self.view.today.model.clear_entries()
        self.view.today.timer.stop()
        self._clear_built_pages(self.view)
        self.view.today.ride_out.stop_all()
        self.view.deleteLater()
        self.view = None
        self.lock_action.setEnabled(False)

    @staticmethod
    def _clear_built_pages(view: JournalView) -> None:
        """Drop the entries the Log and Summary pages hold (if they were ever shown)."""
        if (log := view.built("Log")) is not None:
            cast("LogPage", log).clear()
        if (summary := view.built("Summary")) is not None:
            cast("SummaryPage", summary).clear()

    def _prompt_after_lock(self) -> Prompt:
        return Prompt.PASSPHRASE if self.opener.needs_passphrase() else Prompt.NONE

    @property
    def is_locked(self) -> bool:
        return self.journal is None

    def _close_dialogs(self, keep: QWidget | None = None) -> None:
        """Close every window this one owns (dialogs, message boxes), except ``keep``.

        Walks the application's few windows rather than ``findChildren``: that would
        make a Python object for each of the window's hundreds of widgets (~5-13 ms).
        """
        for window in QApplication.topLevelWidgets():
            if window is self or window is keep:
                continue
            owner = window.parentWidget()
            while owner is not None and owner is not self:
                owner = owner.parentWidget()
            if owner is self:
                window.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        QCoreApplication.setApplicationName(APP_NAME)
        self.idle_watcher.stop()
        self.reminders.stop()
        self.care.timer.stop()
        self._close_dialogs()
        self.undo_stack.clear()  # before closing: clearing signals pages to refresh
        if self.view is not None:
            self.view.today.timer.stop()
            self.view.today.ride_out.stop_all()
            if (log := self.view.built("Log")) is not None:
                cast("LogPage", log).clear()
        if self.journal is not None:
            self.journal.close()
            self.journal = None
        super().closeEvent(event)
