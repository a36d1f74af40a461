"""``recovery-journal-cli plan …``: create, show, hold, resume and step back a taper plan.

Each change is made from today's local date and stored as a new plan version.
"""

from __future__ import annotations

import argparse
import json
from datetime import date
from typing import Any

from recovery_journal.domain import taper
from recovery_journal.domain.errors import ValidationError
from recovery_journal.domain.taper import TaperInputs, TaperStep
from recovery_journal.domain.timeutil import parse_date
from recovery_journal.domain.units import UNITS, format_amount
from recovery_journal.domain.validation import parse_int, parse_number
from recovery_journal.services.taper_service import TaperService

DEFAULT_TARGET_DOSES = 2
GENERATED_METHODS = tuple(method for method in taper.METHODS if method != "custom")


def add_plan_parsers(plan: argparse.ArgumentParser) -> None:
    """The ``plan`` sub-commands and their options."""
    actions = plan.add_subparsers(dest="action", required=True, metavar="ACTION")
    create = actions.add_parser("create", help="make a new plan (earlier versions are kept)")
    create.add_argument("--method", required=True, choices=GENERATED_METHODS)
    create.add_argument("--daily", required=True, metavar="N", help="current daily amount")
    create.add_argument("--unit", required=True, choices=UNITS)
    create.add_argument("--doses-per-day", required=True, metavar="N")
    create.add_argument(
        "--target-doses-per-day", metavar="N", help="interval-first: default 2 (or fewer)"
    )
    create.add_argument("--step-days", required=True, metavar="N")
    create.add_argument("--reduction-pct", required=True, metavar="P")
    create.add_argument("--resolution", required=True, metavar="R", help="e.g. 0.1 (g)")
    create.add_argument("--goal", default="0", metavar="N", help="0, or a maintenance amount")
    create.add_argument("--start", required=True, metavar="DATE")
    show = actions.add_parser("show", help="the plan in force")
    show.add_argument("--json", action="store_true", required=True, help="print JSON")
    hold = actions.add_parser("hold", help="extend the step in force today")
    hold.add_argument("--days", metavar="N", help="default: one step length")
    hold.add_argument("--note", default="", metavar="TEXT")
    resume = actions.add_parser("resume", help="end a held step today")
    resume.add_argument("--note", default="", metavar="TEXT")
    revert = actions.add_parser("revert", help="go back to the previous step's target from today")
    revert.add_argument("--note", required=True, metavar="TEXT", help="why (kept with the plan)")


def run_plan(taper_service: TaperService, args: argparse.Namespace, today: date) -> str:
    """Carry out one ``plan`` action; returns the text to print."""
    action = args.action
    if action == "create":
        unit = args.unit
        steps = taper_service.create_plan(_inputs(args), unit)
        return f"Created a taper plan: {_span(steps, unit)}."
    if action == "show":
        return json.dumps(plan_document(taper_service.current_steps()), indent=2)
    before = taper_service.current_steps()
    unit = taper_service.current_unit() or ""
    if action == "hold":
        days = None if args.days is None else parse_int(args.days, "--days", 1, taper.MAX_HOLD_DAYS)
        steps = taper_service.hold(today, days, args.note)
        return _changed("Held", steps, before, today, unit)
    if action == "resume":
        steps = taper_service.resume(today, args.note)
        return _changed("Resumed", steps, before, today, unit)
    steps = taper_service.revert_step(today, args.note)
    step = _in_force(steps, today)
    return (
        f"Back to {format_amount(step.daily_target, unit)} a day from today until "
        f"{step.end.isoformat()} (step {step.number} of {len(steps)}); your note was kept."
    )


def plan_document(steps: list[TaperStep]) -> dict[str, Any]:
    """``{"steps": [...]}`` as ``plan show --json`` prints it."""
    return {
        "steps": [
            {
                "start": step.start.isoformat(),
                "end": step.end.isoformat(),
                "daily_target": step.daily_target,
                "doses_per_day": step.doses_per_day,
                "per_dose_target": step.per_dose_target,
                "min_interval_h": step.min_interval_h,
            }
            for step in steps
        ]
    }


def _inputs(args: argparse.Namespace) -> TaperInputs:
    most, most_doses = taper.MAX_AMOUNT, taper.MAX_DOSES_PER_DAY
    doses = parse_int(args.doses_per_day, "--doses-per-day", 1, most_doses)
    target_doses = min(DEFAULT_TARGET_DOSES, doses)  # one dose a day already meets the target
    if args.target_doses_per_day is not None:
        target_doses = parse_int(args.target_doses_per_day, "--target-doses-per-day", 1, most_doses)
    return TaperInputs(
        daily_amount=parse_number(args.daily, "--daily", 0, most),
        doses_per_day=doses,
        resolution=parse_number(args.resolution, "--resolution", 0, most),
        start=parse_date(args.start, "--start"),
        method=args.method,
        step_days=parse_int(args.step_days, "--step-days", 1, taper.MAX_STEP_DAYS),
        reduction_pct=parse_number(
            args.reduction_pct, "--reduction-pct", taper.MIN_REDUCTION_PCT, taper.MAX_REDUCTION_PCT
        ),
        goal=parse_number(args.goal, "--goal", 0, most),
        target_doses_per_day=target_doses,
    )


def _span(steps: list[TaperStep], unit: str) -> str:
    first, last = steps[0], steps[-1]
    return (
        f"{len(steps)} steps from {first.start.isoformat()} to {last.end.isoformat()}, "
        f"{format_amount(first.daily_target, unit)} a day down to "
        f"{format_amount(last.daily_target, unit)}"
    )


def _changed(
    verb: str, steps: list[TaperStep], before: list[TaperStep], today: date, unit: str
) -> str:
    step = _in_force(steps, today)
    moved = (steps[-1].end - before[-1].end).days
    later = f"the plan now ends on {steps[-1].end.isoformat()}"
    if moved:
        direction = "later" if moved > 0 else "earlier"
        later += f", {abs(moved)} day{'s' if abs(moved) != 1 else ''} {direction}"
    return (
        f"{verb} step {step.number} ({format_amount(step.daily_target, unit)} a day): "
        f"it now ends on {step.end.isoformat()}; {later}."
    )


def _in_force(steps: list[TaperStep], today: date) -> TaperStep:
    """The step in force today, or the first one before the plan starts."""
    found = taper.step_on(steps, today)
    if found is not None:
        return found
    if steps and today < steps[0].start:
        return steps[0]
    raise ValidationError("plan", "has no step for today")
