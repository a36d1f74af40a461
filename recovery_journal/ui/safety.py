"""Safety wording shared by dialogs, the Today page and Help (our own words, offline)."""

from __future__ import annotations

from collections.abc import Sequence

from recovery_journal.ui.i18n import tr


def crisis_lines() -> list[tuple[str, str]]:
    """(where, what to call) for the crisis resources shown offline."""
    return [
        (tr("United States"), tr("Call or text 988 (Suicide & Crisis Lifeline)")),
        (
            tr("United States"),
            tr("SAMHSA National Helpline 1-800-662-4357 (free, confidential, 24/7)"),
        ),
        (tr("United Kingdom and Ireland"), tr("Samaritans 116 123 (free, 24/7)")),
        (tr("European Union"), tr("Emergency number 112")),
    ]


def not_monitored() -> str:
    return tr(
        "Nobody monitors this app. What you write here stays on this computer and is not "
        "seen by anyone else, so it cannot send help."
    )


def not_medical_advice() -> str:
    return tr(
        "Recovery Journal gives information, not medical advice. Talk to a doctor or "
        "pharmacist before changing how you take any substance or medicine."
    )


def substance_label(kind: str) -> str:
    labels = {
        "alcohol": tr("alcohol"),
        "benzodiazepine": tr("a benzodiazepine"),
        "opioid": tr("an opioid"),
        "stimulant": tr("a stimulant"),
        "other": tr("another substance"),
    }
    return labels.get(kind, kind)


def substance_name(kind: str) -> str:
    """A kind of substance as a list of entries names it ("alcohol 2 glasses")."""
    names = {
        "alcohol": tr("alcohol"),
        "benzodiazepine": tr("benzodiazepine"),
        "opioid": tr("opioid"),
        "stimulant": tr("stimulant"),
        "other": tr("other substance"),
    }
    return names.get(kind, kind)


def mixing_warning(substances: Sequence[str]) -> str:
    """The calm note shown when kratom and other substances are logged on the same day."""
    if not substances:
        return ""
    names = ", ".join(substance_label(kind) for kind in sorted(set(substances)))
    return tr(
        "This day's log has kratom together with {names}. Taking kratom with alcohol, "
        "benzodiazepines, opioids or other sedating substances adds to the risk of serious "
        "harm, such as heavy drowsiness and slowed breathing. If someone is hard to wake or "
        "breathing slowly, call emergency services."
    ).format(names=names)
