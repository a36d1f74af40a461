"""The base of every entry dialog: first field focused, sensible defaults, Enter saves.

A dialog shows one entry kind. For a new entry :meth:`EntryDialog.fill_defaults`
fills in what the user last chose; for an edit :meth:`EntryDialog.load` shows a
saved entry. :meth:`EntryDialog.build` turns the fields into a domain object (which
validates itself) and ``saver`` stores it; an error keeps the dialog open with a
message and saves nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, time
from typing import Any

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from recovery_journal.domain.errors import JournalError
from recovery_journal.domain.models import Entry
from recovery_journal.domain.timeutil import localize
from recovery_journal.domain.units import UNITS
from recovery_journal.services.journal_service import JournalService
from recovery_journal.ui.appearance import scaled_px, widen_on_first_show
from recovery_journal.ui.describe import date_edit_format, time_edit_format
from recovery_journal.ui.error_text import error_text
from recovery_journal.ui.i18n import tr

Saver = Callable[["EntryDialog"], Entry]
DIALOG_WIDTH_PX = 440  # at the reference text size; wider when the layout needs it
TEXT_INPUT_LIMIT = 1_000_000  # far above any valid note: over-long text gets a message, not a cut


class EntryDialog(QDialog):
    """A form for one entry kind; Save calls ``saver``, Esc cancels."""

    def __init__(self, service: JournalService, now: datetime, parent: QWidget | None = None):
        super().__init__(parent)
        zone = now.tzinfo
        assert zone is not None
        self.setModal(True)
        self._widened = False  # opened at DIALOG_WIDTH_PX once, then the user's choice
        self.service = service
        self.zone = zone
        self.original: Entry | None = None
        self._loaded_time = QDateTime()
        self.saver: Saver | None = None
        self.saved: Entry | None = None
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.form.setVerticalSpacing(8)
        self.notice_label = _message_label("notice")
        self.notice_label.setAccessibleName(self.tr("Safety information"))
        self.error_label = _message_label("error")
        self.error_label.setAccessibleName(self.tr("Problem with the entry"))
        self.error_label.setStyleSheet("font-weight: 600;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.try_save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.notice_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):  # saves from a multi-line text field too
            QShortcut(QKeySequence(keys), self, self.try_save)
        self.time_edit = QDateTimeEdit(_wall_time(now.replace(second=0, microsecond=0)))
        self.time_edit.setDisplayFormat(f"{date_edit_format()} {time_edit_format()}")
        self.time_edit.setCalendarPopup(True)
        self.note_edit = QLineEdit()
        self.note_edit.setMaxLength(TEXT_INPUT_LIMIT)
        self.note_edit.setPlaceholderText(self.tr("Optional"))
        self.clinician_box = QCheckBox(self.tr("Show on the &clinician summary"))

    # -- building the form -------------------------------------------------------
    def add_row(self, label: str, widget: QWidget, description: str = "") -> None:
        widget.setAccessibleName(label.replace("&", ""))
        if isinstance(widget, TextBox):
            widget.save_requested.connect(self.try_save)
        if description:
            widget.setAccessibleDescription(description)
            widget.setToolTip(description)
        self.form.addRow(label, widget)

    def add_common_rows(self, *, with_time: bool = True) -> None:
        if with_time:
            self.add_row(self.tr("&Time"), self.time_edit)
        self.add_row(self.tr("&Note"), self.note_edit)
        self.form.addRow("", self.clinician_box)
        self.clinician_box.setAccessibleName(self.tr("Show on the clinician summary"))

    def show_notice(self, text: str) -> None:
        """A calm safety note inside the dialog (empty hides it)."""
        self.notice_label.setText(text)
        self.notice_label.setVisible(bool(text))

    def showEvent(self, event: QShowEvent) -> None:
        if not self._widened:
            self._widened = True
            widen_on_first_show(self, DIALOG_WIDTH_PX)
        super().showEvent(event)

    # -- values ----------------------------------------------------------------
    def fill_defaults(self) -> None:
        """Prefill a new entry from the user's last choices (override where useful)."""

    def load(self, entry: Entry) -> None:
        """Show a saved entry for editing."""
        self.original = entry
        self.setWindowTitle(self.tr("Edit: {title}").format(title=self.windowTitle()))
        local = entry.at.astimezone(self.zone).replace(tzinfo=None)
        self.time_edit.setDateTime(_wall_time(local))
        self._loaded_time = self.time_edit.dateTime()
        self.note_edit.setText(entry.note)
        self.clinician_box.setChecked(entry.for_clinician)
        self.load_fields(entry)

    def load_fields(self, entry: Any) -> None:
        """Fill the kind's own fields from ``entry``."""
        raise NotImplementedError

    def build(self) -> Entry:
        """The entry the fields describe (raises ValidationError on bad input)."""
        raise NotImplementedError

    def links(self) -> dict[str, Any]:
        """Extra arguments for saving, such as a product named by the user."""
        return {}

    def moment(self) -> datetime:
        if self.original is not None and self.time_edit.dateTime() == self._loaded_time:
            return self.original.at  # unchanged: keep the instant (a repeated DST hour too)
        value = self.time_edit.dateTime().toPython()
        assert isinstance(value, datetime)
        return localize(value.replace(second=0, microsecond=0), self.zone, self.tr("time"))

    def common_values(self) -> dict[str, Any]:
        return {
            "at": self.moment(),
            "note": self.note_edit.text(),
            "for_clinician": self.clinician_box.isChecked(),
        }

    def try_save(self) -> None:
        if self.saver is None:
            return
        try:
            self.saved = self.saver(self)
        except JournalError as error:
            self.show_error(error)
            return
        self.after_save()

    def show_error(self, error: JournalError) -> None:
        """Say what is wrong; the dialog stays open and nothing was saved."""
        self.error_label.setText(error_text(error))
        self.error_label.show()

    def after_save(self) -> None:
        self.accept()


class TextBox(QPlainTextEdit):
    """A multi-line field: Tab moves on, Ctrl+Enter saves the dialog."""

    save_requested = Signal()

    def __init__(self, placeholder: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(placeholder)
        self.setTabChangesFocus(True)
        self.setMaximumHeight(scaled_px(90))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        control = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if control and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.save_requested.emit()
            return
        super().keyPressEvent(event)


def spin_box(low: int, high: int, value: int, suffix: str = "") -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(low, high)
    spin.setValue(value)
    spin.setSuffix(suffix)
    return spin


def unit_box(unit: str) -> QComboBox:
    """The units, named in the user's language; ``currentData()`` is the unit chosen."""
    combo = QComboBox()
    names = {"capsule": tr("capsule"), "shot": tr("shot")}
    for value in UNITS:
        combo.addItem(names.get(value, value), value)
    choose_unit(combo, unit)
    return combo


def choose_unit(combo: QComboBox, unit: str) -> None:
    combo.setCurrentIndex(max(0, combo.findData(unit)))


def time_box(value: time) -> QTimeEdit:
    edit = QTimeEdit(QTime(value.hour, value.minute))
    edit.setDisplayFormat(time_edit_format())
    return edit


def _message_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


def _wall_time(moment: datetime) -> QDateTime:
    """The wall-clock reading of ``moment`` (its own zone) as a QDateTime."""
    return QDateTime(
        QDate(moment.year, moment.month, moment.day),
        QTime(moment.hour, moment.minute, moment.second),
    )
