"""``recovery-journal-cli export …`` and ``import …``: plain-text copies of the journal,
and bringing data in from an export or a spreadsheet of doses.

Exports are written whole or not at all and are NOT encrypted (a note on standard
error says so). An import is checked completely before anything is written; a file
with a problem is refused with a message naming the row and field, and nothing changes.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TextIO

from recovery_journal.services.transfer import (
    FILE_FORMATS,
    NOT_ENCRYPTED,
    apply_import,
    export_csv,
    export_json,
    plan_import,
)
from recovery_journal.services.transfer_data import Progress
from recovery_journal.storage.journal import Journal


def add_export_parser(export: argparse.ArgumentParser) -> None:
    """The ``export`` command's arguments."""
    export.add_argument(
        "format", choices=FILE_FORMATS, help="json (everything) or csv (a zip of CSV files)"
    )
    export.add_argument("--out", required=True, metavar="FILE", help="the file to write")


def add_import_parser(parser: argparse.ArgumentParser) -> None:
    """The ``import`` command's arguments."""
    parser.add_argument(
        "format", choices=FILE_FORMATS, help="json (an export) or csv (doses: time,amount,unit,…)"
    )
    parser.add_argument("file", metavar="FILE", help="the file to read")


def run_export(journal: Journal, args: argparse.Namespace, stderr: TextIO) -> str:
    """Write the export; returns the text to print (the not-encrypted note goes to stderr)."""
    out = Path(args.out)
    write = export_json if args.format == "json" else export_csv
    summary = write(journal, out, progress=_progress(stderr, "entries read"))
    print("Note: " + NOT_ENCRYPTED.format(path=out), file=stderr)
    return summary.describe()


def run_import(journal: Journal, args: argparse.Namespace, stderr: TextIO) -> str:
    """Import the file; returns the text to print (warnings go to stderr)."""
    plan = plan_import(journal, Path(args.file), args.format)
    result = apply_import(
        journal,
        plan,
        before_write=lambda: _back_up(journal),  # a safety copy, as the app takes
        progress=_progress(stderr, "entries imported"),
    )
    for warning in result.warnings:
        print(f"Note: {warning}", file=stderr)
    return result.describe()


def _progress(stderr: TextIO, what: str) -> Progress:
    """A progress line on standard error when it is a terminal."""

    def report(done: int, total: int) -> bool:
        if stderr.isatty():
            stderr.write(f"\r{done}/{total} {what}")
            if done >= total:
                stderr.write("\n")
            stderr.flush()
        return True

    return report


def _back_up(journal: Journal) -> None:
    from recovery_journal.services.backup_service import BackupService

    BackupService(journal).before_import()
