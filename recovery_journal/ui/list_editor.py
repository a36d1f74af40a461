"""A dialog for a list the user manages: the list on the left, a form on the right.

Subclasses supply the form fields and the calls into the catalog service. Saving
and removing are immediate (one transaction each); a removal can be undone from
the dialog. Problems show in the dialog, never in a popup, and nothing is saved.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from recovery_journal.domain.errors import JournalError
from recovery_journal.ui.error_text import error_text

ID_ROLE = Qt.ItemDataRole.UserRole


class ListEditorDialog(QDialog):
    """The shared New / Save / Remove / Close behaviour of the product and trigger lists."""

    changed = Signal()  # the list was edited: pages showing it may refresh

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list_widget = QListWidget()
        self.list_label = QLabel()
        self.list_label.setBuddy(self.list_widget)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.fields: list[QWidget] = []
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setAccessibleName(self.tr("Problem with the entry"))
        self.error_label.setStyleSheet("font-weight: 600;")
        self.error_label.hide()
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setAccessibleName(self.tr("Status"))
        self.new_button = QPushButton(self.tr("Ne&w"))
        self.save_button = QPushButton(self.tr("&Save"))
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.undo_button = QPushButton(self.tr("Un&do remove"))
        self.close_button = QPushButton(self.tr("&Close"))
        self.items: dict[int, Any] = {}
        self.editing_id: int | None = None
        self.removed_id: int | None = None

    # -- hooks for subclasses -------------------------------------------------------
    def load_items(self) -> list[Any]:
        raise NotImplementedError

    def show_item(self, item: Any | None) -> None:
        """Fill the form from ``item``; ``None`` clears it for a new one."""
        raise NotImplementedError

    def item_from_form(self, current: Any | None) -> Any:
        """The domain object the form describes (raises ValidationError)."""
        raise NotImplementedError

    def store(self, item: Any, is_new: bool) -> Any:
        raise NotImplementedError

    def remove_item(self, item_id: int) -> Any:
        raise NotImplementedError

    def restore_item(self, item_id: int) -> Any:
        raise NotImplementedError

    def removed_text(self, item: Any) -> str:
        raise NotImplementedError

    # -- building -------------------------------------------------------------------
    def add_row(self, label: str, widget: QWidget, accessible_name: str | None = None) -> None:
        widget.setAccessibleName(accessible_name or label.replace("&", ""))
        self.form.addRow(label, widget)
        self.fields.append(widget)

    def finish_setup(self, list_label: str) -> None:
        """Lay out the dialog, wire the buttons and show the list (call after add_row)."""
        self.list_label.setText(list_label)
        self.list_widget.setAccessibleName(list_label.replace("&", ""))
        self.list_widget.setMinimumWidth(200)
        self._lay_out()
        self._connect()
        self._set_tab_order()
        self.reload()
        if self.list_widget.count():
            self.list_widget.setFocus()
        else:
            self.fields[0].setFocus()

    def _lay_out(self) -> None:
        left = QVBoxLayout()
        left.addWidget(self.list_label)
        left.addWidget(self.list_widget, 1)
        right = QVBoxLayout()
        right.addLayout(self.form)
        right.addStretch(1)
        top = QHBoxLayout()
        top.setSpacing(18)
        top.addLayout(left, 2)
        top.addLayout(right, 3)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.save_button, self.remove_button, self.undo_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 18, 18, 18)
        layout.setSpacing(12)
        layout.addLayout(top, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.status_label)
        layout.addLayout(buttons)
        self.undo_button.hide()

    def _connect(self) -> None:
        for button in (self.new_button, self.remove_button, self.undo_button, self.close_button):
            button.setAutoDefault(False)
        self.save_button.setDefault(True)  # Enter in a one-line field saves
        self.list_widget.currentItemChanged.connect(self._current_changed)
        self.new_button.clicked.connect(self.start_new)
        self.save_button.clicked.connect(self.save)
        self.remove_button.clicked.connect(self.remove)
        self.undo_button.clicked.connect(self.undo_remove)
        self.close_button.clicked.connect(self.reject)

    def _set_tab_order(self) -> None:
        chain: list[QWidget] = [self.list_widget, *self.fields]
        chain += [self.new_button, self.save_button, self.remove_button, self.undo_button]
        chain.append(self.close_button)
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    # -- showing --------------------------------------------------------------------
    def reload(self, select_id: int | None = None, *, select_first: bool = True) -> None:
        """Read the list again and select ``select_id`` (else the first, or a new item)."""
        items = self.load_items()
        self.items = {item.id: item for item in items}
        self.list_widget.blockSignals(True)
        self.list_widget.clear()
        selected = None
        for item in items:
            row = QListWidgetItem(item.name)
            row.setData(ID_ROLE, item.id)
            self.list_widget.addItem(row)
            if item.id == select_id:
                selected = row
        self.list_widget.blockSignals(False)
        if selected is not None:
            self.list_widget.setCurrentItem(selected)  # fills the form
        elif select_id is None and select_first and items:
            self.list_widget.setCurrentRow(0)
        else:
            self._edit(None)

    def _current_changed(self, current: QListWidgetItem | None, _previous: object) -> None:
        item_id = current.data(ID_ROLE) if current is not None else None
        self._edit(self.items.get(item_id) if item_id is not None else None)

    def _edit(self, item: Any | None) -> None:
        self.editing_id = item.id if item is not None else None
        self.remove_button.setEnabled(item is not None)
        self.hide_error()
        self.show_item(item)

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    def hide_error(self) -> None:
        self.error_label.clear()
        self.error_label.hide()

    # -- actions --------------------------------------------------------------------
    def start_new(self) -> None:
        """Clear the form for a new item."""
        self.list_widget.blockSignals(True)
        self.list_widget.setCurrentRow(-1)
        self.list_widget.clearSelection()
        self.list_widget.blockSignals(False)
        self._edit(None)
        self.status_label.clear()
        self.fields[0].setFocus()

    def save(self) -> None:
        current = self.items.get(self.editing_id) if self.editing_id is not None else None
        try:
            saved = self.store(self.item_from_form(current), current is None)
        except JournalError as error:
            self.status_label.clear()
            self.show_error(error_text(error))
            return
        self.reload(saved.id)
        self.status_label.setText(self.tr("Saved “{name}”.").format(name=saved.name))
        self.changed.emit()

    def remove(self) -> None:
        if self.editing_id is None:
            return
        try:
            removed = self.remove_item(self.editing_id)
        except JournalError as error:
            self.show_error(error_text(error))
            return
        self.removed_id = removed.id
        self.reload(select_first=False)  # no other item is picked up for a second Remove
        self.status_label.setText(self.removed_text(removed))
        self.undo_button.show()
        self.changed.emit()

    def undo_remove(self) -> None:
        if self.removed_id is None:
            return
        try:
            restored = self.restore_item(self.removed_id)
        except JournalError as error:
            self.show_error(error_text(error))
            return
        self.removed_id = None
        self.undo_button.hide()
        self.reload(restored.id)
        self.status_label.setText(
            self.tr("“{name}” is back on the list.").format(name=restored.name)
        )
        self.changed.emit()
