"""The Today page driven through its widgets, as a person would."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QApplication

from recovery_journal.domain.models import Craving, Dose
from recovery_journal.ui.checkin_dialogs import MoodDialog
from recovery_journal.ui.dose_dialogs import CravingDialog, DoseDialog
from recovery_journal.ui.main_window import MainWindow
from tests.conftest import PASSPHRASE


def _rows(window: MainWindow) -> list[str]:
    model = window.view.today.model
    return [
        " | ".join(model.index(r, c).data() for c in range(model.columnCount()))
        for r in range(model.rowCount())
    ]


def _open_dialog(qtbot, window: MainWindow, key: str, kind: type):  # type: ignore[no-untyped-def]
    today = window.view.today
    today.setFocus()
    qtbot.keyClick(today, key)
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
    assert len(dialogs) == 1, f"key {key} opens one {kind.__name__}"
    return dialogs[0]


def test_log_dose_and_craving_then_see_them_listed(qtbot, window: MainWindow) -> None:
    today = window.view.today
    assert today.since_label.text() == "No dose logged yet"

    dialog = _open_dialog(qtbot, window, "D", DoseDialog)
    assert dialog.focusWidget() is dialog.amount_edit, "the amount is focused first"
    dialog.time_edit.setDateTime(QDateTime.fromString("2026-11-20 12:30", "yyyy-MM-dd HH:mm"))
    dialog.amount_edit.setText("2.5")
    dialog.product_combo.setCurrentText("Red powder")
    qtbot.keyClick(dialog.amount_edit, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert today.since_label.text() == "1 h 30 min since last dose"
    assert "Today: 1 dose, 2.5 g" in today.day_label.text()

    craving = _open_dialog(qtbot, window, "C", CravingDialog)
    craving.intensity_spin.setValue(7)
    craving.trigger_list.item(0).setCheckState(Qt.CheckState.Checked)
    trigger_name = craving.trigger_list.item(0).text()
    qtbot.keyClick(craving.intensity_spin, Qt.Key.Key_Return)
    assert not craving.isVisible()

    rows = _rows(window)
    assert any("Dose" in r and "2.5 g Red powder" in r for r in rows), rows
    assert any("Craving" in r and "intensity 7" in r and trigger_name in r for r in rows), rows
    stored = window.view.service.entries(Dose)
    assert [(d.amount, d.unit) for d in stored] == [(2.5, "g")]
    assert window.view.service.entries(Craving)[0].intensity == 7


def test_invalid_amount_shows_message_and_saves_nothing(qtbot, window: MainWindow) -> None:
    for text in ("", "-1", "abc", "1e400", "2,5,5"):
        dialog = _open_dialog(qtbot, window, "D", DoseDialog)
        dialog.amount_edit.setText(text)
        qtbot.keyClick(dialog.amount_edit, Qt.Key.Key_Return)
        assert dialog.isVisible(), f"{text!r} keeps the dialog open"
        assert dialog.error_label.isVisibleTo(dialog) and "amount" in dialog.error_label.text()
        dialog.reject()
    assert window.view.service.entries(Dose) == []


def test_mood_checkin_escape_cancels(qtbot, window: MainWindow) -> None:
    dialog = _open_dialog(qtbot, window, "M", MoodDialog)
    qtbot.keyClick(dialog.spins["mood"], Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert _rows(window) == []
    dialog = _open_dialog(qtbot, window, "M", MoodDialog)
    dialog.spins["anxiety"].setValue(6)
    qtbot.keyClick(dialog.spins["mood"], Qt.Key.Key_Return)
    assert any("anxiety 6" in r for r in _rows(window))


def test_delete_then_undo_brings_the_entry_back(qtbot, window: MainWindow, clock) -> None:  # type: ignore[no-untyped-def]
    service = window.view.service
    service.log_dose(clock.moment.replace(hour=9), 3.0, "g")
    window.view.today.refresh()
    window.view.today.table.selectRow(0)
    qtbot.mouseClick(window.view.today.delete_button, Qt.MouseButton.LeftButton)
    assert _rows(window) == []
    assert window.view.today.since_label.text() == "No dose logged yet"
    window.undo_action.trigger()
    assert len(_rows(window)) == 1 and "3 g" in _rows(window)[0]
    assert [d.amount for d in service.entries(Dose)] == [3.0]


def test_lock_hides_everything_and_unlock_restores(qtbot, window: MainWindow, clock) -> None:  # type: ignore[no-untyped-def]
    window.view.service.log_dose(clock.moment.replace(hour=9), 3.0, "g")
    window.view.show_page("Progress")
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.is_locked and window.view is None
    assert window.stack.currentWidget() is window.unlock_page
    labels = " ".join(w.text() for w in window.findChildren(type(window.unlock_page.title)))
    assert "3 g" not in labels and "Red" not in labels
    qtbot.mouseClick(window.unlock_page.unlock_button, Qt.MouseButton.LeftButton)
    assert not window.is_locked
    assert window.view.current_page() == "Progress"
    assert window.view.service.entries(Dose)[0].amount == 3.0


def test_passphrase_journal_asks_and_retries(qtbot, make_window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    first = make_window(keyring=False)
    assert not first.start()
    page = first.unlock_page
    assert page.repeat_edit.isVisibleTo(page), "first run, no keyring: new passphrase"
    page.passphrase_edit.setText(PASSPHRASE)
    page.repeat_edit.setText(PASSPHRASE)
    qtbot.mouseClick(page.unlock_button, Qt.MouseButton.LeftButton)
    assert not first.is_locked
    first.close()

    again = make_window(keyring=False)
    assert not again.start()
    page = again.unlock_page
    assert not page.repeat_edit.isVisibleTo(page)
    page.passphrase_edit.setText("not the passphrase")
    qtbot.keyClick(page.passphrase_edit, Qt.Key.Key_Return)
    assert again.is_locked
    assert "does not open" in page.message.text()
    page.passphrase_edit.setText(PASSPHRASE)
    qtbot.keyClick(page.passphrase_edit, Qt.Key.Key_Return)
    assert not again.is_locked
