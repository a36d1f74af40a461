"""Date fields shared by the pages that choose a period."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QSignalBlocker
from PySide6.QtWidgets import QDateEdit


def date_edit() -> QDateEdit:
    """An ISO date field with a calendar popup."""
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def edit_date(edit: QDateEdit) -> date:
    value = edit.date()
    return date(value.year(), value.month(), value.day())


def show_date(edit: QDateEdit, day: date) -> None:
    """Put ``day`` in the field without signalling a change of the user's choice."""
    with QSignalBlocker(edit):
        edit.setDate(QDate(day.year, day.month, day.day))
