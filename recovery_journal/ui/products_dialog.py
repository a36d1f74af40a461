"""The product manager: what the user takes, in which form and unit."""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QWidget

from recovery_journal.domain.models import Product
from recovery_journal.domain.units import FORMS, UNITS
from recovery_journal.domain.validation import NAME_MAX_CHARS, parse_number
from recovery_journal.services.catalog import CatalogService
from recovery_journal.ui.describe import decimal_point, typed_number
from recovery_journal.ui.i18n import tr
from recovery_journal.ui.list_editor import ListEditorDialog

MAX_PER_UNIT = 1000.0  # the domain's limit for grams per unit and the leaf factor


def form_labels() -> dict[str, str]:
    """What each product form is called on screen."""
    labels = {
        "powder": tr("Powder"),
        "capsule": tr("Capsule"),
        "tablet": tr("Tablet"),
        "extract": tr("Extract"),
        "liquid shot": tr("Liquid shot"),
        "tea": tr("Tea"),
        "other": tr("Other"),
    }
    assert tuple(labels) == FORMS
    return labels


def unit_labels() -> dict[str, str]:
    """What each unit is called on screen."""
    labels = {
        "g": tr("g (grams)"),
        "mg": tr("mg (milligrams)"),
        "capsule": tr("capsules"),
        "mL": tr("mL (millilitres)"),
        "shot": tr("shots"),
    }
    assert tuple(labels) == UNITS
    return labels


def choice_combo(labels: dict[str, str]) -> QComboBox:
    """A combo box showing ``labels`` and holding their keys as item data."""
    combo = QComboBox()
    for value, label in labels.items():
        combo.addItem(label, value)
    return combo


class ProductsDialog(ListEditorDialog):
    """Add, edit and remove products; past doses keep a removed product's name."""

    def __init__(self, catalog: CatalogService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self.setWindowTitle(self.tr("Products"))
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(NAME_MAX_CHARS)
        self.name_edit.setPlaceholderText(self.tr("e.g. Red vein powder"))
        self.form_combo = choice_combo(form_labels())
        self.unit_combo = choice_combo(unit_labels())
        self.grams_edit = QLineEdit()
        self.grams_edit.setPlaceholderText(
            self.tr("Optional, e.g. {example}").format(example=typed_number(0.5))
        )
        self.high_potency_box = QCheckBox(self.tr("&High potency (extract or shot)"))
        self.high_potency_note = QLabel(
            self.tr(
                "Extracts and shots are far stronger than leaf powder, "
                "so they are totalled separately."
            )
        )
        self.high_potency_note.setWordWrap(True)
        self.leaf_factor_edit = QLineEdit()
        self.leaf_factor_edit.setPlaceholderText(self.tr("Optional"))
        self.leaf_factor_edit.setToolTip(
            self.tr(
                "How many grams of leaf powder one unit of this product counts as. "
                "Without it, this product is always totalled on its own."
            )
        )
        self._add_rows()
        self.high_potency_box.toggled.connect(self.leaf_factor_edit.setEnabled)
        self.finish_setup(self.tr("&Products"))

    def _add_rows(self) -> None:
        self.add_row(self.tr("&Name"), self.name_edit)
        self.add_row(self.tr("&Form"), self.form_combo)
        self.add_row(self.tr("&Unit"), self.unit_combo)
        self.add_row(self.tr("&Grams per unit"), self.grams_edit)
        self.add_row("", self.high_potency_box, self.tr("High potency (extract or shot)"))
        self.form.addRow("", self.high_potency_note)
        self.add_row(self.tr("&Leaf-equivalent factor"), self.leaf_factor_edit)

    # -- ListEditorDialog hooks -------------------------------------------------------
    def load_items(self) -> list[Product]:
        return self.catalog.products()

    def show_item(self, item: Product | None) -> None:
        product = item or Product(name="new")  # a new product starts from the defaults
        self.name_edit.setText(item.name if item else "")
        self.form_combo.setCurrentIndex(self.form_combo.findData(product.form))
        self.unit_combo.setCurrentIndex(self.unit_combo.findData(product.unit))
        self.grams_edit.setText(self._number_text(product.grams_per_unit))
        self.high_potency_box.setChecked(product.high_potency)
        self.leaf_factor_edit.setText(self._number_text(product.leaf_equivalent_factor))
        self.leaf_factor_edit.setEnabled(product.high_potency)

    def item_from_form(self, current: Product | None) -> Product:
        high_potency = self.high_potency_box.isChecked()
        values: dict[str, Any] = {
            "name": self.name_edit.text().strip(),
            "form": str(self.form_combo.currentData()),
            "unit": str(self.unit_combo.currentData()),
            "grams_per_unit": self._number(self.grams_edit, self.tr("grams per unit")),
            "high_potency": high_potency,
            "leaf_equivalent_factor": (
                self._number(self.leaf_factor_edit, self.tr("leaf-equivalent factor"))
                if high_potency
                else None
            ),
        }
        return Product(**values) if current is None else dataclasses.replace(current, **values)

    def store(self, item: Product, is_new: bool) -> Product:
        if is_new:
            return self.catalog.add_product(item)
        return self.catalog.update_product(item)

    def remove_item(self, item_id: int) -> Product:
        return self.catalog.remove_product(item_id)

    def restore_item(self, item_id: int) -> Product:
        return self.catalog.restore_product(item_id)

    def removed_text(self, item: Product) -> str:
        return self.tr("Removed “{name}”. Doses you logged with it still show its name.").format(
            name=item.name
        )

    # -- numbers in the user's locale ---------------------------------------------------
    def _number(self, edit: QLineEdit, field: str) -> float | None:
        """The optional number typed in ``edit``; empty means none."""
        if not edit.text().strip():
            return None
        return parse_number(edit.text(), field, 0.0, MAX_PER_UNIT, decimal_point())

    def _number_text(self, value: float | None) -> str:
        return "" if value is None else typed_number(value)
