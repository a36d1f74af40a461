"""Domain objects to JSON values and back, one rule per field type.

Decoding checks every value's JSON type, then builds the domain dataclass, whose own
validation checks the rest: an import goes through the same validation as typing
the entry in. Errors name the item and the field (``entries.doses[12], amount: …``)
and never repeat the value itself.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Mapping
from datetime import UTC, date, datetime, timedelta
from typing import Any, TypeVar

from recovery_journal.domain.errors import ValidationError
from recovery_journal.domain.models import Entry, SleepEntry
from recovery_journal.domain.record import record
from recovery_journal.domain.taper import TaperInputs, TaperStep
from recovery_journal.domain.timeutil import check_year
from recovery_journal.services.journal_service import FUTURE_LEEWAY
from recovery_journal.services.transfer_data import ImportRejected, rejected

T = TypeVar("T")

LINK_FIELDS = ("product_id", "trigger_ids", "trigger_id")
"""Fields that point at products or triggers: by integer id inside, by uid in a file."""
_RENAMED = {
    "at": "time",
    "product_id": "product",
    "trigger_ids": "triggers",
    "trigger_id": "trigger",
}
_FIRST, _LAST = ("uid", "time"), ("note", "for_clinician")
_UID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}")
_MAX_TIME_CHARS = 40


class _Bad(Exception):
    """A value of the wrong shape; the message says what it must be."""


# -- encoding ---------------------------------------------------------------------------
def json_value(value: Any) -> Any:
    """A field value as JSON: times and dates as ISO 8601, tuples as lists."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [json_value(item) for item in value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return encode(value)
    return value


def encode(obj: Any, links: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """A dataclass as a JSON object; reference fields take their values from ``links``."""
    out: dict[str, Any] = {}
    for f in dataclasses.fields(obj):
        if f.name == "id":
            continue
        key = _RENAMED.get(f.name, f.name)
        out[key] = (
            (links or {})[f.name] if f.name in LINK_FIELDS else json_value(getattr(obj, f.name))
        )
    first = {key: out.pop(key) for key in _FIRST if key in out}
    last = {key: out.pop(key) for key in _LAST if key in out}
    return {**first, **out, **last}


# -- decoding ---------------------------------------------------------------------------
@record
class Decoded:
    """A file's object split into the dataclass's values, its links and extra keys."""

    values: dict[str, Any]
    links: dict[str, Any]
    extra: dict[str, Any]


def short(text: str, limit: int = 30) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def decode(cls: type, raw: object, where: str, extra: tuple[str, ...] = ()) -> Decoded:
    """Check an object's keys and value types against ``cls``'s fields."""
    if not isinstance(raw, dict):
        raise ImportRejected(f"{where} must be an object with named fields")
    fields = {_RENAMED.get(f.name, f.name): f for f in dataclasses.fields(cls) if f.name != "id"}
    for key in raw:
        if key not in fields and key not in extra:
            raise rejected(where, short(str(key)), "is not a field this version knows")
    decoded = Decoded({}, {}, {key: raw[key] for key in extra if key in raw})
    for key, f in fields.items():
        if key not in raw:
            if _required(f):
                raise rejected(where, key, "is missing")
            continue
        target = decoded.links if f.name in LINK_FIELDS else decoded.values
        try:
            target[f.name] = _convert(f, raw[key], f"{where}.{key}")
        except _Bad as error:
            raise rejected(where, key, str(error)) from None
    return decoded


def build(cls: Callable[..., T], values: Mapping[str, Any], where: str) -> T:
    """The domain object, through its own validation."""
    try:
        return cls(**values)
    except ValidationError as error:
        raise rejected(where, error.field, error.message) from None


def decode_object(cls: Callable[..., T], raw: object, where: str) -> T:
    """A plain dataclass (no links, no extra keys) from a file's object."""
    return build(cls, decode(cls, raw, where).values, where)  # type: ignore[arg-type]


def moment(value: object, where: str, key: str) -> datetime:
    """An ISO 8601 date and time with its UTC offset."""
    try:
        return _datetime(value)
    except _Bad as error:
        raise rejected(where, key, str(error)) from None


def check_not_future(entry: Entry, now: datetime, where: str) -> None:
    """Entries record what happened: back-dating is fine, the future is not."""
    if entry.at.astimezone(UTC) > now.astimezone(UTC) + FUTURE_LEEWAY:
        field_name = "out of bed" if isinstance(entry, SleepEntry) else "time"
        raise rejected(where, field_name, "is in the future; entries cannot be future-dated")


def plan_uid(value: object, where: str) -> str:
    """A plan version's uid, which the file keeps beside the version's own fields."""
    if value is None:
        raise rejected(where, "uid", "is missing")
    try:
        return check_uid(value)
    except _Bad as error:
        raise rejected(where, "uid", str(error)) from None


def check_uid(value: object) -> str:
    if not isinstance(value, str) or not _UID.fullmatch(value):
        raise _Bad("must be an id of letters and digits (at most 100)")
    return value


def _required(f: dataclasses.Field[Any]) -> bool:
    no_default = f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
    return no_default or f.name == "uid"  # a new uid on every import would duplicate entries


def _convert(f: dataclasses.Field[Any], value: object, where: str) -> Any:
    if f.name == "uid":
        return check_uid(value)
    if f.name == "trigger_ids":
        if not isinstance(value, list):
            raise _Bad("must be a list of trigger ids")
        return tuple(check_uid(item) for item in value)
    if f.name in LINK_FIELDS:
        return None if value is None else check_uid(value)
    kind = str(f.type)
    if value is None:
        if kind.endswith(" | None"):
            return None
        raise _Bad("must not be empty")
    return _CONVERTERS[kind.removesuffix(" | None")](value, where)


def _text(value: object, where: str) -> str:
    if not isinstance(value, str):
        raise _Bad("must be text")
    return value


def _whole(value: object, where: str = "") -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise _Bad("must be a whole number")
    return value


def _number(value: object, where: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise _Bad("must be a number")
    try:
        return float(value)
    except OverflowError:
        raise _Bad("is far too large") from None


def _yes_no(value: object, where: str = "") -> bool:
    if not isinstance(value, bool):
        raise _Bad("must be true or false")
    return value


def _date(value: object, where: str) -> date:
    try:
        return check_year(date.fromisoformat(_text(value, where)), "date")
    except (ValueError, ValidationError):
        raise _Bad("must be a date like 2026-03-01 (years 1900 to 2200)") from None


def _datetime(value: object, where: str = "") -> datetime:
    if not isinstance(value, str) or len(value) > _MAX_TIME_CHARS:
        raise _Bad("must be a date and time like 2026-03-01T08:30:00+01:00")
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise _Bad("must be a date and time like 2026-03-01T08:30:00+01:00") from None
    try:
        check_year(parsed, "time")
    except ValidationError:
        raise _Bad("must be between the years 1900 and 2200") from None
    offset = parsed.utcoffset()
    if offset is None:
        raise _Bad("must include its UTC offset, like 2026-03-01T08:30:00+01:00")
    if offset % timedelta(minutes=1):
        raise _Bad("must have a UTC offset in whole minutes")
    return parsed


def _list_of(item: Callable[[object], T], what: str) -> Callable[[object, str], tuple[T, ...]]:
    def convert(value: object, where: str) -> tuple[T, ...]:
        if not isinstance(value, list):
            raise _Bad(f"must be a list of {what}")
        return tuple(item(element) for element in value)

    return convert


def _steps(value: object, where: str) -> tuple[TaperStep, ...]:
    if not isinstance(value, list):
        raise _Bad("must be a list of steps")
    return tuple(decode_object(TaperStep, step, f"{where}[{i}]") for i, step in enumerate(value))


_CONVERTERS: dict[str, Callable[[object, str], Any]] = {
    "str": _text,
    "int": _whole,
    "float": _number,
    "bool": _yes_no,
    "date": _date,
    "datetime": _datetime,
    "tuple[int, ...]": _list_of(_whole, "whole numbers"),
    "tuple[bool, ...]": _list_of(_yes_no, "true/false answers"),
    "TaperInputs": lambda value, where: decode_object(TaperInputs, value, where),
    "tuple[TaperStep, ...]": _steps,
}
