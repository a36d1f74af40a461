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
from recovery_journal.domain.units import format_amount

MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, MARGIN_BOTTOM = 56, 12, 10, 24


class StepChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.steps: list[TaperStep] = []
        self.actual: dict[date, float] = {}
        self.today: date | None = None
        self.unit = "g"
        self.setMinimumHeight(170)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(self.tr("Chart of the plan's daily targets and what you took"))

    def sizeHint(self) -> QSize:
        return QSize(600, 190)

    def set_data(
        self, steps: Sequence[TaperStep], actual: dict[date, float], today: date, unit: str
    ) -> None:
        self.steps, self.actual, self.today, self.unit = list(steps), actual, today, unit
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.steps:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = QRectF(self.rect()).adjusted(MARGIN_LEFT, MARGIN_TOP, -MARGIN_RIGHT, -MARGIN_BOTTOM)
        first, last = self.steps[0].start, self.steps[-1].end
        days = max(1, (last - first).days + 1)
        top = max([s.daily_target for s in self.steps] + list(self.actual.values()) + [0.001])

        def x(day: date) -> float:
            return area.left() + area.width() * (day - first).days / days

        def y(amount: float) -> float:
            return area.bottom() - area.height() * amount / top

        text_colour = self.palette().color(QPalette.ColorRole.WindowText)
        accent = self.palette().color(QPalette.ColorRole.Highlight)
        painter.setPen(QPen(text_colour, 1))
        painter.drawLine(QPointF(area.left(), area.bottom()), QPointF(area.right(), area.bottom()))
        painter.drawText(
            QRectF(0, area.top() - 6, MARGIN_LEFT - 6, 16),
            Qt.AlignmentFlag.AlignRight,
            format_amount(top, self.unit),
        )
        painter.drawText(
            QRectF(0, area.bottom() - 8, MARGIN_LEFT - 6, 16), Qt.AlignmentFlag.AlignRight, "0"
        )
        painter.drawText(QRectF(area.left(), area.bottom() + 4, 120, 16), 0, first.isoformat())
        painter.drawText(
            QRectF(area.right() - 120, area.bottom() + 4, 120, 16),
            Qt.AlignmentFlag.AlignRight,
            last.isoformat(),
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
