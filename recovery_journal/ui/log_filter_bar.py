"""The Log's filter bar: kind, product, trigger, dates and a search box."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, timedelta

from PySide6.QtCore import QDate, QSignalBlocker, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGridLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from recovery_journal.domain.models import ENTRY_TYPES, Entry
from recovery_journal.domain.timeutil import EARLIEST_YEAR, LATEST_YEAR
from recovery_journal.services.log_search import DateRange, LogChoices, LogFilter
from recovery_journal.ui.describe import date_edit_format, kind_type_label

SEARCH_DELAY_MS = 200  # typing pauses this long before the Log searches
CUSTOM = "custom"
KINDS: dict[str, type[Entry]] = {kind.KIND: kind for kind in ENTRY_TYPES}


class LogFilterBar(QWidget):
    """Emits ``changed`` when the filter changes (typing: once the user pauses)."""

    changed = Signal()

    def __init__(self, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today = today
        self.kind_combo = QComboBox()
        self.kind_combo.addItem(self.tr("All kinds"), None)
        for kind in ENTRY_TYPES:
            self.kind_combo.addItem(kind_type_label(kind), kind.KIND)
        self.product_combo = QComboBox()
        self.trigger_combo = QComboBox()
        self._choices: tuple[list[tuple[int, str]], list[tuple[int, str]]] | None = None
        self.range_combo = QComboBox()
        for text, value in (
            (self.tr("Last 7 days"), DateRange.LAST_7_DAYS.value),
            (self.tr("Last 30 days"), DateRange.LAST_30_DAYS.value),
            (self.tr("Last 3 months"), DateRange.LAST_3_MONTHS.value),
            (self.tr("All"), DateRange.ALL.value),
            (self.tr("Custom…"), CUSTOM),
        ):
            self.range_combo.addItem(text, value)
        self.range_combo.setCurrentIndex(1)
        self._preset = DateRange.LAST_30_DAYS
        self.from_edit = _date_edit()
        self.to_edit = _date_edit()
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Search notes"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.changed)
        self._name_controls()
        self._lay_out()
        self._set_custom_enabled(False)
        self.show_preset_dates()
        self._connect()

    def _name_controls(self) -> None:
        for widget, name in (
            (self.kind_combo, self.tr("Kind of entry")),
            (self.product_combo, self.tr("Product")),
            (self.trigger_combo, self.tr("Trigger")),
            (self.range_combo, self.tr("Dates")),
            (self.from_edit, self.tr("From date")),
            (self.to_edit, self.tr("To date")),
            (self.search_edit, self.tr("Search notes")),
        ):
            widget.setAccessibleName(name)
        self.search_edit.setAccessibleDescription(
            self.tr("Finds text in notes and the other text you typed, in any case")
        )

    def _lay_out(self) -> None:
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        rows: Sequence[Sequence[tuple[str, QWidget]]] = (
            (
                (self.tr("&Kind"), self.kind_combo),
                (self.tr("&Product"), self.product_combo),
                (self.tr("T&rigger"), self.trigger_combo),
            ),
            (
                (self.tr("D&ates"), self.range_combo),
                (self.tr("&From"), self.from_edit),
                (self.tr("&To"), self.to_edit),
            ),
        )
        for row, pairs in enumerate(rows):
            for column, (text, widget) in enumerate(pairs):
                label = QLabel(text)
                label.setBuddy(widget)
                grid.addWidget(label, row, column * 2)
                grid.addWidget(widget, row, column * 2 + 1)
        search_label = QLabel(self.tr("&Search"))
        search_label.setBuddy(self.search_edit)
        grid.addWidget(search_label, 2, 0)
        grid.addWidget(self.search_edit, 2, 1, 1, 5)
        for column in (1, 3, 5):
            grid.setColumnStretch(column, 1)

    def _connect(self) -> None:
        for combo in (self.kind_combo, self.product_combo, self.trigger_combo):
            combo.currentIndexChanged.connect(self.changed)
        self.range_combo.currentIndexChanged.connect(self._range_chosen)
        self.search_edit.textChanged.connect(self.search_timer.start)
        self.from_edit.dateChanged.connect(self.search_timer.start)
        self.to_edit.dateChanged.connect(self.search_timer.start)

    # -- what the user chose ---------------------------------------------------
    def log_filter(self) -> LogFilter:
        """The filter as set; preset periods end today."""
        kind = self.kind_combo.currentData()
        first, last = self._dates()
        return LogFilter(
            kinds=(KINDS[kind],) if kind else (),
            product_id=self.product_combo.currentData(),
            trigger_id=self.trigger_combo.currentData(),
            first=first,
            last=last,
            text=self.search_edit.text(),
        )

    def _dates(self) -> tuple[date | None, date | None]:
        value = self.range_combo.currentData()
        if value == CUSTOM:
            first, last = sorted((_python_date(self.from_edit), _python_date(self.to_edit)))
            return first, last
        return DateRange(value).first_day(self.today()), None

    def set_choices(self, choices: LogChoices) -> None:
        """Offer these products and triggers, keeping the chosen ones where they remain."""
        products = [(p.id, p.name) for p in choices.products if p.id is not None]
        triggers = [(t.id, t.name) for t in choices.triggers if t.id is not None]
        if self._choices == (products, triggers):
            return
        self._choices = (products, triggers)
        _fill(self.product_combo, self.tr("All products"), products)
        _fill(self.trigger_combo, self.tr("All triggers"), triggers)

    def _range_chosen(self) -> None:
        value = self.range_combo.currentData()
        custom = value == CUSTOM
        if custom:  # start from the period shown until now
            for edit in (self.from_edit, self.to_edit):
                edit.setSpecialValueText("")
            today = self.today()
            first = self._preset.first_day(today) or today - timedelta(days=29)
            self.set_custom_dates(first, today)
        else:
            self._preset = DateRange(value)
            self.show_preset_dates()
        self._set_custom_enabled(custom)
        self.changed.emit()

    def show_preset_dates(self) -> None:
        """Let the greyed date fields show the period a preset covers (none for All)."""
        if self.range_combo.currentData() == CUSTOM:
            return
        today = self.today()
        first = self._preset.first_day(today)
        for edit in (self.from_edit, self.to_edit):
            edit.setSpecialValueText(" " if first is None else "")
        if first is None:  # the minimum shows as the blank special value
            with QSignalBlocker(self.from_edit), QSignalBlocker(self.to_edit):
                self.from_edit.setDate(self.from_edit.minimumDate())
                self.to_edit.setDate(self.to_edit.minimumDate())
            return
        self.set_custom_dates(first, today)

    def set_custom_dates(self, first: date, last: date) -> None:
        """Put a period into the date fields (without a search of its own)."""
        with QSignalBlocker(self.from_edit), QSignalBlocker(self.to_edit):
            self.from_edit.setDate(QDate(first.year, first.month, first.day))
            self.to_edit.setDate(QDate(last.year, last.month, last.day))

    def _set_custom_enabled(self, enabled: bool) -> None:
        self.from_edit.setEnabled(enabled)
        self.to_edit.setEnabled(enabled)


def _fill(combo: QComboBox, all_text: str, items: list[tuple[int, str]]) -> None:
    chosen = combo.currentData()
    with QSignalBlocker(combo):
        combo.clear()
        combo.addItem(all_text, None)
        for item_id, name in items:
            combo.addItem(name, item_id)
        index = combo.findData(chosen) if chosen is not None else 0
        combo.setCurrentIndex(max(index, 0))


def _date_edit() -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(date_edit_format())
    edit.setDateRange(QDate(EARLIEST_YEAR, 1, 1), QDate(LATEST_YEAR, 12, 31))
    return edit


def _python_date(edit: QDateEdit) -> date:
    value = edit.date()
    return date(value.year(), value.month(), value.day())
