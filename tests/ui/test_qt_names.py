"""Qt settings by key name (ui/qt_names.py), and the Today table that needs no Python."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QListWidget

from recovery_journal.domain.models import Dose
from recovery_journal.ui.entry_model import EntryTableModel
from recovery_journal.ui.qt_names import set_keys


def test_keys_set_enum_and_flags_properties(qtbot) -> None:  # type: ignore[no-untyped-def]
    label = QLabel("Step 3 of 12")
    qtbot.addWidget(label)
    set_keys(label, "alignment", "AlignRight|AlignTop")
    set_keys(label, "textInteractionFlags", "TextSelectableByMouse")
    assert label.alignment() == Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop
    assert label.textInteractionFlags() == Qt.TextInteractionFlag.TextSelectableByMouse
    listing = QListWidget()
    qtbot.addWidget(listing)
    set_keys(listing, "horizontalScrollBarPolicy", "ScrollBarAlwaysOff")
    assert listing.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    shortcut = QShortcut(QKeySequence("D"), label)
    set_keys(shortcut, "context", "WindowShortcut")
    assert shortcut.context() == Qt.ShortcutContext.WindowShortcut


def test_a_wrong_key_or_property_raises_and_changes_nothing(qtbot) -> None:  # type: ignore[no-untyped-def]
    label = QLabel("x")
    qtbot.addWidget(label)
    before = label.alignment()
    with pytest.raises(ValueError, match="AlignMiddle"):
        set_keys(label, "alignment", "AlignMiddle")
    with pytest.raises(ValueError, match="alinement"):
        set_keys(label, "alinement", "AlignTop")
    with pytest.raises(ValueError, match="text"):
        set_keys(label, "text", "AlignTop")  # a property, but not an enum
    with pytest.raises(ValueError, match="32"):
        set_keys(label, "alignment", "32")  # a number, not a key
    listing = QListWidget()
    qtbot.addWidget(listing)
    with pytest.raises(ValueError, match="ScrollBarAlwaysOn"):  # a plain enum takes one key
        set_keys(listing, "horizontalScrollBarPolicy", "ScrollBarAlwaysOff|ScrollBarAlwaysOn")
    assert listing.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAsNeeded
    assert label.alignment() == before
    assert label.text() == "x"
    assert label.dynamicPropertyNames() == []


def test_the_entries_table_names_its_columns_and_holds_each_entry() -> None:
    zone = UTC
    today = datetime(2026, 11, 20, 12, 0, tzinfo=zone)
    plain = Dose(at=today, amount=2.5, unit="g")
    noted = Dose(
        at=datetime(2026, 11, 19, 22, 15, tzinfo=zone), amount=1.0, unit="g", note="n" * 900
    )
    model = EntryTableModel(zone)
    model.set_entries([plain, noted], {}, {}, today.date())
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)]
    assert headers == ["Time", "Entry", "Details"]
    assert [model.index(r, EntryTableModel.TIME).data() for r in range(2)] == [
        "12:00",
        "yesterday 22:15",
    ]
    assert model.index(1, EntryTableModel.DETAILS).data().startswith("1 g")
    assert model.index(0, EntryTableModel.KIND).data(Qt.ItemDataRole.ToolTipRole) is None
    tip = model.index(1, EntryTableModel.KIND).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == "n" * 500  # a long note is cut for the tooltip
    assert model.entry(1) is noted
    rows = [model.headerData(r, Qt.Orientation.Vertical) for r in range(2)]
    assert rows == ["", ""]  # unnamed rows (a screen reader would otherwise say "1", "2")
    first = model.item(0, 0)
    model.set_entries([plain, noted], {}, {}, today.date())  # the minute's refresh
    assert model.item(0, 0) is first  # nothing rewritten: a selected row stays selected
    model.set_entries([plain, noted], {}, {}, today.date() + timedelta(days=1))
    assert model.index(0, EntryTableModel.TIME).data() == "yesterday 12:00"
    assert not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable
    model.clear_entries()  # on lock: nothing of the journal is left in it
    assert model.rowCount() == 0 and model.columnCount() == 3
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Time"
