"""Turning domain dataclasses into rows and back, one rule per field type."""

from __future__ import annotations

import dataclasses
import json
from datetime import date, datetime
from typing import Any, TypeVar

from recovery_journal.domain.timeutil import from_storage, to_storage

T = TypeVar("T")

# Fields kept outside the entry's own row.
LINKED_FIELDS = frozenset({"trigger_ids"})
_CLASS_ONLY = frozenset({"id"})


def to_row(obj: object) -> dict[str, Any]:
    """The columns for a dataclass instance (``id`` and linked fields excluded)."""
    row: dict[str, Any] = {}
    for field in dataclasses.fields(obj):  # type: ignore[arg-type]
        if field.name in LINKED_FIELDS or field.name in _CLASS_ONLY:
            continue
        value = getattr(obj, field.name)
        kind = str(field.type)
        if kind == "datetime":
            row[f"{field.name}_utc"], row[f"{field.name}_offset"] = to_storage(value)
        elif kind == "date":
            row[field.name] = value.isoformat()
        elif kind == "bool":
            row[field.name] = int(value)
        elif kind.startswith("tuple["):
            row[field.name] = json.dumps(list(value))
        else:
            row[field.name] = value
    return row


def from_row(cls: type[T], row: dict[str, Any], **extra: Any) -> T:
    """Rebuild a dataclass from its row (validation runs again on the way out)."""
    values: dict[str, Any] = {}
    for field in dataclasses.fields(cls):  # type: ignore[arg-type]
        if field.name in LINKED_FIELDS:
            continue
        kind = str(field.type)
        if kind == "datetime":
            values[field.name] = from_storage(row[f"{field.name}_utc"], row[f"{field.name}_offset"])
        elif kind == "date":
            values[field.name] = date.fromisoformat(row[field.name])
        elif kind == "bool":
            values[field.name] = bool(row[field.name])
        elif kind.startswith("tuple["):
            values[field.name] = tuple(json.loads(row[field.name]))
        else:
            values[field.name] = row[field.name]
    values.update(extra)
    return cls(**values)


def moment_text(moment: datetime) -> str:
    """The sortable UTC text a datetime is stored and compared as."""
    return to_storage(moment)[0]
