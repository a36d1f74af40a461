"""Tables for the Taper page: the plan's steps, and each day's actual against the plan."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from recovery_journal.domain.taper import TaperStep
from recovery_journal.ui.describe import amount_text, date_text, format_duration_h
from recovery_journal.ui.i18n import tr

Index = QModelIndex | QPersistentModelIndex


class _HeaderedTable(QAbstractTableModel):
    """A table whose columns are named by :meth:`headers`."""

    def headers(self) -> tuple[str, ...]:
        raise NotImplementedError

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None


class TaperStepModel(_HeaderedTable):
    """One row per step; the step in force today is marked."""

    STEP, FROM, TO, DAILY, DOSES, PER_DOSE, INTERVAL = range(7)
    StepRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._steps: list[TaperStep] = []
        self._unit = "g"
        self._today: date | None = None

    def headers(self) -> tuple[str, ...]:
        return (
            tr("Step"),
            tr("From"),
            tr("To"),
            tr("Daily target"),
            tr("Doses a day"),
            tr("Per dose"),
            tr("At least apart"),
        )

    def set_steps(self, steps: Sequence[TaperStep], unit: str, today: date | None = None) -> None:
        self.beginResetModel()
        self._steps, self._unit, self._today = list(steps), unit, today
        self.endResetModel()

    def step(self, row: int) -> TaperStep:
        return self._steps[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._steps)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._steps):
            return None
        step = self._steps[index.row()]
        if role == self.StepRole:
            return step
        current = self._today is not None and step.start <= self._today <= step.end
        if role == Qt.ItemDataRole.FontRole and current:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(step, index.column(), current)
        if role == Qt.ItemDataRole.AccessibleDescriptionRole and current:
            return tr("the step in force today")
        return None

    def _text(self, step: TaperStep, column: int, current: bool) -> str:
        if column == self.STEP:
            return f"{step.number} ◂" if current else str(step.number)
        if column == self.FROM:
            return date_text(step.start)
        if column == self.TO:
            return date_text(step.end)
        if column == self.DAILY:
            return amount_text(step.daily_target, self._unit)
        if column == self.DOSES:
            return str(step.doses_per_day)
        if column == self.PER_DOSE:
            return amount_text(step.per_dose_target, self._unit) if step.doses_per_day else "–"
        if step.min_interval_h is None:
            return "–"
        return format_duration_h(step.min_interval_h)


class ProgressModel(_HeaderedTable):
    """One row per day, newest first: target, actual, doses and a kind status word."""

    DATE, TARGET, ACTUAL, DOSES, STATUS = range(5)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._days: list[Any] = []
        self._unit = "g"

    def headers(self) -> tuple[str, ...]:
        return (tr("Day"), tr("Target"), tr("Taken"), tr("Doses (plan)"), "")

    def set_days(self, days: Sequence[Any], unit: str) -> None:
        """``days`` are DayProgress records (oldest first); shown newest first."""
        self.beginResetModel()
        self._days, self._unit = list(reversed(days)), unit
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._days)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return None
        day = self._days[index.row()]
        column = index.column()
        if column == self.DATE:
            return date_text(day.date)
        if column == self.TARGET:
            return "–" if day.target is None else amount_text(day.target, self._unit)
        if column == self.ACTUAL:
            return "–" if day.status == "no data" else amount_text(day.actual, self._unit)
        if column == self.DOSES:
            planned = "" if day.target_doses is None else f" ({day.target_doses})"
            return f"{day.dose_count}{planned}"
        return status_text(day.status)


def status_text(status: str) -> str:
    labels = {
        "on target": tr("on target"),
        "over": tr("over target"),
        "more doses": tr("more doses than planned"),
        "no data": tr("no data"),
    }
    return labels.get(status, status)
