"""Offline crisis resources in a calm, clearly marked panel (red is kept for safety)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRectF, Qt
from PySide6.QtGui import QFont, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from recovery_journal.ui.appearance import safety_red, set_points
from recovery_journal.ui.safety import crisis_lines, not_monitored

BORDER_PX = 2


class CrisisPanel(QFrame):
    """Crisis lines and a plain note that nobody monitors the app."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crisisPanel")
        self.heading = QLabel(
            self.tr("If you are thinking about harming yourself, please reach out now")
        )
        self.heading.setObjectName("crisisHeading")
        self.heading.setWordWrap(True)
        self.heading.setFont(_font(self.heading, bold=True))
        set_points(self.heading, 12)
        self.comfort = _text(
            self.tr("You do not have to carry this alone. These lines are free and confidential.")
        )
        self.line_labels: list[QLabel] = []
        lines = QGridLayout()
        lines.setHorizontalSpacing(12)
        lines.setVerticalSpacing(4)
        for row, (where, what) in enumerate(crisis_lines()):
            place = _text(where)
            place.setObjectName("crisisPlace")
            place.setFont(_font(place, bold=True))
            number = _text(what)
            self.line_labels.append(number)
            lines.addWidget(place, row, 0, Qt.AlignmentFlag.AlignTop)
            lines.addWidget(number, row, 1)
        lines.setColumnStretch(1, 1)
        self.monitored = _text(not_monitored())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(8)
        layout.addWidget(self.heading)
        layout.addWidget(self.comfort)
        layout.addLayout(lines)
        layout.addWidget(self.monitored)
        self.setAccessibleName(self.tr("Crisis resources"))
        self.setAccessibleDescription(self.text())
        self._apply_colours()

    def text(self) -> str:
        """Everything the panel says, as plain text (for screen readers and tests)."""
        lines = [f"{where}: {what}" for where, what in crisis_lines()]
        return "\n".join([self.heading.text(), self.comfort.text(), *lines, self.monitored.text()])

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:  # follow a switch to or from dark mode
            self._apply_colours()
        super().changeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        """A rounded red border (painted, not a style sheet, so the palette still flows in)."""
        super().paintEvent(event)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(self.red, BORDER_PX))
        inset = BORDER_PX / 2
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(inset, inset, -inset, -inset), 6, 6)
        painter.end()

    def _apply_colours(self) -> None:
        self.red = safety_red(self.palette())
        palette = self.heading.palette()
        palette.setColor(QPalette.ColorRole.WindowText, self.red)
        self.heading.setPalette(palette)
        self.update()


def _font(label: QLabel, *, bold: bool) -> QFont:
    font = label.font()
    font.setBold(bold)
    return font


def _text(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label
