"""Test isolation: every directory in tmp, a fixed time zone, Qt offscreen.

Tests never touch the real user data or the real keychain; the one test that
proves the real keyring path runs inside its own throwaway D-Bus session.
"""

from __future__ import annotations

import io
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("TZ", "Europe/Berlin")
os.environ["DBUS_SESSION_BUS_ADDRESS"] = "disabled:"

from recovery_journal.netguard import install_network_guard  # noqa: E402
from recovery_journal.storage.journal import Journal, create_journal  # noqa: E402
from recovery_journal.storage.keys import KeySource, SystemKeyring  # noqa: E402
from recovery_journal.storage.location import JournalLocation  # noqa: E402

install_network_guard()

PASSPHRASE = "correct horse battery"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/ui" in str(item.path).replace(os.sep, "/"):
            item.add_marker(pytest.mark.gui)


@pytest.fixture(autouse=True)
def isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """HOME and XDG folders in tmp, so nothing can reach the real user's files."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    for name, sub in (
        ("XDG_DATA_HOME", ".local/share"),
        ("XDG_CONFIG_HOME", ".config"),
        ("XDG_CACHE_HOME", ".cache"),
        ("XDG_STATE_HOME", ".local/state"),
    ):
        monkeypatch.setenv(name, str(home / sub))
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(home / "runtime"))
    # Qt works out the user's settings folder once per process: point it at this test's.
    from PySide6.QtCore import QSettings

    for form in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(form, QSettings.Scope.UserScope, str(home / ".config"))
    return home


class MemoryKeyringBackend:
    """An in-memory stand-in for the OS keyring (tests only)."""

    def __init__(self) -> None:
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, account: str) -> str | None:
        return self.secrets.get((service, account))

    def set_password(self, service: str, account: str, secret: str) -> None:
        self.secrets[(service, account)] = secret

    def delete_password(self, service: str, account: str) -> None:
        self.secrets.pop((service, account), None)


@pytest.fixture
def memory_keyring() -> Iterator[SystemKeyring]:
    yield SystemKeyring(MemoryKeyringBackend(), trusted=True)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "journal"


def run_cli(*argv: str, stdin: str = "", keyring: Any = None) -> tuple[int, str, str]:
    """Run the CLI in-process; returns (exit code, stdout, stderr)."""
    from recovery_journal.cli import main

    out, err = io.StringIO(), io.StringIO()
    factory = (lambda: keyring) if keyring is not None else None
    code = main(
        list(argv), stdin=io.StringIO(stdin), stdout=out, stderr=err, keyring_factory=factory
    )
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def journal(data_dir: Path) -> Iterator[Journal]:
    """A new SQLCipher journal under a random key, closed after the test."""
    opened = create_journal(JournalLocation(data_dir), KeySource.new_random())
    try:
        yield opened
    finally:
        opened.close()
