"""Units of amount, and the one conversion between them."""

from __future__ import annotations

from recovery_journal.domain.errors import ValidationError

UNITS = ("g", "mg", "capsule", "mL", "shot")
FORMS = ("powder", "capsule", "tablet", "extract", "liquid shot", "tea", "other")

# Units in one family add up; mass is always shown in grams.
_FAMILY = {"g": "g", "mg": "g", "capsule": "capsule", "mL": "mL", "shot": "shot"}
_TO_FAMILY = {"g": 1.0, "mg": 0.001, "capsule": 1.0, "mL": 1.0, "shot": 1.0}
HIGH_POTENCY_SUFFIX = " high-potency"


def unit_family(unit: str) -> str:
    """The family a unit adds up in: g and mg are both grams."""
    try:
        return _FAMILY[unit]
    except KeyError:
        raise ValidationError("unit", f"must be one of: {', '.join(UNITS)}") from None


def in_family_units(amount: float, unit: str) -> float:
    """An amount expressed in its family's unit (mg become g)."""
    unit_family(unit)
    return amount * _TO_FAMILY[unit]


def from_family_units(amount: float, unit: str) -> float:
    """An amount in its family's unit expressed in ``unit`` (g become mg)."""
    unit_family(unit)
    return amount / _TO_FAMILY[unit]


def total_key(unit: str, high_potency: bool) -> str:
    """The key a dose adds to in daily totals; high-potency products never mix with leaf."""
    family = unit_family(unit)
    return family + HIGH_POTENCY_SUFFIX if high_potency else family


def format_amount(amount: float, unit: str) -> str:
    """A short human reading such as ``2.5 g`` or ``3 capsules``."""
    text = f"{amount:.2f}".rstrip("0").rstrip(".")
    if unit in ("capsule", "shot") and amount != 1:
        return f"{text} {unit}s"
    return f"{text} {unit}"
