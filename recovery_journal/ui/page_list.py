"""The list of pages on the left of the window, as wide as its names at any text size."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize
from PySide6.QtWidgets import QListWidget, QSizePolicy, QWidget

from recovery_journal.ui.appearance import set_points
from recovery_journal.ui.qt_names import set_keys

ITEM_PADDING = (8, 12)  # vertical, horizontal, in device-independent pixels
NAV_POINTS = 12


class PageList(QListWidget):
    """Page names in a larger font; the width follows the longest name and the font."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        vertical, horizontal = ITEM_PADDING
        self.setStyleSheet(
            "QListWidget { border: none; }"
            f"QListWidget::item {{ padding: {vertical}px {horizontal}px; }}"
        )
        set_points(self, NAV_POINTS)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        set_keys(self, "horizontalScrollBarPolicy", "ScrollBarAlwaysOff")

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        names = [self.item(row).text() for row in range(self.count())]
        widest = max((metrics.horizontalAdvance(name) for name in names), default=0)
        # Room for the padding and the frame, and never narrower than about fourteen
        # letters, so the column keeps its calm proportions.
        room = 2 * ITEM_PADDING[1] + 2 * self.frameWidth() + 3 * metrics.averageCharWidth()
        width = max(widest + room, 14 * metrics.averageCharWidth())
        return QSize(width, super().sizeHint().height())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:  # a new text size: a new width
            self.updateGeometry()
        super().changeEvent(event)
