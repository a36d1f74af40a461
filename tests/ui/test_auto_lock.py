"""Auto-lock: after the idle time nothing of the journal is on screen and the database is closed.

A "minute" is shortened to a fraction of a second; the real app uses 60 000 ms.
"""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
import sqlcipher3.dbapi2
from PySide6.QtCore import QAbstractItemModel, QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from recovery_journal.ui.dose_dialogs import DoseDialog
from recovery_journal.ui.entry_dialogs import EntryDialog
from recovery_journal.ui.main_window import MainWindow
from tests.ui.test_entries import press, save

MARKER = "Zebra-7f3 note only this test writes"
ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)


def model_texts(model: QAbstractItemModel) -> Iterator[str]:
    """Every cell of a table or list model (the app has no trees)."""
    for row in range(model.rowCount()):
        column, index = 0, model.index(row, 0)
        while index.isValid():  # list models keep columnCount private
            yield from (str(index.data(role) or "") for role in ROLES)
            column += 1
            index = model.index(row, column)


def widget_texts(widget: QWidget) -> Iterator[str]:
    yield widget.windowTitle()
    yield widget.toolTip()
    if isinstance(widget, QLabel | QLineEdit | QAbstractButton | QAbstractSpinBox):
        yield widget.text()
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        yield widget.toPlainText()
    if isinstance(widget, QComboBox):
        yield from (widget.itemText(i) for i in range(widget.count()))
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        yield from model_texts(widget.model())


def showing_marker() -> list[QWidget]:
    """Every visible widget, in any window, whose text or items contain the marker."""
    return [
        widget
        for widget in QApplication.allWidgets()
        if widget.isVisible() and any(MARKER in text for text in widget_texts(widget))
    ]


def other_windows(window: MainWindow) -> list[QWidget]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if w.isVisible() and w is not window and w is not window.help_dialog
    ]


def opened(qtbot, make_window, ms_per_minute: int, minutes: int | None = None) -> MainWindow:  # type: ignore[no-untyped-def]
    """A window on a new journal whose "minute" lasts ``ms_per_minute``."""
    window = make_window()
    window.idle_ms_per_minute = ms_per_minute
    assert window.start()
    qtbot.waitUntil(window.isActiveWindow)  # shortcut keys reach the active window only
    if minutes is not None:
        window.view.service.set_setting("auto_lock_minutes", minutes)
        window.arm_auto_lock()
    return window


def choose_idle(window: MainWindow, label: str) -> None:
    combo = window.view.settings.auto_lock_combo
    index = combo.findText(label)
    assert index >= 0, f"{label!r} is offered"
    combo.setCurrentIndex(index)


def log_marker_dose(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    dose = press(qtbot, window, "D", DoseDialog)
    dose.amount_edit.setText("2")
    dose.note_edit.setText(MARKER)
    save(qtbot, dose)


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen only
def test_idle_locks_closes_the_database_and_leaves_no_entry_on_screen(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = opened(qtbot, make_window, ms_per_minute=200)
    log_marker_dose(qtbot, window)
    assert any(w in showing_marker() for w in window.view.today.findChildren(QWidget))
    window.view.show_page("Log")
    log = window.view.log
    assert log.table in showing_marker()
    log.table.selectRow(0)
    log.edit_selected()
    dialogs = [w for w in other_windows(window) if isinstance(w, EntryDialog)]
    assert len(dialogs) == 1 and dialogs[0].note_edit in showing_marker()
    window.show_help()
    connection = window.journal.db.conn

    choose_idle(window, "1 minute")  # 200 ms from now
    qtbot.waitUntil(lambda: window.is_locked)

    with pytest.raises(sqlcipher3.dbapi2.ProgrammingError, match="closed database"):
        connection.execute("SELECT count(*) FROM sqlite_master")
    assert showing_marker() == []
    assert other_windows(window) == [], "only the lock screen and Help stay open"
    assert window.help_dialog is not None and window.help_dialog.isVisible()
    assert window.stack.currentWidget() is window.unlock_page
    assert not window.idle_watcher.is_armed(), "a locked journal has nothing to lock"

    assert window.start()
    assert window.view.current_page() == "Log", "unlocking returns to the page in use"
    assert log_rows_contain(window, MARKER)


def log_rows_contain(window: MainWindow, text: str) -> bool:
    return any(text in t for t in model_texts(window.view.log.table.model()))


def test_key_presses_and_mouse_moves_postpone_the_lock(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    # An idle time of 0.9 s leaves room for a busy machine between inputs 0.1 s apart.
    window = opened(qtbot, make_window, ms_per_minute=900, minutes=1)
    for _ in range(12):  # 1.2 s of typing: longer than the idle time
        qtbot.keyClick(window.view.today, Qt.Key.Key_Shift)
        qtbot.wait(100)
    assert not window.is_locked
    for step in range(12):  # then 1.2 s of moving the mouse
        qtbot.mouseMove(window, QPoint(200 + 7 * step, 300))
        last_input = time.monotonic()
        qtbot.wait(100)
    assert not window.is_locked
    qtbot.waitUntil(lambda: window.is_locked)
    assert time.monotonic() - last_input >= 0.85, "the idle time counts from the last input"


def test_typing_in_an_open_dialog_counts_and_the_lock_saves_nothing(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = opened(qtbot, make_window, ms_per_minute=400, minutes=1)
    dose = press(qtbot, window, "D", DoseDialog)
    for letter in "half a dose":  # 1.1 s of typing in the dialog
        qtbot.keyClicks(dose.note_edit, letter)
        qtbot.wait(100)
    assert not window.is_locked and dose.isVisible()
    qtbot.waitUntil(lambda: window.is_locked)
    assert other_windows(window) == [], "the lock closed the dialog"
    assert window.start()
    window.view.show_page("Log")
    assert window.view.log.model.rowCount() == 0, "a dialog closed by the lock saves nothing"


def test_never_arms_no_timer(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = opened(qtbot, make_window, ms_per_minute=50)
    assert window.idle_watcher.is_armed()
    choose_idle(window, "Never")
    assert not window.idle_watcher.is_armed()
    window.lock()
    assert window.start()
    assert not window.idle_watcher.is_armed(), "Never is kept after unlocking"
    qtbot.wait(300)  # six "minutes"
    assert not window.is_locked


def test_the_settings_row_saves_at_once_and_rearms(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = opened(qtbot, make_window, ms_per_minute=100)
    settings = window.view.settings
    window.view.show_page("Settings")
    combo = settings.auto_lock_combo
    assert combo.accessibleName() == "Lock when idle for"
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Never",
        "1 minute",
        "5 minutes",
        "15 minutes",
        "30 minutes",
    ]
    assert combo.currentText() == "15 minutes", "the saved default"
    assert window.idle_watcher.interval_ms == 1500

    choose_idle(window, "5 minutes")
    assert window.view.service.setting("auto_lock_minutes") == 5
    assert settings.saved_label.text() == "Saved."
    assert window.idle_watcher.interval_ms == 500

    choose_idle(window, "1 minute")
    qtbot.waitUntil(lambda: window.is_locked)
    assert window.start()
    assert window.view.current_page() == "Settings"
    assert window.view.settings.auto_lock_combo.currentText() == "1 minute"
    assert window.idle_watcher.interval_ms == 100


def test_the_first_input_after_a_suspend_locks_instead_of_acting(  # type: ignore[no-untyped-def]
    qtbot, make_window, monkeypatch
) -> None:
    """Qt's timers stop while the computer sleeps; the boot-time clock does not."""
    from recovery_journal.ui import idle

    now = [1000.0]
    monkeypatch.setattr(idle, "_clock", lambda: now[0])
    window = opened(qtbot, make_window, ms_per_minute=60_000, minutes=1)
    now[0] += 3600  # an hour with the lid shut: no timer ran meanwhile
    assert not window.is_locked
    qtbot.keyClick(window.view.today, Qt.Key.Key_D)
    assert window.is_locked, "the key press after the suspend locked the journal"
    assert other_windows(window) == [], "and was not acted on (no dose dialog)"
