"""Reminders and discreet mode, driven through the Settings page with a clock the test moves.

The reminder timer ticks every few milliseconds here; the test moves the wall clock past a
reminder's time and waits for the ``reminder_shown`` signal (or for ticks that show none).
The offscreen platform has no system tray, so a reminder also lands in the status line.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, Qt, QTime
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QCheckBox

from recovery_journal.domain.models import Dose, MoodCheckin
from recovery_journal.domain.taper import TaperInputs
from recovery_journal.paths import APP_NAME
from recovery_journal.services.access import JournalAccess, JournalOpener
from recovery_journal.storage.keys import SystemKeyring
from recovery_journal.storage.location import JournalLocation
from recovery_journal.ui.checkin_dialogs import MoodDialog
from recovery_journal.ui.dose_dialogs import DoseDialog
from recovery_journal.ui.main_window import MainWindow
from tests.conftest import MemoryKeyringBackend
from tests.ui.conftest import FixedClock

TICK_MS = 5
PRODUCT = "Maeng Da"
# Nothing a glance at a notification could give away: no substance, product, amount or symptom.
GIVEAWAYS = ("kratom", "maeng", "red powder", "dose", "withdrawal", "craving", "taper", "gram")


@pytest.fixture
def window(  # type: ignore[no-untyped-def]
    qtbot, clock: FixedClock, keyring_backend: MemoryKeyringBackend, tmp_path: Path
) -> Iterator[MainWindow]:
    """A fresh unlocked journal whose reminders tick every few milliseconds."""
    backend = SystemKeyring(keyring_backend, trusted=True)
    opener = JournalOpener(JournalAccess(JournalLocation(tmp_path / "journal"), lambda: backend))
    window = MainWindow(opener, clock, reminder_tick_ms=TICK_MS)
    qtbot.addWidget(window)
    window.show()
    assert window.start()
    yield window
    window.close()


def at(clock: FixedClock, hh_mm: str, days: int = 0) -> datetime:
    hour, minute = map(int, hh_mm.split(":"))
    return clock.moment.replace(hour=hour, minute=minute) + timedelta(days=days)


def click_box(qtbot, box: QCheckBox) -> None:  # type: ignore[no-untyped-def]
    """Click a checkbox's square (a wide box's middle may be empty space past its text)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def turn_on(qtbot, window: MainWindow, which: str, hh_mm: str | None = None) -> None:  # type: ignore[no-untyped-def]
    """Tick a reminder's box on the Settings page and, for a daily one, type its time."""
    window.view.show_page("Settings")
    group = window.view.settings.reminders
    box = {"checkin": group.checkin_box, "sleep": group.sleep_box}.get(which, group.interval_box)
    click_box(qtbot, box)
    assert box.isChecked()
    if hh_mm is not None:
        edit = group.checkin_time if which == "checkin" else group.sleep_time
        assert edit.isEnabled()
        edit.setTime(QTime.fromString(hh_mm, "HH:mm"))


def wait_for_reminder(qtbot, window: MainWindow) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.reminders.reminder_shown, timeout=2000) as shown:
        pass
    title, body = shown.args
    return title, body


def shown_during_ticks(qtbot, window: MainWindow, ticks: int = 3) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """The reminders shown while the timer ticks a few times."""
    shown: list[tuple[str, str]] = []
    window.reminders.reminder_shown.connect(lambda title, body: shown.append((title, body)))
    for _ in range(ticks):
        with qtbot.waitSignal(window.reminders.timer.timeout, timeout=2000):
            pass
    return shown


def assert_discreet(title: str, body: str) -> None:
    text = f"{title} {body}".lower()
    assert not [word for word in GIVEAWAYS if word in text], text
    assert not re.search(r"\d", text), "no amount, no time, no count"


def test_the_check_in_reminder_comes_at_its_time_and_names_nothing(
    qtbot, window: MainWindow, clock: FixedClock
) -> None:  # type: ignore[no-untyped-def]
    turn_on(qtbot, window, "checkin", "14:30")  # the clock says 14:00
    assert window.view.service.setting("reminder_checkin_time") == "14:30"
    assert shown_during_ticks(qtbot, window) == [], "not before its time"
    clock.moment = at(clock, "14:31")
    title, body = wait_for_reminder(qtbot, window)
    assert body == "Time for your daily check-in."
    assert title == "Recovery Journal"
    assert_discreet(title, body)
    assert window.statusBar().currentMessage() == body, "no tray here: shown in the window"


def test_a_daily_reminder_comes_once_a_day(qtbot, window: MainWindow, clock: FixedClock) -> None:  # type: ignore[no-untyped-def]
    turn_on(qtbot, window, "checkin", "14:30")
    clock.moment = at(clock, "14:31")
    wait_for_reminder(qtbot, window)
    clock.moment = at(clock, "16:00")
    assert shown_during_ticks(qtbot, window) == []
    clock.moment = at(clock, "23:59")
    assert shown_during_ticks(qtbot, window) == []
    clock.moment = at(clock, "14:30", days=1)
    assert wait_for_reminder(qtbot, window)[1] == "Time for your daily check-in."


def test_a_clock_set_back_does_not_repeat_a_reminder(
    qtbot, window: MainWindow, clock: FixedClock
) -> None:  # type: ignore[no-untyped-def]
    turn_on(qtbot, window, "checkin", "14:30")
    clock.moment = at(clock, "14:40")
    wait_for_reminder(qtbot, window)
    clock.moment = at(clock, "14:20")  # time sync moved the clock back
    assert shown_during_ticks(qtbot, window) == []
    clock.moment = at(clock, "14:35")
    assert shown_during_ticks(qtbot, window) == [], "told once today already"


def test_turning_a_reminder_on_after_its_time_waits_for_tomorrow(
    qtbot, window: MainWindow, clock: FixedClock
) -> None:  # type: ignore[no-untyped-def]
    turn_on(qtbot, window, "sleep", "08:00")  # at 14:00
    assert shown_during_ticks(qtbot, window) == []
    clock.moment = at(clock, "08:00", days=1)
    assert wait_for_reminder(qtbot, window)[1] == "When you are ready, note how you slept."


def test_no_check_in_reminder_after_a_check_in_today(
    qtbot, window: MainWindow, clock: FixedClock
) -> None:  # type: ignore[no-untyped-def]
    turn_on(qtbot, window, "checkin", "14:30")
    window.view.show_page("Today")
    today = window.view.today
    today.setFocus()
    qtbot.keyClick(today, "M")
    [mood] = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, MoodDialog) and w.isVisible()
    ]
    qtbot.keyClick(mood.spins["mood"], Qt.Key.Key_Return)
    assert len(window.view.service.entries(MoodCheckin)) == 1
    clock.moment = at(clock, "14:31")
    assert shown_during_ticks(qtbot, window) == []


def test_the_interval_reminder_comes_once_per_dose_and_names_no_product(
    qtbot, window: MainWindow, clock: FixedClock
) -> None:  # type: ignore[no-untyped-def]
    view = window.view
    start = clock().astimezone(view.service.zone).date()
    view.taper.create_plan(TaperInputs(10, 4, 0.5, start), "g")  # 4 doses a day: 4 h apart
    view.service.log_dose(at(clock, "13:00"), 2.5, "g", product_name=PRODUCT)
    turn_on(qtbot, window, "interval")
    view.today.refresh()
    assert "17:00" in view.today.next_label.text(), "the same time as Today's next-dose line"
    clock.moment = at(clock, "16:59")
    assert shown_during_ticks(qtbot, window) == []
    clock.moment = at(clock, "17:01")
    title, body = wait_for_reminder(qtbot, window)
    assert body == "The interval you planned has passed."
    assert_discreet(title, body)
    clock.moment = at(clock, "19:00")
    assert shown_during_ticks(qtbot, window) == [], "once, not again until the next dose"

    view.show_page("Today")
    view.today.setFocus()
    qtbot.keyClick(view.today, "D")
    [dialog] = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, DoseDialog) and w.isVisible()
    ]
    dialog.amount_edit.setText("2")
    dialog.product_combo.setCurrentText(PRODUCT)
    qtbot.keyClick(dialog.amount_edit, Qt.Key.Key_Return)
    assert len(view.service.entries(Dose)) == 2
    clock.moment = at(clock, "23:01")
    title, body = wait_for_reminder(qtbot, window)
    assert PRODUCT.lower() not in f"{title} {body}".lower()


def test_reminders_come_while_the_journal_is_locked(
    qtbot, window: MainWindow, clock: FixedClock
) -> None:  # type: ignore[no-untyped-def]
    turn_on(qtbot, window, "checkin", "14:30")
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.is_locked and window.journal is None, "the database is closed"
    clock.moment = at(clock, "14:31")
    title, body = wait_for_reminder(qtbot, window)
    assert body == "Time for your daily check-in."
    assert window.stack.currentWidget() is window.unlock_page


def test_reminders_that_are_off_stay_quiet(qtbot, window: MainWindow, clock: FixedClock) -> None:  # type: ignore[no-untyped-def]
    turn_on(qtbot, window, "checkin", "14:30")
    click_box(qtbot, window.view.settings.reminders.checkin_box)
    assert window.view.service.setting("reminder_checkin") is False
    assert not window.view.settings.reminders.checkin_time.isEnabled()
    assert not window.reminders.timer.isActive(), "nothing on: nothing ticks"
    clock.moment = at(clock, "14:31")
    window.reminders.tick()
    assert window.statusBar().currentMessage() == ""


def test_discreet_mode_names_no_app(qtbot, window: MainWindow, clock: FixedClock) -> None:  # type: ignore[no-untyped-def]
    assert window.windowTitle() == "Recovery Journal"
    privacy = window.view.settings.privacy
    assert privacy is not None
    window.view.show_page("Settings")
    click_box(qtbot, privacy.discreet_box)
    assert window.prefs.discreet
    assert window.windowTitle() == "Journal"
    assert QGuiApplication.applicationDisplayName() == "Journal"
    assert QCoreApplication.applicationName() == "Journal", "notifications carry this name"
    assert window.reminders.tray.tooltip == "Journal"
    turn_on(qtbot, window, "checkin", "14:30")
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert "Recovery" not in window.unlock_page.title.text()
    clock.moment = at(clock, "14:31")
    title, body = wait_for_reminder(qtbot, window)
    assert title == "Reminder"
    assert "recovery" not in f"{title} {body}".lower()
    assert_discreet(title, body)

    window.prefs.set("discreet_mode", False)  # e.g. from another window: applies at once
    assert window.windowTitle() == "Recovery Journal"
    assert window.unlock_page.title.text() == "Recovery Journal is locked"
    assert window.reminders.tray.tooltip == "Recovery Journal"
    assert QCoreApplication.applicationName() == APP_NAME


def test_discreet_mode_is_kept_on_this_computer(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    first = make_window()
    first.prefs.set("discreet_mode", True)
    first.close()
    second = make_window()
    assert second.windowTitle() == "Journal"
    assert second.unlock_page.title.text() == "The journal is locked"
    assert second.start()
    assert second.view.settings.privacy.discreet_box.isChecked()


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen only
def test_showing_the_window_from_the_tray_raises_it(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.showMinimized()
    window.reminders.tray.show_window()
    assert not window.isMinimized()
    assert window.reminders.tray.menu.actions()[1] is window.lock_action
