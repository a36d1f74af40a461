"""The trigger list: each trigger with the user's if-then coping plan and notes."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from recovery_journal.domain.models import Trigger
from recovery_journal.domain.validation import NAME_MAX_CHARS
from recovery_journal.services.catalog import CatalogService
from recovery_journal.ui.list_editor import ListEditorDialog


def _text_box(placeholder: str) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setPlaceholderText(placeholder)
    box.setTabChangesFocus(True)  # Tab moves on, as in every other field
    box.setMinimumHeight(90)
    return box


class TriggersDialog(ListEditorDialog):
    """Add, edit and remove triggers; past cravings keep a removed trigger."""

    def __init__(self, catalog: CatalogService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self.setWindowTitle(self.tr("Triggers"))
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(NAME_MAX_CHARS)
        self.name_edit.setPlaceholderText(self.tr("e.g. boredom in the evening"))
        self.plan_edit = _text_box(
            self.tr("If I feel bored in the evening, then I will call a friend or go for a walk.")
        )
        self.notes_edit = _text_box(self.tr("What tends to happen, what helped before…"))
        self.add_row(self.tr("&Name"), self.name_edit)
        self.add_row(self.tr("&If-then plan"), self.plan_edit)
        self.add_row(self.tr("N&otes"), self.notes_edit)
        self.finish_setup(self.tr("&Triggers"))

    # -- ListEditorDialog hooks -------------------------------------------------------
    def load_items(self) -> list[Trigger]:
        return self.catalog.triggers()

    def show_item(self, item: Trigger | None) -> None:
        self.name_edit.setText(item.name if item else "")
        self.plan_edit.setPlainText(item.coping_plan if item else "")
        self.notes_edit.setPlainText(item.notes if item else "")

    def item_from_form(self, current: Trigger | None) -> Trigger:
        name = self.name_edit.text().strip()
        plan = self.plan_edit.toPlainText().strip()
        notes = self.notes_edit.toPlainText().strip()
        if current is None:
            return Trigger(name=name, coping_plan=plan, notes=notes)
        return dataclasses.replace(current, name=name, coping_plan=plan, notes=notes)

    def store(self, item: Trigger, is_new: bool) -> Trigger:
        if is_new:
            return self.catalog.add_trigger(item)
        return self.catalog.update_trigger(item)

    def remove_item(self, item_id: int) -> Trigger:
        return self.catalog.remove_trigger(item_id)

    def restore_item(self, item_id: int) -> Trigger:
        return self.catalog.restore_trigger(item_id)

    def removed_text(self, item: Trigger) -> str:
        return self.tr(
            "Removed “{name}”. Cravings you logged with it keep it; it is no longer offered."
        ).format(name=item.name)
