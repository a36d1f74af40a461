"""Every control a person can use has a name a screen reader can say.

The name checked is the one Qt hands to assistive technology (the accessible name, or
what Qt derives from a button's text or a form label's buddy), not only
``accessibleName()``. Hidden controls are walked too: each of them is shown in some
state (a plan in progress, a questionnaire's result, a damaged journal).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollBar,
    QSpinBox,
    QTabBar,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from recovery_journal.domain.models import Craving
from recovery_journal.services.access import Prompt
from recovery_journal.services.demo import fill_demo_journal
from recovery_journal.ui.main_window import PAGES, MainWindow
from recovery_journal.ui.prompts import NewPassphraseDialog
from recovery_journal.ui.ride_out import CravingCheckDialog

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QTextEdit,
    QPlainTextEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractSlider,
    QAbstractItemView,
    QTabBar,
)
# Qt builds these from parts of its own (a spin box's line edit, a table's headers, a
# combo box's popup); the part is announced through the whole.
COMPOSITE = (QComboBox, QAbstractSpinBox, QAbstractItemView, QLineEdit, QTabBar, QScrollBar)


def is_interactive(widget: QWidget) -> bool:
    if isinstance(widget, QScrollBar):
        return False
    if isinstance(widget, QGroupBox):
        return widget.isCheckable()
    return isinstance(widget, INTERACTIVE)


def inside_composite(widget: QWidget, root: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, COMPOSITE):
            return True
        parent = parent.parentWidget()
    return False


def spoken_name(widget: QWidget) -> str:
    """The name a screen reader says for ``widget``."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def object_path(widget: QWidget, root: QWidget) -> str:
    """Where ``widget`` is, e.g. ``DoseDialog/QLineEdit#amount``."""
    parts = []
    current: QWidget | None = widget
    while current is not None:
        name = type(current).__name__
        parts.append(f"{name}#{current.objectName()}" if current.objectName() else name)
        if current is root:
            break
        current = current.parentWidget()
    return "/".join(reversed(parts))


def unnamed_controls(root: QWidget) -> list[str]:
    """Every control under ``root`` (shown or not) that a screen reader cannot name."""
    return [
        f"{object_path(widget, root)} ({type(widget).__name__})"
        for widget in root.findChildren(QWidget)
        if is_interactive(widget) and not inside_composite(widget, root) and not spoken_name(widget)
    ]


@pytest.fixture
def full_window(qtbot, window: MainWindow, clock) -> MainWindow:  # type: ignore[no-untyped-def]
    """The window on a journal with weeks of entries and a taper plan in progress."""
    assert window.view is not None
    fill_demo_journal(window.view.service, days=40, now=clock())
    window.view.today.refresh()
    return window


def show_every_page(window: MainWindow) -> None:
    """Visit each page once, so those built on first view (charts, preview) exist."""
    assert window.view is not None
    for name in PAGES:
        window.view.show_page(name)
        assert window.view.current_page() == name


# -- the check itself -------------------------------------------------------------------
def test_the_check_finds_an_unnamed_field_and_only_that(qtbot) -> None:  # type: ignore[no-untyped-def]
    host = QWidget()
    qtbot.addWidget(host)
    form = QFormLayout(host)
    form.addRow("&Amount", QLineEdit())  # named by its label
    named = QLineEdit()
    named.setAccessibleName("Note")
    form.addRow(named)
    form.addRow(QPushButton("Save"))  # named by its text
    form.addRow("&Days", QSpinBox())  # its inner line edit is Qt's, not ours
    planted = QLineEdit()
    planted.setObjectName("planted")
    form.addRow(planted)
    lonely_spin = QSpinBox()
    form.addRow(lonely_spin)

    found = unnamed_controls(host)

    assert found == ["QWidget/QLineEdit#planted (QLineEdit)", "QWidget/QSpinBox (QSpinBox)"]


def test_the_check_walks_hidden_controls_too(qtbot) -> None:  # type: ignore[no-untyped-def]
    host = QWidget()
    qtbot.addWidget(host)
    layout = QVBoxLayout(host)
    later = QPushButton()  # an icon-only button shown in some other state
    later.hide()
    layout.addWidget(later)
    layout.addWidget(QLabel("Not a control"))

    assert unnamed_controls(host) == ["QWidget/QPushButton (QPushButton)"]


# -- the pages ----------------------------------------------------------------------------
def test_every_control_on_every_page_has_a_name(qtbot, full_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    show_every_page(full_window)
    assert full_window.view is not None
    assert full_window.view.progress.canvas is not None, "the chart page was built"
    assert unnamed_controls(full_window) == []


def test_charts_are_named_and_described_in_words(qtbot, full_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    view = full_window.view
    assert view is not None
    view.show_page("Taper")
    step_chart = view.taper_page.chart
    assert spoken_name(step_chart)
    assert "41 steps" in step_chart.accessibleDescription()
    assert "Doses logged on" in step_chart.accessibleDescription()

    view.show_page("Progress")
    page = view.progress
    seen = set()
    for index in range(page.figure_combo.count()):
        page.figure_combo.setCurrentIndex(index)
        title = page.figure_combo.currentText()
        description = page.canvas.accessibleDescription()
        assert spoken_name(page.canvas) == f"Chart: {title}"
        assert description.startswith(title), description
        seen.add(description)
    assert len(seen) == page.figure_combo.count(), "each chart is described in its own words"
    page.figure_combo.setCurrentIndex(0)
    assert "Taken (counted toward the plan): 14 values" in page.canvas.accessibleDescription()
    cravings = page.figure_combo.findData("cravings")
    page.figure_combo.setCurrentIndex(cravings)
    assert "Cravings by trigger, largest first: " in page.canvas.accessibleDescription()


# -- the dialogs ----------------------------------------------------------------------------
ENTRY_KEYS = (
    "dose",
    "craving",
    "mood",
    "sleep",
    "sows",
    "phq9",
    "gad7",
    "self_reflection",
    "substance",
    "medication",
    "trigger_note",
)


@pytest.mark.parametrize("key", ENTRY_KEYS)
def test_every_control_in_each_entry_dialog_has_a_name(
    qtbot, full_window: MainWindow, key: str
) -> None:  # type: ignore[no-untyped-def]
    assert full_window.view is not None
    dialog = full_window.view.today.open_entry(key)
    assert unnamed_controls(dialog) == []
    dialog.reject()


def _plan_dialogs(window: MainWindow) -> list[QWidget]:
    assert window.view is not None
    page = window.view.taper_page
    return [page.new_plan(), page.change_plan(), page.hold_step(), page.revert_step()]


def _list_dialogs(window: MainWindow) -> list[QWidget]:
    assert window.view is not None
    settings = window.view.settings
    return [settings.open_products(), settings.open_triggers(), window.view.data.open_backups()]


def _small_dialogs(window: MainWindow) -> list[QWidget]:
    assert window.view is not None
    craving = window.view.service.entries(Craving)[-1]
    return [
        NewPassphraseDialog("Portable backup", "Choose a passphrase", window),
        CravingCheckDialog(craving, "14:00", window),
    ]


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen only
@pytest.mark.parametrize(
    "open_dialogs",
    [_plan_dialogs, _list_dialogs, _small_dialogs, lambda window: [window.show_help()]],
    ids=["plan", "lists-and-backups", "passphrase-and-craving-check", "help"],
)
def test_every_control_in_the_other_dialogs_has_a_name(
    qtbot, full_window: MainWindow, open_dialogs: Callable[[MainWindow], list[QWidget]]
) -> None:  # type: ignore[no-untyped-def]
    for dialog in open_dialogs(full_window):
        assert unnamed_controls(dialog) == [], type(dialog).__name__
        dialog.close()


def test_the_unlock_page_is_named_in_every_state(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window(keyring=False)
    assert not window.start(), "without a keyring the journal asks for a passphrase"
    page = window.unlock_page
    for prompt in Prompt:
        page.show_prompt(prompt, "A reason")
        assert unnamed_controls(page) == [], prompt
    page.recover_button.show()  # offered when the journal file is damaged
    assert unnamed_controls(page) == []


def test_the_lock_screen_is_named(qtbot, full_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    full_window.lock()
    assert full_window.is_locked
    assert unnamed_controls(full_window) == []
