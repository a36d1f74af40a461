"""Date fields shared by the pages that choose a period."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QSignalBlocker
from PySide6.QtWidgets import QDateEdit

from recovery_journal.ui.describe import date_edit_format


def date_edit() -> QDateEdit:
    """A date field in the locale's format, with a calendar popup."""
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(date_edit_format())
    return edit


def edit_date(edit: QDateEdit) -> date:
    value = edit.date()
    return date(value.year(), value.month(), value.day())


def show_date(edit: QDateEdit, day: date) -> None:
    """Put ``day`` in the field without signalling a change of the user's choice."""
    with QSignalBlocker(edit):
        edit.setDate(QDate(day.year, day.month, day.day))
