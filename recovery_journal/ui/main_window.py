"""The main window: navigation on the left, pages on the right, a lock screen over all."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from recovery_journal.services.access import JournalOpener, Prompt
from recovery_journal.services.journal_service import JournalService
from recovery_journal.services.taper_service import TaperService
from recovery_journal.storage.journal import Journal
from recovery_journal.ui.today_page import TodayPage
from recovery_journal.ui.unlock_page import UnlockPage

PAGES = ("Today", "Log", "Taper", "Progress", "Summary", "Settings")


class JournalView(QWidget):
    """Everything shown while unlocked; built on unlock and destroyed on lock."""

    lock_requested = Signal()

    def __init__(self, journal: Journal, clock: Callable[[], datetime], undo: QUndoStack) -> None:
        super().__init__()
        self.service = JournalService(journal)
        self.taper = TaperService(journal)
        self.nav = QListWidget()
        self.nav.setAccessibleName(self.tr("Pages"))
        self.nav.setFixedWidth(150)
        self.nav.setStyleSheet(
            "QListWidget { border: none; font-size: 12pt; }QListWidget::item { padding: 8px 12px; }"
        )
        self.pages = QStackedWidget()
        self.today = TodayPage(self.service, self.taper, undo, clock)
        for name in PAGES:
            self.nav.addItem(self.tr(name))
            self.pages.addWidget(self.today if name == "Today" else _coming_page(name))
        self.nav.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.nav.setCurrentRow(0)
        lock_button = QPushButton(self.tr("Lock"))
        lock_button.setAccessibleName(self.tr("Lock the journal"))
        lock_button.setToolTip(self.tr("Lock the journal (Ctrl+L)"))
        lock_button.clicked.connect(self.lock_requested)
        side = QVBoxLayout()
        side.setContentsMargins(8, 16, 8, 16)
        side.addWidget(self.nav, 1)
        side.addWidget(lock_button)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(side)
        layout.addWidget(self.pages, 1)

    def current_page(self) -> str:
        return PAGES[self.nav.currentRow()]

    def show_page(self, name: str) -> None:
        self.nav.setCurrentRow(PAGES.index(name))


def _coming_page(name: str) -> QWidget:
    page = QWidget()
    message = QCoreApplication.translate(
        "MainWindow", "The {name} page arrives in a later version."
    )
    text = QLabel(message.format(name=name))
    text.setAlignment(Qt.AlignmentFlag.AlignCenter)
    text.setWordWrap(True)
    layout = QVBoxLayout(page)
    layout.addWidget(text)
    return page


class MainWindow(QMainWindow):
    """Holds the unlock page and, once unlocked, the journal view."""

    def __init__(self, opener: JournalOpener, clock: Callable[[], datetime]) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("Recovery Journal"))
        self.resize(1000, 680)
        self.opener = opener
        self.clock = clock
        self.journal: Journal | None = None
        self.view: JournalView | None = None
        self.undo_stack = QUndoStack(self)
        self._last_page = "Today"
        self.stack = QStackedWidget()
        self.unlock_page = UnlockPage(opener)
        self.unlock_page.unlocked.connect(self.show_journal)
        self.stack.addWidget(self.unlock_page)
        self.setCentralWidget(self.stack)
        self._add_actions()

    def _add_actions(self) -> None:
        self.lock_action = QAction(self.tr("&Lock"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock)
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        for action in (self.lock_action, self.undo_action, self.redo_action):
            self.addAction(action)

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
        self.view = JournalView(journal, self.clock, self.undo_stack)
        self.view.lock_requested.connect(self.lock)
        self.stack.addWidget(self.view)
        self.stack.setCurrentWidget(self.view)
        self.view.show_page(self._last_page)
        self.lock_action.setEnabled(True)

    def lock(self) -> None:
        """Hide every entry, drop the models and close the database."""
        if self.view is None or self.journal is None:
            return
        self._last_page = self.view.current_page()
        self.undo_stack.clear()
        for dialog in self.findChildren(QWidget):
            if dialog.isWindow() and dialog is not self:
                dialog.close()
        self.stack.setCurrentWidget(self.unlock_page)
        self.stack.removeWidget(self.view)
        self.view.today.model.clear()
        self.view.deleteLater()
        self.view = None
        self.journal.close()
        self.journal = None
        self.lock_action.setEnabled(False)
        self.unlock_page.show_prompt(self._prompt_after_lock())

    def _prompt_after_lock(self) -> Prompt:
        return Prompt.PASSPHRASE if self.opener.needs_passphrase() else Prompt.NONE

    @property
    def is_locked(self) -> bool:
        return self.journal is None

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.journal is not None:
            self.journal.close()
            self.journal = None
        super().closeEvent(event)
