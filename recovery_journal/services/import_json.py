"""Reading the project's own JSON export (format version 1) into validated items.

Nothing here touches the journal: the whole file is checked first, and the first
problem found rejects it with a message naming the item and the field.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from recovery_journal.domain.errors import ValidationError
from recovery_journal.domain.models import Product, Trigger
from recovery_journal.domain.settings import SETTINGS
from recovery_journal.domain.taper_changes import PlanVersion
from recovery_journal.domain.taper_tracking import check_track_key
from recovery_journal.domain.units import UNITS
from recovery_journal.domain.validation import check_choice
from recovery_journal.services.transfer_codec import (
    build,
    check_not_future,
    decode,
    moment,
    plan_uid,
    short,
)
from recovery_journal.services.transfer_data import (
    ENTRY_KEYS,
    FORMAT_NAME,
    FORMAT_VERSION,
    ImportRejected,
    PendingEntry,
    PendingImport,
    PendingNamed,
    PendingPlanVersion,
    rejected,
)

_PARTS = ("products", "triggers", "entries", "taper_plans", "settings")
_INFORMATION = ("format", "version", "exported_at", "app_version")
_NOT_AN_EXPORT = "This file is not a Recovery Journal export (made with Export → JSON)"


def parse_export(text: str, now: datetime) -> PendingImport:
    """Every item in an export, validated; entries may not lie after ``now``."""
    document = _load(text)
    _check_header(document)
    warnings: list[str] = []
    return PendingImport(
        products=_named(document, "products", Product),
        triggers=_named(document, "triggers", Trigger),
        entries=_entries(document, now),
        plan_versions=_plan_versions(document),
        settings=_settings(document, warnings),
        warnings=tuple(warnings),
    )


def _load(text: str) -> dict[str, Any]:
    if not text.lstrip().startswith("{"):
        raise ImportRejected(_NOT_AN_EXPORT)
    try:
        document = json.loads(text, parse_constant=_refuse_constant)
    except json.JSONDecodeError as error:
        raise ImportRejected(
            "The file is not complete JSON; it may have been cut off or damaged "
            f"(line {error.lineno}, column {error.colno})"
        ) from None
    except (ValueError, RecursionError):
        raise ImportRejected(_NOT_AN_EXPORT) from None
    if not isinstance(document, dict):
        raise ImportRejected(_NOT_AN_EXPORT)
    return document


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number")


def _check_header(document: dict[str, Any]) -> None:
    if document.get("format") != FORMAT_NAME:
        raise ImportRejected(_NOT_AN_EXPORT)
    version = document.get("version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise ImportRejected("This export does not say which format version it uses")
    if version > FORMAT_VERSION:
        raise ImportRejected(
            "This export was made by a newer version of Recovery Journal "
            f"(format version {short(str(version))}); this version reads version {FORMAT_VERSION}"
        )
    if version != FORMAT_VERSION:
        raise ImportRejected(f"This export's format version ({version}) is not one this app reads")
    for key in document:
        if key not in _PARTS and key not in _INFORMATION:
            raise ImportRejected(
                f"This export has a part '{short(str(key))}' this version does not know"
            )


def _list(section: dict[str, Any], key: str, where: str) -> list[Any]:
    value = section.get(key, [])
    if not isinstance(value, list):
        raise ImportRejected(f"{where} must be a list")
    return value


def _named(
    document: dict[str, Any], key: str, cls: type[Product] | type[Trigger]
) -> tuple[PendingNamed, ...]:
    pending: list[PendingNamed] = []
    uids: set[str] = set()
    live_names: set[str] = set()
    for index, raw in enumerate(_list(document, key, key)):
        where = f"{key}[{index}]"
        decoded = decode(cls, raw, where, extra=("removed",))
        removed = decoded.extra.get("removed", False)
        if not isinstance(removed, bool):
            raise rejected(where, "removed", "must be true or false")
        item = build(cls, decoded.values, where)
        assert isinstance(item, Product | Trigger)
        _check_new_uid(item.uid, uids, where)
        if not removed:
            if item.name.casefold() in live_names:
                raise rejected(where, "name", "is on the list twice")
            live_names.add(item.name.casefold())
        pending.append(PendingNamed(item, removed))
    return tuple(pending)


def _check_new_uid(uid: str, seen: set[str], where: str) -> None:
    if uid in seen:
        raise rejected(where, "uid", "appears twice in this file")
    seen.add(uid)


def _entries(document: dict[str, Any], now: datetime) -> tuple[PendingEntry, ...]:
    section = document.get("entries", {})
    if not isinstance(section, dict):
        raise ImportRejected("entries must be an object with one list per kind of entry")
    for key in section:
        if key not in ENTRY_KEYS:
            raise ImportRejected(
                f"entries has a kind '{short(str(key))}' this version does not know"
            )
    pending: list[PendingEntry] = []
    for key, kind in ENTRY_KEYS.items():
        uids: set[str] = set()
        for index, raw in enumerate(_list(section, key, f"entries.{key}")):
            where = f"entries.{key}[{index}]"
            decoded = decode(kind, raw, where, extra=("created", "updated"))
            entry = build(kind, decoded.values, where)
            check_not_future(entry, now, where)
            _check_new_uid(entry.uid, uids, where)
            pending.append(PendingEntry(entry, where, decoded.links, _stamps(decoded.extra, where)))
    return tuple(pending)


def _stamps(extra: dict[str, Any], where: str) -> tuple[datetime, datetime | None] | None:
    """When the entry was first written and last edited, if the file says."""
    if extra.get("created") is None:
        return None
    created = moment(extra["created"], where, "created")
    updated = extra.get("updated")
    return created, None if updated is None else moment(updated, where, "updated")


def _plan_versions(document: dict[str, Any]) -> tuple[PendingPlanVersion, ...]:
    versions: list[PendingPlanVersion] = []
    uids: set[str] = set()
    for index, raw in enumerate(_list(document, "taper_plans", "taper_plans")):
        where = f"taper_plans[{index}]"
        decoded = decode(PlanVersion, raw, where, extra=("uid",))
        uid = plan_uid(decoded.extra.get("uid"), where)
        plan = build(PlanVersion, {**decoded.values, "id": 0}, where)
        _check_plan(plan, where)
        _check_new_uid(uid, uids, where)
        if versions and plan.version <= versions[-1].plan.version:
            raise rejected(where, "version", "must be higher than the one before")
        versions.append(PendingPlanVersion(uid, plan))
    return tuple(versions)


def _check_plan(plan: PlanVersion, where: str) -> None:
    """What a stored plan version always is, beyond its own checks."""
    try:
        check_choice(plan.unit, "unit", UNITS)
        check_track_key(plan.track_key, plan.unit)
    except ValidationError as error:
        raise rejected(where, error.field, error.message) from None
    numbers = [step.number for step in plan.steps]
    if not numbers or numbers != list(range(1, len(numbers) + 1)):
        raise rejected(where, "steps", "must be numbered 1, 2, 3, … in order")


def _settings(document: dict[str, Any], warnings: list[str]) -> dict[str, Any]:
    section = document.get("settings", {})
    if not isinstance(section, dict):
        raise ImportRejected("settings must be an object of named values")
    settings: dict[str, Any] = {}
    for name, value in section.items():
        setting = SETTINGS.get(name)
        if setting is None:
            warnings.append(
                f"The setting '{short(name)}' is unknown to this version; it was left out."
            )
            continue
        try:
            settings[name] = setting.check(value)
        except ValidationError as error:
            raise rejected("settings", name, error.message) from None
    return settings
