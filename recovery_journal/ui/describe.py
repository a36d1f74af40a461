"""Short, calm descriptions of entries for lists (presentation only)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import tzinfo

from PySide6.QtCore import QCoreApplication

from recovery_journal.domain.models import (
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
    Trigger,
    TriggerNote,
)
from recovery_journal.domain.units import format_amount


def tr(text: str) -> str:
    return QCoreApplication.translate("describe", text)


def kind_label(entry: Entry) -> str:
    return kind_type_label(type(entry))


def kind_type_label(kind: type[Entry]) -> str:
    """The name of a kind of entry, as the user sees it."""
    labels = {
        Dose: tr("Dose"),
        Craving: tr("Craving"),
        MoodCheckin: tr("Mood"),
        SleepEntry: tr("Sleep"),
        SowsRating: tr("Withdrawal"),
        Questionnaire: tr("Questionnaire"),
        SubstanceUse: tr("Other substance"),
        MedicationTaken: tr("Medication"),
        TriggerNote: tr("Trigger note"),
        SelfReflection: tr("Self-reflection"),
    }
    return labels.get(kind, tr("Entry"))


def format_duration_h(hours: float) -> str:
    """``7 h 40 min``; under an hour ``35 min``."""
    total_min = max(0, int(hours * 60))
    h, m = divmod(total_min, 60)
    if h >= 48:
        return tr("{d} days {h} h").format(d=h // 24, h=h % 24)
    return f"{h} h {m} min" if h else f"{m} min"


def details(entry: Entry, products: Mapping[int, Product], triggers: Mapping[int, Trigger]) -> str:
    """One line of what matters in the entry."""
    if isinstance(entry, Dose):
        text = format_amount(entry.amount, entry.unit)
        product = products.get(entry.product_id) if entry.product_id is not None else None
        return f"{text} {product.name}" if product else text
    if isinstance(entry, Craving):
        names = ", ".join(triggers[t].name for t in entry.trigger_ids if t in triggers)
        parts = [tr("intensity {n}").format(n=entry.intensity)]
        if names:
            parts.append(names)
        if entry.outcome:
            parts.append(tr(entry.outcome))
        return " · ".join(parts)
    if isinstance(entry, MoodCheckin):
        return tr("mood {m} · anxiety {a} · energy {e} · pain {p}").format(
            m=entry.mood, a=entry.anxiety, e=entry.energy, p=entry.pain
        )
    if isinstance(entry, SleepEntry):
        asleep = format_duration_h(entry.total_sleep_min / 60)
        return tr("{asleep} asleep, {eff:.0f} % efficiency").format(
            asleep=asleep, eff=entry.efficiency_pct
        )
    if isinstance(entry, SowsRating):
        return tr("SOWS {total} of 64").format(total=entry.total)
    if isinstance(entry, Questionnaire):
        return (
            f"{entry.kind.upper().replace('PHQ9', 'PHQ-9').replace('GAD7', 'GAD-7')} {entry.total}"
        )
    if isinstance(entry, SubstanceUse):
        return f"{entry.kind} {entry.amount}".strip()
    if isinstance(entry, MedicationTaken):
        return f"{entry.name} {entry.dose}".strip()
    if isinstance(entry, TriggerNote):
        return entry.what_happened.splitlines()[0] if entry.what_happened else ""
    if isinstance(entry, SelfReflection):
        return tr("{n} of {total} answered yes").format(n=entry.count, total=len(entry.answers))
    return ""


def local_clock(entry: Entry, zone: tzinfo) -> str:
    return entry.at.astimezone(zone).strftime("%H:%M")


def trigger_names(entry: Entry, triggers: Mapping[int, Trigger]) -> str:
    """The entry's triggers by name: a dose's or craving's list, a trigger note's one."""
    ids = list(getattr(entry, "trigger_ids", ()))
    if isinstance(entry, TriggerNote) and entry.trigger_id is not None:
        ids.append(entry.trigger_id)
    return ", ".join(triggers[t].name for t in ids if t in triggers)


def first_line(text: str, limit: int = 120) -> str:
    """The first line of a free text, shortened with an ellipsis when there is more."""
    lines = text.strip().splitlines()
    if not lines:
        return ""
    line = lines[0].rstrip()
    if len(line) > limit:
        return line[: limit - 1].rstrip() + "…"
    return line + (" …" if len(lines) > 1 else "")
