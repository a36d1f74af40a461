"""Taper plans: versioned, so a changed plan never rewrites past days' targets."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Sequence
from datetime import UTC, date, datetime
from typing import Any

from recovery_journal.domain.models import new_uid
from recovery_journal.domain.taper import TaperInputs, TaperStep
from recovery_journal.domain.taper_changes import PlanVersion
from recovery_journal.domain.taper_tracking import track_keys
from recovery_journal.storage.mapping import moment_text
from recovery_journal.storage.sqlcipher import Database

_INPUT_FIELDS = frozenset(field.name for field in dataclasses.fields(TaperInputs))


class PlanRepository:
    """Plan versions and their steps. The newest version not superseded is in force."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def add_version(
        self,
        *,
        change: str,
        unit: str,
        track_key: str,
        inputs: TaperInputs,
        steps: Sequence[TaperStep],
        note: str = "",
        created: datetime | None = None,
    ) -> PlanVersion:
        """Store a new plan version, superseding the current one; returns it as stored."""
        created_text = moment_text(created or datetime.now(UTC))
        current = self.current_id()
        number = 1
        if current is not None:
            row = self._db.execute("SELECT max(version) FROM taper_plans").fetchone()
            number = int(row[0]) + 1
            self._db.execute(
                "UPDATE taper_plans SET superseded_utc = ? WHERE id = ?", [created_text, current]
            )
        cursor = self._db.execute(
            "INSERT INTO taper_plans (uid, version, method, unit, inputs_json, note, created_utc, "
            "change) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                new_uid(),
                number,
                inputs.method,
                unit,
                _inputs_json(inputs, track_key),
                note,
                created_text,
                change,
            ],
        )
        plan_id = int(cursor.lastrowid or 0)
        for step in steps:
            self._insert_step(plan_id, step)
        version = self._version_by_id(plan_id)
        assert version is not None
        return version

    def current_id(self) -> int | None:
        row = self._db.execute(
            "SELECT id FROM taper_plans WHERE superseded_utc IS NULL ORDER BY id DESC LIMIT 1"
        ).fetchone()
        return int(row[0]) if row else None

    def current(self) -> PlanVersion | None:
        """The version in force now, or None before any plan was made."""
        plan_id = self.current_id()
        return None if plan_id is None else self._version_by_id(plan_id)

    def versions(self) -> list[PlanVersion]:
        """Every version, oldest first."""
        rows = self._db.query("SELECT * FROM taper_plans ORDER BY id")
        return [self._version(row) for row in rows]

    def version_at(self, moment: datetime) -> PlanVersion | None:
        """The newest version created before ``moment``; the first one if none was yet."""
        row = self._db.execute(
            "SELECT id FROM taper_plans WHERE created_utc < ? ORDER BY id DESC LIMIT 1",
            [moment_text(moment)],
        ).fetchone()
        if row is None:
            row = self._db.execute("SELECT id FROM taper_plans ORDER BY id LIMIT 1").fetchone()
        return None if row is None else self._version_by_id(int(row[0]))

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

    def _insert_step(self, plan_id: int, step: TaperStep) -> None:
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

    def _version_by_id(self, plan_id: int) -> PlanVersion | None:
        rows = list(self._db.query("SELECT * FROM taper_plans WHERE id = ?", [plan_id]))
        return self._version(rows[0]) if rows else None

    def _version(self, row: dict[str, Any]) -> PlanVersion:
        recorded = json.loads(row["inputs_json"])
        unit = str(row["unit"])
        return PlanVersion(
            id=int(row["id"]),
            version=int(row["version"]),
            created=datetime.fromisoformat(row["created_utc"]).astimezone(UTC),
            change=str(row["change"]),
            note=str(row["note"]),
            unit=unit,
            track_key=str(recorded.get("track_key") or track_keys(unit)[0]),
            inputs=_inputs_from(recorded),
            steps=tuple(self.steps(int(row["id"]))),
        )


def _inputs_json(inputs: TaperInputs, track_key: str) -> str:
    """The plan's inputs as JSON, with the amount key the plan tracks."""
    recorded: dict[str, Any] = dataclasses.asdict(inputs)
    recorded["start"] = inputs.start.isoformat()
    recorded["track_key"] = track_key
    return json.dumps(recorded)


def _inputs_from(recorded: dict[str, Any]) -> TaperInputs:
    values = {name: value for name, value in recorded.items() if name in _INPUT_FIELDS}
    values["start"] = date.fromisoformat(values["start"])
    return TaperInputs(**values)
