"""Sample data: any length the CLI accepts fills without an invalid entry."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from recovery_journal.domain.models import Dose
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
