"""recovery-journal-cli plan: create, show --json, hold, resume, revert, and their errors.

Changes are made from today's local date (the CLI's clock), so the plans here start
relative to the real today.
"""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from recovery_journal.services.taper_service import TaperService
from recovery_journal.storage.keys import SystemKeyring
from tests.cli.test_cli import (
    BERLIN,
    assert_refused_without_change,
    keyring_cli,
    ok,
    open_with_keyring,
)
from tests.filesnap import folder_snapshot

WEEKLY_10_G = [
    "--method", "interval-first", "--daily", "10", "--unit", "g", "--doses-per-day", "2",
    "--step-days", "7", "--reduction-pct", "10", "--resolution", "1",
]  # fmt: skip


@pytest.fixture
def journal_dir(data_dir: Path, memory_keyring: SystemKeyring) -> Path:
    ok(keyring_cli(data_dir, memory_keyring, "init"))
    return data_dir


def today() -> date:
    return datetime.now(BERLIN).date()


def plan(journal_dir: Path, keyring: SystemKeyring, *argv: str) -> str:
    return ok(keyring_cli(journal_dir, keyring, "plan", *argv))


def shown(journal_dir: Path, keyring: SystemKeyring) -> list[dict[str, Any]]:
    steps: list[dict[str, Any]] = json.loads(plan(journal_dir, keyring, "show", "--json"))["steps"]
    return steps


def dates(steps: list[dict[str, Any]]) -> list[tuple[str, str]]:
    return [(step["start"], step["end"]) for step in steps]


def iso(day: date, offset: int = 0) -> str:
    return (day + timedelta(days=offset)).isoformat()


def test_create_then_show_the_whole_plan_as_json(
    journal_dir: Path, memory_keyring: SystemKeyring
) -> None:
    out = plan(
        journal_dir, memory_keyring, "create", "--method", "percent", "--daily", "4",
        "--unit", "capsule", "--doses-per-day", "2", "--step-days", "7",
        "--reduction-pct", "10", "--resolution", "0.5", "--start", "2026-03-02",
    )  # fmt: skip
    assert out == (
        "Created a taper plan: 9 steps from 2026-03-02 to 2026-05-03, "
        "4 capsules a day down to 0 capsules.\n"
    )
    # 4 × 0.9 = 3.6 rounds back up to 4, so each step cuts the smallest step, half a capsule
    targets = [4.0, 3.5, 3.0, 2.5, 2.0, 1.5, 1.0, 0.5]
    starts = ["03-02", "03-09", "03-16", "03-23", "03-30", "04-06", "04-13", "04-20", "04-27"]
    ends = ["03-08", "03-15", "03-22", "03-29", "04-05", "04-12", "04-19", "04-26", "05-03"]
    expected = [
        {
            "start": f"2026-{start}",
            "end": f"2026-{end}",
            "daily_target": target,
            "doses_per_day": 2,
            "per_dose_target": target / 2,
            "min_interval_h": 8.0,
        }
        for start, end, target in zip(starts, ends, targets, strict=False)
    ]
    expected.append(
        {
            "start": "2026-04-27",
            "end": "2026-05-03",
            "daily_target": 0.0,
            "doses_per_day": 0,
            "per_dose_target": 0.0,
            "min_interval_h": None,
        }
    )
    text = plan(journal_dir, memory_keyring, "show", "--json")
    assert json.loads(text) == {"steps": expected}
    assert '"min_interval_h": null' in text and '"daily_target": 3.5' in text


def test_one_dose_a_day_needs_no_target_dose_count(
    journal_dir: Path, memory_keyring: SystemKeyring
) -> None:
    plan(
        journal_dir, memory_keyring, "create", "--method", "interval-first", "--daily", "3",
        "--unit", "g", "--doses-per-day", "1", "--step-days", "7", "--reduction-pct", "25",
        "--resolution", "1", "--start", "2026-03-02",
    )  # fmt: skip
    steps = shown(journal_dir, memory_keyring)
    assert [(s["daily_target"], s["doses_per_day"]) for s in steps] == [
        (3.0, 1), (2.0, 1), (1.0, 1), (0.0, 0),
    ]  # fmt: skip
    before = folder_snapshot(journal_dir)
    result = keyring_cli(
        journal_dir, memory_keyring, "plan", "create", "--method", "interval-first",
        "--daily", "3", "--unit", "g", "--doses-per-day", "1", "--target-doses-per-day", "2",
        "--step-days", "7", "--reduction-pct", "25", "--resolution", "1", "--start", "2026-03-02",
    )  # fmt: skip
    assert_refused_without_change(result, journal_dir, before, "target doses per day")


def test_show_without_a_plan_lists_no_steps(
    journal_dir: Path, memory_keyring: SystemKeyring
) -> None:
    assert shown(journal_dir, memory_keyring) == []


def test_hold_by_a_step_length_then_resume(
    journal_dir: Path, memory_keyring: SystemKeyring
) -> None:
    start = today() - timedelta(days=3)  # today is in step 1
    plan(journal_dir, memory_keyring, "create", *WEEKLY_10_G, "--start", start.isoformat())
    planned = shown(journal_dir, memory_keyring)

    out = plan(journal_dir, memory_keyring, "hold")
    assert out.startswith(f"Held step 1 (10 g a day): it now ends on {iso(start, 13)};")
    assert out.endswith(", 7 days later.\n")
    held = shown(journal_dir, memory_keyring)
    assert dates(held)[:2] == [(iso(start), iso(start, 13)), (iso(start, 14), iso(start, 20))]
    assert [s["daily_target"] for s in held] == [s["daily_target"] for s in planned]

    out = plan(journal_dir, memory_keyring, "resume")
    assert out.startswith(f"Resumed step 1 (10 g a day): it now ends on {iso(start, 6)};")
    assert shown(journal_dir, memory_keyring) == planned

    before = folder_snapshot(journal_dir)
    assert_refused_without_change(
        keyring_cli(journal_dir, memory_keyring, "plan", "resume"),
        journal_dir,
        before,
        "nothing to resume",
    )


def test_hold_for_chosen_days_and_before_the_plan_starts(
    journal_dir: Path, memory_keyring: SystemKeyring
) -> None:
    start = today() + timedelta(days=5)
    plan(journal_dir, memory_keyring, "create", *WEEKLY_10_G, "--start", start.isoformat())
    out = plan(journal_dir, memory_keyring, "hold", "--days", "2", "--note", "moving house")
    assert out.startswith(f"Held step 1 (10 g a day): it now ends on {iso(start, 8)};")
    assert dates(shown(journal_dir, memory_keyring))[1] == (iso(start, 9), iso(start, 15))
    journal = open_with_keyring(journal_dir, memory_keyring)
    try:
        assert [(v.change, v.note) for v in TaperService(journal).versions()] == [
            ("created", ""),
            ("held", "moving house"),
        ]
    finally:
        journal.close()


def test_revert_goes_back_to_the_previous_target_with_the_reason_kept(
    journal_dir: Path, memory_keyring: SystemKeyring
) -> None:
    start = today() - timedelta(days=10)  # today is day 4 of step 2 (9 g)
    plan(journal_dir, memory_keyring, "create", *WEEKLY_10_G, "--start", start.isoformat())
    out = plan(journal_dir, memory_keyring, "revert", "--note", "Too many cravings at work.")
    assert out == (
        f"Back to 10 g a day from today until {iso(start, 16)} (step 3 of 13); "
        "your note was kept.\n"
    )
    steps = shown(journal_dir, memory_keyring)
    assert [(s["start"], s["end"], s["daily_target"]) for s in steps[:5]] == [
        (iso(start), iso(start, 6), 10.0),
        (iso(start, 7), iso(start, 9), 9.0),  # the days already lived keep their target
        (iso(start, 10), iso(start, 16), 10.0),
        (iso(start, 17), iso(start, 23), 9.0),
        (iso(start, 24), iso(start, 30), 8.0),
    ]
    journal = open_with_keyring(journal_dir, memory_keyring)
    try:
        version = TaperService(journal).versions()[-1]
        assert (version.change, version.note) == ("reverted", "Too many cravings at work.")
    finally:
        journal.close()


def test_revert_needs_a_note(
    journal_dir: Path, memory_keyring: SystemKeyring, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        keyring_cli(journal_dir, memory_keyring, "plan", "revert")
    assert exit_info.value.code == 2
    assert "--note" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("argv", "fragments"),
    [
        (["hold"], ("no taper plan",)),
        (["resume"], ("no taper plan",)),
        (["revert", "--note", "x"], ("no taper plan",)),
        (["create", *WEEKLY_10_G[:-2], "--resolution", "0", "--start", "2026-03-02"],
         ("resolution", "more than zero")),
        (["create", *WEEKLY_10_G[:-4], "--reduction-pct", "30", "--resolution", "1",
          "--start", "2026-03-02"], ("--reduction-pct", "between 2 and 25")),
        (["create", *WEEKLY_10_G, "--goal", "12", "--start", "2026-03-02"],
         ("goal", "less than the current daily amount")),
        (["create", *WEEKLY_10_G, "--start", "2026-02-30"], ("--start", "not a date")),
        (["hold", "--days", "0"], ("--days",)),
    ],
)  # fmt: skip
def test_errors_change_nothing(
    journal_dir: Path, memory_keyring: SystemKeyring, argv: list[str], fragments: tuple[str, ...]
) -> None:
    before = folder_snapshot(journal_dir)
    result = keyring_cli(journal_dir, memory_keyring, "plan", *argv)
    assert_refused_without_change(result, journal_dir, before, *fragments)


def test_hold_and_revert_after_the_plan_has_ended_are_refused(
    journal_dir: Path, memory_keyring: SystemKeyring
) -> None:
    start = today() - timedelta(days=400)
    plan(journal_dir, memory_keyring, "create", *WEEKLY_10_G, "--start", start.isoformat())
    before = folder_snapshot(journal_dir)
    for argv in (["hold"], ["resume"], ["revert", "--note", "x"]):
        result = keyring_cli(journal_dir, memory_keyring, "plan", *argv)
        assert_refused_without_change(result, journal_dir, before, "ended")
