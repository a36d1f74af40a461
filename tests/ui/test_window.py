"""The whole window: log on Today, find it in the Log, Help and page keys, lock."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from recovery_journal.ui.dose_dialogs import CravingDialog, DoseDialog
from recovery_journal.ui.help_dialog import HelpDialog
from recovery_journal.ui.log_model import LogTableModel
from recovery_journal.ui.main_window import MainWindow
from tests.ui.test_entries import press, save


def log_rows(window: MainWindow) -> list[str]:
    table = window.view.log.table
    model = table.model()
    columns = (LogTableModel.KIND, LogTableModel.DETAILS, LogTableModel.NOTE)
    return [
        " | ".join(str(model.index(row, column).data() or "") for column in columns)
        for row in range(model.rowCount())
    ]


def test_entries_logged_on_today_are_found_in_the_log(qtbot, window: MainWindow) -> None:
    craving = press(qtbot, window, "C", CravingDialog)
    craving.intensity_spin.setValue(6)
    boredom = next(
        row
        for row in range(craving.trigger_list.count())
        if craving.trigger_list.item(row).text() == "boredom"
    )
    craving.trigger_list.item(boredom).setCheckState(Qt.CheckState.Checked)
    save(qtbot, craving)
    dose = press(qtbot, window, "D", DoseDialog)
    dose.amount_edit.setText("2")
    dose.note_edit.setText("After lunch with Mum")
    save(qtbot, dose)

    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.view.current_page() == "Log"
    assert len(log_rows(window)) == 2

    filters = window.view.log.filters
    filters.trigger_combo.setCurrentIndex(filters.trigger_combo.findText("boredom"))
    assert [r.split(" | ")[0] for r in log_rows(window)] == ["Craving"]
    filters.trigger_combo.setCurrentIndex(0)

    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert filters.search_edit.hasFocus(), "Ctrl+F puts the cursor in the search box"
    qtbot.keyClicks(filters.search_edit, "LUNCH")
    qtbot.waitUntil(lambda: len(log_rows(window)) == 1)
    assert "2 g" in log_rows(window)[0] and "After lunch with Mum" in log_rows(window)[0]


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen only
def test_f1_opens_help_and_it_stays_while_locked(qtbot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_F1)
    helps = [w for w in QApplication.topLevelWidgets() if isinstance(w, HelpDialog)]
    assert any(h.isVisible() for h in helps)
    window.lock()
    assert window.help_dialog is not None and window.help_dialog.isVisible(), (
        "crisis lines stay readable while the journal is locked"
    )


def test_lock_empties_the_log_and_unlock_returns_to_it(qtbot, window: MainWindow) -> None:
    dose = press(qtbot, window, "D", DoseDialog)
    dose.amount_edit.setText("1.5")
    save(qtbot, dose)
    window.view.show_page("Log")
    assert len(log_rows(window)) == 1
    log = window.view.log
    window.lock()
    assert log.model.rowCount() == 0, "no entry stays in memory while locked"
    assert window.start()
    assert window.view.current_page() == "Log"
    assert len(log_rows(window)) == 1


def test_a_journal_opened_by_the_keyring_never_shows_a_passphrase_field(
    qtbot, window: MainWindow
) -> None:
    """Locked and unlocked again with the keyring: the lock screen has nothing to type in."""
    page = window.unlock_page
    assert page.findChildren(QLineEdit) == []  # not even hidden (Qt's first costs ~10 ms)
    window.lock()
    assert window.stack.currentWidget() is page
    assert [edit for edit in page.findChildren(QLineEdit) if edit.isVisibleTo(page)] == []
    qtbot.mouseClick(page.unlock_button, Qt.MouseButton.LeftButton)
    assert not window.is_locked
