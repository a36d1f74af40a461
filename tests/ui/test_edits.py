"""Edits keep what the user did not change; keys, timers and plans behave as promised."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication

from recovery_journal.domain.models import Craving, Dose, Product, SleepEntry, TriggerNote
from recovery_journal.domain.taper import TaperInputs
from recovery_journal.domain.timeutil import night_time
from recovery_journal.ui.checkin_dialogs import SleepDialog, TriggerNoteDialog
from recovery_journal.ui.editors import edit_entry
from recovery_journal.ui.main_window import MainWindow
from recovery_journal.ui.ride_out import CravingCheckDialog
from tests.ui.test_entries import belongs_to, save


@pytest.fixture
def german() -> Iterator[None]:
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    yield
    QLocale.setDefault(QLocale(QLocale.Language.C))


def edit(window: MainWindow, clock, entry):  # type: ignore[no-untyped-def]
    view = window.view
    return edit_entry(view, view.service, window.undo_stack, clock, entry)


@pytest.mark.usefixtures("german")
def test_large_amounts_survive_an_edit_in_a_comma_locale(qtbot, window: MainWindow, clock) -> None:  # type: ignore[no-untyped-def]
    service = window.view.service
    dose = service.log(Dose(at=clock() - timedelta(hours=1), amount=1500, unit="mg"))
    dialog = edit(window, clock, dose)
    assert dialog.amount_edit.text() == "1500", "no thousands separator to misread"
    save(qtbot, dialog)
    assert service.repo(Dose).get(dose.id).amount == 1500
    fresh = edit(window, clock, service.repo(Dose).get(dose.id))
    fresh.amount_edit.setText("2,5")
    save(qtbot, fresh)
    assert service.repo(Dose).get(dose.id).amount == 2.5


def test_editing_keeps_a_removed_product_and_trigger(qtbot, window: MainWindow, clock) -> None:  # type: ignore[no-untyped-def]
    service, catalog = window.view.service, window.view.catalog
    stress = service.triggers.find("stress")
    extract = service.add_product(
        Product(name="Gold extract", form="extract", unit="g", high_potency=True)
    )
    dose = service.log(
        Dose(at=clock() - timedelta(hours=1), amount=0.5, unit="g", trigger_ids=(stress.id,)),
        product_name="Gold extract",
    )
    catalog.remove_trigger(stress.id)
    catalog.remove_product(extract.id)
    dialog = edit(window, clock, service.repo(Dose).get(dose.id))
    dialog.amount_edit.setText("0.4")
    save(qtbot, dialog)
    after = service.repo(Dose).get(dose.id)
    assert after.amount == 0.4
    assert after.product_id == extract.id, "still the high-potency extract, not a new powder"
    assert after.trigger_ids == (stress.id,)
    assert len(service.products.with_removed()) == 1


def test_editing_a_trigger_note_keeps_its_trigger_and_its_own_plan(
    qtbot, window: MainWindow, clock
) -> None:  # type: ignore[no-untyped-def]
    service, catalog = window.view.service, window.view.catalog
    boredom = service.triggers.find("boredom")
    catalog.update_trigger(dataclasses.replace(boredom, coping_plan="If bored, then walk"))
    note = service.log(
        TriggerNote(at=clock() - timedelta(hours=2), trigger_id=boredom.id, what_happened="x")
    )
    catalog.remove_trigger(boredom.id)
    dialog = edit(window, clock, service.repo(TriggerNote).get(note.id))
    assert isinstance(dialog, TriggerNoteDialog)
    save(qtbot, dialog)
    after = service.repo(TriggerNote).get(note.id)
    assert (after.trigger_id, after.if_then_plan) == (boredom.id, "")


def test_an_edit_in_the_repeated_dst_hour_keeps_the_instant(
    qtbot, window: MainWindow, clock
) -> None:  # type: ignore[no-untyped-def]
    service = window.view.service
    second_0230 = datetime(2026, 10, 25, 1, 30, tzinfo=UTC)  # 02:30 CET, after clocks go back
    dose = service.log(Dose(at=second_0230, amount=2, unit="g"))
    dialog = edit(window, clock, service.repo(Dose).get(dose.id))
    dialog.note_edit.setText("only the note changed")
    save(qtbot, dialog)
    assert service.repo(Dose).get(dose.id).at.astimezone(UTC) == second_0230


def test_a_second_sleep_diary_for_one_night_is_refused(qtbot, window: MainWindow, clock) -> None:  # type: ignore[no-untyped-def]
    service = window.view.service
    zone = service.zone
    night = date(2026, 11, 19)

    def at(hour: int, minute: int) -> datetime:
        return night_time(night, time(hour, minute), zone, "t")

    service.log(
        SleepEntry(
            night=night,
            into_bed=at(23, 0),
            tried_sleep=at(23, 10),
            latency_min=10,
            awakenings=0,
            awake_min=0,
            final_wake=at(6, 30),
            quality=3,
            at=at(6, 40),
        )
    )
    today = window.view.today
    today.setFocus()
    qtbot.keyClick(today, "S")
    dialog = today.dialog
    assert isinstance(dialog, SleepDialog)
    save(qtbot, dialog)
    assert dialog.isVisible() and "already has a sleep diary" in dialog.error_label.text()
    assert len(service.entries(SleepEntry)) == 1


def test_today_keys_work_from_the_start_without_clicking(qtbot, window: MainWindow) -> None:
    assert window.view.current_page() == "Today"
    window.view.nav.setFocus()  # where the focus is after start-up
    qtbot.keyClick(window.view.nav, "S")
    assert window.view.current_page() == "Today", "S logs sleep, it does not jump pages"
    assert isinstance(window.view.today.dialog, SleepDialog)
    assert window.view.today.dialog.isVisible()
    window.view.today.dialog.reject()
    window.view.show_page("Log")
    window.view.log.filters.search_edit.setFocus()
    qtbot.keyClicks(window.view.log.filters.search_edit, "D")
    assert window.view.log.filters.search_edit.text() == "D", "letters type on other pages"


def test_two_cravings_ridden_out_are_both_recorded(qtbot, window: MainWindow, clock) -> None:  # type: ignore[no-untyped-def]
    service, ride_out = window.view.service, window.view.today.ride_out
    first = service.log(Craving(at=clock() - timedelta(minutes=20), intensity=6))
    second = service.log(Craving(at=clock() - timedelta(minutes=12), intensity=8))
    asked_first = ride_out.ask(first.id)
    asked_second = ride_out.ask(second.id)
    assert asked_first is not None and asked_second is not None
    qtbot.mouseClick(asked_first.passed_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(asked_second.delayed_button, Qt.MouseButton.LeftButton)
    outcomes = {c.id: (c.outcome, c.duration_min) for c in service.entries(Craving)}
    assert outcomes == {first.id: ("passed", 20), second.id: ("delayed", 12)}


def test_a_craving_being_ridden_out_is_asked_about_after_unlocking(
    qtbot, window: MainWindow, clock
) -> None:  # type: ignore[no-untyped-def]
    service = window.view.service
    craving = service.log(Craving(at=clock() - timedelta(minutes=5), intensity=7))
    window.lock()
    assert window.start()
    ride_out = window.view.today.ride_out
    timer, due = ride_out.timers[craving.id]
    assert due == clock() + timedelta(minutes=10), "asks at 15 minutes after the craving"
    timer.timeout.emit()
    assert any(
        isinstance(w, CravingCheckDialog) and w.isVisible() and belongs_to(window, w)
        for w in QApplication.topLevelWidgets()
    )


def test_a_plan_in_mg_is_compared_in_the_same_unit(qtbot, window: MainWindow, clock) -> None:  # type: ignore[no-untyped-def]
    view = window.view
    start = clock().astimezone(view.service.zone).date()
    view.taper.create_plan(
        TaperInputs(daily_amount=5000, doses_per_day=4, resolution=100, start=start), "mg"
    )
    view.service.log(Dose(at=clock() - timedelta(hours=1), amount=6000, unit="mg"))
    view.today.refresh()
    assert "over today's target" in view.today.day_label.text()
    assert view.today.progress.value() == view.today.progress.maximum()
