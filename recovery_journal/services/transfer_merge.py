"""Merging validated import items into a journal: never wiping, never duplicating.

One code path serves the preview and the import itself: with ``write=False`` it
only counts what would be added (and what is already present) without touching
the journal; with ``write=True`` it runs inside the caller's one transaction.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any

from recovery_journal.domain.models import Entry, Product, SleepEntry, Trigger
from recovery_journal.services.transfer_data import (
    ENTRY_KEYS,
    LABELS,
    ImportCancelled,
    KindCounts,
    PendingEntry,
    PendingImport,
    PendingNamed,
    Progress,
    rejected,
)
from recovery_journal.storage.journal import Journal
from recovery_journal.storage.plans import PlanRepository
from recovery_journal.storage.repositories import (
    ENTRY_TABLE,
    EntryRepository,
    NamedRepository,
    SettingsRepository,
)
from recovery_journal.storage.transfer import TransferRepository

PROGRESS_EVERY = 200  # entries between progress reports
_LINK_KEYS = {"product_id": "product", "trigger_ids": "triggers", "trigger_id": "trigger"}


class Merger:
    """Compares a file's items with the journal and adds the new ones."""

    def __init__(
        self,
        journal: Journal,
        pending: PendingImport,
        *,
        write: bool,
        progress: Progress | None = None,
    ) -> None:
        self._db = journal.db
        self._pending = pending
        self._write = write
        self._progress = progress
        self._transfer = TransferRepository(self._db)
        self._counts: dict[str, KindCounts] = {}
        self._warnings = list(pending.warnings)
        self._next_preview_id = 0

    def run(self) -> tuple[dict[str, KindCounts], tuple[str, ...]]:
        """What was (or would be) added and found present, by kind; and any warnings."""
        products = self._merge_named("products", Product, self._pending.products)
        triggers = self._merge_named("triggers", Trigger, self._pending.triggers)
        self._merge_entries(
            {"product_id": products, "trigger_ids": triggers, "trigger_id": triggers}
        )
        self._merge_plan()
        self._merge_settings()
        for key, present in self._pending.known_present.items():
            self._count(key, present=present)
        ordered = {key: self._counts[key] for key in LABELS if key in self._counts}
        return ordered, tuple(self._warnings)

    def _count(self, key: str, *, new: int = 0, present: int = 0) -> None:
        old = self._counts.get(key, KindCounts())
        self._counts[key] = KindCounts(old.new + new, old.present + present)

    def _preview_id(self) -> int:
        """A stand-in id for an item a preview would add (real ids are positive)."""
        self._next_preview_id -= 1
        return self._next_preview_id

    # -- products and triggers --------------------------------------------------------
    def _merge_named(
        self, table: str, cls: type[Product] | type[Trigger], pending: tuple[PendingNamed, ...]
    ) -> dict[str, int]:
        """The file's uids (and the journal's) → ids in this journal."""
        ids = self._transfer.ids_by_uid(table)
        repo = NamedRepository(self._db, table, cls)
        for item in pending:
            if item.item.uid in ids:
                self._count(table, present=1)
                continue
            same_name = None if item.removed else repo.find(item.item.name)
            if same_name is not None:  # "Red powder" from the file is this journal's one
                ids[item.item.uid] = same_name.id
                self._count(table, present=1)
                continue
            ids[item.item.uid] = (
                self._transfer.insert_named(table, item.item, removed=item.removed)
                if self._write
                else self._preview_id()
            )
            self._count(table, new=1)
        return ids

    # -- entries ----------------------------------------------------------------------
    def _merge_entries(self, targets: Mapping[str, dict[str, int]]) -> None:
        known = {table: set(self._transfer.ids_by_uid(table)) for table in ENTRY_KEYS}
        nights = {sleep.night for sleep in EntryRepository(self._db, SleepEntry).between()}
        crowded: list[str] = []
        total = len(self._pending.entries)
        for done, pending in enumerate(self._pending.entries, start=1):
            table = ENTRY_TABLE[type(pending.entry)]
            entry = pending.entry
            if entry.uid in known[table]:
                self._count(table, present=1)
            elif isinstance(entry, SleepEntry) and entry.night in nights:
                crowded.append(entry.night.isoformat())
                self._count(table, present=1)
            else:
                self._add_entry(table, pending, self._linked(pending, targets))
                known[table].add(entry.uid)
                if isinstance(entry, SleepEntry):
                    nights.add(entry.night)
                self._count(table, new=1)
            self._report(done, total)
        if crowded:
            self._warnings.append(
                f"{len(crowded)} sleep diaries were left out because this journal already has "
                f"one for those nights: {', '.join(sorted(crowded))}."
            )

    def _linked(self, pending: PendingEntry, targets: Mapping[str, dict[str, int]]) -> Entry:
        """The entry pointing at this journal's products and triggers."""
        values: dict[str, Any] = {}
        for name, ref in pending.links.items():
            ids = targets[name]
            if name == "trigger_ids":
                values[name] = tuple(sorted({_resolve(ids, uid, pending, name) for uid in ref}))
            else:
                values[name] = None if ref is None else _resolve(ids, ref, pending, name)
        return dataclasses.replace(pending.entry, **values) if values else pending.entry

    def _add_entry(self, table: str, pending: PendingEntry, entry: Entry) -> None:
        if not self._write:
            return
        saved = EntryRepository(self._db, type(entry)).add(entry)
        if pending.stamps is not None and saved.id is not None:
            self._transfer.set_entry_stamps(table, saved.id, pending.stamps)

    def _report(self, done: int, total: int) -> None:
        if self._progress is None or (done % PROGRESS_EVERY and done != total):
            return
        if not self._progress(done, total):
            raise ImportCancelled("The import was cancelled; nothing was changed.")

    # -- the taper plan and settings --------------------------------------------------
    def _merge_plan(self) -> None:
        versions = self._pending.plan_versions
        if not versions:
            return
        plans = PlanRepository(self._db)
        if plans.versions():
            known = self._transfer.ids_by_uid("taper_plans")
            self._count("taper_plans", present=len(versions))
            if any(version.uid not in known for version in versions):
                self._warnings.append(
                    "The taper plan in the file was not imported: this journal already has a plan."
                )
            return
        for pending in versions:
            if self._write:
                plan = pending.plan
                stored = plans.add_version(
                    change=plan.change,
                    unit=plan.unit,
                    track_key=plan.track_key,
                    inputs=plan.inputs,
                    steps=plan.steps,
                    note=plan.note,
                    created=plan.created,
                )
                self._transfer.set_plan_identity(stored.id, pending.uid, plan.version)
            self._count("taper_plans", new=1)

    def _merge_settings(self) -> None:
        settings = SettingsRepository(self._db)
        for name, value in self._pending.settings.items():
            if settings.get(name) is not None:
                self._count("settings", present=1)
                continue
            if self._write:
                settings.set(name, value)
            self._count("settings", new=1)


def _resolve(ids: Mapping[str, int], uid: str, pending: PendingEntry, link: str) -> int:
    """This journal's id for a product or trigger the file names by uid."""
    if uid not in ids:
        what = "product" if link == "product_id" else "trigger"
        raise rejected(
            pending.where, _LINK_KEYS[link], f"names a {what} that is neither in the file nor here"
        )
    return ids[uid]
