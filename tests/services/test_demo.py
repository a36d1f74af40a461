"""Sample data: any length the CLI accepts fills without an invalid entry."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from recovery_journal.domain.models import Craving, Dose
from recovery_journal.services.demo import fill_demo_journal
from recovery_journal.services.journal_service import JournalService
from recovery_journal.storage.journal import Journal


def test_a_long_demo_past_the_end_of_the_taper_is_valid(journal: Journal) -> None:
    """The plan reaches zero after about 500 days; later days had doses of 0 g."""
    service = JournalService(journal)
    now = datetime(2026, 11, 20, 20, 0, tzinfo=ZoneInfo("Europe/Berlin"))
    fill_demo_journal(service, days=900, now=now)
    doses = service.entries(Dose)
    assert doses and all(dose.amount > 0 for dose in doses)


def test_a_journal_seeded_in_another_language_gets_its_demo(journal: Journal) -> None:
    """A journal created in German has "Stress", "Langeweile"… and no English triggers."""
    service = JournalService(journal)
    service.seed_triggers(("Stress", "Langeweile", "Schmerzen"))
    now = datetime(2026, 11, 20, 20, 0, tzinfo=ZoneInfo("Europe/Berlin"))
    fill_demo_journal(service, days=30, now=now)
    names = [trigger.name for trigger in service.triggers.all()]
    assert names.count("Stress") == 1, "the journal's own trigger is used, not a second one"
    assert "Langeweile" in names and "boredom" in names
    assert service.entries(Craving)
