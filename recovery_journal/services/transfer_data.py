"""What export and import share: the format's names, their errors, and the validated
content of a file waiting to be merged into a journal."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import field
from datetime import datetime
from pathlib import Path
from typing import Any

from recovery_journal.domain.errors import JournalError
from recovery_journal.domain.models import ENTRY_TYPES, Entry, Product, Trigger
from recovery_journal.domain.record import record
from recovery_journal.domain.taper_changes import PlanVersion
from recovery_journal.storage.repositories import ENTRY_TABLE

FORMAT_NAME = "recovery-journal-export"
FORMAT_VERSION = 1
MAX_FILE_BYTES = 200 * 1024 * 1024
NOT_ENCRYPTED = "{path} is not encrypted; anyone who can read it can read your journal."

Progress = Callable[[int, int], bool]
"""Called with (done, total); returning False cancels."""

ENTRY_KEYS: dict[str, type[Entry]] = {ENTRY_TABLE[kind]: kind for kind in ENTRY_TYPES}
"""The export's key for each entry kind (``"doses"``, ``"cravings"``, …)."""

LABELS: dict[str, tuple[str, str]] = {
    "products": ("product", "products"),
    "triggers": ("trigger", "triggers"),
    "doses": ("dose", "doses"),
    "cravings": ("craving", "cravings"),
    "mood_checkins": ("mood check-in", "mood check-ins"),
    "sleep_entries": ("sleep diary", "sleep diaries"),
    "sows_ratings": ("withdrawal rating", "withdrawal ratings"),
    "questionnaires": ("questionnaire", "questionnaires"),
    "substance_uses": ("other-substance entry", "other-substance entries"),
    "medications": ("medication", "medications"),
    "trigger_notes": ("trigger note", "trigger notes"),
    "self_reflections": ("self-reflection", "self-reflections"),
    "taper_plans": ("taper plan version", "taper plan versions"),
    "settings": ("setting", "settings"),
}


def counted(count: int, key: str, adjective: str = "") -> str:
    """``1 dose``, ``3 new sleep diaries``."""
    singular, plural = LABELS.get(key, (key, key))
    return " ".join(filter(None, (str(count), adjective, singular if count == 1 else plural)))


class ImportRejected(JournalError):
    """The file cannot be imported; nothing was changed."""

    def __init__(self, message: str) -> None:
        super().__init__(f"{message.rstrip('.')}. Nothing was imported.")
        self.reason = message


def rejected(where: str, field_name: str, message: str) -> ImportRejected:
    """An error naming the row or item and the field, e.g. ``Row 7, amount: …``."""
    return ImportRejected(f"{where}, {field_name}: {message}")


class ImportCancelled(JournalError):
    """The user cancelled the import before it was saved; nothing was changed."""


class ExportFailed(JournalError):
    """The export could not be written; no file was left behind."""


class ExportCancelled(JournalError):
    """The user cancelled the export; no file was written."""


@record
class PendingNamed:
    """A product or trigger from the file, with whether it was taken off the list."""

    item: Product | Trigger
    removed: bool = False


@record
class PendingEntry:
    """A validated entry from the file; products and triggers are named by uid.

    ``links`` maps the entry's reference fields (``product_id``, ``trigger_ids``,
    ``trigger_id``) to the uid (or uids) they point at in the file.
    """

    entry: Entry
    where: str
    links: Mapping[str, Any] = field(default_factory=dict)
    stamps: tuple[datetime, datetime | None] | None = None


@record
class PendingPlanVersion:
    """One version of a taper plan from the file, with its uid (its id is not kept)."""

    uid: str
    plan: PlanVersion


@record
class PendingImport:
    """Everything a file holds, validated, before it is compared with the journal."""

    products: tuple[PendingNamed, ...] = ()
    triggers: tuple[PendingNamed, ...] = ()
    entries: tuple[PendingEntry, ...] = ()
    plan_versions: tuple[PendingPlanVersion, ...] = ()
    settings: Mapping[str, Any] = field(default_factory=dict)
    known_present: Mapping[str, int] = field(default_factory=dict)
    warnings: tuple[str, ...] = ()


@record
class KindCounts:
    new: int = 0
    present: int = 0


def describe_counts(counts: Mapping[str, KindCounts], *, done: bool) -> str:
    """A sentence such as ``12 new doses, 3 already present; 1 new product``."""
    parts = []
    for key, count in counts.items():
        if count.new:
            also = f" ({count.present} already present)" if count.present else ""
            parts.append(f"{counted(count.new, key, 'new')}{also}")
        elif count.present:
            parts.append(f"{counted(count.present, key)} already present")
    if not parts:
        return "The file holds nothing to import."
    verb = "Imported" if done else "Ready to import"
    if not any(count.new for count in counts.values()):
        return "Nothing new to import: " + "; ".join(parts) + "."
    return f"{verb}: " + "; ".join(parts) + "."


@record
class ImportPlan:
    """A validated file and what importing it would change (a dry run)."""

    source: Path
    counts: Mapping[str, KindCounts]
    warnings: tuple[str, ...]
    pending: PendingImport

    @property
    def new_total(self) -> int:
        """How many items importing would add."""
        return sum(count.new for count in self.counts.values())

    @property
    def new_entries(self) -> int:
        return sum(c.new for key, c in self.counts.items() if key in ENTRY_KEYS)

    @property
    def present_entries(self) -> int:
        return sum(c.present for key, c in self.counts.items() if key in ENTRY_KEYS)

    def describe(self) -> str:
        return describe_counts(self.counts, done=False)


@record
class ImportResult:
    """What an import added, what it found already present, and anything it left out."""

    counts: Mapping[str, KindCounts]
    warnings: tuple[str, ...]

    @property
    def new_total(self) -> int:
        return sum(count.new for count in self.counts.values())

    def describe(self) -> str:
        return describe_counts(self.counts, done=True)


@record
class ExportSummary:
    """What an export wrote, by kind."""

    path: Path
    counts: Mapping[str, int]

    def describe(self) -> str:
        parts = [counted(n, key) for key, n in self.counts.items() if n]
        written = ", ".join(parts) if parts else "an empty journal"
        return f"Exported {written} to {self.path}."


def read_text(path: Path) -> str:
    """A file's text, refusing what is missing, too large, binary or not UTF-8."""
    data = _read_bytes(path)
    if not data.strip():
        raise ImportRejected(f"{path} is empty")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ImportRejected(f"{path} is saved as UTF-16 text; please save it as UTF-8")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ImportRejected(f"{path} is not a UTF-8 text file") from None
    if "\x00" in text:
        raise ImportRejected(f"{path} is not a text file (it contains binary data)")
    return text


def _read_bytes(path: Path) -> bytes:
    """At most :data:`MAX_FILE_BYTES` of a regular file."""
    limit = MAX_FILE_BYTES // (1024 * 1024)
    try:
        if not path.is_file():
            what = "a folder" if path.is_dir() else "not a regular file"
            raise ImportRejected(
                f"There is no file {path}" if not path.exists() else f"{path} is {what}"
            )
        with path.open("rb") as stream:
            data = stream.read(MAX_FILE_BYTES + 1)
    except OSError as error:
        raise ImportRejected(f"{path} could not be read ({error.strerror})") from None
    if len(data) > MAX_FILE_BYTES:
        raise ImportRejected(f"{path} is larger than {limit} MB, too large to import")
    return data
