"""The Settings page, the product manager and the trigger list, driven as a person would."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QWidget,
)

from recovery_journal.domain.models import Product
from recovery_journal.services.access import JournalAccess, seed_new_journal
from recovery_journal.services.catalog import CatalogService
from recovery_journal.services.journal_service import JournalService
from recovery_journal.storage.journal import Journal
from recovery_journal.storage.keys import SystemKeyring
from recovery_journal.storage.location import JournalLocation
from recovery_journal.ui.list_editor import ListEditorDialog
from recovery_journal.ui.products_dialog import ProductsDialog
from recovery_journal.ui.settings_page import SettingsPage
from recovery_journal.ui.triggers_dialog import TriggersDialog
from tests.conftest import MemoryKeyringBackend

BERLIN = ZoneInfo("Europe/Berlin")
MORNING = datetime(2026, 3, 2, 8, 5, tzinfo=BERLIN)
LEFT = Qt.MouseButton.LeftButton


class OpenJournal:
    """A journal with the memory keyring; ``reopen`` reads back what was really stored."""

    def __init__(self, data_dir: Path, backend: MemoryKeyringBackend) -> None:
        keyring = SystemKeyring(backend, trusted=True)
        self.access = JournalAccess(JournalLocation(data_dir), lambda: keyring)
        self.journal: Journal = self.access.create_with_keyring()
        seed_new_journal(self.journal)
        self.service = JournalService(self.journal, zone=BERLIN)
        self.catalog = CatalogService(self.journal)

    def reopen(self) -> tuple[JournalService, CatalogService]:
        self.journal.close()
        self.journal = self.access.open_with_keyring()
        return JournalService(self.journal, zone=BERLIN), CatalogService(self.journal)


@pytest.fixture
def opened(tmp_path: Path, keyring_backend: MemoryKeyringBackend) -> Iterator[OpenJournal]:
    journal = OpenJournal(tmp_path / "journal", keyring_backend)
    try:
        yield journal
    finally:
        journal.journal.close()


@pytest.fixture
def page(qtbot, opened: OpenJournal) -> SettingsPage:  # type: ignore[no-untyped-def]
    settings = SettingsPage(opened.service, opened.catalog)
    qtbot.addWidget(settings)
    settings.show()
    return settings


@pytest.fixture
def german_locale() -> Iterator[None]:
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    try:
        yield
    finally:
        QLocale.setDefault(previous)


def list_names(dialog: ListEditorDialog) -> list[str]:
    widget = dialog.list_widget
    return [widget.item(row).text() for row in range(widget.count())]


def select(dialog: ListEditorDialog, name: str) -> None:
    [item] = dialog.list_widget.findItems(name, Qt.MatchFlag.MatchExactly)
    dialog.list_widget.setCurrentItem(item)


def choose(combo: QComboBox, value: str) -> None:
    combo.setCurrentIndex(combo.findData(value))


def retype(qtbot, edit: QWidget, text: str) -> None:  # type: ignore[no-untyped-def]
    edit.clear()  # type: ignore[attr-defined]
    qtbot.keyClicks(edit, text)


def open_products(qtbot, page: SettingsPage) -> ProductsDialog:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(page.products_button, LEFT)
    dialog = page.products_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.isModal() and dialog.windowModality() == Qt.WindowModality.WindowModal
    return dialog


def open_triggers(qtbot, page: SettingsPage) -> TriggersDialog:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(page.triggers_button, LEFT)
    dialog = page.triggers_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


# -- products --------------------------------------------------------------------------
@pytest.mark.usefixtures("german_locale")
def test_add_a_product_with_a_german_decimal_comma(qtbot, page: SettingsPage, opened) -> None:  # type: ignore[no-untyped-def]
    dialog = open_products(qtbot, page)
    assert list_names(dialog) == []
    assert dialog.focusWidget() is dialog.name_edit, "an empty list starts with a new product"
    qtbot.keyClicks(dialog.name_edit, "Green capsules")
    choose(dialog.form_combo, "capsule")
    choose(dialog.unit_combo, "capsule")
    qtbot.keyClicks(dialog.grams_edit, "1,5")
    assert not dialog.leaf_factor_edit.isEnabled(), "the factor is only for high-potency"
    qtbot.keyClick(dialog.grams_edit, Qt.Key.Key_Return)

    assert dialog.isVisible(), "saving keeps the manager open"
    assert dialog.status_label.text() == "Saved “Green capsules”."
    assert list_names(dialog) == ["Green capsules"]
    assert dialog.grams_edit.text() == "1,5", "shown back in the user's own format"
    [product] = opened.catalog.products()
    assert (product.name, product.form, product.unit, product.grams_per_unit) == (
        "Green capsules",
        "capsule",
        "capsule",
        1.5,
    )
    assert not product.high_potency and product.leaf_equivalent_factor is None


@pytest.mark.usefixtures("german_locale")
def test_edit_a_product_and_mark_it_high_potency(qtbot, page: SettingsPage, opened) -> None:  # type: ignore[no-untyped-def]
    opened.catalog.add_product(Product(name="Shot", form="liquid shot", unit="shot"))
    dialog = open_products(qtbot, page)
    assert dialog.focusWidget() is dialog.list_widget
    assert dialog.name_edit.text() == "Shot", "the first product is shown"
    retype(qtbot, dialog.name_edit, "Extract shot")
    qtbot.mouseClick(dialog.high_potency_box, LEFT)
    assert dialog.high_potency_box.isChecked() and dialog.leaf_factor_edit.isEnabled()
    qtbot.keyClicks(dialog.leaf_factor_edit, "7,5")
    qtbot.mouseClick(dialog.save_button, LEFT)

    [product] = opened.reopen()[1].products()
    assert (product.name, product.high_potency, product.leaf_equivalent_factor) == (
        "Extract shot",
        True,
        7.5,
    )


def test_a_duplicate_name_shows_a_message_and_saves_nothing(
    qtbot, page: SettingsPage, opened
) -> None:  # type: ignore[no-untyped-def]
    opened.catalog.add_product(Product(name="Red powder"))
    dialog = open_products(qtbot, page)
    qtbot.mouseClick(dialog.new_button, LEFT)
    assert dialog.name_edit.text() == "" and dialog.focusWidget() is dialog.name_edit
    qtbot.keyClicks(dialog.name_edit, "red POWDER")
    choose(dialog.unit_combo, "mg")
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)

    assert dialog.isVisible()
    assert dialog.error_label.isVisibleTo(dialog)
    assert "already a product called 'Red powder'" in dialog.error_label.text()
    assert dialog.name_edit.text() == "red POWDER", "what the user typed is kept"
    assert list_names(dialog) == ["Red powder"]
    assert [(p.name, p.unit) for p in opened.catalog.products()] == [("Red powder", "g")]

    retype(qtbot, dialog.grams_edit, "abc")
    retype(qtbot, dialog.name_edit, "Bali")
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert "grams per unit" in dialog.error_label.text()
    assert list_names(dialog) == ["Red powder"]


def test_a_used_product_keeps_its_kind_of_unit(qtbot, page: SettingsPage, opened) -> None:  # type: ignore[no-untyped-def]
    opened.service.log_dose(MORNING, 2.5, "g", product_name="Red powder")
    dialog = open_products(qtbot, page)
    choose(dialog.unit_combo, "capsule")
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert "cannot change to capsule" in dialog.error_label.text()
    assert opened.catalog.products()[0].unit == "g"

    choose(dialog.unit_combo, "mg")
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert not dialog.error_label.isVisibleTo(dialog)
    assert opened.catalog.products()[0].unit == "mg"


def test_remove_a_product_old_doses_keep_its_name_and_undo(
    qtbot, page: SettingsPage, opened
) -> None:  # type: ignore[no-untyped-def]
    dose = opened.service.log_dose(MORNING, 2.5, "g", product_name="Red powder")
    opened.catalog.add_product(Product(name="Bali"))
    changes: list[bool] = []
    page.lists_changed.connect(lambda: changes.append(True))
    dialog = open_products(qtbot, page)
    select(dialog, "Red powder")
    qtbot.mouseClick(dialog.remove_button, LEFT)

    assert list_names(dialog) == ["Bali"]
    assert "still show its name" in dialog.status_label.text()
    assert dialog.name_edit.text() == "", "nothing else is picked up for a second Remove"
    assert not dialog.remove_button.isEnabled()
    assert [p.name for p in opened.catalog.products()] == ["Bali"]
    assert opened.service.product_map()[dose.product_id].name == "Red powder"
    assert changes, "pages showing the list hear about it"

    assert dialog.undo_button.isVisibleTo(dialog)
    qtbot.mouseClick(dialog.undo_button, LEFT)
    assert list_names(dialog) == ["Bali", "Red powder"]
    assert dialog.name_edit.text() == "Red powder"
    assert not dialog.undo_button.isVisibleTo(dialog)

    qtbot.keyClick(dialog.list_widget, Qt.Key.Key_Escape)
    assert not dialog.isVisible(), "Esc closes"


def test_the_product_form_is_labelled_and_in_reading_order(qtbot, page: SettingsPage) -> None:  # type: ignore[no-untyped-def]
    dialog = open_products(qtbot, page)
    assert_labelled(dialog)
    expected = [
        dialog.list_widget,
        dialog.name_edit,
        dialog.form_combo,
        dialog.unit_combo,
        dialog.grams_edit,
        dialog.high_potency_box,
    ]
    assert tab_walk(qtbot, dialog, dialog.list_widget, len(expected)) == expected
    qtbot.mouseClick(dialog.high_potency_box, LEFT)
    assert tab_walk(qtbot, dialog, dialog.grams_edit, 5) == [
        dialog.grams_edit,
        dialog.high_potency_box,
        dialog.leaf_factor_edit,
        dialog.new_button,
        dialog.save_button,
    ]


# -- triggers --------------------------------------------------------------------------
def test_add_a_trigger_with_a_plan_and_notes(qtbot, page: SettingsPage, opened) -> None:  # type: ignore[no-untyped-def]
    dialog = open_triggers(qtbot, page)
    assert "boredom" in list_names(dialog) and "stress" in list_names(dialog)
    qtbot.mouseClick(dialog.new_button, LEFT)
    assert "If I feel bored" in dialog.plan_edit.placeholderText()
    qtbot.keyClicks(dialog.name_edit, "Sunday evenings")
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.plan_edit
    qtbot.keyClicks(dialog.plan_edit, "If it is Sunday at six, then I will call Sam.")
    qtbot.keyClick(dialog.plan_edit, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.notes_edit, "Tab leaves the plan"
    qtbot.keyClicks(dialog.notes_edit, "Started after the move.")
    qtbot.keyClick(dialog.notes_edit, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.new_button
    qtbot.mouseClick(dialog.save_button, LEFT)

    assert dialog.status_label.text() == "Saved “Sunday evenings”."
    _, catalog = opened.reopen()
    [trigger] = [t for t in catalog.triggers() if t.name == "Sunday evenings"]
    assert trigger.coping_plan == "If it is Sunday at six, then I will call Sam."
    assert trigger.notes == "Started after the move."


def test_edit_and_remove_a_trigger(qtbot, page: SettingsPage, opened) -> None:  # type: ignore[no-untyped-def]
    dialog = open_triggers(qtbot, page)
    assert_labelled(dialog)
    select(dialog, "stress")
    qtbot.keyClicks(dialog.notes_edit, "Deadlines at work.")
    retype(qtbot, dialog.name_edit, "boredom")
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert "already a trigger called 'boredom'" in dialog.error_label.text()
    assert [t.notes for t in opened.catalog.triggers() if t.name == "stress"] == [""]

    retype(qtbot, dialog.name_edit, "work stress")
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert not dialog.error_label.isVisibleTo(dialog)
    assert dialog.notes_edit.toPlainText() == "Deadlines at work."
    qtbot.mouseClick(dialog.remove_button, LEFT)
    assert "work stress" not in list_names(dialog)
    assert "work stress" not in [t.name for t in opened.catalog.triggers()]
    qtbot.mouseClick(dialog.close_button, LEFT)
    assert not dialog.isVisible()


# -- journal settings -----------------------------------------------------------------
def test_settings_save_at_once_and_read_back(qtbot, page: SettingsPage, opened) -> None:  # type: ignore[no-untyped-def]
    assert page.heading.text() == "Settings"
    assert page.questionnaire_spin.value() == 14
    assert page.craving_timer_spin.value() == 15
    assert page.unit_combo.currentData() == "g"
    assert page.saved_label.text() == ""
    assert_labelled(page)

    qtbot.keyClick(page.craving_timer_spin, Qt.Key.Key_Up)
    assert page.saved_label.text() == "Saved."
    page.questionnaire_spin.lineEdit().selectAll()
    qtbot.keyClicks(page.questionnaire_spin, "30")
    qtbot.keyClick(page.questionnaire_spin, Qt.Key.Key_Return)
    choose(page.unit_combo, "capsule")

    service, _ = opened.reopen()
    assert service.setting("craving_timer_minutes") == 16
    assert service.setting("questionnaire_interval_days") == 30
    assert service.setting("default_unit") == "capsule"


def test_the_craving_timer_stays_within_ten_to_twenty_minutes(qtbot, page: SettingsPage) -> None:  # type: ignore[no-untyped-def]
    for _ in range(10):
        qtbot.keyClick(page.craving_timer_spin, Qt.Key.Key_Up)
    assert page.craving_timer_spin.value() == 20
    assert page.service.setting("craving_timer_minutes") == 20


def test_zero_days_means_never_and_refresh_rereads(qtbot, page: SettingsPage) -> None:  # type: ignore[no-untyped-def]
    page.service.set_setting("questionnaire_interval_days", 0)
    page.service.set_setting("default_unit", "mg")
    page.refresh()
    assert page.questionnaire_spin.text() == "Never"
    assert page.unit_combo.currentData() == "mg"
    assert page.saved_label.text() == "", "re-reading is not a change"


# -- helpers -----------------------------------------------------------------------------
def assert_labelled(container: QWidget) -> None:
    """Every input has an accessible name, and form labels carry a mnemonic to their field."""
    inputs = [
        w
        for kind in (QLineEdit, QComboBox, QCheckBox, QPlainTextEdit, QListWidget, QAbstractSpinBox)
        for w in container.findChildren(kind)
        if not isinstance(w.parentWidget(), QAbstractSpinBox | QComboBox)
    ]
    assert inputs
    for widget in inputs:
        assert widget.accessibleName(), widget
    for form in container.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if label is None or not label.widget().text():
                continue
            assert "&" in label.widget().text(), label.widget().text()
            assert label.widget().buddy() is field.widget()


def tab_walk(qtbot, dialog: QWidget, start: QWidget, count: int) -> list[QWidget]:  # type: ignore[no-untyped-def]
    """The widgets Tab visits from ``start``, ``count`` long."""
    start.setFocus()
    seen = [dialog.focusWidget()]
    while len(seen) < count:
        qtbot.keyClick(seen[-1], Qt.Key.Key_Tab)
        seen.append(dialog.focusWidget())
    return seen
