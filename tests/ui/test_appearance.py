"""Appearance: a larger text size everywhere, and readable text on a dark theme."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from matplotlib.colors import to_hex
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from recovery_journal.services.demo import fill_demo_journal
from recovery_journal.ui.appearance import (
    apply_text_size,
    contrast_ratio,
    quiet_text_colour,
    system_font,
)
from recovery_journal.ui.device_prefs import DevicePrefs
from recovery_journal.ui.main_window import PAGES, MainWindow
from recovery_journal.ui.scale_dialogs import SowsDialog

WINDOW_SIZE = QSize(1000, 680)
DARK = {
    QPalette.ColorRole.Window: "#2b2b2b",
    QPalette.ColorRole.WindowText: "#f0f0f0",
    QPalette.ColorRole.Base: "#1e1e1e",
    QPalette.ColorRole.AlternateBase: "#333333",
    QPalette.ColorRole.Text: "#f0f0f0",
    QPalette.ColorRole.Button: "#3a3a3a",
    QPalette.ColorRole.ButtonText: "#f0f0f0",
    QPalette.ColorRole.Highlight: "#3d8ee6",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.PlaceholderText: "#a0a0a0",
    QPalette.ColorRole.ToolTipBase: "#3a3a3a",
    QPalette.ColorRole.ToolTipText: "#f0f0f0",
    QPalette.ColorRole.Link: "#8ab4f8",
}


@pytest.fixture(autouse=True)
def normal_text_afterwards() -> Iterator[None]:
    """Other tests share the application: leave its font as the system's."""
    yield
    apply_text_size(1.0)


@pytest.fixture
def dark_theme(qtbot) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """The system switches to dark, as a desktop does at sunset; light again afterwards.

    Qt 6.8 can ask the platform for a dark scheme, but the offscreen platform has none,
    so the test sets a dark palette, as the platform theme would.
    """
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    light = QPalette(app.palette())
    hints = QGuiApplication.styleHints()
    hints.setColorScheme(Qt.ColorScheme.Dark)
    if app.palette().color(QPalette.ColorRole.Window).lightness() >= 128:
        app.setPalette(dark_palette(light))
    yield
    hints.unsetColorScheme()
    app.setPalette(light)


def dark_palette(light: QPalette) -> QPalette:
    dark = QPalette(light)
    for role, colour in DARK.items():
        dark.setColor(role, QColor(colour))
    return dark


def effective_background(widget: QWidget) -> QColor:
    """The colour behind ``widget``: the nearest ancestor that paints its background."""
    current: QWidget | None = widget
    while current is not None:
        role = current.backgroundRole()
        paints = current.autoFillBackground() and role != QPalette.ColorRole.NoRole
        if paints or current.isWindow():
            return current.palette().color(role if paints else QPalette.ColorRole.Window)
        current = current.parentWidget()
    raise AssertionError("a widget outside any window")


def hard_to_read(root: QWidget) -> list[str]:
    """Shown, enabled labels whose text has less than WCAG AA contrast (4.5 : 1)."""
    found = []
    for label in root.findChildren(QLabel):
        if not label.isVisible() or not label.isEnabled() or not label.text().strip():
            continue
        text = label.palette().color(label.foregroundRole())
        ratio = contrast_ratio(text, effective_background(label))
        if ratio < 4.5:
            found.append(f"{label.text()[:40]!r}: {ratio:.1f}")
    return found


def clipped(root: QWidget) -> list[str]:
    """Shown labels and buttons smaller than their text needs."""
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or not isinstance(widget, QLabel | QAbstractButton):
            continue
        text = widget.text().strip()
        if not text:
            continue
        hint = widget.sizeHint()
        if isinstance(widget, QLabel) and widget.wordWrap():
            need = QSize(0, widget.heightForWidth(widget.width()))
        elif isinstance(widget, QLabel):
            need = QSize(hint.width(), widget.fontMetrics().height())
        else:
            need = QSize(widget.fontMetrics().horizontalAdvance(text.replace("&", "")), 0)
        if widget.width() < need.width() or widget.height() < need.height():
            found.append(f"{type(widget).__name__} {text[:30]!r}: {widget.size()} < {need}")
    return found


def point_size(widget: QWidget) -> float:
    return widget.font().pointSizeF()


# -- text size ----------------------------------------------------------------------------
def test_larger_text_grows_everything_and_nothing_is_cut_off(
    qtbot, window: MainWindow, clock
) -> None:  # type: ignore[no-untyped-def]
    view = window.view
    assert view is not None
    fill_demo_journal(view.service, days=40, now=clock())
    view.today.refresh()
    today = view.today
    body = today.buttons["dose"]
    before = (point_size(today.since_label), point_size(today.day_label), point_size(body))
    view.show_page("Settings")
    appearance = view.settings.appearance
    assert appearance is not None
    combo = appearance.text_size_combo
    assert combo.currentText() == "Normal"

    combo.setCurrentIndex(combo.findText("Larger"))

    assert DevicePrefs().get("text_size") == "larger", "saved on this computer"
    after = (point_size(today.since_label), point_size(today.day_label), point_size(body))
    for old, new in zip(before, after, strict=True):
        assert new == pytest.approx(old * 1.45, abs=0.15)
    assert point_size(body) == pytest.approx(system_font().pointSizeF() * 1.45, abs=0.1)
    assert window.size() == WINDOW_SIZE, "the window keeps its size"
    for name in ("Today", "Settings"):
        view.show_page(name)
        qtbot.waitUntil(lambda: view.pages.currentWidget().isVisible())
        assert clipped(view.pages.currentWidget()) == [], name
    assert clipped(view.nav.parentWidget()) == [], "the page list and its buttons"

    combo.setCurrentIndex(combo.findText("Normal"))
    assert point_size(today.since_label) == pytest.approx(before[0])


def test_every_page_fits_the_window_at_the_largest_text(qtbot, window: MainWindow, clock) -> None:  # type: ignore[no-untyped-def]
    window.prefs.set("text_size", "larger")
    view = window.view
    assert view is not None
    fill_demo_journal(view.service, days=40, now=clock())
    for name in PAGES:
        view.show_page(name)
        page = view.pages.currentWidget()
        assert page.minimumSizeHint().width() <= page.width(), name
    assert window.size() == WINDOW_SIZE


def test_the_unlock_screen_opens_at_the_chosen_text_size(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    DevicePrefs().set("text_size", "large")
    window = make_window(keyring=False)
    assert not window.start()
    page = window.unlock_page
    assert point_size(page.passphrase_edit) == pytest.approx(
        system_font().pointSizeF() * 1.2, abs=0.1
    )
    assert point_size(page.title) > 2 * point_size(page.passphrase_edit) * 0.9
    qtbot.waitExposed(window)
    assert clipped(page) == []


def test_the_unlock_titles_weights_stay_through_a_text_size_change(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    """A light title and a bold message, as fonts (no style sheets: ~4 ms of start-up)."""
    window = make_window(keyring=False)
    assert not window.start()
    page = window.unlock_page
    before = point_size(page.title)
    window.prefs.set("text_size", "larger")
    assert point_size(page.title) > before  # the size followed the setting...
    assert page.title.font().weight() == QFont.Weight.Light  # ...and the weights stayed
    assert page.message.font().weight() == QFont.Weight.DemiBold
    assert page.title.styleSheet() == page.message.styleSheet() == ""


# -- colour ---------------------------------------------------------------------------------
def test_the_quiet_colour_is_readable_in_light_and_dark() -> None:
    light = QPalette()
    light.setColor(QPalette.ColorRole.Window, QColor("#efefef"))
    light.setColor(QPalette.ColorRole.WindowText, QColor("#000000"))
    for palette in (light, dark_palette(QPalette())):
        window = palette.color(QPalette.ColorRole.Window)
        quiet = quiet_text_colour(palette)
        assert contrast_ratio(quiet, window) >= 4.5
        assert quiet != palette.color(QPalette.ColorRole.WindowText), "still quieter than text"


def test_text_stays_readable_when_the_system_turns_dark(
    qtbot, window: MainWindow, clock, dark_theme: None
) -> None:  # type: ignore[no-untyped-def]
    view = window.view
    assert view is not None
    fill_demo_journal(view.service, days=40, now=clock())
    view.today.refresh()
    background = QApplication.palette().color(QPalette.ColorRole.Window)
    assert background.lightness() < 128, "the theme is dark"
    nav = view.nav  # styled with a style sheet, which Qt does not recolour by itself
    qtbot.waitUntil(lambda: nav.palette().color(QPalette.ColorRole.Base).lightness() < 128)
    for name in PAGES:
        view.show_page(name)
        assert hard_to_read(view.pages.currentWidget()) == [], name
    assert hard_to_read(window) == []
    view.show_page("Progress")
    figure = view.progress.canvas.figure
    assert to_hex(figure.get_facecolor()) == background.name(), "the chart wears the theme"


def test_a_dialog_open_during_the_switch_recolours_its_quiet_text(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    view = window.view
    assert view is not None
    view.show_page("Progress")
    dialog = view.today.open_entry("sows")
    assert isinstance(dialog, SowsDialog)
    dialog.about.toggle.click()  # the scale's source, in quiet text
    source = dialog.about.source_label
    light_quiet = source.palette().color(QPalette.ColorRole.WindowText)
    assert hard_to_read(dialog) == []

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    light = QPalette(app.palette())
    app.setPalette(dark_palette(light))
    try:
        qtbot.waitUntil(
            lambda: source.palette().color(QPalette.ColorRole.WindowText) != light_quiet
        )
        assert hard_to_read(dialog) == []
        red = view.today.mixing_label.styleSheet()
        assert "#ff8a80" in red, "the safety red is the lighter one on dark"
        figure = view.progress.canvas.figure
        assert to_hex(figure.get_facecolor()) == "#2b2b2b", "the chart redrawn dark"
    finally:
        app.setPalette(light)
    dialog.reject()


def test_big_dialogs_fit_the_screen_at_the_largest_text(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from recovery_journal.ui.help_dialog import HelpDialog

    window.prefs.set("text_size", "larger")
    room = window.screen().availableGeometry()
    help_window = HelpDialog(window)
    qtbot.addWidget(help_window)
    assert help_window.width() <= room.width() and help_window.height() <= room.height()
    window.view.show_page("Taper")
    plan = window.view.taper_page.new_plan()
    assert plan.height() <= room.height(), "Save stays on the screen"


def test_an_entry_dialog_cannot_be_narrowed_below_its_text(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from recovery_journal.ui.appearance import scaled_px
    from recovery_journal.ui.checkin_dialogs import MoodDialog
    from recovery_journal.ui.i18n import install_translations, remove_translations

    window.prefs.set("text_size", "larger")
    translators = install_translations("de")  # German labels are the longest
    try:
        dialog = MoodDialog(window.view.service, window.clock(), window)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert dialog.width() >= scaled_px(440), "opens roomy"
        dialog.resize(100, dialog.height())
        needed = dialog.layout().totalMinimumSize().width()
        assert dialog.width() >= needed, "the layout's minimum holds: no text is cut off"
    finally:
        remove_translations(translators)
