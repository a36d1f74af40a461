"""Exporting the journal as CSV files in one zip: one file per kind of entry, plus the
product and trigger lists. For spreadsheets: local times, names instead of ids.

The result is NOT encrypted. Deleted entries are left out.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import zipfile
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any, BinaryIO

from recovery_journal.domain import scales
from recovery_journal.domain.models import (
    Entry,
    Product,
    Questionnaire,
    SelfReflection,
    SleepEntry,
    SowsRating,
    SubstanceUse,
    Trigger,
)
from recovery_journal.services.export import links_of, named_lists, read_entries, write_whole
from recovery_journal.services.transfer_data import ENTRY_KEYS, ExportSummary, Progress
from recovery_journal.storage.journal import Journal

Table = tuple[str, list[str], list[list[str]]]
"""A CSV file: its name, header row and rows."""

_SKIPPED = frozenset({"id", "uid", "at", "note", "for_clinician"})
_RENAMED = {"product_id": "product", "trigger_ids": "triggers", "trigger_id": "trigger"}
_KIND_COLUMN = {Questionnaire: "questionnaire", SubstanceUse: "substance"}
_ITEM_COUNTS: dict[type[Entry], int] = {
    SowsRating: len(scales.SOWS_ITEMS),
    Questionnaire: max(len(q.items) for q in scales.QUESTIONNAIRES.values()),
    SelfReflection: len(scales.SELF_REFLECTION_QUESTIONS),
}
_DERIVED: dict[type[Entry], dict[str, Callable[[Any], object]]] = {
    SowsRating: {"total": lambda e: e.total},
    Questionnaire: {"total": lambda e: e.total},
    SelfReflection: {"count": lambda e: e.count},
    SleepEntry: {
        "time_in_bed_min": lambda e: e.time_in_bed_min,
        "total_sleep_min": lambda e: e.total_sleep_min,
        "efficiency_pct": lambda e: round(e.efficiency_pct, 1),
    },
}


def export_csv(journal: Journal, out: Path, *, progress: Progress | None = None) -> ExportSummary:
    """Write the zip of CSV files to ``out``."""
    entries = read_entries(journal, progress)
    lists = named_lists(journal)
    names = {table: {item.id: item.name for item, _ in items} for table, items in lists.items()}
    tables = [
        _named_table("products", Product, lists["products"]),
        _named_table("triggers", Trigger, lists["triggers"]),
    ]
    for key, kind in ENTRY_KEYS.items():
        rows = [_entry_row(e, names["products"], names["triggers"]) for e in entries[key]]
        tables.append((f"{key}.csv", _entry_header(kind), rows))
    write_whole(Path(out), lambda stream: _write_zip(stream, tables))
    counts = {key: len(items) for key, items in entries.items()}
    counts.update(products=len(lists["products"]), triggers=len(lists["triggers"]))
    return ExportSummary(Path(out), counts)


def _write_zip(stream: BinaryIO, tables: Iterable[Table]) -> None:
    with zipfile.ZipFile(stream, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, header, rows in tables:
            buffer = io.StringIO()
            writer = csv.writer(buffer, lineterminator="\r\n")
            writer.writerow(header)
            writer.writerows(rows)
            # The byte-order mark lets spreadsheet programs recognise UTF-8.
            archive.writestr(name, "\ufeff" + buffer.getvalue())


def _named_table(table: str, cls: type, items: Sequence[tuple[Any, bool]]) -> Table:
    columns = [f.name for f in dataclasses.fields(cls) if f.name not in ("id", "uid")]
    rows = [[*(cell(getattr(item, c)) for c in columns), cell(removed)] for item, removed in items]
    return f"{table}.csv", [*columns, "removed"], rows


def _entry_fields(kind: type[Entry]) -> list[dataclasses.Field[Any]]:
    return [f for f in dataclasses.fields(kind) if f.name not in _SKIPPED]


def _entry_header(kind: type[Entry]) -> list[str]:
    header = ["out_of_bed" if kind is SleepEntry else "time"]
    for f in _entry_fields(kind):
        if kind in _ITEM_COUNTS and f.name in ("scores", "answers"):
            header += [f"{f.name}_{n}" for n in range(1, _ITEM_COUNTS[kind] + 1)]
        elif f.name == "kind":
            header.append(_KIND_COLUMN[kind])
        else:
            header.append(_RENAMED.get(f.name, f.name))
    return [*header, *_DERIVED.get(kind, {}), "note", "for_clinician"]


def _entry_row(entry: Entry, products: dict[Any, str], triggers: dict[Any, str]) -> list[str]:
    kind = type(entry)
    links = links_of(entry, products, triggers)
    row = [cell(entry.at)]
    for f in _entry_fields(kind):
        value = links[f.name] if f.name in links else getattr(entry, f.name)
        if kind in _ITEM_COUNTS and f.name in ("scores", "answers"):
            row += [cell(v) for v in value] + [""] * (_ITEM_COUNTS[kind] - len(value))
        elif f.name == "trigger_ids":
            row.append("; ".join(sorted(value, key=str.casefold)))
        else:
            row.append(cell(value))
    row += [cell(derive(entry)) for derive in _DERIVED.get(kind, {}).values()]
    return [*row, entry.note, cell(entry.for_clinician)]


def cell(value: object) -> str:
    """A value as a spreadsheet reads it: local ISO times, yes/no, plain numbers."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, datetime):  # the time as it was on the clock then, with its offset
        plain = value.second == 0 and value.microsecond == 0
        return value.isoformat(timespec="minutes" if plain else "auto")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float):
        text = repr(value)
        return text.removesuffix(".0")
    return str(value)
