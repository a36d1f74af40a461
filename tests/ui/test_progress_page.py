"""The Progress page on the demo journal: switch charts and periods, export."""

from __future__ import annotations

import math
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt

from recovery_journal.domain.models import Dose
from recovery_journal.services.demo import fill_demo_journal
from recovery_journal.ui.main_window import MainWindow
from recovery_journal.ui.undo import LogEntryCommand


def plotted_days(page) -> int:  # type: ignore[no-untyped-def]
    """How many distinct days the first axes' lines plot (gaps not counted)."""
    axes = page.canvas.figure.axes[0]
    days = set()
    for line in axes.get_lines():
        if line.get_label().startswith("_"):
            continue
        for x, y in zip(line.get_xdata(), line.get_ydata(), strict=False):
            if not (isinstance(y, float) and math.isnan(y)):
                days.add(x)
    return len(days)


def test_switch_charts_and_periods_then_export(
    qtbot, window: MainWindow, clock, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    fill_demo_journal(window.view.service, days=100, now=clock())
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    page = window.view.progress
    assert window.view.current_page() == "Progress"
    assert page.canvas is not None, "matplotlib is loaded when the page is first shown"
    keys = [page.figure_combo.itemData(i) for i in range(page.figure_combo.count())]
    assert keys == ["dose", "frequency", "withdrawal", "sleep", "mood", "cravings", "scores"]

    page.range_combo.setCurrentIndex(0)  # 2 weeks
    first, last = page.period()
    assert (last - first).days == 13
    two_weeks = plotted_days(page)
    assert 10 <= two_weeks <= 14, two_weeks
    page.range_combo.setCurrentIndex(1)  # 3 months
    assert plotted_days(page) > 60

    seen_titles = set()
    for index, key in enumerate(keys):
        page.figure_combo.setCurrentIndex(index)
        figure = page.canvas.figure
        assert figure.axes, key
        seen_titles.add(figure.axes[0].get_title() or figure.get_suptitle())
        out = tmp_path / f"{key}.svg"
        page.export_to(out)
        assert out.read_bytes().lstrip().startswith(b"<?xml"), key
    assert len(seen_titles) == len(keys), "each chart is its own figure"

    page.export_to(tmp_path / "chart.png")
    assert (tmp_path / "chart.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "Most often noted with cravings" in page.insights_label.text()


def test_charts_follow_new_entries(qtbot, window: MainWindow, clock) -> None:  # type: ignore[no-untyped-def]
    window.view.show_page("Progress")
    page = window.view.progress
    page.range_combo.setCurrentIndex(0)
    assert plotted_days(page) == 0
    service = window.view.service
    dose = service.log(Dose(at=clock() - timedelta(hours=1), amount=2, unit="g"))
    window.undo_stack.push(LogEntryCommand(service, dose))  # as every log in the window does
    assert plotted_days(page) == 1, "the cached figure is redrawn after a change"
    window.undo_stack.undo()
    assert plotted_days(page) == 0


def test_a_custom_period_too_long_for_charts_gets_a_message(qtbot, window: MainWindow) -> None:
    from PySide6.QtCore import QDate

    window.view.show_page("Progress")
    page = window.view.progress
    page.range_combo.setCurrentIndex(3)  # custom
    page.from_edit.setDate(QDate(1950, 1, 1))
    assert page.readout.text(), "a message instead of a crash"


def test_one_read_per_period_and_none_to_switch_repaint_or_hover(
    qtbot, window: MainWindow, clock
) -> None:  # type: ignore[no-untyped-def]
    """The chart numbers and the insights are read once per period and shared by all the
    charts; switching charts, redrawing at a new size and hovering read nothing."""
    from matplotlib.backend_bases import MouseEvent

    fill_demo_journal(window.view.service, days=100, now=clock())
    window.view.show_page("Progress")
    page = window.view.progress
    page.range_combo.setCurrentIndex(1)  # 3 months
    insights = page.insights_label.text()
    statements: list[str] = []
    connection = window.view.service._db.conn
    connection.set_trace_callback(statements.append)
    try:
        for index in range(page.figure_combo.count()):
            page.figure_combo.setCurrentIndex(index)
            page.canvas.draw()
        page.figure_combo.setCurrentIndex(page.figure_combo.findData("mood"))
        page.resize(page.width() - 120, page.height() - 60)
        page.canvas.draw()
        ax = page.canvas.figure.axes[0]
        x, y = ax.transData.transform((ax.get_xlim()[1] - 3, 5))
        page._hover(MouseEvent("motion_notify_event", page.canvas, x, y))
    finally:
        connection.set_trace_callback(None)
    assert statements == [], "no query after the period's one read"
    assert page.insights_label.text() == insights
    readout = page.readout.text()
    assert "Mood: " in readout and "Anxiety: " in readout, readout


def test_a_chart_fills_the_canvas_whatever_its_size(qtbot, window: MainWindow, clock) -> None:  # type: ignore[no-untyped-def]
    fill_demo_journal(window.view.service, days=30, now=clock())
    window.view.show_page("Progress")
    page = window.view.progress
    for size in ((900, 640), (700, 520)):
        window.resize(*size)
        for index in range(page.figure_combo.count()):
            page.figure_combo.setCurrentIndex(index)  # cached figures too, on the way back
            canvas = page.canvas
            width, height = canvas.figure.get_size_inches() * canvas.figure.dpi
            ratio = canvas.device_pixel_ratio
            assert (round(width), round(height)) == (
                round(canvas.width() * ratio),
                round(canvas.height() * ratio),
            )


def test_other_products_bars_are_described_in_words(qtbot, window: MainWindow, clock) -> None:  # type: ignore[no-untyped-def]
    fill_demo_journal(window.view.service, days=100, now=clock())
    window.view.show_page("Progress")
    page = window.view.progress
    page.range_combo.setCurrentIndex(1)
    page.figure_combo.setCurrentIndex(page.figure_combo.findData("dose"))
    description = page.canvas.accessibleDescription()
    assert "Capsules, as taken (capsules), largest first: " in description, description
