"""Answer widgets for rating scales: items with one-key answers, checklists, sources.

Answers are made for one hand: Tab moves between items, the arrow keys change an
item's answer, and a number key answers the focused item and moves on.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QFrame,
    QGridLayout,
    QLabel,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from recovery_journal.domain.errors import ValidationError
from recovery_journal.domain.scales import (
    Scale,
)
from recovery_journal.ui.appearance import set_points, set_quiet
from recovery_journal.ui.i18n import tr

SHORT_NAMES = {"sows": "SOWS", "phq9": "PHQ-9", "gad7": "GAD-7"}
SELF_HARM_ITEM = 8  # PHQ-9 item 9, counted from 0
SCREEN_MARGIN_PX = 48  # room for the title bar and a panel on a small screen
_NAVIGATION: dict[int, int] = {
    Qt.Key.Key_Left: -1,
    Qt.Key.Key_Up: -1,
    Qt.Key.Key_Right: 1,
    Qt.Key.Key_Down: 1,
}
_CHORD = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)


def scale_text(text: str) -> str:
    """A scale's published wording, translated where a translation is installed.

    The wording lives in ``domain/scales.py``; :mod:`scale_texts` lists it for the catalogue.
    """
    return tr(text)


def dsm5_source() -> str:
    return tr(
        "After the DSM-5 criteria for substance use disorder (American Psychiatric "
        "Association. Diagnostic and Statistical Manual of Mental Disorders, Fifth Edition. "
        "2013), in this app's own words."
    )


class ItemsArea(QScrollArea):
    """A scroll area that asks for its whole content, so big screens need no scrolling."""

    def __init__(self, content: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidget(content)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the items take focus, not the frame
        self.setMinimumHeight(140)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        content = self.widget()
        if content is not None:  # wrapped item texts: their height at the width they get
            width = max(content.sizeHint().width(), self.viewport().width())
            height = content.heightForWidth(width)
            height = height if height > 0 else content.sizeHint().height()
            hint.setHeight(height + 2 * self.frameWidth())
        return hint


class ScaleForm(QWidget):
    """A scale's stem, a header of answers and one row of radio buttons per item."""

    changed = Signal()

    def __init__(self, scale: Scale, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scale = scale
        self.answer_labels = [scale_text(label) for label in scale.answer_labels]
        self.groups: list[QButtonGroup] = []
        self.item_labels: list[QLabel] = []
        self._positions: dict[QObject, tuple[int, int]] = {}
        self.stem_label = QLabel(scale_text(scale.stem))
        self.stem_label.setWordWrap(True)
        self.stem_label.setStyleSheet("font-weight: 600;")
        self._column_width = self._answer_column_width()
        self.header = self._make_header()
        content = QWidget()
        grid = self._grid(content)
        for index, text in enumerate(scale.items):
            self._add_item(grid, index, scale_text(text))
        grid.setRowStretch(len(scale.items), 1)
        self.area = ItemsArea(content)
        self.area.verticalScrollBar().rangeChanged.connect(self._align_header)
        self.total_label = QLabel()
        self.total_label.setObjectName("scaleTotal")
        set_points(self.total_label, 13)
        self.total_label.setAccessibleName(self.tr("Total score"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stem_label)
        layout.addWidget(self.header)
        layout.addWidget(self.area, 1)
        layout.addWidget(self.total_label)
        self._update_total()

    # -- building ----------------------------------------------------------------
    def _answer_column_width(self) -> int:
        metrics = self.fontMetrics()
        words = [word for label in self.answer_labels for word in label.split()]
        return max(72, max(metrics.horizontalAdvance(word) for word in words) + 16)

    def _grid(self, parent: QWidget) -> QGridLayout:
        grid = QGridLayout(parent)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(6)
        grid.setColumnStretch(0, 1)
        for column in range(1, len(self.answer_labels) + 1):
            grid.setColumnMinimumWidth(column, self._column_width)
        return grid

    def _make_header(self) -> QWidget:
        header = QWidget()
        grid = self._grid(header)
        for value, label in enumerate(self.answer_labels):
            text = QLabel(f"{value}\n{label}")
            text.setWordWrap(True)
            text.setFixedWidth(self._column_width)
            text.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom)
            set_quiet(text)
            grid.addWidget(text, 0, value + 1)
        return header

    def _add_item(self, grid: QGridLayout, index: int, text: str) -> None:
        label = QLabel(f"{index + 1}. {text}")
        label.setWordWrap(True)
        self.item_labels.append(label)
        grid.addWidget(label, index, 0)
        group = QButtonGroup(self)
        group.setExclusive(True)
        for value, answer in enumerate(self.answer_labels):
            button = QRadioButton()
            button.setAccessibleName(f"{index + 1}. {text}: {answer}")
            button.setToolTip(f"{value} · {answer}")
            button.installEventFilter(self)
            group.addButton(button, value)
            self._positions[button] = (index, value)
            grid.addWidget(button, index, value + 1, Qt.AlignmentFlag.AlignCenter)
        group.idToggled.connect(partial(self._on_toggled, index))
        self.groups.append(group)
        self._set_tab_stop(index)

    def _align_header(self, _low: int, high: int) -> None:
        """Keep the header's columns above the radio buttons when a scroll bar appears."""
        bar = self.area.verticalScrollBar().sizeHint().width()
        self.header.setContentsMargins(0, 0, bar if high > 0 else 0, 0)

    # -- answers -----------------------------------------------------------------
    def answer(self, index: int) -> int | None:
        checked = self.groups[index].checkedId()
        return None if checked < 0 else checked

    def answers(self) -> list[int | None]:
        return [self.answer(index) for index in range(len(self.groups))]

    def set_answer(self, index: int, value: int) -> None:
        button = self.groups[index].button(value)
        assert button is not None, f"answer {value} is out of range"
        button.setChecked(True)

    def set_answers(self, values: Sequence[int]) -> None:
        for index, value in enumerate(values):
            self.set_answer(index, value)

    def first_unanswered(self) -> int | None:
        return next((i for i, answer in enumerate(self.answers()) if answer is None), None)

    def total(self) -> int:
        return sum(answer or 0 for answer in self.answers())

    def values(self) -> tuple[int, ...]:
        """Every item's answer; an unanswered item is a message that names it."""
        missing = self.first_unanswered()
        if missing is not None:
            raise ValidationError(
                self.tr("Item {number}").format(number=missing + 1),
                self.tr(
                    "“{item}” has no answer yet. Choose an answer (or press its number), "
                    "then save again."
                ).format(item=scale_text(self.scale.items[missing])),
            )
        return tuple(answer or 0 for answer in self.answers())

    def summary(self) -> str:
        answered = sum(1 for answer in self.answers() if answer is not None)
        total, most = self.total(), self.scale.max_total
        if answered < len(self.groups):
            return self.tr(
                "Total {total} of {most} so far · {answered} of {count} answered"
            ).format(total=total, most=most, answered=answered, count=len(self.groups))
        if len(self.scale.bands) > 1:
            return self.tr("Total {total} of {most} — {band}").format(
                total=total, most=most, band=scale_text(self.scale.band(total))
            )
        return self.tr("Total {total} of {most}").format(total=total, most=most)

    # -- focus and keys ------------------------------------------------------------
    def focus_item(self, index: int) -> None:
        """Put the keyboard on an item (its chosen answer, else the first) and show it."""
        button = self._tab_stop(index)
        button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.show_item(index)

    def show_item(self, index: int) -> None:
        self.area.ensureWidgetVisible(self.item_labels[index], 0, 8)
        self.area.ensureWidgetVisible(self._tab_stop(index), 0, 8)

    def _tab_stop(self, index: int) -> QAbstractButton:
        group = self.groups[index]
        button = group.checkedButton() or group.button(0)
        assert button is not None
        return button

    def _set_tab_stop(self, index: int) -> None:
        """Tab reaches one button per item; the arrow keys move within it."""
        stop = self._tab_stop(index)
        for button in self.groups[index].buttons():
            policy = Qt.FocusPolicy.StrongFocus if button is stop else Qt.FocusPolicy.ClickFocus
            button.setFocusPolicy(policy)

    def _on_toggled(self, index: int, _value: int, checked: bool) -> None:
        if checked:
            self._set_tab_stop(index)
            self._update_total()
            self.changed.emit()

    def _update_total(self) -> None:
        self.total_label.setText(self.summary())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        position = self._positions.get(watched)
        if position is None:
            return super().eventFilter(watched, event)
        if event.type() in (QEvent.Type.FocusIn, QEvent.Type.FocusOut):
            self._mark_current(position[0], event.type() == QEvent.Type.FocusIn)
        elif event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            return self._key(position, event)
        return False

    def _key(self, position: tuple[int, int], event: QKeyEvent) -> bool:
        index, value = position
        key = event.key()
        if event.modifiers() & _CHORD:
            return False
        if Qt.Key.Key_0 <= key <= Qt.Key.Key_9:
            digit = key - Qt.Key.Key_0
            if digit < len(self.answer_labels):
                self.set_answer(index, digit)
                self._next_item(index)
            return True  # a number past the scale does nothing rather than something odd
        step = _NAVIGATION.get(key)
        if step is None:
            return False
        target = value + step
        if 0 <= target < len(self.answer_labels):
            self.set_answer(index, target)
            self._tab_stop(index).setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def _next_item(self, index: int) -> None:
        if index + 1 < len(self.groups):
            self.focus_item(index + 1)
        else:  # past the last item: on to the time and note
            self._tab_stop(index).setFocus(Qt.FocusReason.OtherFocusReason)
            self.focusNextChild()

    def _mark_current(self, index: int, current: bool) -> None:
        label = self.item_labels[index]
        font = label.font()
        font.setBold(current)
        label.setFont(font)


class ClickableLabel(QLabel):
    """A wrapped question whose click ticks its checkbox."""

    clicked = Signal()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mouseReleaseEvent(event)


class ChecklistForm(QWidget):
    """Yes/no questions as checkboxes with a live count."""

    changed = Signal()

    def __init__(self, questions: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.boxes: list[QCheckBox] = []
        content = QWidget()
        grid = QGridLayout(content)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(8)
        grid.setColumnStretch(1, 1)
        for row, question in enumerate(questions):
            text = f"{row + 1}. {question}"
            box = QCheckBox()
            box.setAccessibleName(text)
            box.toggled.connect(self._update_count)
            label = ClickableLabel(text)
            label.setWordWrap(True)
            label.clicked.connect(box.toggle)
            grid.addWidget(box, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(label, row, 1)
            self.boxes.append(box)
        grid.setRowStretch(len(questions), 1)
        self.area = ItemsArea(content)
        for box in self.boxes:
            box.installEventFilter(self)
        self.count_label = QLabel()
        self.count_label.setObjectName("reflectionCount")
        set_points(self.count_label, 13)
        self.count_label.setAccessibleName(self.tr("How many you answered yes"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.area, 1)
        layout.addWidget(self.count_label)
        self._update_count()

    def answers(self) -> tuple[bool, ...]:
        return tuple(box.isChecked() for box in self.boxes)

    def set_answers(self, answers: Sequence[bool]) -> None:
        for box, answer in zip(self.boxes, answers, strict=True):
            box.setChecked(answer)

    def count(self) -> int:
        return sum(self.answers())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QCheckBox):
            self.area.ensureWidgetVisible(watched, 0, 24)
        return super().eventFilter(watched, event)

    def _update_count(self) -> None:
        self.count_label.setText(
            self.tr("Yes to {count} of {total}").format(count=self.count(), total=len(self.boxes))
        )
        self.changed.emit()


class AboutScale(QWidget):
    """A quiet "About this scale" expander with the source of the scale."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.toggle = QToolButton()
        self.toggle.setText(self.tr("&About this scale"))
        self.toggle.setAccessibleName(self.tr("About this scale"))
        self.toggle.setCheckable(True)
        self.toggle.setAutoRaise(True)
        self.toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.toggled.connect(self._show)
        self.source_label = QLabel(text)
        self.source_label.setObjectName("scaleSource")
        self.source_label.setWordWrap(True)
        self.source_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        set_quiet(self.source_label)
        set_points(self.source_label, 9)
        self.source_label.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.source_label)

    def _show(self, shown: bool) -> None:
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        self.source_label.setVisible(shown)
