"""A fresh encrypted journal for each service test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from recovery_journal.storage.journal import Journal, create_journal
from recovery_journal.storage.keys import KeySource
from recovery_journal.storage.location import JournalLocation


@pytest.fixture
def journal(data_dir: Path) -> Iterator[Journal]:
    """A new SQLCipher journal under a random key, closed after the test."""
    opened = create_journal(JournalLocation(data_dir), KeySource.new_random())
    try:
        yield opened
    finally:
        opened.close()
