"""``recovery-journal-cli``: the journal's services from the command line.

Errors print one message on standard error, exit non-zero and change nothing.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any, TextIO

from recovery_journal.cli_backup import (
    add_backup_parsers,
    replacing_lock,
    restore_unopenable,
    run_backup,
    run_check,
    run_restore,
)
from recovery_journal.cli_chart import add_chart_parser, run_chart
from recovery_journal.cli_plan import add_plan_parsers, run_plan
from recovery_journal.cli_report import add_report_parser, run_report
from recovery_journal.cli_transfer import (
    add_export_parser,
    add_import_parser,
    run_export,
    run_import,
)
from recovery_journal.domain.errors import JournalError
from recovery_journal.domain.models import (
    CRAVING_OUTCOMES,
    SUBSTANCE_KINDS,
    Craving,
    MedicationTaken,
    MoodCheckin,
    Questionnaire,
    SleepEntry,
    SowsRating,
    SubstanceUse,
)
from recovery_journal.domain.timeutil import (
    local_zone,
    night_time,
    parse_clock,
    parse_date,
    parse_time,
)
from recovery_journal.domain.units import UNITS
from recovery_journal.domain.validation import parse_int, parse_int_list, parse_number
from recovery_journal.leaving import exit_with, leave_after_exit_handlers
from recovery_journal.services.access import (
    JournalAccess,
    JournalState,
    KeyringFactory,
    seed_new_journal,
)
from recovery_journal.services.backup_service import BackupService
from recovery_journal.services.journal_service import JournalService
from recovery_journal.services.stats_service import stats_document
from recovery_journal.services.taper_service import TaperService
from recovery_journal.storage.journal import Journal, WrongKeyError
from recovery_journal.storage.location import JournalLocation, secure_umask

PROG = "recovery-journal-cli"


class CliError(JournalError):
    """A problem with how the command was used."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG, description="Recovery Journal from the command line (all data stays local)."
    )
    parser.add_argument(
        "--data-dir", type=Path, help="journal folder (default: the app's data folder)"
    )
    parser.add_argument(
        "--passphrase-stdin",
        action="store_true",
        help="read the journal's passphrase from standard input instead of using the keyring",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    commands.add_parser("init", help="create a new journal")
    _add_log_parsers(commands.add_parser("log", help="log an entry"))
    stats = commands.add_parser("stats", help="daily figures for a date range")
    stats.add_argument("--from", dest="first", required=True, metavar="DATE")
    stats.add_argument("--to", dest="last", required=True, metavar="DATE")
    stats.add_argument("--now", metavar="T", help="measure hours since the last dose at T")
    stats.add_argument("--json", action="store_true", required=True, help="print JSON")
    add_plan_parsers(commands.add_parser("plan", help="the taper plan"))
    add_chart_parser(commands.add_parser("chart", help="save a progress chart as PNG or SVG"))
    add_report_parser(commands.add_parser("report", help="save the appointment summary as a PDF"))
    add_export_parser(commands.add_parser("export", help="save a plain-text (unencrypted) copy"))
    add_import_parser(commands.add_parser("import", help="add entries from an export or a CSV"))
    demo = commands.add_parser("demo", help="fill an empty journal with sample data")
    demo.add_argument("--days", default="120", metavar="N")
    add_backup_parsers(commands)
    return parser


def _common_entry_options(parser: argparse.ArgumentParser, *, timed: bool = True) -> None:
    if timed:
        parser.add_argument("--at", required=True, metavar="T", help="ISO 8601 time")
    parser.add_argument("--note", default="", metavar="TEXT")
    parser.add_argument(
        "--for-clinician", action="store_true", help="show this entry and its note on the summary"
    )


def _add_log_parsers(log: argparse.ArgumentParser) -> None:
    kinds = log.add_subparsers(dest="kind", required=True, metavar="KIND")
    dose = kinds.add_parser("dose")
    _common_entry_options(dose)
    dose.add_argument("--amount", required=True, metavar="N")
    dose.add_argument("--unit", required=True, choices=UNITS)
    dose.add_argument("--product", metavar="NAME")
    dose.add_argument("--trigger", action="append", default=[], metavar="NAME")
    craving = kinds.add_parser("craving")
    _common_entry_options(craving)
    craving.add_argument("--intensity", required=True, metavar="0-10")
    craving.add_argument("--trigger", action="append", default=[], metavar="NAME")
    craving.add_argument("--outcome", choices=CRAVING_OUTCOMES)
    craving.add_argument("--duration-min", metavar="N")
    mood = kinds.add_parser("mood")
    _common_entry_options(mood)
    for name in ("mood", "anxiety", "energy", "pain"):
        mood.add_argument(f"--{name}", required=True, metavar="0-10")
    sleep = kinds.add_parser("sleep")
    _common_entry_options(sleep, timed=False)
    sleep.add_argument("--night", required=True, metavar="DATE", help="the evening's date")
    for name in ("into-bed", "tried-sleep", "final-wake", "out-of-bed"):
        sleep.add_argument(f"--{name}", required=True, metavar="HH:MM")
    for name in ("latency-min", "awakenings", "awake-min"):
        sleep.add_argument(f"--{name}", required=True, metavar="N")
    sleep.add_argument("--quality", required=True, metavar="1-5")
    sows = kinds.add_parser("sows")
    _common_entry_options(sows)
    sows.add_argument("--scores", required=True, metavar="s1,…,s16")
    for key, count in (("phq9", 9), ("gad7", 7)):
        questionnaire = kinds.add_parser(key)
        _common_entry_options(questionnaire)
        questionnaire.add_argument("--answers", required=True, metavar=f"a1,…,a{count}")
    substance = kinds.add_parser("substance")
    _common_entry_options(substance)
    substance.add_argument("--kind", dest="substance_kind", required=True, choices=SUBSTANCE_KINDS)
    substance.add_argument("--amount", default="", metavar="TEXT")
    medication = kinds.add_parser("medication")
    _common_entry_options(medication)
    medication.add_argument("--name", required=True, metavar="NAME")
    medication.add_argument("--dose", default="", metavar="TEXT")


# -- entry builders: text in, validated domain object out ----------------------
def _base(args: argparse.Namespace) -> dict[str, Any]:
    return {"note": args.note, "for_clinician": args.for_clinician}


def _at(args: argparse.Namespace) -> datetime:
    return parse_time(args.at, "--at")


def _score(text: str, field: str, low: int = 0, high: int = 10) -> int:
    return parse_int(text, field, low, high)


def _log_entry(service: JournalService, args: argparse.Namespace) -> str:
    kind = args.kind
    if kind == "dose":
        dose = service.log_dose(
            _at(args),
            parse_number(args.amount, "--amount", 0, 100_000),
            args.unit,
            product_name=args.product,
            trigger_names=args.trigger,
            **_base(args),
        )
        return f"dose {dose.id}"
    if kind == "craving":
        duration = (
            None
            if args.duration_min is None
            else _score(args.duration_min, "--duration-min", 0, 1440)
        )
        craving = Craving(
            at=_at(args),
            intensity=_score(args.intensity, "--intensity"),
            outcome=args.outcome,
            duration_min=duration,
            **_base(args),
        )
        return f"craving {service.log_craving(craving, args.trigger).id}"
    entry = _ENTRY_BUILDERS[kind](args)
    return f"{kind} {service.log(entry).id}"


def _mood(args: argparse.Namespace) -> MoodCheckin:
    return MoodCheckin(
        at=_at(args),
        mood=_score(args.mood, "--mood"),
        anxiety=_score(args.anxiety, "--anxiety"),
        energy=_score(args.energy, "--energy"),
        pain=_score(args.pain, "--pain"),
        note=args.note,
        for_clinician=args.for_clinician,
    )


def _sleep(args: argparse.Namespace) -> SleepEntry:
    zone = local_zone()
    night = parse_date(args.night, "--night")

    def clock(option: str) -> datetime:
        value = getattr(args, option.replace("-", "_"))
        return night_time(night, parse_clock(value, f"--{option}"), zone, f"--{option}")

    return SleepEntry(
        night=night,
        into_bed=clock("into-bed"),
        tried_sleep=clock("tried-sleep"),
        latency_min=_score(args.latency_min, "--latency-min", 0, 1440),
        awakenings=_score(args.awakenings, "--awakenings", 0, 100),
        awake_min=_score(args.awake_min, "--awake-min", 0, 1440),
        final_wake=clock("final-wake"),
        at=clock("out-of-bed"),
        quality=_score(args.quality, "--quality", 1, 5),
        **_base(args),
    )


def _sows(args: argparse.Namespace) -> SowsRating:
    return SowsRating(
        at=_at(args), scores=parse_int_list(args.scores, "--scores", 16, 0, 4), **_base(args)
    )


def _questionnaire(count: int, key: str) -> Callable[[argparse.Namespace], Questionnaire]:
    def build(args: argparse.Namespace) -> Questionnaire:
        answers = parse_int_list(args.answers, "--answers", count, 0, 3)
        return Questionnaire(at=_at(args), kind=key, answers=answers, **_base(args))

    return build


def _substance(args: argparse.Namespace) -> SubstanceUse:
    return SubstanceUse(at=_at(args), kind=args.substance_kind, amount=args.amount, **_base(args))


def _medication(args: argparse.Namespace) -> MedicationTaken:
    return MedicationTaken(at=_at(args), name=args.name.strip(), dose=args.dose, **_base(args))


_ENTRY_BUILDERS: dict[str, Callable[[argparse.Namespace], Any]] = {
    "mood": _mood,
    "sleep": _sleep,
    "sows": _sows,
    "phq9": _questionnaire(9, "phq9"),
    "gad7": _questionnaire(7, "gad7"),
    "substance": _substance,
    "medication": _medication,
}


# -- running ---------------------------------------------------------------------
class Cli:
    """One invocation: the parsed arguments and the streams it talks to."""

    def __init__(
        self,
        args: argparse.Namespace,
        stdin: TextIO,
        stdout: TextIO,
        stderr: TextIO,
        keyring_factory: KeyringFactory,
    ) -> None:
        self.args = args
        self.stdin, self.stdout, self.stderr = stdin, stdout, stderr
        data_dir = args.data_dir
        if data_dir is None:
            from recovery_journal.paths import default_data_dir

            data_dir = default_data_dir()
        self.access = JournalAccess(JournalLocation(data_dir), keyring_factory)
        self.passphrase: str | None = None  # the journal's, once read from standard input

    def read_passphrase(self) -> str:
        line = self.stdin.readline()
        return line[:-1] if line.endswith("\n") else line

    def init(self) -> int:
        self.create().close()
        how = "your passphrase" if self.args.passphrase_stdin else "a key in the system keyring"
        print(
            f"Created a journal in {self.access.location.data_dir}, locked with {how}.",
            file=self.stdout,
        )
        return 0

    def create(self) -> Journal:
        """A new journal (keyring key, or the passphrase from standard input), seeded."""
        if self.args.passphrase_stdin:
            journal = self.access.create_with_passphrase(self.read_passphrase())
        else:
            journal = self.access.create_with_keyring()
        try:
            seed_new_journal(journal)
        except BaseException:
            journal.close()
            raise
        return journal

    def open(self) -> Journal:
        state = self.access.state()
        location = self.access.location
        if state is JournalState.NEW:
            raise CliError(
                f"There is no journal in {location.data_dir}. Create one with: {PROG} init"
            )
        if self.args.passphrase_stdin:
            self.passphrase = self.read_passphrase()
            return self.access.open_with_passphrase(self.passphrase)
        if state is JournalState.PASSPHRASE:
            raise CliError("This journal is protected by a passphrase: add --passphrase-stdin.")
        return self.access.open_with_keyring()

    def run(self) -> int:
        if self.args.command == "init":
            return self.init()
        with replacing_lock(self.access.location, self.args.command):
            return self.run_opened()

    def run_opened(self) -> int:
        """Open (or for a restore, create or set aside) the journal and run the command."""
        if self.args.command == "restore" and self.access.state() is JournalState.NEW:
            journal = self.create()  # a fresh install: restore into a new journal
        elif self.args.command == "restore":
            try:
                journal = self.open()
            except WrongKeyError as problem:  # damaged where the key is checked?
                message, journal = restore_unopenable(
                    self.access, self.args, self.passphrase, problem
                )
                print(message, file=self.stdout)
                journal.close()
                return 0
        else:
            journal = self.open()
        try:
            if self.args.command in ("backup", "restore", "check"):
                code, journal = self.backups(journal)
                return code
            service = JournalService(journal)
            return self.dispatch(service, journal)
        finally:
            journal.close()

    def backups(self, journal: Journal) -> tuple[int, Journal]:
        """Run backup, restore or check; returns (exit code, the journal now open)."""
        service = BackupService(journal)
        command = self.args.command
        if command == "backup":
            print(run_backup(service, self.args, self.read_passphrase), file=self.stdout)
        elif command == "restore":
            message, journal = run_restore(service, self.args, self.read_passphrase)
            print(message, file=self.stdout)
        else:
            message, passed = run_check(service)
            print(message, file=self.stdout if passed else self.stderr)
            return (0 if passed else 1), journal
        return 0, journal

    def dispatch(self, service: JournalService, journal: Journal) -> int:
        command = self.args.command
        if command == "log":
            print(f"Logged {_log_entry(service, self.args)}.", file=self.stdout)
        elif command == "stats":
            document = stats_document(
                service,
                parse_date(self.args.first, "--from"),
                parse_date(self.args.last, "--to"),
                parse_time(self.args.now, "--now") if self.args.now else None,
            )
            print(json.dumps(document, indent=2), file=self.stdout)
        elif command == "plan":
            taper = TaperService(journal, zone=service.zone, clock=service.clock)
            today = service.clock().astimezone(service.zone).date()
            print(run_plan(taper, self.args, today), file=self.stdout)
        elif command == "chart":
            taper = TaperService(journal, zone=service.zone, clock=service.clock)
            print(run_chart(service, taper, self.args), file=self.stdout)
        elif command == "report":
            taper = TaperService(journal, zone=service.zone, clock=service.clock)
            print(run_report(service, taper, self.args), file=self.stdout)
        elif command == "export":
            print(run_export(journal, self.args, self.stderr), file=self.stdout)
        elif command == "import":
            print(run_import(journal, self.args, self.stderr), file=self.stdout)
        elif command == "demo":
            from recovery_journal.services.demo import fill_demo_journal

            days = parse_int(self.args.days, "--days", 1, 3650)
            fill_demo_journal(service, days=days, progress=self._progress)
            print(f"Added {days} days of sample data.", file=self.stdout)
        return 0

    def _progress(self, done: int, total: int) -> bool:
        if self.stderr.isatty():
            self.stderr.write(f"\r{done}/{total} days")
            if done == total:
                self.stderr.write("\n")
            self.stderr.flush()
        return True


def main(
    argv: Sequence[str] | None = None,
    *,
    stdin: TextIO | None = None,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
    keyring_factory: KeyringFactory | None = None,
) -> int:
    """Entry point; returns the exit code (0 success, 1 the user's situation, 2 usage)."""
    from recovery_journal.netguard import install_network_guard
    from recovery_journal.services.access import default_keyring

    install_network_guard()
    secure_umask()
    stderr = stderr or sys.stderr
    args = build_parser().parse_args(argv)
    cli = Cli(
        args, stdin or sys.stdin, stdout or sys.stdout, stderr, keyring_factory or default_keyring
    )
    try:
        return cli.run()
    except JournalError as error:
        print(f"{PROG}: error: {error}", file=stderr)
        return 1


def entry_point() -> None:
    leave_after_exit_handlers()  # first: it must run after every library's exit handler
    exit_with(main())  # report and chart: no ~0.2 s of freeing Qt's and matplotlib's objects
