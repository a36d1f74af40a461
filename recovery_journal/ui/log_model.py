"""The Log's table: every entry with its date, time, kind, details, triggers and note."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import tzinfo
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from recovery_journal.domain.models import Entry, Product, Trigger
from recovery_journal.ui.describe import (
    date_text,
    details,
    first_line,
    kind_label,
    local_clock,
    trigger_names,
)
from recovery_journal.ui.i18n import tr

ModelIndex = QModelIndex | QPersistentModelIndex
_NO_TRIGGERS: Mapping[int, Trigger] = {}


class _Row:
    """One entry and its texts, worked out the first time a view asks for them."""

    __slots__ = ("entry", "texts")

    def __init__(self, entry: Entry, columns: int) -> None:
        self.entry = entry
        self.texts: list[str | None] = [None] * columns


class LogTableModel(QAbstractTableModel):
    """Entries as rows; ``EntryRole`` gives the domain entry, ``SortRole`` a sortable value.

    The model sorts itself (:meth:`sort`): sort keys are worked out once per row,
    where a proxy would call back into Python twice per comparison (seconds for
    years of entries).
    """

    DATE, TIME, KIND, DETAILS, TRIGGERS, NOTE = range(6)
    COLUMN_COUNT = 6
    EntryRole = Qt.ItemDataRole.UserRole + 1
    SortRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, zone: tzinfo, parent: Any = None) -> None:
        super().__init__(parent)
        self._zone = zone
        self._newest_first: list[_Row] = []  # as the service returns them
        self._rows: list[_Row] = []  # as shown: sorted by the chosen column
        self._products: Mapping[int, Product] = {}
        self._triggers: Mapping[int, Trigger] = {}
        self._sort_column = self.DATE
        self._sort_order = Qt.SortOrder.DescendingOrder
        self._texts: dict[int, Callable[[Entry], str]] = {
            self.DATE: self._date_text,
            self.TIME: lambda e: local_clock(e, self._zone),
            self.KIND: kind_label,
            self.DETAILS: lambda e: details(e, self._products, _NO_TRIGGERS),
            self.TRIGGERS: lambda e: trigger_names(e, self._triggers),
            self.NOTE: lambda e: first_line(e.note),
        }

    # -- contents --------------------------------------------------------------
    def set_entries(
        self,
        entries: Sequence[Entry],
        products: Mapping[int, Product],
        triggers: Mapping[int, Trigger],
    ) -> None:
        """Show ``entries`` (newest first), naming products and triggers from the maps."""
        self.beginResetModel()
        self._products, self._triggers = products, triggers
        self._newest_first = [_Row(entry, self.COLUMN_COUNT) for entry in entries]
        self._rows = self._sorted_rows()
        self.endResetModel()

    def entry(self, row: int) -> Entry:
        return self._rows[row].entry

    def row_of(self, uid: str) -> int | None:
        """The row showing the entry with this uid, if it is shown."""
        for row, item in enumerate(self._rows):
            if item.entry.uid == uid:
                return row
        return None

    # -- QAbstractTableModel -------------------------------------------------
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == self.EntryRole:
            return row.entry
        if role == self.SortRole:
            return self._sort_value(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.NOTE and row.entry.note:
            return row.entry.note[:500]
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.COLUMN_COUNT:
            return None
        if role == Qt.ItemDataRole.InitialSortOrderRole:  # a first click on Date: newest first
            newest_first = section in (self.DATE, self.TIME)
            return Qt.SortOrder.DescendingOrder if newest_first else Qt.SortOrder.AscendingOrder
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            tr("Date"),
            tr("Time"),
            tr("Kind"),
            tr("Details"),
            tr("Triggers"),
            tr("Note"),
        )[section]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Order rows by ``column``'s sort value; equal values stay newest first."""
        if not 0 <= column < self.COLUMN_COUNT:
            return
        self._sort_column, self._sort_order = column, order
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        held = [(self._rows[index.row()], index.column()) for index in persistent]
        self._rows = self._sorted_rows()
        new_row = {id(item): row for row, item in enumerate(self._rows)}
        self.changePersistentIndexList(
            persistent, [self.index(new_row[id(item)], col) for item, col in held]
        )
        self.layoutChanged.emit()

    # -- helpers -----------------------------------------------------------------
    def _sorted_rows(self) -> list[_Row]:
        """Rows ordered by the sort column's ``SortRole`` value (text in any case).

        Python's sort is stable, also in reverse, so ties stay newest first.
        """
        column = self._sort_column

        def key(row: _Row) -> Any:
            value = self._sort_value(row, column)
            return value.casefold() if isinstance(value, str) else value

        descending = self._sort_order == Qt.SortOrder.DescendingOrder
        return sorted(self._newest_first, key=key, reverse=descending)

    def _text(self, row: _Row, column: int) -> str:
        text = row.texts[column]
        if text is None:
            text = row.texts[column] = self._texts[column](row.entry)
        return text

    def _sort_value(self, row: _Row, column: int) -> Any:
        if column in (self.DATE, self.TIME):
            return row.entry.at
        return self._text(row, column)

    def _date_text(self, entry: Entry) -> str:
        return date_text(entry.at.astimezone(self._zone).date())


class LogSortProxy(QSortFilterProxyModel):
    """The view's proxy: clicking a header sorts the :class:`LogTableModel` itself."""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if isinstance(source, LogTableModel):
            source.sort(column, order)
        else:  # pragma: no cover - the Log always sets its own model
            super().sort(column, order)
