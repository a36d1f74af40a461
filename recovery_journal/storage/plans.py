"""Taper plans: versioned, so a changed plan never rewrites past days' targets."""

from __future__ import annotations

import json
import uuid
from datetime import date
from typing import Any

from recovery_journal.domain.taper import TaperStep
from recovery_journal.storage.repositories import utc_now_text
from recovery_journal.storage.sqlcipher import Database


class PlanRepository:
    """Plan versions and their steps. The newest version not superseded is in force."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def add_version(
        self, method: str, unit: str, inputs: dict[str, Any], steps: list[TaperStep], note: str = ""
    ) -> int:
        """Store a new plan version, superseding the current one."""
        current = self.current_id()
        version = 1
        if current is not None:
            row = self._db.execute("SELECT version FROM taper_plans WHERE id = ?", [current])
            version = int(row.fetchone()[0]) + 1
            self._db.execute(
                "UPDATE taper_plans SET superseded_utc = ? WHERE id = ?", [utc_now_text(), current]
            )
        cursor = self._db.execute(
            "INSERT INTO taper_plans (uid, version, method, unit, inputs_json, note, created_utc) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            [uuid.uuid4().hex, version, method, unit, json.dumps(inputs), note, utc_now_text()],
        )
        plan_id = int(cursor.lastrowid or 0)
        for step in steps:
            self._db.execute(
                'INSERT INTO taper_steps (plan_id, number, start, "end", daily_target, '
                "doses_per_day, per_dose_target, min_interval_h) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    plan_id,
                    step.number,
                    step.start.isoformat(),
                    step.end.isoformat(),
                    step.daily_target,
                    step.doses_per_day,
                    step.per_dose_target,
                    step.min_interval_h,
                ],
            )
        return plan_id

    def current_id(self) -> int | None:
        row = self._db.execute(
            "SELECT id FROM taper_plans WHERE superseded_utc IS NULL ORDER BY id DESC LIMIT 1"
        ).fetchone()
        return int(row[0]) if row else None

    def current(self) -> tuple[dict[str, Any], list[TaperStep]] | None:
        plan_id = self.current_id()
        if plan_id is None:
            return None
        rows = list(self._db.query("SELECT * FROM taper_plans WHERE id = ?", [plan_id]))
        return rows[0], self.steps(plan_id)

    def steps(self, plan_id: int) -> list[TaperStep]:
        rows = self._db.query(
            "SELECT * FROM taper_steps WHERE plan_id = ? ORDER BY number", [plan_id]
        )
        return [
            TaperStep(
                number=int(row["number"]),
                start=date.fromisoformat(row["start"]),
                end=date.fromisoformat(row["end"]),
                daily_target=float(row["daily_target"]),
                doses_per_day=int(row["doses_per_day"]),
                per_dose_target=float(row["per_dose_target"]),
                min_interval_h=row["min_interval_h"],
            )
            for row in rows
        ]
