"""Log: every entry, filtered and sorted; edit or delete any of them (undoable)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QLocale, QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from recovery_journal.domain.models import Entry
from recovery_journal.services.journal_service import JournalService
from recovery_journal.services.log_search import filter_choices, names_for, search_log
from recovery_journal.ui.appearance import set_points
from recovery_journal.ui.describe import kind_label
from recovery_journal.ui.editors import edit_entry
from recovery_journal.ui.log_filter_bar import LogFilterBar
from recovery_journal.ui.log_model import LogSortProxy, LogTableModel
from recovery_journal.ui.undo import DeleteEntryCommand

Clock = Callable[[], datetime]
# Starting widths, in characters; resizing to contents would measure every row.
COLUMN_CHARS = {
    LogTableModel.DATE: 11,
    LogTableModel.TIME: 6,
    LogTableModel.KIND: 14,
    LogTableModel.DETAILS: 30,
    LogTableModel.TRIGGERS: 18,
}


class LogPage(QWidget):
    """The history of all entries.

    It reloads when the undo stack moves (a log, edit, delete, undo or redo anywhere)
    while it is shown, and whenever it is shown.
    """

    def __init__(
        self,
        service: JournalService,
        undo_stack: QUndoStack,
        clock: Clock,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service, self.undo_stack, self.clock = service, undo_stack, clock
        self.filters = LogFilterBar(self._today)
        self.model = LogTableModel(service.zone, self)
        self.proxy = LogSortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = self._make_table()
        self.empty_label = QLabel()
        self.empty_label.setObjectName("logEmpty")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setAccessibleName(self.tr("No entries"))
        self.results = QStackedWidget()
        self.results.addWidget(self.table)
        self.results.addWidget(self.empty_label)
        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("Number of entries shown"))
        self.status_label = QLabel()
        self.status_label.setAccessibleName(self.tr("Last action"))
        self.edit_action = self._action(self.tr("&Edit…"), self.edit_selected, "Return", "Enter")
        self.delete_action = self._action(
            self.tr("&Delete"), self.delete_selected, QKeySequence.StandardKey.Delete
        )
        self.edit_button = self._button(self.edit_action, self.tr("Edit the selected entry"))
        self.delete_button = self._button(
            self.delete_action, self.tr("Delete the selected entry (undo brings it back)")
        )
        self._lay_out()
        self.filters.changed.connect(self.refresh)
        self.table.doubleClicked.connect(self._double_clicked)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        undo_stack.indexChanged.connect(self._journal_changed)
        self._update_actions()

    # -- building ----------------------------------------------------------------
    def _make_table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.proxy)
        table.setAccessibleName(self.tr("Journal entries"))
        table.setTabKeyNavigation(False)  # Tab moves on; the arrow keys move in the table
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        table.setShowGrid(False)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setFrameShape(QFrame.Shape.NoFrame)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        metrics = table.fontMetrics()
        for column, chars in COLUMN_CHARS.items():
            header.resizeSection(column, metrics.horizontalAdvance("0") * chars + 16)
        table.setSortingEnabled(True)
        table.sortByColumn(LogTableModel.DATE, Qt.SortOrder.DescendingOrder)
        return table

    def _action(
        self, text: str, slot: Callable[[], object], *keys: str | QKeySequence.StandardKey
    ) -> QAction:
        action = QAction(text, self.table)
        action.setShortcuts([QKeySequence(key) for key in keys])
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(slot)
        self.table.addAction(action)
        return action

    def _button(self, action: QAction, description: str) -> QPushButton:
        button = QPushButton(action.text())
        button.setAccessibleName(action.text().replace("&", "").rstrip("…"))
        button.setToolTip(description)
        button.clicked.connect(action.trigger)
        return button

    def _lay_out(self) -> None:
        title = QLabel(self.tr("Log"))
        set_points(title, 20)
        footer = QHBoxLayout()
        footer.addWidget(self.count_label)
        footer.addSpacing(16)
        footer.addWidget(self.status_label, 1)
        footer.addWidget(self.edit_button)
        footer.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(12)
        layout.addWidget(title)
        layout.addWidget(self.filters)
        layout.addWidget(self.results, 1)
        layout.addLayout(footer)

    # -- showing -----------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.status_label.clear()
        self.refresh()

    def _journal_changed(self) -> None:
        if self.isVisible():  # a hidden page reloads when it is shown
            self.status_label.clear()
            self.refresh(keep_position=True)

    def refresh(self, *, keep_position: bool = False) -> None:
        """Search again with the current filters; the selected entry stays selected."""
        chosen = self.selected_entry()
        position = self.table.currentIndex().row()
        self.filters.set_choices(filter_choices(self.service))
        entries = search_log(self.service, self.filters.log_filter())
        products, triggers = names_for(self.service, entries)
        self.model.set_entries(entries, products, triggers)
        self._show_count(len(entries))
        if not self._select_uid(chosen.uid if chosen else None) and keep_position:
            self._select_proxy_row(min(position, self.proxy.rowCount() - 1))
        self._update_actions()

    def clear(self) -> None:
        """Forget every entry shown (the journal is being locked or closed)."""
        self.filters.search_timer.stop()  # a pending search must not reach a closed journal
        self.model.set_entries([], {}, {})
        self.status_label.clear()

    def _show_count(self, count: int) -> None:
        if count == 1:
            self.count_label.setText(self.tr("1 entry"))
        else:
            number = QLocale().toString(count)
            self.count_label.setText(self.tr("{n} entries").format(n=number))
        if count:
            self.results.setCurrentWidget(self.table)
            return
        if self.service.entry_count() == 0:
            self.empty_label.setText(
                self.tr("Nothing logged yet. What you log on Today will appear here.")
            )
        else:
            self.empty_label.setText(self.tr("No entries match these filters."))
        self.results.setCurrentWidget(self.empty_label)

    def _select_uid(self, uid: str | None) -> bool:
        row = self.model.row_of(uid) if uid else None
        if row is None:
            return False
        return self._select_proxy_row(self.proxy.mapFromSource(self.model.index(row, 0)).row())

    def _select_proxy_row(self, row: int) -> bool:
        if row < 0:
            return False
        index = self.proxy.index(row, 0)
        self.table.setCurrentIndex(index)
        self.table.selectRow(row)
        self.table.scrollTo(index)
        return True

    def _update_actions(self) -> None:
        entry = self.selected_entry()
        self.edit_action.setEnabled(entry is not None)
        self.delete_action.setEnabled(entry is not None)
        self.edit_button.setEnabled(self.edit_action.isEnabled())
        self.delete_button.setEnabled(self.delete_action.isEnabled())

    # -- actions -----------------------------------------------------------------
    def selected_entry(self) -> Entry | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        entry = rows[0].data(LogTableModel.EntryRole)
        return entry if isinstance(entry, Entry) else None

    def edit_selected(self) -> None:
        entry = self.selected_entry()
        if entry is not None:
            edit_entry(self, self.service, self.undo_stack, self.clock, entry)

    def delete_selected(self) -> None:
        entry = self.selected_entry()
        if entry is None:
            return
        self.undo_stack.push(DeleteEntryCommand(self.service, entry))
        self.status_label.setText(
            #: {label}: the kind as a name (capitalised), for languages that need it so
            self.tr("Deleted the {kind} entry. Undo ({keys}) brings it back.").format(
                kind=kind_label(entry).lower(),
                label=kind_label(entry),
                keys=QKeySequence(QKeySequence.StandardKey.Undo).toString(
                    QKeySequence.SequenceFormat.NativeText
                ),
            )
        )

    def _double_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.edit_selected()

    def _today(self) -> date:
        return self.clock().astimezone(self.service.zone).date()
