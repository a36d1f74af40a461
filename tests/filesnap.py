"""What is on disk in a folder: every file's bytes as a SHA-256, for "nothing changed" checks."""

from __future__ import annotations

import hashlib
from pathlib import Path


def folder_snapshot(folder: Path) -> dict[str, str]:
    """Relative path → SHA-256 of every file under ``folder`` (empty when it does not exist)."""
    if not folder.exists():
        return {}
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()
