"""Layouts that make room for larger text: rows that wrap, pages that scroll.

At a larger text size a row of buttons or fields may no longer fit the window, and a
page may grow taller than it; these wrap or scroll instead of cutting text off or
forcing the window bigger.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QPoint, QRect, QSize
from PySide6.QtGui import QFocusEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QScrollArea,
    QSizePolicy,
    QWidget,
)

SPACING_PX = 8


class ButtonGrid(QWidget):
    """Buttons in a grid of as many columns as fit (at most ``max_columns``), row by row.

    It places the buttons itself rather than through a layout: a layout would answer
    for its height, and a grid layout knows nothing of rows that change with the width.
    """

    def __init__(
        self, buttons: Sequence[QWidget], max_columns: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.buttons = list(buttons)
        self.max_columns = max_columns
        for button in self.buttons:
            button.setParent(self)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def columns_for(self, width: int) -> int:
        for columns in range(self.max_columns, 1, -1):
            if self._needed_width(columns) <= width:
                return columns
        return 1

    def _needed_width(self, columns: int) -> int:
        return sum(self._column_widths(columns)) + (columns - 1) * SPACING_PX

    def _column_widths(self, columns: int) -> list[int]:
        """Each column's least width: its widest button."""
        return [
            max(_least(button).width() for button in self.buttons[column::columns])
            for column in range(min(columns, len(self.buttons)))
        ]

    def _row_height(self) -> int:
        return max(_least(button).height() for button in self.buttons)

    def _height(self, rows: int) -> int:
        return rows * self._row_height() + (rows - 1) * SPACING_PX

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._height(math.ceil(len(self.buttons) / self.columns_for(width)))

    def sizeHint(self) -> QSize:
        width = self._needed_width(self.max_columns)
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        # One row: the window may be wide; heightForWidth gives the rows it really needs.
        return QSize(self._needed_width(1), self._height(1))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place(event.size().width())

    def event(self, event: QEvent) -> bool:
        # A button's text or font changed (LayoutRequest), or the text size (FontChange).
        if event.type() in (QEvent.Type.LayoutRequest, QEvent.Type.FontChange):
            self.updateGeometry()
            self._place(self.width())
        return super().event(event)

    def _place(self, width: int) -> None:
        columns = self.columns_for(width)
        widths = self._column_widths(columns)
        spare = max(0, width - self._needed_width(columns)) / len(widths)
        lefts = [0.0]
        for column_width in widths:
            lefts.append(lefts[-1] + column_width + spare + SPACING_PX)
        height = self._row_height()
        for index, button in enumerate(self.buttons):
            row, column = divmod(index, columns)
            left = round(lefts[column])
            right = round(lefts[column + 1] - SPACING_PX)
            button.setGeometry(left, row * (height + SPACING_PX), right - left, height)


def _least(widget: QWidget) -> QSize:
    """The size a widget asks for, and at least its minimum."""
    return widget.sizeHint().expandedTo(widget.minimumSize())


class FlowRow(QWidget):
    """Widgets left to right, starting a new line where the next one does not fit.

    Like :class:`ButtonGrid` it places its widgets itself: a Python layout class would
    be asked for items past its last one, and PySide 6.12 loses a reference to None
    on each such answer.
    """

    def __init__(self, widgets: Sequence[QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.widgets = list(widgets)
        for widget in self.widgets:
            widget.setParent(self)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._place(width, move=False)

    def sizeHint(self) -> QSize:
        hints = [_least(widget) for widget in self.widgets]
        width = sum(hint.width() for hint in hints) + SPACING_PX * (len(hints) - 1)
        return QSize(width, max(hint.height() for hint in hints))

    def minimumSizeHint(self) -> QSize:
        size = QSize()
        for widget in self.widgets:
            size = size.expandedTo(_least(widget))
        return size

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place(event.size().width(), move=True)

    def event(self, event: QEvent) -> bool:
        # A widget's size hint changed (LayoutRequest), or the text size (FontChange).
        if event.type() in (QEvent.Type.LayoutRequest, QEvent.Type.FontChange):
            self.updateGeometry()
            self._place(self.width(), move=True)
        return super().event(event)

    def _place(self, width: int, *, move: bool) -> int:
        """Put the widgets in lines ``width`` wide (or only measure); returns the height."""
        x = y = line_height = 0
        for widget in self.widgets:
            hint = _least(widget)
            if x > 0 and x + hint.width() > width:
                x, y, line_height = 0, y + line_height + SPACING_PX, 0
            if move:
                widget.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + SPACING_PX
            line_height = max(line_height, hint.height())
        return y + line_height


def pair(label: QWidget, field: QWidget) -> QWidget:
    """A label and its field kept together on one line of a :class:`FlowRow`."""
    holder = QWidget()
    row = QHBoxLayout(holder)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(SPACING_PX // 2)
    row.addWidget(label)
    row.addWidget(field)
    return holder


class PageScroll(QScrollArea):
    """A frameless vertical scroll area as wide as its content needs, for a long page."""

    def __init__(self, content: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtCore import Qt  # not at the top: see qt_names

        self.setWidget(content)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the content's own controls

    def minimumSizeHint(self) -> QSize:
        # Never narrower than the content: it scrolls up and down, never sideways.
        content = self.widget()
        hint = super().minimumSizeHint()
        if content is None:
            return hint
        least = content.minimumSizeHint().expandedTo(content.minimumSize())
        width = least.width() + self.verticalScrollBar().sizeHint().width()
        return QSize(width, hint.height())


def scrolling(content: QWidget) -> PageScroll:
    """``content`` in a :class:`PageScroll`."""
    return PageScroll(content)


class FocusScroll(PageScroll):
    """A :class:`PageScroll` that Tab stops at, to scroll with the keys; outlined in focus."""

    def __init__(self, content: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(content, parent)
        from PySide6.QtCore import Qt  # not at the top: see qt_names

        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFrameShape(QFrame.Shape.Box)  # always there, so focus moves nothing
        self.setFrameShadow(QFrame.Shadow.Plain)
        self.setLineWidth(2)
        self._outline(False)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self._outline(True)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self._outline(False)

    def _outline(self, shown: bool) -> None:
        # The frame is drawn in the foreground role: the highlight, or the window (unseen).
        self.setForegroundRole(QPalette.ColorRole.Highlight if shown else QPalette.ColorRole.Window)
        self.update()
