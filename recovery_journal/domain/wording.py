"""How the domain's sentences are worded: as written (English), or as the app translates them.

The domain stays free of Qt. The app passes in Qt's translation and its locale's number
formats; the command line and the clinician summary keep the English defaults. A text
meant for translation is written as a literal in a call to a function bound to the name
``tr`` (``tr = wording.translate_text``), which is how the translation catalogue finds it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from recovery_journal.domain.record import record
from recovery_journal.domain.units import format_amount


def as_written(text: str) -> str:
    """No translation: the text as the code has it."""
    return text


def plain_number(value: float, decimals: int) -> str:
    """``value`` with at most ``decimals`` decimals and a point: ``2.5``, ``3``."""
    text = f"{value:.{decimals}f}"
    return text.rstrip("0").rstrip(".") if decimals else text


@record
class Wording:
    """The translation and number formats sentences are written with."""

    translate_text: Callable[[str], str] = as_written
    number: Callable[[float, int], str] = plain_number  # (value, at most N decimals)
    amount: Callable[[float, str], str] = format_amount  # (amount, unit)
    day: Callable[[date], str] = date.isoformat


ENGLISH = Wording()
