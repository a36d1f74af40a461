"""What "nothing changed" means for commands that take the app's lock (restore, import)."""

from __future__ import annotations

from pathlib import Path

from recovery_journal.storage.instance_lock import LOCK_NAME
from tests.filesnap import folder_snapshot


def journal_snapshot(folder: Path) -> dict[str, str]:
    """Every file's digest but the lock file's, which only names the last process to lock."""
    return {name: digest for name, digest in folder_snapshot(folder).items() if name != LOCK_NAME}
