"""The Log: every entry, filtered by kind, product, trigger, dates and text."""

from __future__ import annotations

import calendar
import enum
from collections.abc import Iterable
from dataclasses import field
from datetime import date, timedelta

from recovery_journal.domain.models import (
    ENTRY_TYPES,
    Craving,
    Dose,
    Entry,
    Product,
    Trigger,
    TriggerNote,
)
from recovery_journal.domain.record import record
from recovery_journal.domain.timeutil import day_start
from recovery_journal.services.journal_service import JournalService

# The kinds a trigger filter can match: doses and cravings list triggers, a note names one.
TRIGGER_KINDS: tuple[type[Entry], ...] = (Dose, Craving, TriggerNote)


@record
class LogFilter:
    """What the Log shows; empty or None fields do not filter."""

    kinds: tuple[type[Entry], ...] = ()
    product_id: int | None = None
    trigger_id: int | None = None
    first: date | None = None  # local dates, inclusive
    last: date | None = None
    text: str = ""


@record
class LogChoices:
    """The lists the Log's filter bar offers."""

    kinds: tuple[type[Entry], ...] = ENTRY_TYPES
    products: list[Product] = field(default_factory=list)
    triggers: list[Trigger] = field(default_factory=list)


class DateRange(enum.Enum):
    """The Log's preset periods, each ending today."""

    LAST_7_DAYS = "7d"
    LAST_30_DAYS = "30d"
    LAST_3_MONTHS = "3m"
    ALL = "all"

    def first_day(self, today: date) -> date | None:
        """The first local date in the period (None: since the journal began)."""
        if self is DateRange.LAST_7_DAYS:
            return today - timedelta(days=6)
        if self is DateRange.LAST_30_DAYS:
            return today - timedelta(days=29)
        if self is DateRange.LAST_3_MONTHS:
            return _months_before(today, 3)
        return None


def search_log(service: JournalService, log_filter: LogFilter) -> list[Entry]:
    """Live entries matching every part of the filter, newest first."""
    start = None if log_filter.first is None else day_start(log_filter.first, service.zone)
    end = None
    if log_filter.last is not None:
        end = day_start(log_filter.last + timedelta(days=1), service.zone)
    text = log_filter.text.strip()
    found: list[Entry] = []
    for kind in _kinds_to_search(log_filter):
        found.extend(
            service.repo(kind).search(
                start,
                end,
                text,
                product_id=log_filter.product_id if kind is Dose else None,
                trigger_id=log_filter.trigger_id,
            )
        )
    return sorted(found, key=lambda e: (e.at, e.id or 0), reverse=True)


def filter_choices(service: JournalService) -> LogChoices:
    """Kinds, products and triggers for the filter bar (removed ones are not offered)."""
    return LogChoices(products=service.products.all(), triggers=service.triggers.all())


def names_for(
    service: JournalService, entries: Iterable[Entry]
) -> tuple[dict[int, Product], dict[int, Trigger]]:
    """The products and triggers the entries refer to, removed ones included (two queries)."""
    product_ids: set[int] = set()
    trigger_ids: set[int] = set()
    for entry in entries:
        product_id = getattr(entry, "product_id", None)
        if product_id is not None:
            product_ids.add(product_id)
        trigger_ids.update(getattr(entry, "trigger_ids", ()))
        trigger_id = getattr(entry, "trigger_id", None)
        if trigger_id is not None:
            trigger_ids.add(trigger_id)
    products = service.products.by_ids(product_ids) if product_ids else {}
    triggers = service.triggers.by_ids(trigger_ids) if trigger_ids else {}
    return products, triggers


def _kinds_to_search(log_filter: LogFilter) -> list[type[Entry]]:
    kinds = list(log_filter.kinds or ENTRY_TYPES)
    if log_filter.product_id is not None:
        kinds = [kind for kind in kinds if kind is Dose]
    if log_filter.trigger_id is not None:
        kinds = [kind for kind in kinds if kind in TRIGGER_KINDS]
    return kinds


def _months_before(day: date, months: int) -> date:
    """The same day of the month ``months`` earlier (that month's last day if it is shorter)."""
    year, month_index = divmod(day.year * 12 + day.month - 1 - months, 12)
    last_day = calendar.monthrange(year, month_index + 1)[1]
    return date(year, month_index + 1, min(day.day, last_day))
