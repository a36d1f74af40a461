"""Taper plan use cases: create a plan, read the step in force."""

from __future__ import annotations

from dataclasses import asdict
from datetime import date

from recovery_journal.domain.taper import TaperInputs, TaperStep, generate_plan, step_on
from recovery_journal.domain.units import UNITS
from recovery_journal.domain.validation import check_choice
from recovery_journal.storage.journal import Journal
from recovery_journal.storage.plans import PlanRepository


class TaperService:
    def __init__(self, journal: Journal) -> None:
        self._journal = journal
        self._plans = PlanRepository(journal.db)

    def create_plan(self, inputs: TaperInputs, unit: str, note: str = "") -> list[TaperStep]:
        """Generate a plan and make it the one in force (one transaction)."""
        check_choice(unit, "unit", UNITS)
        steps = generate_plan(inputs)
        recorded = {
            key: str(value) if isinstance(value, date) else value
            for key, value in asdict(inputs).items()
        }
        with self._journal.transaction():
            self._plans.add_version(inputs.method, unit, recorded, steps, note)
        return steps

    def current_steps(self) -> list[TaperStep]:
        current = self._plans.current()
        return current[1] if current else []

    def current_unit(self) -> str | None:
        current = self._plans.current()
        return str(current[0]["unit"]) if current else None

    def step_on(self, day: date) -> TaperStep | None:
        return step_on(self.current_steps(), day)
