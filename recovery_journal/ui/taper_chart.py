"""A small chart of the plan: the target as a step line, each logged day as a dot.

Drawn with QPainter so the Taper page opens without loading matplotlib; days without
doses logged are left empty (a gap), never drawn as zero.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from recovery_journal.domain.taper import TaperStep
from recovery_journal.ui.describe import amount_text, date_text

MARGIN_LEFT, MARGIN_RIGHT = 56, 12  # the least room; text makes more as it grows


class StepChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.steps: list[TaperStep] = []
        self.actual: dict[date, float] = {}
        self.today: date | None = None
        self.unit = "g"
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(self.tr("Chart of the plan's daily targets and what you took"))

    def sizeHint(self) -> QSize:
        return QSize(600, max(190, 12 * self.fontMetrics().height()))

    def minimumSizeHint(self) -> QSize:
        return QSize(240, max(170, 10 * self.fontMetrics().height()))

    def set_data(
        self, steps: Sequence[TaperStep], actual: dict[date, float], today: date, unit: str
    ) -> None:
        self.steps, self.actual, self.today, self.unit = list(steps), actual, today, unit
        self.setAccessibleDescription(self.describe())
        self.update()

    def describe(self) -> str:
        """What the chart shows, in words (for screen readers)."""
        if not self.steps:
            return self.tr("No plan yet.")
        first, last = self.steps[0], self.steps[-1]
        text = self.tr("{n} steps from {start} to {end}, from {high} a day to {low}.").format(
            n=len(self.steps),
            start=date_text(first.start),
            end=date_text(last.end),
            high=amount_text(first.daily_target, self.unit),
            low=amount_text(last.daily_target, self.unit),
        )
        if self.actual:
            day = max(self.actual)
            text += " " + self.tr("Doses logged on {n} days; the last, {day}: {amount}.").format(
                n=len(self.actual),
                day=date_text(day),
                amount=amount_text(self.actual[day], self.unit),
            )
        return text

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.steps:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        first, last = self.steps[0].start, self.steps[-1].end
        days = max(1, (last - first).days + 1)
        top = max([s.daily_target for s in self.steps] + list(self.actual.values()) + [0.001])
        metrics = self.fontMetrics()  # margins from the text, so larger text is not cut off
        line = metrics.height()
        top_text = amount_text(top, self.unit)
        left = max(MARGIN_LEFT, metrics.horizontalAdvance(top_text) + 12)
        area = QRectF(self.rect()).adjusted(left, line / 2 + 4, -MARGIN_RIGHT, -(line + 8))

        def x(day: date) -> float:
            return area.left() + area.width() * (day - first).days / days

        def y(amount: float) -> float:
            return area.bottom() - area.height() * amount / top

        text_colour = self.palette().color(QPalette.ColorRole.WindowText)
        accent = self.palette().color(QPalette.ColorRole.Highlight)
        painter.setPen(QPen(text_colour, 1))
        painter.drawLine(QPointF(area.left(), area.bottom()), QPointF(area.right(), area.bottom()))
        beside = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(QRectF(0, area.top() - line / 2, left - 6, line), beside, top_text)
        painter.drawText(QRectF(0, area.bottom() - line / 2, left - 6, line), beside, "0")
        half = area.width() / 2
        below = area.bottom() + 4
        painter.drawText(QRectF(area.left(), below, half, line), 0, date_text(first))
        painter.drawText(
            QRectF(area.left() + half, below, half, line),
            Qt.AlignmentFlag.AlignRight,
            date_text(last),
        )
        painter.setPen(QPen(accent, 2.5))
        for step in self.steps:
            end = step.end.toordinal() + 1
            painter.drawLine(
                QPointF(x(step.start), y(step.daily_target)),
                QPointF(x(date.fromordinal(end)), y(step.daily_target)),
            )
        painter.setPen(QPen(text_colour, 1))
        painter.setBrush(text_colour)
        half_day = area.width() / days / 2
        for day, amount in self.actual.items():
            if first <= day <= last:
                painter.drawEllipse(QPointF(x(day) + half_day, y(amount)), 3, 3)
        if self.today is not None and first <= self.today <= last:
            painter.setPen(QPen(text_colour, 1, Qt.PenStyle.DashLine))
            painter.drawLine(
                QPointF(x(self.today), area.top()), QPointF(x(self.today), area.bottom())
            )
        painter.end()
