"""Reading a spreadsheet's doses: a CSV with the columns time, amount, unit and
(optionally) product and note.

Each row is checked the way a dose typed into the app is; the first problem rejects
the whole file with a message naming the row (the header is row 1) and the column.
Each row gets a stable id made from its instant, amount, unit and product, so
importing the same file again adds nothing.
"""

from __future__ import annotations

import csv
import hashlib
import io
from collections.abc import Iterator
from datetime import datetime, tzinfo

from recovery_journal.domain.errors import ValidationError
from recovery_journal.domain.models import MAX_AMOUNT, Dose, Product
from recovery_journal.domain.timeutil import parse_time, to_storage
from recovery_journal.domain.units import UNITS
from recovery_journal.domain.validation import parse_number
from recovery_journal.services.transfer_codec import build, check_not_future, short
from recovery_journal.services.transfer_data import (
    ImportRejected,
    PendingEntry,
    PendingImport,
    PendingNamed,
    rejected,
)
from recovery_journal.storage.journal import Journal
from recovery_journal.storage.repositories import EntryRepository, NamedRepository

REQUIRED = ("time", "amount", "unit")
OPTIONAL = ("product", "note")
_DELIMITERS = (",", ";", "\t")
_UNITS_BY_FOLDED = {unit.casefold(): unit for unit in UNITS}
DoseKey = tuple[str, float, str, str]


def dose_key(dose: Dose, product_name: str) -> DoseKey:
    """What makes two doses the same: instant, amount, unit and product (any case)."""
    return to_storage(dose.at)[0], float(dose.amount), dose.unit, product_name.casefold()


def csv_uid(key: DoseKey) -> str:
    """The stable id of a dose read from a CSV row."""
    instant, amount, unit, product = key
    digest = hashlib.sha256(f"{instant}|{amount!r}|{unit}|{product}".encode()).hexdigest()
    return "csv-" + digest[:32]


class DoseCsvReader:
    """One CSV file's doses, compared with the doses and products already logged."""

    def __init__(self, journal: Journal, zone: tzinfo, now: datetime) -> None:
        self._zone, self._now = zone, now
        self._products = NamedRepository(journal.db, "products", Product)
        self._named: dict[str, PendingNamed] = {}
        names = {p.id: p.name for p in self._products.with_removed()}
        self._logged = {
            dose_key(dose, names.get(dose.product_id, ""))
            for dose in EntryRepository(journal.db, Dose).between()
        }

    def read(self, text: str) -> PendingImport:
        rows, warnings, decimal_comma = _table(text)
        entries: list[PendingEntry] = []
        seen: dict[str, int] = {}
        present = 0
        for number, values in rows:
            where = f"Row {number}"
            dose, product = self._dose(values, where, decimal_comma=decimal_comma)
            if dose_key(dose, product) in self._logged:
                present += 1
            elif dose.uid in seen:
                warnings.append(f"{where} repeats row {seen[dose.uid]}; it was counted once.")
            else:
                seen[dose.uid] = number
                product_uid = self._named[product.casefold()].item.uid if product else None
                entries.append(PendingEntry(dose, where, {"product_id": product_uid}))
        return PendingImport(
            products=tuple(self._named.values()),
            entries=tuple(entries),
            known_present={"doses": present} if present else {},
            warnings=tuple(warnings),
        )

    def _dose(self, values: dict[str, str], where: str, *, decimal_comma: bool) -> tuple[Dose, str]:
        try:
            at = parse_time(values["time"], "time", self._zone)
            amount = parse_number(
                values["amount"], "amount", 0, MAX_AMOUNT, "," if decimal_comma else "."
            )
        except ValidationError as error:
            raise rejected(where, error.field, error.message) from None
        unit = _UNITS_BY_FOLDED.get(values["unit"].strip().casefold())
        if unit is None:
            raise rejected(where, "unit", f"must be one of: {', '.join(UNITS)}")
        product = values.get("product", "").strip()
        fields = {"at": at, "amount": amount, "unit": unit, "note": values.get("note", "")}
        dose = build(Dose, fields, where)
        check_not_future(dose, self._now, where)
        if product:
            product = self._product(product, unit, where).item.name
        key = dose_key(dose, product)
        return build(Dose, {**fields, "uid": csv_uid(key)}, where), product

    def _product(self, name: str, unit: str, where: str) -> PendingNamed:
        """The product a row names: on the list already, or new (once per file)."""
        folded = name.casefold()
        if folded not in self._named:
            found: Product | None = self._products.find(name)
            if found is None:
                form = (
                    "capsule" if unit == "capsule" else "powder" if unit in ("g", "mg") else "other"
                )
                found = build(Product, {"name": name, "unit": unit, "form": form}, where)
            self._named[folded] = PendingNamed(found)
        product = self._named[folded].item
        assert isinstance(product, Product)
        if product.unit != unit and not {product.unit, unit} <= {"g", "mg"}:
            raise rejected(where, "unit", f"'{short(product.name)}' is measured in {product.unit}")
        return self._named[folded]


Rows = Iterator[tuple[int, dict[str, str]]]


def _table(text: str) -> tuple[Rows, list[str], bool]:
    """The rows' values by column name, notes on the header, and whether 2,5 means 2.5."""
    delimiter = _delimiter(text)
    records = _records(text, delimiter)
    header_row, header = next(((n, cells) for n, cells in records if _filled(cells)), (1, []))
    columns, warnings = _columns(header, header_row)
    return _values(records, len(header), columns), warnings, delimiter == ";"


def _values(records: Iterator[tuple[int, list[str]]], width: int, columns: dict[str, int]) -> Rows:
    for number, cells in records:
        if not _filled(cells):
            continue
        if len(cells) > width:
            raise ImportRejected(f"Row {number} has more values than the header has columns")
        yield number, {name: cells[i] if i < len(cells) else "" for name, i in columns.items()}


def _delimiter(text: str) -> str:
    """Comma, or the semicolon or tab a spreadsheet in another locale writes."""
    first_line = text.lstrip("\r\n").split("\n", 1)[0]
    return max(_DELIMITERS, key=first_line.count)


def _records(text: str, delimiter: str) -> Iterator[tuple[int, list[str]]]:
    """Rows with their numbers as a spreadsheet shows them (the header is row 1)."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    number = 0
    while True:
        number += 1
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error:
            raise ImportRejected(
                f"Row {number} cannot be read: a value is too long or is not valid CSV"
            ) from None
        yield number, cells


def _filled(cells: list[str]) -> bool:
    return any(cell.strip() for cell in cells)


def _columns(header: list[str], row: int) -> tuple[dict[str, int], list[str]]:
    """Where each column we read is; the names of the columns left aside."""
    names = [cell.strip().casefold() for cell in header]
    for name in REQUIRED:
        if name not in names:
            raise ImportRejected(
                f"Row {row} must name the columns time, amount and unit (product and note "
                f"may follow); the column '{name}' is missing"
            )
    columns: dict[str, int] = {}
    ignored: list[str] = []
    for index, name in enumerate(names):
        if name in columns:
            raise ImportRejected(f"Row {row} names the column '{short(name)}' twice")
        if name in REQUIRED or name in OPTIONAL:
            columns[name] = index
        elif name:
            ignored.append(f"'{short(header[index].strip())}'")
    warnings = []
    if ignored:
        listed = ", ".join(ignored[:5]) + (" …" if len(ignored) > 5 else "")
        warnings.append(f"These columns were left aside: {listed}.")
    return columns, warnings
