"""One plain line per entry for the summary's lists of flagged entries and notes."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from recovery_journal.domain import scales
from recovery_journal.domain.models import (
    SLEEP_QUALITY,
    Craving,
    Dose,
    Entry,
    MedicationTaken,
    MoodCheckin,
    Product,
    Questionnaire,
    SelfReflection,
    SleepEntry,
    SowsRating,
    SubstanceUse,
    TriggerNote,
)
from recovery_journal.domain.units import format_amount


def describe(entry: Entry, products: Mapping[int, Product], triggers: Mapping[int, str]) -> str:
    """``Dose 3 g (Red)``, ``Withdrawal (SOWS) 23/64``, ``Mood 4/10, anxiety 6/10, …``."""
    for kind, text in _DESCRIBERS.items():
        if isinstance(entry, kind):
            return text(entry, products, triggers)
    return "Entry"


def _dose(entry: Dose, products: Mapping[int, Product], triggers: Mapping[int, str]) -> str:
    product = products.get(entry.product_id) if entry.product_id is not None else None
    text = f"Dose {format_amount(entry.amount, entry.unit)}"
    return f"{text} ({product.name})" if product else text


def _craving(entry: Craving, products: Mapping[int, Product], triggers: Mapping[int, str]) -> str:
    parts = [f"Craving, intensity {entry.intensity}/10"]
    if entry.outcome:
        parts.append(entry.outcome)
    names = sorted(triggers[i] for i in entry.trigger_ids if i in triggers)
    if names:
        parts.append("triggers: " + ", ".join(names))
    return "; ".join(parts)


def _mood(entry: MoodCheckin, *_: Any) -> str:
    return (
        f"Mood {entry.mood}/10, anxiety {entry.anxiety}/10, "
        f"energy {entry.energy}/10, pain {entry.pain}/10"
    )


def _sleep(entry: SleepEntry, *_: Any) -> str:
    hours, minutes = divmod(entry.total_sleep_min, 60)
    quality = SLEEP_QUALITY[entry.quality - 1]
    return f"Sleep, night of {entry.night.isoformat()}: {hours} h {minutes:02d} min, {quality}"


def _sows(entry: SowsRating, *_: Any) -> str:
    return f"Withdrawal (SOWS) {entry.total}/{scales.SOWS.max_total}"


def _questionnaire(entry: Questionnaire, *_: Any) -> str:
    scale = scales.QUESTIONNAIRES[entry.kind]
    title = "PHQ-9" if entry.kind == "phq9" else "GAD-7"
    return f"{title} {entry.total}/{scale.max_total} ({scale.band(entry.total)})"


def _substance(entry: SubstanceUse, *_: Any) -> str:
    amount = f" ({entry.amount})" if entry.amount.strip() else ""
    return f"Other substance: {entry.kind}{amount}"


def _medication(entry: MedicationTaken, *_: Any) -> str:
    dose = f" {entry.dose}" if entry.dose.strip() else ""
    return f"Medication: {entry.name}{dose}"


def _trigger_note(entry: TriggerNote, products: Any, triggers: Mapping[int, str]) -> str:
    name = triggers.get(entry.trigger_id) if entry.trigger_id is not None else None
    text = f"Trigger note ({name}): " if name else "Trigger note: "
    text += entry.what_happened
    if entry.if_then_plan.strip():
        text += f" — plan: {entry.if_then_plan}"
    return text


def _self_reflection(entry: SelfReflection, *_: Any) -> str:
    return f"Self-reflection checklist: {entry.count} of {len(entry.answers)}"


_DESCRIBERS: dict[type[Entry], Callable[..., str]] = {
    Dose: _dose,
    Craving: _craving,
    MoodCheckin: _mood,
    SleepEntry: _sleep,
    SowsRating: _sows,
    Questionnaire: _questionnaire,
    SubstanceUse: _substance,
    MedicationTaken: _medication,
    TriggerNote: _trigger_note,
    SelfReflection: _self_reflection,
}
