"""A table of entries (time, kind, details) for the Today page."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, tzinfo
from typing import Any

from PySide6.QtGui import QStandardItem, QStandardItemModel

from recovery_journal.domain.models import Entry, Product, Trigger
from recovery_journal.ui.describe import details, kind_label, local_clock
from recovery_journal.ui.i18n import tr

NOTE_TIP_CHARACTERS = 500


class EntryTableModel(QStandardItemModel):
    """Rows of entries, newest first; :meth:`entry` gives a row's domain object.

    The cells are written when what they show changes (the page shows a day's entries,
    a few dozen), so Qt measures and paints them without calling back into Python: a
    Python ``data()`` was asked 8 roles per cell on each paint, and a Python
    ``headerData()`` is handed a ``Qt.Orientation``, which makes PySide6 build the whole
    ``Qt`` namespace before the first paint (see :mod:`recovery_journal.ui.qt_names`).
    Use :meth:`clear_entries` to empty it (``clear()`` would also drop the columns).
    """

    TIME, KIND, DETAILS = range(3)

    def __init__(self, zone: tzinfo, parent: Any = None) -> None:
        super().__init__(0, 3, parent)
        self._zone = zone
        self._entries: list[Entry] = []
        self._shown: tuple[object, ...] | None = None  # what the cells were written from
        self.setHorizontalHeaderLabels([tr("Time"), tr("Entry"), tr("Details")])

    def set_entries(
        self,
        entries: Sequence[Entry],
        products: Mapping[int, Product],
        triggers: Mapping[int, Trigger],
        today: date | None = None,
    ) -> None:
        """Show ``entries``; with ``today``, earlier entries say "yesterday".

        Nothing is rewritten (and the selection stays) when all of it is as shown.
        """
        shown = (tuple(entries), dict(products), dict(triggers), today)
        if shown == self._shown:
            return
        self._shown, self._entries = shown, list(entries)
        self.setRowCount(0)
        for entry in self._entries:
            clock = local_clock(entry, self._zone)
            if today is not None and entry.at.astimezone(self._zone).date() < today:
                clock = tr("yesterday {time}").format(time=clock)
            cells = [
                QStandardItem(clock),
                QStandardItem(kind_label(entry)),
                QStandardItem(details(entry, products, triggers)),
            ]
            for cell in cells:
                cell.setEditable(False)
                if entry.note:
                    cell.setToolTip(entry.note[:NOTE_TIP_CHARACTERS])
            self.appendRow(cells)
        # rows have no names (the header is hidden); unnamed, Qt would number them 1, 2, ...
        self.setVerticalHeaderLabels([""] * len(self._entries))

    def clear_entries(self) -> None:
        self.set_entries([], {}, {})

    def entry(self, row: int) -> Entry:
        return self._entries[row]
