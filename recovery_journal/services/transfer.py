"""Export and import: the use cases the app and the CLI call.

Import is two steps, so the app can ask before it writes:
:func:`plan_import` reads and validates the whole file and counts what is new and
what is already present, without changing anything; :func:`apply_import` then adds
the new items in one transaction. A rejected or cancelled import changes nothing.
Exports (:func:`export_json`, :func:`export_csv`) write plain, unencrypted files.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, tzinfo
from pathlib import Path

from recovery_journal.domain.timeutil import local_zone, now
from recovery_journal.services.export import export_json
from recovery_journal.services.export_csv import export_csv
from recovery_journal.services.import_csv import DoseCsvReader
from recovery_journal.services.import_json import parse_export
from recovery_journal.services.transfer_data import (
    NOT_ENCRYPTED,
    ExportCancelled,
    ExportFailed,
    ExportSummary,
    ImportCancelled,
    ImportPlan,
    ImportRejected,
    ImportResult,
    KindCounts,
    Progress,
    read_text,
)
from recovery_journal.services.transfer_merge import Merger
from recovery_journal.storage.journal import Journal

FILE_FORMATS = ("json", "csv")

__all__ = [
    "FILE_FORMATS",
    "NOT_ENCRYPTED",
    "ExportCancelled",
    "ExportFailed",
    "ExportSummary",
    "ImportCancelled",
    "ImportPlan",
    "ImportRejected",
    "ImportResult",
    "KindCounts",
    "apply_import",
    "export_csv",
    "export_json",
    "import_file",
    "plan_import",
]


def plan_import(
    journal: Journal,
    path: Path,
    file_format: str | None = None,
    *,
    zone: tzinfo | None = None,
    clock: Callable[[], datetime] | None = None,
) -> ImportPlan:
    """Read and validate ``path`` (a JSON export, or a CSV of doses) and count what
    importing it would add. Changes nothing; raises :class:`ImportRejected`.

    ``file_format`` is ``"json"`` or ``"csv"`` (default: from the file name's ending).
    Times without an offset in a CSV are local to ``zone`` (default: the ``TZ`` zone).
    """
    path = Path(path)
    file_format = file_format or path.suffix.lower().lstrip(".")
    if file_format not in FILE_FORMATS:
        raise ImportRejected(f"{path.name} is not a .json export or a .csv file of doses")
    zone = zone or local_zone()
    moment = clock() if clock is not None else now(zone)
    text = read_text(path)
    if file_format == "json":
        pending = parse_export(text, moment)
    else:
        pending = DoseCsvReader(journal, zone, moment).read(text)
    counts, warnings = Merger(journal, pending, write=False).run()
    return ImportPlan(path, counts, warnings, pending)


def apply_import(
    journal: Journal,
    plan: ImportPlan,
    *,
    before_write: Callable[[], None] | None = None,
    progress: Progress | None = None,
) -> ImportResult:
    """Add what ``plan`` found new, in one transaction.

    ``before_write`` runs only when there is something to write, just before the
    transaction opens (the app makes a safety backup there). ``progress`` returning
    False cancels (:class:`ImportCancelled`) and nothing is saved.
    """
    if plan.new_total == 0:
        return ImportResult(plan.counts, plan.warnings)
    if before_write is not None:
        before_write()
    with journal.transaction():
        counts, warnings = Merger(journal, plan.pending, write=True, progress=progress).run()
    return ImportResult(counts, warnings)


def import_file(
    journal: Journal,
    path: Path,
    file_format: str | None = None,
    *,
    before_write: Callable[[], None] | None = None,
    progress: Progress | None = None,
    zone: tzinfo | None = None,
    clock: Callable[[], datetime] | None = None,
) -> ImportResult:
    """:func:`plan_import` and :func:`apply_import` in one call (no question asked)."""
    plan = plan_import(journal, path, file_format, zone=zone, clock=clock)
    return apply_import(journal, plan, before_write=before_write, progress=progress)
