"""The few reads and writes that export and import need beyond the repositories.

Export and import keep what the repositories hide: which stable ids (``uid``)
exist in any state, when an entry was first written and last edited, which
products and triggers were removed, and a plan version's own uid. Everything
runs inside the caller's transaction.
"""

from __future__ import annotations

from datetime import UTC, datetime

from recovery_journal.domain.models import Product, Trigger
from recovery_journal.storage.mapping import moment_text, to_row
from recovery_journal.storage.migrations import ENTRY_TABLES
from recovery_journal.storage.repositories import utc_now_text
from recovery_journal.storage.sqlcipher import Database

NAMED_TABLES = ("products", "triggers")
_UID_TABLES = frozenset((*ENTRY_TABLES, *NAMED_TABLES, "taper_plans"))

Stamps = tuple[datetime, datetime | None]
"""When an entry was first written and last edited (None if never), in UTC."""


def _checked(table: str) -> str:
    if table not in _UID_TABLES:  # table names are never user input; this guards the f-strings
        raise ValueError(f"not a table with stable ids: {table}")
    return table


def _instant(text: str) -> datetime:
    return datetime.fromisoformat(text).astimezone(UTC)


class TransferRepository:
    """Stable ids, write times and removal marks, for export and import."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def ids_by_uid(self, table: str) -> dict[str, int]:
        """Every row's uid → id, deleted and removed rows included."""
        rows = self._db.execute(f"SELECT uid, id FROM {_checked(table)}").fetchall()
        return {str(uid): int(row_id) for uid, row_id in rows}

    def removed_uids(self, table: str) -> set[str]:
        """Uids of the products or triggers taken off the list."""
        if table not in NAMED_TABLES:
            raise ValueError(f"not a named list: {table}")
        sql = f"SELECT uid FROM {table} WHERE deleted_utc IS NOT NULL"
        return {str(row[0]) for row in self._db.execute(sql).fetchall()}

    def entry_stamps(self, table: str) -> dict[str, Stamps]:
        """Live entries' uid → (created, updated)."""
        sql = (
            f"SELECT uid, created_utc, updated_utc FROM {_checked(table)} WHERE deleted_utc IS NULL"
        )
        return {
            str(uid): (_instant(created), _instant(updated) if updated else None)
            for uid, created, updated in self._db.execute(sql).fetchall()
        }

    def set_entry_stamps(self, table: str, entry_id: int, stamps: Stamps) -> None:
        """Keep an imported entry's original write times."""
        created, updated = stamps
        self._db.execute(
            f"UPDATE {_checked(table)} SET created_utc = ?, updated_utc = ? WHERE id = ?",
            [moment_text(created), moment_text(updated) if updated else None, entry_id],
        )

    def insert_named(self, table: str, item: Product | Trigger, *, removed: bool) -> int:
        """Add a product or trigger with its own uid; a removed one stays removed.

        The caller has checked the name: a removed item may share its name with one on
        the list (as it can in the journal it came from).
        """
        if table not in NAMED_TABLES:
            raise ValueError(f"not a named list: {table}")
        row = to_row(item)
        row["created_utc"] = utc_now_text()
        row["deleted_utc"] = row["created_utc"] if removed else None
        cursor = self._db.execute(
            f"INSERT INTO {table} ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
            list(row.values()),
        )
        return int(cursor.lastrowid or 0)

    def plan_uids_by_id(self) -> dict[int, str]:
        """Each plan version's id → its uid."""
        return {row_id: uid for uid, row_id in self.ids_by_uid("taper_plans").items()}

    def set_plan_identity(self, plan_id: int, uid: str, version: int) -> None:
        """Give an imported plan version the uid and number it had where it came from."""
        self._db.execute(
            "UPDATE taper_plans SET uid = ?, version = ? WHERE id = ?", [uid, version, plan_id]
        )
