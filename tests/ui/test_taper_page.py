"""The Taper page: a plan made from prefilled data, held, and seen on Today."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from recovery_journal.domain.models import Dose, Product
from recovery_journal.domain.taper import TaperInputs
from recovery_journal.ui.main_window import MainWindow
from recovery_journal.ui.plan_change_dialog import PlanChangeDialog
from recovery_journal.ui.plan_dialog import PlanDialog
from recovery_journal.ui.taper_model import ProgressModel


def log_a_steady_week(  # type: ignore[no-untyped-def]
    window: MainWindow,
    clock,
    amount: float = 2.5,
    unit: str = "g",
    product: str | None = "Red powder",
) -> None:
    """Four doses on each of the last seven days (by default 2.5 g: 10 g a day)."""
    service = window.view.service
    zone = service.zone
    today = clock().astimezone(zone).date()
    for back in range(1, 8):
        day = today - timedelta(days=back)
        for hour in (8, 12, 16, 20):
            at = datetime(day.year, day.month, day.day, hour, 0, tzinfo=zone)
            service.log(Dose(at=at, amount=amount, unit=unit), product_name=product)


def test_plan_from_prefill_then_hold_moves_todays_target(qtbot, window: MainWindow, clock) -> None:  # type: ignore[no-untyped-def]
    log_a_steady_week(window, clock)
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    page = window.view.taper_page
    assert window.view.current_page() == "Taper"
    assert "No taper plan yet" in page.status_label.text()

    qtbot.mouseClick(page.buttons["new"], Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, PlanDialog)
    assert "last 7 days" in dialog.prefill_label.text()
    assert dialog.daily_edit.text() == "10" and dialog.doses_spin.value() == 4
    assert dialog.preview.rowCount() > 3, "the steps are previewed before saving"
    qtbot.keyClick(dialog.daily_edit, Qt.Key.Key_Return)
    assert not dialog.isVisible()

    steps = window.view.taper.current_steps()
    assert steps[0].daily_target == 10 and steps[0].doses_per_day == 4
    assert steps[1].daily_target == 9 and steps[1].doses_per_day == 3, "fewer doses first"
    assert page.steps_model.rowCount() == len(steps)
    today = window.view.today
    today.refresh()
    assert "Step 1 of" in today.step_label.text() and "10 g/day" in today.step_label.text()
    assert "4 doses" in today.next_label.text()

    qtbot.mouseClick(page.buttons["hold"], Qt.MouseButton.LeftButton)
    hold = page.dialog
    assert isinstance(hold, PlanChangeDialog) and hold.days() == 7
    hold.note_edit.setText("bad week at work")
    qtbot.keyClick(hold.note_edit, Qt.Key.Key_Return)
    held = window.view.taper.current_steps()
    assert held[0].end == steps[0].end + timedelta(days=7)
    assert held[1].start == steps[1].start + timedelta(days=7)
    assert "bad week at work" in page.version_label.text()

    clock.moment = clock.moment + timedelta(days=7)  # the day step 2 was due to start
    today.refresh()
    assert "10 g/day" in today.step_label.text(), "held: still step 1's target"
    assert "9 g" not in today.step_label.text()


def test_missing_days_show_as_no_data_never_on_target(qtbot, window: MainWindow, clock) -> None:  # type: ignore[no-untyped-def]
    log_a_steady_week(window, clock)
    view = window.view
    page = view.taper_page
    view.show_page("Taper")
    qtbot.mouseClick(page.buttons["new"], Qt.MouseButton.LeftButton)
    assert isinstance(page.dialog, PlanDialog)
    page.dialog.try_accept()
    clock.moment = clock.moment + timedelta(days=3)  # three days without any dose logged
    page.refresh()
    model = page.days_model
    statuses = [model.index(r, ProgressModel.STATUS).data() for r in range(model.rowCount())]
    assert statuses[:4] == ["no data"] * 4, statuses
    assert page.adherence_label.text().startswith("On target on 0 % of days so far"), (
        page.adherence_label.text()
    )


def test_a_high_potency_plan_counts_only_high_potency_doses(
    qtbot, window: MainWindow, clock
) -> None:  # type: ignore[no-untyped-def]
    log_a_steady_week(window, clock)  # leaf powder, 10 g a day
    service = window.view.service
    service.add_product(Product(name="Gold extract", form="extract", unit="g", high_potency=True))
    zone = service.zone
    today = clock().astimezone(zone).date()
    for back in range(1, 8):
        day = today - timedelta(days=back)
        at = datetime(day.year, day.month, day.day, 21, 0, tzinfo=zone)
        service.log(Dose(at=at, amount=0.5, unit="g"), product_name="Gold extract")
    page = window.view.taper_page
    window.view.show_page("Taper")
    dialog = page.new_plan()
    assert dialog.daily_edit.text() == "10", "leaf powder by default"
    dialog.track_combo.setCurrentIndex(dialog.track_combo.findData("g high-potency"))
    assert dialog.daily_edit.text() == "0.5" and dialog.doses_spin.value() == 1
    dialog.resolution_edit.setText("0.05")
    dialog.target_doses_spin.setValue(1)
    dialog.try_accept()
    assert window.view.taper.current_track_key() == "g high-potency"
    service.log(
        Dose(at=clock() - timedelta(hours=2), amount=3, unit="g"), product_name="Red powder"
    )
    service.log(
        Dose(at=clock() - timedelta(hours=1), amount=0.25, unit="g"), product_name="Gold extract"
    )
    window.view.today.refresh()
    assert "Today: 1 dose, 0.25 g of 0.5 g target" in window.view.today.day_label.text()


def test_change_plan_keeps_its_settings_and_todays_target(qtbot, window: MainWindow, clock) -> None:  # type: ignore[no-untyped-def]
    view = window.view
    today = clock().astimezone(view.service.zone).date()
    inputs = TaperInputs(
        daily_amount=10,
        doses_per_day=4,
        resolution=1,
        start=today - timedelta(days=14),
        method="percent",
        reduction_pct=5,
    )
    before = view.taper.create_plan(inputs, "g")
    todays = view.taper.step_on(today)
    assert todays is not None and todays.number == 3
    view.show_page("Taper")
    dialog = view.taper_page.change_plan()
    assert dialog.method_combo.currentData() == "percent"
    assert dialog.reduction_edit.text() == "5" and dialog.resolution_edit.text() == "1"
    assert dialog.daily_edit.text() == f"{todays.daily_target:g}", "starts at today's target"
    dialog.try_accept()
    after = view.taper.current_steps()
    assert view.taper.step_on(today).daily_target == todays.daily_target
    assert [s for s in after if s.end < today] == [s for s in before if s.end < today]


def test_prefill_is_in_the_plans_unit(qtbot, window: MainWindow, clock) -> None:  # type: ignore[no-untyped-def]
    service = window.view.service
    service.set_setting("default_unit", "mg")
    log_a_steady_week(window, clock, amount=500, unit="mg", product=None)
    window.view.show_page("Taper")
    dialog = window.view.taper_page.new_plan()
    assert dialog.unit() == "mg"
    assert dialog.daily_edit.text() == "2000" and dialog.doses_spin.value() == 4


@pytest.mark.parametrize(
    ("field", "text", "named"),
    [
        ("daily_edit", "", "daily amount"),
        ("daily_edit", "abc", "daily amount"),
        ("daily_edit", "-5", "daily amount"),
        ("daily_edit", "1000000000", "daily amount"),
        ("reduction_edit", "50", "reduction"),
        ("resolution_edit", "0", "resolution"),
    ],
)
def test_bad_plan_inputs_are_named_and_nothing_is_saved(
    qtbot, window: MainWindow, field: str, text: str, named: str
) -> None:  # type: ignore[no-untyped-def]
    window.view.show_page("Taper")
    dialog = window.view.taper_page.new_plan()
    dialog.daily_edit.setText("10")
    getattr(dialog, field).setText(text)
    assert named in dialog.error_label.text().lower()
    assert dialog.preview.rowCount() == 0
    dialog.try_accept()
    assert dialog.isVisible()
    assert window.view.taper.current_steps() == []
