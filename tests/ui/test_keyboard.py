"""The journal with the keyboard alone: log a dose, move between pages and fields.

Keys are sent to whatever has the focus (``QApplication.focusWidget()``), as a person
at the keyboard would press them; nothing is clicked or focused by hand after the
window opens.
"""

from __future__ import annotations

import time
from datetime import timedelta

import pytest
from PySide6.QtCore import QPoint, QRect, Qt, QTimer
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QWidget,
)

from recovery_journal.domain.models import Dose
from recovery_journal.services.demo import fill_demo_journal
from recovery_journal.ui.busy import run_busy
from recovery_journal.ui.dose_dialogs import DoseDialog
from recovery_journal.ui.entry_model import EntryTableModel
from recovery_journal.ui.main_window import PAGES, MainWindow

MAX_TABS = 400  # more than any page has stops: past this, Tab is stuck somewhere
SECTIONS = 5  # a date and time field takes Tab through year, month, day, hour, minute


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "something has the keyboard focus"
    return widget


def press(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """One key press, to whatever has the focus."""
    QTest.keyClick(focused(), key, modifier)


def type_text(text: str) -> None:
    QTest.keyClicks(focused(), text)


def owner(widget: QWidget) -> QWidget:
    """The control a focused part belongs to (a combo box's or spin box's own line edit)."""
    parent = widget.parentWidget()
    if isinstance(widget, QLineEdit) and isinstance(parent, QComboBox | QAbstractSpinBox):
        return parent
    return widget


def in_focus(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """The window is active and has the keyboard focus somewhere, as after a click on it."""
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)


def tab_ring(qtbot, start: QWidget) -> list[QWidget]:  # type: ignore[no-untyped-def]
    """Each stop Tab makes from ``start`` until it comes back to it, in order.

    Fails if Tab never comes back (a trap) or one control keeps it for more presses
    than it has parts.
    """
    stops = [start]
    held = 0
    for _ in range(MAX_TABS):
        press(Qt.Key.Key_Tab)
        current = owner(focused())
        if current is start:
            return stops
        held = held + 1 if current is stops[-1] else 0
        assert held < SECTIONS, f"Tab is stuck in {type(current).__name__}"
        if current is not stops[-1]:
            stops.append(current)
    pytest.fail(f"Tab never came back to {type(start).__name__}: {stops[-5:]}")


def place(widget: QWidget, within: QWidget) -> QRect:
    return QRect(widget.mapTo(within, QPoint(0, 0)), widget.size())


def out_of_reading_order(widgets: list[QWidget], within: QWidget) -> list[str]:
    """Neighbours where Tab goes up, or back to the left on the same line."""
    wrong = []
    for first, second in zip(widgets, widgets[1:], strict=False):
        a, b = place(first, within), place(second, within)
        same_line = a.top() < b.center().y() < a.bottom() or b.top() < a.center().y() < b.bottom()
        if (same_line and b.left() < a.left()) or (not same_line and b.top() < a.top()):
            wrong.append(f"{_name(first)} {a.getRect()} → {_name(second)} {b.getRect()}")
    return wrong


def _name(widget: QWidget) -> str:
    return f"{type(widget).__name__}({widget.accessibleName() or widget.objectName()})"


def tab_stops_expected(within: QWidget) -> set[QWidget]:
    """The controls Tab should reach: shown, enabled and taking focus by Tab."""
    return {
        owner(widget)
        for widget in within.findChildren(QWidget)
        if widget.isVisible()
        and widget.isEnabled()
        and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        and widget.focusProxy() is None
        and (owner(widget) is widget or owner(widget).isEnabled())
    }


# -- logging ----------------------------------------------------------------------------
def test_a_dose_is_logged_with_key_presses_alone(qtbot, window: MainWindow, clock) -> None:  # type: ignore[no-untyped-def]
    view = window.view
    assert view is not None
    morning = Dose(at=clock() - timedelta(hours=6), amount=3.0, unit="g")
    view.service.log(morning)
    view.today.refresh()
    assert view.today.since_label.text() == "6 h 0 min since last dose"
    in_focus(qtbot, window)

    press(Qt.Key.Key_D)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeWindow(), DoseDialog))
    dialog = QApplication.activeWindow()
    assert isinstance(focused(), QLineEdit), "the amount is ready for typing"
    assert focused().selectedText() == "3", "last time's amount, selected to be typed over"
    type_text("2.5")
    press(Qt.Key.Key_Return)

    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert view.today.since_label.text() == "0 min since last dose"
    assert view.today.day_label.text().startswith("Today: 2 doses, 5.5 g")
    assert sorted(d.amount for d in view.service.entries(Dose)) == [2.5, 3.0]
    assert view.today.model.index(0, EntryTableModel.DETAILS).data().startswith("2.5 g")


def test_every_page_is_one_shortcut_away(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    in_focus(qtbot, window)
    assert window.view is not None
    for number, name in reversed(list(enumerate(PAGES, start=1))):
        press(Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier)
        assert window.view.current_page() == name


# -- Tab ----------------------------------------------------------------------------------
def test_tab_goes_through_the_dose_dialog_in_reading_order(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    in_focus(qtbot, window)
    press(Qt.Key.Key_D)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeWindow(), DoseDialog))
    dialog = QApplication.activeWindow()
    assert isinstance(dialog, DoseDialog)

    stops = tab_ring(qtbot, owner(focused()))

    assert stops[0] is dialog.amount_edit
    assert set(stops) == tab_stops_expected(dialog), "Tab reaches every field and button"
    assert out_of_reading_order(stops, dialog) == []
    assert [s.text() for s in stops if isinstance(s, QPushButton)] == ["Save", "Cancel"]
    dialog.reject()


def test_tab_goes_through_the_settings_page_in_reading_order(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    in_focus(qtbot, window)
    press(Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    view = window.view
    assert view is not None
    page = view.settings

    ring = tab_ring(qtbot, owner(focused()))
    on_page = [stop for stop in ring if page.isAncestorOf(stop)]

    assert set(on_page) == tab_stops_expected(page), "Tab reaches every setting"
    assert out_of_reading_order(on_page, page) == []
    assert on_page[0] is page.products_button
    assert page.appearance is not None
    assert page.appearance.text_size_combo in on_page


def test_tab_goes_through_the_new_passphrase_form_in_reading_order(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    """The passphrase fields are built only when asked for, and still come first."""
    window = make_window(keyring=False)
    assert not window.start(), "no keyring: a new passphrase is asked for"
    in_focus(qtbot, window)
    page = window.unlock_page
    assert focused() is page.passphrase_edit

    stops = tab_ring(qtbot, focused())

    assert set(stops) == tab_stops_expected(page)
    assert out_of_reading_order(stops, page) == []
    assert stops[:3] == [page.passphrase_edit, page.repeat_edit, page.unlock_button]


@pytest.mark.parametrize("name", PAGES)
def test_tab_reaches_every_control_and_never_gets_stuck(
    qtbot, window: MainWindow, clock, name: str
) -> None:  # type: ignore[no-untyped-def]
    view = window.view
    assert view is not None
    fill_demo_journal(view.service, days=40, now=clock())  # long tables: no Tab through rows
    view.today.refresh()
    in_focus(qtbot, window)
    press(Qt.Key(Qt.Key.Key_0 + PAGES.index(name) + 1), Qt.KeyboardModifier.ControlModifier)
    assert view.current_page() == name

    ring = tab_ring(qtbot, owner(focused()))

    assert tab_stops_expected(window) <= set(ring)


# -- focus is visible ---------------------------------------------------------------------
def tab_to(widget: QWidget) -> None:
    """Press Tab until ``widget`` has the focus."""
    for _ in range(MAX_TABS):
        if owner(focused()) is widget:
            return
        press(Qt.Key.Key_Tab)
    pytest.fail(f"Tab never reached {_name(widget)}")


def looks(widget: QWidget) -> QImage:
    return widget.grab().toImage()


@pytest.mark.parametrize("name", ["amount", "unit", "product", "triggers", "clinician", "save"])
def test_focus_is_drawn_in_the_dose_dialog(qtbot, window: MainWindow, name: str) -> None:  # type: ignore[no-untyped-def]
    in_focus(qtbot, window)
    press(Qt.Key.Key_D)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeWindow(), DoseDialog))
    dialog = QApplication.activeWindow()
    assert isinstance(dialog, DoseDialog)
    widget = {
        "amount": dialog.amount_edit,
        "unit": dialog.unit_combo,
        "product": dialog.product_combo,
        "triggers": dialog.trigger_list,
        "clinician": dialog.clinician_box,
        "save": dialog.buttons.buttons()[0],
    }[name]

    tab_to(widget)
    focused_look = looks(widget)
    press(Qt.Key.Key_Tab)
    assert owner(focused()) is not widget

    assert focused_look != looks(widget), f"{name}: the focus is not drawn"
    dialog.reject()


@pytest.mark.parametrize("name", ["nav", "lock", "dose_button", "table"])
def test_focus_is_drawn_on_the_today_page(qtbot, window: MainWindow, clock, name: str) -> None:  # type: ignore[no-untyped-def]
    view = window.view
    assert view is not None
    fill_demo_journal(view.service, days=3, now=clock())
    view.today.refresh()
    in_focus(qtbot, window)
    widget = {
        "nav": view.nav,
        "lock": lock_button(view),
        "dose_button": view.today.buttons["dose"],
        "table": view.today.table,
    }[name]

    tab_to(widget)
    focused_look = looks(widget)
    press(Qt.Key.Key_Tab)
    assert owner(focused()) is not widget

    assert focused_look != looks(widget), f"{name}: the focus is not drawn"


@pytest.mark.parametrize("name", ["chart", "insights"])
def test_focus_is_drawn_on_the_progress_page(qtbot, window: MainWindow, clock, name: str) -> None:  # type: ignore[no-untyped-def]
    view = window.view
    assert view is not None
    fill_demo_journal(view.service, days=20, now=clock())
    in_focus(qtbot, window)
    press(Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    page = view.progress
    insights = next(a for a in page.findChildren(QScrollArea) if a.accessibleName() == "Insights")
    widget = {"chart": page.figure_combo, "insights": insights}[name]

    tab_to(widget)
    focused_look = looks(widget)
    press(Qt.Key.Key_Tab)
    assert owner(focused()) is not widget

    assert focused_look != looks(widget), f"{name}: the focus is not drawn"


def lock_button(view: QWidget) -> QPushButton:
    return next(
        b for b in view.findChildren(QPushButton) if b.accessibleName() == "Lock the journal"
    )


def test_ctrl_l_locks_from_inside_a_dialog(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    in_focus(qtbot, window)
    press(Qt.Key.Key_D)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeWindow(), DoseDialog))
    dialog = QApplication.activeWindow()
    type_text("7")  # a half-typed entry: locking must still hide it

    press(Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)

    qtbot.waitUntil(lambda: window.is_locked)
    assert not dialog.isVisible()
    assert window.view is None


@pytest.mark.parametrize("where", ["dose dialog", "Log page"])
@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")  # offscreen
def test_ctrl_l_locks_with_a_drop_down_list_open(qtbot, window: MainWindow, where: str) -> None:  # type: ignore[no-untyped-def]
    """A pop-up list never becomes the active window, yet Ctrl+L in it must lock."""
    in_focus(qtbot, window)
    if where == "dose dialog":
        press(Qt.Key.Key_D)
        qtbot.waitUntil(lambda: isinstance(QApplication.activeWindow(), DoseDialog))
        combo = QApplication.activeWindow().product_combo
    else:
        assert window.view is not None
        window.view.show_page("Log")
        combo = window.view.log.findChild(QComboBox)
    combo.setFocus()
    combo.showPopup()
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)

    press(Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)

    qtbot.waitUntil(lambda: window.is_locked)
    assert QApplication.activePopupWidget() is None
    assert window.view is None


def test_ctrl_l_during_running_work_locks_once_the_work_is_done(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    in_focus(qtbot, window)
    journal = window.journal
    assert journal is not None
    seen: dict[str, bool] = {}

    def press_lock() -> None:
        ctrl = Qt.KeyboardModifier.ControlModifier
        QTest.keyClick(QApplication.activeModalWidget(), Qt.Key.Key_L, ctrl)
        seen["locked at once"] = window.is_locked

    def work(_progress):  # type: ignore[no-untyped-def]
        time.sleep(0.5)  # a backup of a big journal: it reads the journal all along
        return journal.db.execute("select count(*) from sqlite_master").fetchone()[0]

    QTimer.singleShot(100, press_lock)
    tables = run_busy(window, "Backing up…", work)

    assert tables > 0, "the work finished on an open journal"
    assert seen == {"locked at once": False}
    qtbot.waitUntil(lambda: window.is_locked)
