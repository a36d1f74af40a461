"""Child process for the crash-safety tests: writes to a journal until it is killed.

Run by path by ``tests/storage/test_crash_safety.py``::

    python crash_writer.py loop DATA_DIR
    python crash_writer.py demo DATA_DIR DAYS NOW_ISO

The raw key comes as hex on the first line of stdin (a secret never goes on the
command line or into the environment). After the journal is open the child prints
``ready``; then

* ``loop`` logs doses, cravings and mood check-ins through ``JournalService`` one
  transaction at a time, printing each entry's uid only after ``log()`` returned
  (after COMMIT), until it is killed;
* ``demo`` fills the journal with ``fill_demo_journal`` (one transaction), printing
  ``day N`` after each generated day and ``done`` after the commit.

Only domain, storage and services are imported: never Qt.
"""

from __future__ import annotations

import sys
from datetime import datetime, timedelta
from pathlib import Path

from recovery_journal.domain.models import Craving, Dose, MoodCheckin
from recovery_journal.services.journal_service import JournalService
from recovery_journal.storage.journal import open_journal
from recovery_journal.storage.keys import KeySource
from recovery_journal.storage.location import JournalLocation

NOTES = ("", "Müde, aber okay.", "A long day; tea and a walk helped.", "Nachmittag — schwer.")


def _say(line: str) -> None:
    sys.stdout.write(line + "\n")  # one write(2) per line: a line arrives whole or not at all
    sys.stdout.flush()


def _write_forever(service: JournalService) -> None:
    n = 0
    while True:
        at = service.clock() - timedelta(minutes=n % 600)
        note = NOTES[n % len(NOTES)]
        kind = n % 4
        entry: Dose | Craving | MoodCheckin
        if kind == 0:
            entry = service.log(
                Dose(at=at, amount=round(1.0 + (n % 30) / 10, 1), unit="g", note=note),
                product_name=("Red vein powder", "Green powder")[n % 3 % 2],
            )
        elif kind == 1:
            entry = service.log_dose(
                at,
                2,
                "capsule",
                product_name="Green capsules",
                trigger_names=("stress", f"trigger {n % 5}"),
                note=note,
                for_clinician=n % 2 == 0,
            )
        elif kind == 2:
            entry = service.log(
                Craving(
                    at=at,
                    intensity=n % 11,
                    duration_min=n % 60,
                    outcome=("passed", "delayed", None)[n % 3],
                    coping="walk",
                    note=note,
                )
            )
        else:
            entry = service.log(
                MoodCheckin(at=at, mood=n % 11, anxiety=(n + 3) % 11, energy=5, pain=2, note=note)
            )
        _say(entry.uid)  # only now: log() has returned, so the entry is committed
        n += 1


def _fill_demo(service: JournalService, days: int, now: datetime) -> None:
    from recovery_journal.services.demo import fill_demo_journal

    def progress(done: int, total: int) -> bool:
        _say(f"day {done}")
        return True

    fill_demo_journal(service, days=days, now=now, progress=progress)
    _say("done")


def main(argv: list[str]) -> int:
    mode, data_dir = argv[0], Path(argv[1])
    key = KeySource(raw_key=bytes.fromhex(sys.stdin.readline().strip()))
    journal = open_journal(JournalLocation(data_dir), key)  # recovers a hot WAL, if any
    service = JournalService(journal)
    qt = sorted(name for name in sys.modules if name.startswith(("PySide6", "shiboken6")))
    if qt:
        print(f"the crash writer imported Qt: {qt}", file=sys.stderr)
        return 3
    _say("ready")
    if mode == "loop":
        _write_forever(service)
    elif mode == "demo":
        _fill_demo(service, int(argv[2]), datetime.fromisoformat(argv[3]))
    else:
        print(f"unknown mode {mode!r}", file=sys.stderr)
        return 2
    journal.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
