"""Validation in one place: the UI, the CLI and import all come through here.

Two kinds of function live here. ``parse_*`` turn text a person typed into a
value (or raise :class:`ValidationError`); ``check_*`` verify a value already
in a domain object. Domain dataclasses call the ``check_*`` functions in
``__post_init__``, so an invalid entry cannot even be constructed and nothing
invalid can reach the database.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Sequence

from recovery_journal.domain.errors import ValidationError

NOTE_MAX_CHARS = 10_000
NAME_MAX_CHARS = 80
SHORT_TEXT_MAX_CHARS = 200
_WHOLE_NUMBER = re.compile(r"[+-]?[0-9]+")  # one optional sign: int() refuses "+-5"


def check_number(value: float, field: str, low: float, high: float) -> float:
    """A finite real number within [low, high]."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValidationError(field, "must be a number")
    if isinstance(value, float) and not math.isfinite(value):  # math.isfinite(10**400) overflows
        raise ValidationError(field, "must be a finite number")
    if not low <= value <= high:
        raise ValidationError(field, f"must be between {_fmt(low)} and {_fmt(high)}")
    return float(value)


def check_positive(value: float, field: str, high: float) -> float:
    """A finite number above zero and at most ``high``."""
    check_number(value, field, 0.0, high)
    if value <= 0:
        raise ValidationError(field, "must be more than zero")
    return float(value)


def check_int(value: int, field: str, low: int, high: int) -> int:
    """A whole number within [low, high]."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(field, "must be a whole number")
    if not low <= value <= high:
        raise ValidationError(field, f"must be a whole number from {low} to {high}")
    return value


def check_text(value: str, field: str, max_chars: int = NOTE_MAX_CHARS) -> str:
    """Free text: no control characters other than newlines and tabs, bounded length."""
    if not isinstance(value, str):
        raise ValidationError(field, "must be text")
    if len(value) > max_chars:
        raise ValidationError(
            field, f"is too long ({len(value):,} characters; at most {max_chars:,})"
        )
    for char in value:
        if char in "\n\t":
            continue
        category = unicodedata.category(char)
        if category in ("Cc", "Cs", "Co", "Cn"):
            raise ValidationError(field, "contains a character that cannot be stored")
    return value


def check_name(value: str, field: str, max_chars: int = NAME_MAX_CHARS) -> str:
    """A short single-line name, not blank."""
    check_text(value, field, max_chars)
    if not value.strip():
        raise ValidationError(field, "must not be empty")
    if "\n" in value or "\t" in value or value != value.strip():
        raise ValidationError(field, "must be one line without leading or trailing spaces")
    return value


def check_choice(value: str | None, field: str, choices: Sequence[str]) -> str:
    """One of a fixed set of words."""
    if value not in choices:
        raise ValidationError(field, f"must be one of: {', '.join(choices)}")
    return str(value)


def check_scores(values: Sequence[int], field: str, count: int, low: int, high: int) -> None:
    """Exactly ``count`` whole-number ratings within [low, high]."""
    if isinstance(values, str | bytes) or not isinstance(values, Sequence):
        raise ValidationError(field, f"needs exactly {count} answers")
    if len(values) != count:
        raise ValidationError(field, f"needs exactly {count} answers, got {len(values)}")
    for index, value in enumerate(values, start=1):
        check_int(value, f"{field} item {index}", low, high)


_GROUPED_BY_POINTS = re.compile(r"[+-]?\d{1,3}(\.\d{3})+")


def parse_number(text: str, field: str, low: float, high: float, decimal_point: str = ".") -> float:
    """Parse a decimal number typed by a person (``decimal_point`` from their locale)."""
    cleaned = text.strip().replace(" ", "").replace("\u00a0", "")
    if decimal_point != ".":
        if _GROUPED_BY_POINTS.fullmatch(cleaned):
            # "1.500" on a comma locale is 1500 written with a grouping point, or 1.5 typed
            # with an English point: a guess could be a thousand times off, so ask.
            raise ValidationError(
                field, f"'{_shorten(text)}' is unclear: write it without the point, or with a comma"
            )
        if "." in cleaned and decimal_point not in cleaned:
            pass  # a point typed on a comma locale is still unambiguous
        else:
            cleaned = cleaned.replace(decimal_point, ".")
    if not cleaned:
        raise ValidationError(field, "a number is needed")
    if not all(c.isascii() and (c.isdigit() or c in ".-+eE") for c in cleaned):
        raise ValidationError(field, f"'{_shorten(text)}' is not a number")
    try:
        value = float(cleaned)
    except ValueError:
        raise ValidationError(field, f"'{_shorten(text)}' is not a number") from None
    return check_number(value, field, low, high)


def parse_int(text: str, field: str, low: int, high: int) -> int:
    """Parse a whole number typed by a person."""
    cleaned = text.strip()
    if not cleaned:
        raise ValidationError(field, "a whole number is needed")
    if not _WHOLE_NUMBER.fullmatch(cleaned) or len(cleaned) > 12:
        raise ValidationError(field, f"'{_shorten(text)}' is not a whole number")
    return check_int(int(cleaned), field, low, high)


def parse_int_list(text: str, field: str, count: int, low: int, high: int) -> tuple[int, ...]:
    """Parse comma-separated whole-number answers, e.g. ``1,0,2``."""
    parts = [part for part in text.split(",")]
    values = tuple(
        parse_int(part, f"{field} item {i}", low, high) for i, part in enumerate(parts, 1)
    )
    check_scores(values, field, count, low, high)
    return values


def _fmt(value: float) -> str:
    return f"{value:g}"


def _shorten(text: str, limit: int = 40) -> str:
    text = text.strip()
    return text if len(text) <= limit else text[: limit - 1] + "…"
