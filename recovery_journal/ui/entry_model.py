"""A table of entries (time, kind, details) for the Today page and, later, the Log."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, tzinfo
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from recovery_journal.domain.models import Entry, Product, Trigger
from recovery_journal.ui.describe import details, kind_label, local_clock
from recovery_journal.ui.i18n import tr

ModelIndex = QModelIndex | QPersistentModelIndex
_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_TOOL_TIP = int(Qt.ItemDataRole.ToolTipRole.value)


class EntryTableModel(QAbstractTableModel):
    """Rows of entries, newest first. ``EntryRole`` gives the domain object."""

    TIME, KIND, DETAILS = range(3)
    EntryRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, zone: tzinfo, parent: Any = None) -> None:
        super().__init__(parent)
        self._zone = zone
        self._entries: list[Entry] = []
        self._products: Mapping[int, Product] = {}
        self._triggers: Mapping[int, Trigger] = {}
        self._today: date | None = None

    def set_entries(
        self,
        entries: Sequence[Entry],
        products: Mapping[int, Product],
        triggers: Mapping[int, Trigger],
        today: date | None = None,
    ) -> None:
        """Show ``entries``; with ``today``, earlier entries say "yesterday"."""
        self.beginResetModel()
        self._today = today
        self._entries = list(entries)
        self._products, self._triggers = products, triggers
        self.endResetModel()

    def clear(self) -> None:
        self.set_entries([], {}, {})

    def entry(self, row: int) -> Entry:
        return self._entries[row]

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != _DISPLAY and role != _TOOL_TIP and role != self.EntryRole:
            return None  # the views ask for 8 roles per cell as they paint; these 3 are ours
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        if role == self.EntryRole:
            return entry
        if role == _DISPLAY:
            if index.column() == self.TIME:
                clock = local_clock(entry, self._zone)
                if self._today is not None and entry.at.astimezone(self._zone).date() < self._today:
                    return tr("yesterday {time}").format(time=clock)
                return clock
            if index.column() == self.KIND:
                return kind_label(entry)
            return details(entry, self._products, self._triggers)
        if role == _TOOL_TIP and entry.note:
            return entry.note[:500]
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (tr("Time"), tr("Entry"), tr("Details"))[section]
        return None
