"""The withdrawal check, PHQ-9, GAD-7, self-reflection and Help, used as a person would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QTextEdit,
    QWidget,
)

from recovery_journal.domain.models import Questionnaire, SelfReflection, SowsRating
from recovery_journal.domain.scales import GAD7, PHQ9, SOWS
from recovery_journal.ui import editors
from recovery_journal.ui.crisis_panel import CrisisPanel
from recovery_journal.ui.help_dialog import HelpDialog
from recovery_journal.ui.main_window import MainWindow
from recovery_journal.ui.scale_dialogs import (
    QuestionnaireDialog,
    SelfReflectionDialog,
    SowsDialog,
)

INTERACTIVE = (QAbstractButton, QAbstractSpinBox, QComboBox, QLineEdit, QTextEdit, QPlainTextEdit)


def _open(window: MainWindow, key: str, clock):  # type: ignore[no-untyped-def]
    view = window.view
    assert view is not None
    return editors.new_entry(key, view, view.service, window.undo_stack, clock)


def _type(qtbot, dialog: QDialog, keys: str) -> None:  # type: ignore[no-untyped-def]
    """Press each key on whatever has the keyboard focus, as a person typing would."""
    for key in keys:
        focused = dialog.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, key)


def _press(qtbot, dialog: QDialog, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    focused = dialog.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, key, modifier)


def _top(widget: QWidget, dialog: QDialog) -> int:
    return widget.mapTo(dialog, QPoint(0, 0)).y()


def _fully_inside(widget: QWidget, dialog: QDialog) -> bool:
    top = _top(widget, dialog)
    return widget.isVisible() and top >= 0 and top + widget.height() <= dialog.height()


def _focused_item(dialog: QDialog) -> str:
    """The accessible name of the focused answer, e.g. '3. I am perspiring: moderately'."""
    focused = dialog.focusWidget()
    assert isinstance(focused, QRadioButton), focused
    return focused.accessibleName()


def _unnamed(dialog: QWidget) -> list[str]:
    return [
        f"{type(w).__name__} {w.objectName()!r}"
        for w in dialog.findChildren(QWidget)
        if isinstance(w, INTERACTIVE) and w.focusProxy() is None and not w.accessibleName()
    ]


def test_sows_entered_with_number_keys_only(qtbot, window: MainWindow, clock) -> None:  # type: ignore[no-untyped-def]
    dialog = _open(window, "sows", clock)
    assert isinstance(dialog, SowsDialog)
    assert dialog.windowTitle() == "Withdrawal check (SOWS)"
    assert _focused_item(dialog) == "1. I feel anxious: not at all"
    assert dialog.scale_form.total_label.text() == "Total 0 of 64", "every item starts at 0"

    _type(qtbot, dialog, "3210432104321043")
    assert dialog.scale_form.total_label.text() == "Total 33 of 64"
    assert not isinstance(dialog.focusWidget(), QRadioButton), "after item 16 focus moves on"

    _press(qtbot, dialog, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert _focused_item(dialog) == "16. I feel like using now (adapted): quite a bit"
    _press(qtbot, dialog, Qt.Key.Key_Left)
    _press(qtbot, dialog, Qt.Key.Key_Left)
    assert _focused_item(dialog) == "16. I feel like using now (adapted): a little"
    _press(qtbot, dialog, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert _focused_item(dialog) == "15. I have stomach cramps: extremely"
    assert dialog.scale_form.total_label.text() == "Total 31 of 64"

    with qtbot.waitSignal(dialog.accepted):
        _press(qtbot, dialog, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    [saved] = window.view.service.entries(SowsRating)
    assert saved.scores == (3, 2, 1, 0, 4, 3, 2, 1, 0, 4, 3, 2, 1, 0, 4, 1)
    assert saved.total == 31
    assert window.undo_stack.count() == 1


def test_sows_dialog_fits_the_screen_and_cites_its_source(qtbot, window: MainWindow, clock) -> None:  # type: ignore[no-untyped-def]
    dialog = _open(window, "sows", clock)
    assert dialog.frameGeometry().height() <= dialog.screen().availableGeometry().height()
    assert not dialog.about.source_label.isVisible()
    qtbot.mouseClick(dialog.about.toggle, Qt.MouseButton.LeftButton)
    source = dialog.about.source_label.text()
    assert dialog.about.source_label.isVisible()
    assert "Handelsman" in source and "1987" in source and "Item 16 is adapted" in source
    dialog.reject()


def test_phq9_item_9_shows_crisis_lines_at_once_and_flags_the_entry(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, clock
) -> None:
    dialog = _open(window, "phq9", clock)
    assert isinstance(dialog, QuestionnaireDialog)
    assert not dialog.crisis_panel.isVisible()
    assert not dialog.clinician_box.isChecked()
    assert dialog.scale_form.total_label.text() == "Total 0 of 27 so far · 0 of 9 answered"

    _type(qtbot, dialog, "7")  # past the PHQ-9's answers: nothing happens
    assert dialog.scale_form.answer(0) is None
    _type(qtbot, dialog, "11111111")
    assert not dialog.crisis_panel.isVisible(), "no panel before item 9 is answered"
    _type(qtbot, dialog, "2")

    assert _fully_inside(dialog.crisis_panel, dialog), "crisis lines visible without scrolling"
    lines = dialog.crisis_panel.text()
    assert "988" in lines and "116 123" in lines and "Nobody monitors this app" in lines
    assert dialog.clinician_box.isVisible() and dialog.clinician_box.isChecked()
    assert "clinician summary" in dialog.notice_label.text() and dialog.notice_label.isVisible()
    assert dialog.scale_form.total_label.text() == "Total 10 of 27 — moderate"

    _press(qtbot, dialog, Qt.Key.Key_Return)
    assert dialog.isVisible(), "the dialog stays open to show the result"
    [saved] = window.view.service.entries(Questionnaire)
    assert saved.kind == "phq9" and saved.self_harm_flag and saved.for_clinician

    panel, score = dialog.result_crisis_panel, dialog.score_label
    assert panel.isVisible() and score.isVisible()
    assert _top(panel, dialog) + panel.height() <= _top(score, dialog), "crisis lines come first"
    assert score.text() == "PHQ-9 total: 10 — moderate"
    assert dialog.focusWidget() is dialog.close_button

    with qtbot.waitSignal(dialog.accepted):
        _press(qtbot, dialog, Qt.Key.Key_Escape)  # Esc after saving still keeps the entry
    assert not dialog.isVisible()
    assert len(window.view.service.entries(Questionnaire)) == 1
    assert window.undo_stack.count() == 1


def test_phq9_item_9_back_to_zero_hides_the_panel(qtbot, window: MainWindow, clock) -> None:  # type: ignore[no-untyped-def]
    dialog = _open(window, "phq9", clock)
    dialog.scale_form.focus_item(8)
    _type(qtbot, dialog, "1")
    assert dialog.crisis_panel.isVisible() and not dialog.clinician_box.isEnabled()
    dialog.scale_form.focus_item(8)
    _type(qtbot, dialog, "0")
    assert not dialog.crisis_panel.isVisible() and not dialog.notice_label.isVisible()
    assert dialog.clinician_box.isEnabled() and not dialog.clinician_box.isChecked()
    dialog.reject()


def test_phq9_with_an_unanswered_item_names_it_and_saves_nothing(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, clock
) -> None:
    service = window.view.service
    before = len(service.entries(Questionnaire))
    dialog = _open(window, "phq9", clock)
    for index in (0, 1, 2, 4, 5, 6, 7, 8):
        button = dialog.scale_form.groups[index].button(1 if index != 8 else 0)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    save = dialog.buttons.buttons()[0]
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)

    assert dialog.isVisible() and dialog.pages.currentWidget() is dialog.entry_widget
    message = dialog.error_label.text()
    assert dialog.error_label.isVisible()
    assert "Item 4" in message and PHQ9.items[3] in message, message
    assert _focused_item(dialog) == f"4. {PHQ9.items[3]}: not at all", "focus goes to item 4"
    assert len(service.entries(Questionnaire)) == before

    _type(qtbot, dialog, "3")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.pages.currentWidget() is dialog.result_page
    assert [q.answers for q in service.entries(Questionnaire)] == [(1, 1, 1, 3, 1, 1, 1, 1, 0)]
    assert not dialog.result_crisis_panel.isVisible()
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


def test_gad7_shows_its_band_live_and_after_saving(qtbot, window: MainWindow, clock) -> None:  # type: ignore[no-untyped-def]
    dialog = _open(window, "gad7", clock)
    assert dialog.windowTitle() == "Anxiety questionnaire (GAD-7)"
    _type(qtbot, dialog, "2222222")
    assert dialog.scale_form.total_label.text() == "Total 14 of 21 — moderate"
    _type(qtbot, dialog, "\r")
    assert dialog.score_label.text() == "GAD-7 total: 14 — moderate"
    assert not dialog.result_crisis_panel.isVisible()
    assert "not a diagnosis" in dialog.result_note.text()
    with qtbot.waitSignal(dialog.accepted):
        _press(qtbot, dialog, Qt.Key.Key_Return)  # Enter on the focused Close button
    [saved] = window.view.service.entries(Questionnaire)
    assert (saved.kind, saved.total, saved.for_clinician) == ("gad7", 14, False)
    assert "Spitzer" in dialog.about.source_label.text()
    assert "2006" in dialog.about.source_label.text()


def test_self_reflection_counts_yes_answers(qtbot, window: MainWindow, clock) -> None:  # type: ignore[no-untyped-def]
    dialog = _open(window, "self_reflection", clock)
    assert isinstance(dialog, SelfReflectionDialog)
    assert dialog.note_label.isVisible() and "not a diagnosis" in dialog.note_label.text()
    assert dialog.checklist.count_label.text() == "Yes to 0 of 11"
    assert dialog.focusWidget() is dialog.checklist.boxes[0]
    for keys in (" ", "\t\t", " ", "\t", " "):  # yes to 1, 3 and 4
        for key in keys:
            _press(qtbot, dialog, Qt.Key.Key_Space if key == " " else Qt.Key.Key_Tab)
    assert dialog.checklist.count_label.text() == "Yes to 3 of 11"
    with qtbot.waitSignal(dialog.accepted):
        _press(qtbot, dialog, Qt.Key.Key_Return)
    [saved] = window.view.service.entries(SelfReflection)
    assert saved.count == 3
    assert saved.answers == (True, False, True, True) + (False,) * 7


def test_editing_a_saved_sows_shows_its_values(qtbot, window: MainWindow, clock) -> None:  # type: ignore[no-untyped-def]
    service = window.view.service
    scores = (4, 3, 2, 1, 0) * 3 + (2,)
    entry = service.log(SowsRating(at=clock.moment.replace(hour=9), scores=scores, note="rough"))
    dialog = editors.edit_entry(window.view, service, window.undo_stack, clock, entry)
    assert isinstance(dialog, SowsDialog)
    assert dialog.windowTitle().startswith("Edit:")
    chosen = [
        [b.isChecked() for b in group.buttons()].index(True) for group in dialog.scale_form.groups
    ]
    assert tuple(chosen) == scores
    assert dialog.scale_form.total_label.text() == f"Total {sum(scores)} of 64"
    assert dialog.note_edit.text() == "rough"
    assert _focused_item(dialog) == "1. I feel anxious: extremely"

    _type(qtbot, dialog, "0")
    with qtbot.waitSignal(dialog.accepted):
        _press(qtbot, dialog, Qt.Key.Key_Return)
    [edited] = service.entries(SowsRating)
    assert edited.id == entry.id and edited.scores == (0,) + scores[1:]


def test_every_input_has_an_accessible_name(qtbot, window: MainWindow, clock) -> None:  # type: ignore[no-untyped-def]
    for key in ("sows", "phq9", "gad7", "self_reflection"):
        dialog = _open(window, key, clock)
        assert _unnamed(dialog) == [], key
        if isinstance(dialog, QuestionnaireDialog):
            assert dialog.close_button.accessibleName()
        dialog.reject()
    help_dialog = HelpDialog(window)
    assert _unnamed(help_dialog) == []
    assert help_dialog.crisis_panel.accessibleName()
    help_dialog.deleteLater()


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen only
def test_help_lists_crisis_lines_advice_shortcuts_and_sources(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(window, Qt.Key.Key_F1)
    dialogs = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, HelpDialog) and w.isVisible()
    ]
    assert len(dialogs) == 1, "F1 opens Help"
    help_dialog = dialogs[0]
    assert not help_dialog.isModal()
    text = "\n".join(label.text() for label in help_dialog.findChildren(QLabel))
    for expected in ("988", "1-800-662-4357", "116 123", "112", "not medical advice"):
        assert expected in text, expected
    for year in ("1987", "2001", "2006", "2012", "DSM-5"):
        assert year in text, year
    for source in (SOWS.source, PHQ9.source, GAD7.source):
        assert source in text
    for keys in ("Ctrl+Shift+Z", "F1", "Ctrl+L", "Withdrawal check (SOWS)", "12–24 hours"):
        assert keys in text, keys
    assert "Nothing leaves this computer" in text
    assert isinstance(help_dialog.crisis_panel, CrisisPanel)
    help_dialog.close()


def test_crisis_panel_red_stays_readable_in_dark_mode(qtbot) -> None:  # type: ignore[no-untyped-def]
    host = QWidget()
    qtbot.addWidget(host)
    panel = CrisisPanel(host)
    host.show()
    light = panel.heading.palette().color(QPalette.ColorRole.WindowText)
    dark = QPalette(host.palette())
    dark.setColor(QPalette.ColorRole.Window, QColor("#1e1e1e"))
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#e0e0e0"))
    host.setPalette(dark)  # as when the system switches to a dark theme
    heading = panel.heading.palette().color(QPalette.ColorRole.WindowText)
    assert heading.red() > heading.green() and heading.red() > heading.blue(), "still red"
    assert heading.lightness() > 128 > light.lightness(), "a lighter red on a dark background"
    body = panel.monitored.palette().color(QPalette.ColorRole.WindowText)
    assert body == QColor("#e0e0e0"), "the rest follows the theme"
