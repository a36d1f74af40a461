"""The common triggers a new journal starts with (light: no widgets, for start-up)."""

from __future__ import annotations

from recovery_journal.ui.i18n import tr


def seed_trigger_names() -> tuple[str, ...]:
    """The common triggers a new journal starts with, in the user's language."""
    return (
        tr("stress"),
        tr("boredom"),
        tr("pain"),
        tr("tiredness"),
        tr("anxiety"),
        tr("low mood"),
        tr("poor sleep"),
        tr("conflict"),
        tr("being around people who use"),
        tr("a time of day or routine"),
    )
