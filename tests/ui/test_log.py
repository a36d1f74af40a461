"""The Log page on a real encrypted journal, driven through its widgets."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QLocale, QPoint, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QComboBox, QDateEdit, QPushButton, QTableView

from recovery_journal.domain.models import (
    Craving,
    Dose,
    MedicationTaken,
    MoodCheckin,
    SowsRating,
)
from recovery_journal.domain.timeutil import local_zone
from recovery_journal.services.access import JournalAccess
from recovery_journal.services.journal_service import JournalService
from recovery_journal.storage.journal import Journal
from recovery_journal.storage.keys import SystemKeyring
from recovery_journal.storage.location import JournalLocation
from recovery_journal.ui.describe import date_text
from recovery_journal.ui.dose_dialogs import DoseDialog
from recovery_journal.ui.entry_dialogs import EntryDialog
from recovery_journal.ui.log_model import LogTableModel
from recovery_journal.ui.log_page import LogPage
from recovery_journal.ui.undo import LogEntryCommand
from tests.ui.conftest import FixedClock

ZONE = local_zone()  # Europe/Berlin (tests/conftest.py)


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=ZONE)


def short_date(year: int, month: int, day: int) -> str:
    return date_text(date(year, month, day))


@pytest.fixture
def journal(tmp_path: Path, memory_keyring: SystemKeyring) -> Iterator[Journal]:
    opened = JournalAccess(
        JournalLocation(tmp_path / "journal"), lambda: memory_keyring
    ).create_with_keyring()
    yield opened
    opened.close()


@pytest.fixture
def service(journal: Journal) -> JournalService:
    service = JournalService(journal, zone=ZONE)
    service.seed_triggers()
    service.log_dose(
        at("2026-11-20 08:05"),
        2.5,
        "g",
        product_name="Red powder",
        trigger_names=["stress"],
        note="Morning, felt SHAKY",
    )
    service.log_dose(at("2026-11-19 13:00"), 1.5, "g", product_name="Green powder")
    service.log_craving(
        Craving(at=at("2026-11-19 16:30"), intensity=6, note="after work"), ["boredom"]
    )
    service.log(
        MoodCheckin(at=at("2026-11-18 07:40"), mood=5, anxiety=6, energy=4, pain=3, note="tired")
    )
    service.log(MedicationTaken(at=at("2026-11-10 09:00"), name="Clonidine", dose="0.1 mg"))
    service.log_dose(at("2026-08-01 10:00"), 3.0, "g", product_name="Red powder", note="summer")
    return service


@pytest.fixture
def undo_stack() -> QUndoStack:
    return QUndoStack()


@pytest.fixture
def page(qtbot, service: JournalService, undo_stack: QUndoStack, clock: FixedClock) -> LogPage:  # type: ignore[no-untyped-def]
    page = LogPage(service, undo_stack, clock)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    return page


def rows(page: LogPage) -> list[tuple[str, ...]]:
    """What the table shows, top to bottom, as (kind, details, triggers, note)."""
    model = page.table.model()
    columns = (LogTableModel.KIND, LogTableModel.DETAILS, LogTableModel.TRIGGERS)
    return [
        tuple(model.index(row, column).data() for column in (*columns, LogTableModel.NOTE))
        for row in range(model.rowCount())
    ]


def details(page: LogPage) -> list[str]:
    return [row[1] for row in rows(page)]


def select_row_with(page: LogPage, text: str) -> None:
    match = [r for r, row in enumerate(rows(page)) if text in " ".join(row)]
    assert len(match) == 1, rows(page)
    page.table.selectRow(match[0])


def choose(combo: QComboBox, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, f"{text!r} is offered"
    combo.setCurrentIndex(index)


def test_model_passes_the_model_tester(qtmodeltester, service: JournalService) -> None:  # type: ignore[no-untyped-def]
    model = LogTableModel(ZONE)
    qtmodeltester.check(model)  # empty
    entries = service.timeline(at("2026-01-01 00:00"), at("2026-12-01 00:00"))
    products = service.product_map()
    triggers = {t.id: t for t in service.triggers.all()}
    model.set_entries(entries, products, triggers)
    qtmodeltester.check(model)
    for column in range(model.columnCount()):  # the tester keeps watching the re-sorts
        model.sort(column, Qt.SortOrder.AscendingOrder)
        model.sort(column, Qt.SortOrder.DescendingOrder)
    first = model.index(0, LogTableModel.DATE)
    assert first.data(LogTableModel.EntryRole) is model.entry(0)
    assert isinstance(first.data(LogTableModel.SortRole), datetime)
    assert isinstance(model.index(0, LogTableModel.KIND).data(LogTableModel.SortRole), str)


def test_last_30_days_newest_first_by_default(page: LogPage) -> None:
    assert page.filters.range_combo.currentText() == "Last 30 days"
    model = page.table.model()
    assert [model.index(r, LogTableModel.DATE).data() for r in range(3)] == [
        short_date(2026, 11, 20),
        short_date(2026, 11, 19),
        short_date(2026, 11, 19),
    ]
    assert model.index(0, LogTableModel.TIME).data() == "08:05"
    assert rows(page) == [
        ("Dose", "2.5 g Red powder", "stress", "Morning, felt SHAKY"),
        ("Craving", "intensity 6", "boredom", "after work"),
        ("Dose", "1.5 g Green powder", "", ""),
        ("Mood", "mood 5 · anxiety 6 · energy 4 · pain 3", "", "tired"),
        ("Medication", "Clonidine 0.1 mg", "", ""),
    ]
    assert page.count_label.text() == "5 entries"
    choose(page.filters.range_combo, "All")
    assert details(page)[-1] == "3 g Red powder"
    assert page.count_label.text() == "6 entries"
    choose(page.filters.range_combo, "Last 7 days")
    assert page.count_label.text() == "4 entries", "14 to 20 November"


def test_filter_by_trigger_kind_and_product(page: LogPage) -> None:
    choose(page.filters.trigger_combo, "stress")
    assert rows(page) == [("Dose", "2.5 g Red powder", "stress", "Morning, felt SHAKY")]
    assert page.count_label.text() == "1 entry"
    choose(page.filters.trigger_combo, "All triggers")
    choose(page.filters.kind_combo, "Dose")
    assert details(page) == ["2.5 g Red powder", "1.5 g Green powder"]
    choose(page.filters.range_combo, "All")
    choose(page.filters.product_combo, "Red powder")
    assert details(page) == ["2.5 g Red powder", "3 g Red powder"]


def test_search_as_you_type(qtbot, page: LogPage) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(page.filters.search_edit, "shaky")
    qtbot.waitUntil(lambda: len(rows(page)) == 1)
    assert rows(page)[0][1] == "2.5 g Red powder"

    page.filters.search_edit.clear()
    qtbot.keyClicks(page.filters.search_edit, "clonid")  # a medication's name
    qtbot.waitUntil(lambda: details(page) == ["Clonidine 0.1 mg"])

    qtbot.keyClicks(page.filters.search_edit, "zzz")
    qtbot.waitUntil(lambda: page.results.currentWidget() is page.empty_label)
    assert page.empty_label.text() == "No entries match these filters."
    assert page.count_label.text() == "0 entries"
    assert not page.edit_button.isEnabled() and not page.delete_button.isEnabled()


def test_custom_dates(qtbot, page: LogPage) -> None:  # type: ignore[no-untyped-def]
    filters = page.filters
    assert not filters.from_edit.isEnabled()
    choose(filters.range_combo, "Custom…")
    assert filters.from_edit.isEnabled() and filters.to_edit.isEnabled()
    assert filters.from_edit.date() == QDate(2026, 10, 22), "starts from the last 30 days"
    assert filters.to_edit.date() == QDate(2026, 11, 20)
    filters.from_edit.setDate(QDate(2026, 11, 19))
    filters.to_edit.setDate(QDate(2026, 11, 19))
    qtbot.waitUntil(lambda: page.count_label.text() == "2 entries")
    assert details(page) == ["intensity 6", "1.5 g Green powder"]


def click_header(qtbot, page: LogPage, column: int) -> None:  # type: ignore[no-untyped-def]
    header = page.table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2)
    )


def test_sort_by_clicking_headers(qtbot, qtmodeltester, page: LogPage) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(page.table.model())  # the view's proxy, watched while it re-sorts
    select_row_with(page, "Clonidine")
    click_header(qtbot, page, LogTableModel.KIND)
    assert isinstance(page.selected_entry(), MedicationTaken), "the selection follows its row"
    kinds = [row[0] for row in rows(page)]
    assert kinds == ["Craving", "Dose", "Dose", "Medication", "Mood"]
    assert details(page)[1:3] == ["2.5 g Red powder", "1.5 g Green powder"], "newest first"
    click_header(qtbot, page, LogTableModel.KIND)
    assert [row[0] for row in rows(page)] == ["Mood", "Medication", "Dose", "Dose", "Craving"]

    click_header(qtbot, page, LogTableModel.DATE)
    assert details(page)[0] == "2.5 g Red powder", "a first click on Date: newest first"
    click_header(qtbot, page, LogTableModel.DATE)
    assert details(page)[0] == "Clonidine 0.1 mg"


def test_delete_then_undo_and_redo(qtbot, page: LogPage, undo_stack: QUndoStack) -> None:  # type: ignore[no-untyped-def]
    select_row_with(page, "tired")
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert "tired" not in [row[3] for row in rows(page)]
    assert page.count_label.text() == "4 entries"
    assert "Undo" in page.status_label.text()
    assert page.selected_entry() is not None, "the next entry is selected"

    undo_stack.undo()
    assert page.count_label.text() == "5 entries"
    assert rows(page)[3] == ("Mood", "mood 5 · anxiety 6 · energy 4 · pain 3", "", "tired")
    assert page.status_label.text() == ""

    undo_stack.redo()
    assert "tired" not in [row[3] for row in rows(page)]

    select_row_with(page, "Clonidine")
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert page.count_label.text() == "3 entries"


def open_dialogs(page: LogPage) -> list[DoseDialog]:
    return [w for w in page.findChildren(DoseDialog) if w.isVisible()]


def open_editor(qtbot, page: LogPage) -> DoseDialog:  # type: ignore[no-untyped-def]
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    dialogs = open_dialogs(page)
    assert len(dialogs) == 1, "Enter opens the entry's dialog"
    qtbot.waitUntil(dialogs[0].isActiveWindow)  # the window manager hands it the keyboard
    return dialogs[0]


def test_edit_a_dose_then_undo(qtbot, page: LogPage, undo_stack: QUndoStack) -> None:  # type: ignore[no-untyped-def]
    select_row_with(page, "2.5 g Red powder")
    dialog = open_editor(qtbot, page)
    assert dialog.amount_edit.text() in ("2.5", "2,5"), "filled with the dose's values"
    dialog.amount_edit.setText(QLocale().toString(2.0, "f", 1))
    qtbot.keyClick(dialog.amount_edit, Qt.Key.Key_Return)
    assert not dialog.isVisible(), dialog.error_label.text()
    assert details(page)[0] == "2 g Red powder"
    assert page.selected_entry() is not None and page.selected_entry().note == "Morning, felt SHAKY"

    undo_stack.undo()
    assert details(page)[0] == "2.5 g Red powder"
    undo_stack.redo()
    assert details(page)[0] == "2 g Red powder"


def test_double_click_edits(qtbot, page: LogPage) -> None:  # type: ignore[no-untyped-def]
    select_row_with(page, "1.5 g Green powder")
    rect = page.table.visualRect(page.table.currentIndex())
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    dialogs = open_dialogs(page)
    assert len(dialogs) == 1
    dialogs[0].reject()


def test_follows_entries_logged_elsewhere_and_keeps_the_selection(
    page: LogPage, service: JournalService, undo_stack: QUndoStack
) -> None:
    select_row_with(page, "Clonidine")
    dose = service.log_dose(at("2026-11-20 12:00"), 1.0, "g", product_name="Red powder")
    undo_stack.push(LogEntryCommand(service, dose))  # as the Today page records a new entry
    assert details(page)[0] == "1 g Red powder"
    assert page.selected_entry() is not None and isinstance(page.selected_entry(), MedicationTaken)
    undo_stack.undo()
    assert "1 g Red powder" not in details(page)


def test_every_kind_opens_its_own_editor(qtbot, page: LogPage, service: JournalService) -> None:  # type: ignore[no-untyped-def]
    service.log(SowsRating(at=at("2026-11-20 09:00"), scores=(1,) * 16))
    page.refresh()
    select_row_with(page, "SOWS 16 of 64")
    assert page.edit_button.isEnabled() and page.delete_button.isEnabled()
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    dialogs = [w for w in page.findChildren(EntryDialog) if w.isVisible()]
    assert len(dialogs) == 1 and not isinstance(dialogs[0], DoseDialog)
    dialogs[0].reject()


def test_empty_journal_says_so_calmly(qtbot, journal: Journal, clock: FixedClock) -> None:  # type: ignore[no-untyped-def]
    page = LogPage(JournalService(journal, zone=ZONE), QUndoStack(), clock)
    qtbot.addWidget(page)
    page.show()
    assert page.results.currentWidget() is page.empty_label
    assert "Nothing logged yet" in page.empty_label.text()
    assert page.count_label.text() == "0 entries"


def test_every_control_has_an_accessible_name(page: LogPage) -> None:
    controls = [
        widget
        for kind in (QComboBox, QDateEdit, QPushButton, QTableView)
        for widget in page.findChildren(kind)
    ]
    controls.append(page.filters.search_edit)
    unnamed = [type(w).__name__ for w in controls if not w.accessibleName()]
    assert len(controls) == 10 and unnamed == []
    assert page.filters.search_edit.placeholderText() == "Search notes"
    assert page.edit_button.text() == "&Edit…" and page.delete_button.text() == "&Delete"


def test_choosing_a_product_only_shows_doses(page: LogPage) -> None:
    choose(page.filters.product_combo, "Green powder")
    assert [type(page.table.model().index(0, 0).data(LogTableModel.EntryRole))] == [Dose]
    assert page.count_label.text() == "1 entry"
