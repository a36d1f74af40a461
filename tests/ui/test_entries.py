"""Every entry kind logged, edited and refused through the widgets, as a person would."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from recovery_journal.domain.models import (
    Craving,
    Dose,
    MedicationTaken,
    MoodCheckin,
    SleepEntry,
    SubstanceUse,
    TriggerNote,
)
from recovery_journal.ui.checkin_dialogs import MoodDialog, SleepDialog, TriggerNoteDialog
from recovery_journal.ui.dose_dialogs import (
    CravingDialog,
    DoseDialog,
    MedicationDialog,
    SubstanceDialog,
)
from recovery_journal.ui.entry_dialogs import EntryDialog
from recovery_journal.ui.main_window import MainWindow
from recovery_journal.ui.ride_out import CravingCheckDialog


def belongs_to(window: MainWindow, widget: QWidget) -> bool:
    """True when ``widget`` (a dialog) was opened from ``window`` (this test's window)."""
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        parent = parent.parentWidget()
    return parent is window


def press(qtbot, window: MainWindow, key: str, kind: type) -> EntryDialog:  # type: ignore[no-untyped-def]
    """Press a Today shortcut key and return the one dialog it opened."""
    today = window.view.today
    today.setFocus()
    qtbot.keyClick(today, key)
    dialogs = [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, kind) and w.isVisible() and belongs_to(window, w)
    ]
    assert len(dialogs) == 1, f"key {key} opens one {kind.__name__}"
    return dialogs[0]


def save(qtbot, dialog: EntryDialog) -> None:  # type: ignore[no-untyped-def]
    """Enter in the focused field saves, as the dialogs promise."""
    target = dialog.focusWidget() or dialog
    qtbot.keyClick(target, Qt.Key.Key_Return)


def rows(window: MainWindow) -> list[str]:
    model = window.view.today.model
    return [
        " | ".join(model.index(r, c).data() for c in range(model.columnCount()))
        for r in range(model.rowCount())
    ]


def set_time(dialog: EntryDialog, text: str) -> None:
    dialog.time_edit.setDateTime(QDateTime.fromString(text, "yyyy-MM-dd HH:mm"))


def test_each_kind_logged_with_the_keyboard_shows_in_today(qtbot, window: MainWindow) -> None:
    service = window.view.service

    mood = press(qtbot, window, "M", MoodDialog)
    assert mood.focusWidget() is mood.spins["mood"]
    qtbot.keyClicks(mood.spins["mood"], "3")
    qtbot.keyClick(mood.spins["mood"], Qt.Key.Key_Tab)
    qtbot.keyClick(mood.focusWidget(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(mood.focusWidget(), "8")
    save(qtbot, mood)
    [checkin] = service.entries(MoodCheckin)
    assert (checkin.mood, checkin.anxiety, checkin.energy, checkin.pain) == (3, 8, 5, 5)

    sleep = press(qtbot, window, "S", SleepDialog)
    assert sleep.night_edit.date() == QDate(2026, 11, 19), "last night is the default"
    assert "efficiency 88 %" in sleep.derived_label.text()  # 420 of 480 min
    sleep.times["into_bed"].setTime(QTime(0, 30))  # after midnight: the morning after
    sleep.times["tried_sleep"].setTime(QTime(0, 40))
    assert "Time in bed 6 h 30 min" in sleep.derived_label.text(), "updates as you type"
    assert "asleep 5 h 35 min" in sleep.derived_label.text()  # 06:45-00:40 = 365 - 20 - 10
    save(qtbot, sleep)
    [night] = service.entries(SleepEntry)
    assert (night.time_in_bed_min, night.total_sleep_min) == (390, 335)
    assert night.into_bed.day == 20 and night.night.day == 19

    substance = press(qtbot, window, "O", SubstanceDialog)
    substance.kind_combo.setCurrentIndex(substance.kind_combo.findData("alcohol"))
    substance.amount_edit.setText("2 glasses of wine")
    save(qtbot, substance)
    assert [(u.kind, u.amount) for u in service.entries(SubstanceUse)] == [
        ("alcohol", "2 glasses of wine")
    ]

    medication = press(qtbot, window, "P", MedicationDialog)
    medication.name_combo.setCurrentText("Clonidine")
    medication.dose_edit.setText("0.1 mg")
    save(qtbot, medication)
    assert [(m.name, m.dose) for m in service.entries(MedicationTaken)] == [("Clonidine", "0.1 mg")]

    note = press(qtbot, window, "T", TriggerNoteDialog)
    note.trigger_combo.setCurrentIndex(note.trigger_combo.findText("boredom"))
    qtbot.keyClick(note.trigger_combo, Qt.Key.Key_Tab)
    qtbot.keyClicks(note.focusWidget(), "Long evening alone")
    qtbot.keyClick(note.focusWidget(), Qt.Key.Key_Tab)
    assert note.focusWidget() is note.plan_edit, "Tab leaves a multi-line field"
    qtbot.keyClicks(note.plan_edit, "If bored at 8 pm, then I call Sam")
    qtbot.keyClick(note.plan_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    [written] = service.entries(TriggerNote)
    assert written.what_happened == "Long evening alone"
    assert written.if_then_plan == "If bored at 8 pm, then I call Sam"

    shown = rows(window)
    for expected in ("mood 3", "asleep", "alcohol", "Clonidine 0.1 mg", "Long evening alone"):
        assert any(expected in row for row in shown), (expected, shown)


def test_dose_then_other_substance_shows_a_calm_warning(qtbot, window: MainWindow) -> None:
    today = window.view.today
    dose = press(qtbot, window, "D", DoseDialog)
    dose.amount_edit.setText("2")
    save(qtbot, dose)
    assert today.mixing_label.isHidden()

    substance = press(qtbot, window, "O", SubstanceDialog)
    substance.kind_combo.setCurrentIndex(substance.kind_combo.findData("benzodiazepine"))
    assert substance.notice_label.isVisibleTo(substance), "warned before saving"
    assert "kratom together with a benzodiazepine" in substance.notice_label.text()
    save(qtbot, substance)
    assert today.mixing_label.isVisibleTo(today)
    assert "slowed breathing" in today.mixing_label.text()

    again = press(qtbot, window, "D", DoseDialog)
    assert "benzodiazepine" in again.notice_label.text(), "the dose dialog warns as well"
    again.reject()


def test_craving_ride_it_out_asks_again_and_records_the_outcome(
    qtbot, window: MainWindow, clock
) -> None:  # type: ignore[no-untyped-def]
    today = window.view.today
    craving = press(qtbot, window, "C", CravingDialog)
    assert craving.ask_again_box.isChecked(), "riding it out is the default"
    craving.ask_again_spin.setValue(12)
    craving.intensity_spin.setValue(8)
    save(qtbot, craving)
    [saved] = window.view.service.entries(Craving)
    assert saved.outcome is None
    assert today.ride_label.isVisibleTo(today)
    assert "14:12" in today.ride_label.text()
    timer, _ = today.ride_out.timers[saved.id]
    assert timer.isActive() and timer.interval() == 12 * 60_000

    clock.moment += timedelta(minutes=12)
    timer.timeout.emit()  # the twelve minutes are up
    asking = [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, CravingCheckDialog) and belongs_to(window, w)
    ]
    assert len(asking) == 1 and asking[0].isVisible()
    qtbot.mouseClick(asking[0].passed_button, Qt.MouseButton.LeftButton)
    [after] = window.view.service.entries(Craving)
    assert (after.outcome, after.duration_min) == ("passed", 12)
    assert today.ride_label.isHidden()
    window.undo_stack.undo()
    assert window.view.service.entries(Craving)[0].outcome is None, "the answer can be undone"


def test_edit_from_today_then_undo_and_redo(qtbot, window: MainWindow) -> None:
    service = window.view.service
    dose = press(qtbot, window, "D", DoseDialog)
    dose.amount_edit.setText("3")
    dose.product_combo.setCurrentText("Green powder")
    save(qtbot, dose)
    today = window.view.today
    today.table.selectRow(0)
    qtbot.mouseClick(today.edit_button, Qt.MouseButton.LeftButton)
    editor = today.dialog
    assert isinstance(editor, DoseDialog) and editor.windowTitle().startswith("Edit")
    assert editor.amount_edit.text() == "3" and editor.product_combo.currentText() == "Green powder"
    editor.amount_edit.setText("2.5")
    set_time(editor, "2026-11-20 09:15")
    save(qtbot, editor)
    [edited] = service.entries(Dose)
    assert edited.amount == 2.5 and edited.at.hour == 9
    assert any("09:15" in r and "2.5 g Green powder" in r for r in rows(window))
    window.undo_stack.undo()
    assert service.entries(Dose)[0].amount == 3
    assert any("3 g Green powder" in r for r in rows(window))
    window.undo_stack.redo()
    assert service.entries(Dose)[0].amount == 2.5


def test_delete_from_today_and_undo(qtbot, window: MainWindow) -> None:
    medication = press(qtbot, window, "P", MedicationDialog)
    medication.name_combo.setCurrentText("Loperamide")
    save(qtbot, medication)
    today = window.view.today
    today.table.selectRow(0)
    qtbot.mouseClick(today.delete_button, Qt.MouseButton.LeftButton)
    assert not any("Loperamide" in r for r in rows(window))
    assert window.view.service.entries(MedicationTaken) == []
    window.undo_stack.undo()
    assert any("Loperamide" in r for r in rows(window))


BAD_AMOUNTS = [
    ("", "amount"),
    ("-2", "amount"),
    ("abc", "amount"),
    ("1000000000", "amount"),
]


@pytest.mark.parametrize(("text", "field"), BAD_AMOUNTS)
def test_bad_amounts_give_a_message_and_save_nothing(
    qtbot, window: MainWindow, text: str, field: str
) -> None:  # type: ignore[no-untyped-def]
    dose = press(qtbot, window, "D", DoseDialog)
    dose.amount_edit.setText(text)
    save(qtbot, dose)
    assert dose.isVisible(), "the dialog stays open to fix the entry"
    assert dose.error_label.isVisibleTo(dose) and field in dose.error_label.text()
    assert window.view.service.entry_count() == 0


@pytest.mark.parametrize("when", ["2026-11-21 09:00", "2026-11-20 23:00"])
def test_a_future_time_is_refused(qtbot, window: MainWindow, when: str) -> None:
    mood = press(qtbot, window, "M", MoodDialog)  # the clock says 2026-11-20 14:00
    set_time(mood, when)
    save(qtbot, mood)
    assert mood.isVisible() and "in the future" in mood.error_label.text()
    assert window.view.service.entry_count() == 0
    set_time(mood, "2026-11-18 21:30")  # back-dating is fine
    save(qtbot, mood)
    assert not mood.isVisible()
    assert window.view.service.entries(MoodCheckin)[0].at.day == 18


def test_sleep_times_out_of_order_are_refused(qtbot, window: MainWindow) -> None:
    sleep = press(qtbot, window, "S", SleepDialog)
    sleep.times["final_wake"].setTime(QTime(22, 0))  # before trying to sleep at 23:15
    assert "Not complete yet" in sleep.derived_label.text()
    save(qtbot, sleep)
    assert sleep.isVisible() and "final awakening" in sleep.error_label.text()
    assert window.view.service.entry_count() == 0


def test_a_100_kb_note_is_refused_not_cut(qtbot, window: MainWindow) -> None:
    medication = press(qtbot, window, "P", MedicationDialog)
    medication.name_combo.setCurrentText("Ibuprofen")
    medication.note_edit.setText("x" * 100_000)
    assert len(medication.note_edit.text()) == 100_000, "nothing is silently cut"
    save(qtbot, medication)
    assert medication.isVisible() and "note" in medication.error_label.text()
    assert window.view.service.entry_count() == 0


def test_a_trigger_note_needs_words(qtbot, window: MainWindow) -> None:
    note = press(qtbot, window, "T", TriggerNoteDialog)
    save(qtbot, note)
    assert note.isVisible() and "What happened" in note.error_label.text()
    assert window.view.service.entry_count() == 0


def test_questionnaires_are_offered_when_due(qtbot, window: MainWindow) -> None:
    today = window.view.today
    assert today.due_label.isVisibleTo(today)
    assert "PHQ-9" in today.due_label.text() and "self-reflection" in today.due_label.text()
    window.view.service.set_setting("questionnaire_interval_days", 0)
    today.refresh()
    assert "PHQ-9" not in today.due_label.text(), "0 days means never offered"


def test_every_input_in_every_dialog_has_an_accessible_name(qtbot, window: MainWindow) -> None:
    from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QComboBox, QLineEdit

    for key, kind in (
        ("D", DoseDialog),
        ("C", CravingDialog),
        ("M", MoodDialog),
        ("S", SleepDialog),
        ("O", SubstanceDialog),
        ("P", MedicationDialog),
        ("T", TriggerNoteDialog),
    ):
        dialog = press(qtbot, window, key, kind)
        inputs = dialog.findChildren(QAbstractSpinBox) + dialog.findChildren(QLineEdit)
        inputs += dialog.findChildren(QComboBox) + dialog.findChildren(QAbstractButton)
        for widget in inputs:
            if widget.parent() is not None and isinstance(widget.parent(), QComboBox):
                continue  # a combo's own line edit is named through the combo
            if isinstance(widget.parent(), QAbstractSpinBox):
                continue
            name = widget.accessibleName() or (
                widget.text() if isinstance(widget, QPushButton | QAbstractButton) else ""
            )
            assert name.strip(), f"{kind.__name__}: {type(widget).__name__} has no name"
        dialog.reject()
