"""Reading the key ahead (start-up): begun only where start-up would ask the Secret
Service directly, never for a journal the keyring does not unlock, never past a locked
keyring, and never failing start-up.

The Secret Service is replaced here by a stand-in that records who asked; the read
itself, on a thread against a real gnome-keyring, is in
``tests/storage/test_keyring_real.py``.
"""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from recovery_journal.services.access import JournalAccess
from recovery_journal.storage import keys
from recovery_journal.storage.keys import SystemKeyring
from recovery_journal.storage.location import JournalLocation
from tests.conftest import PASSPHRASE


def access_for(data_dir: Path, keyring: SystemKeyring) -> JournalAccess:
    return JournalAccess(JournalLocation(data_dir), lambda: keyring)


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """(thread, account) of each read of the stand-in Secret Service, which is unlocked."""
    import keyring.backends.SecretService  # noqa: F401 - as start-up has it loaded

    reads: list[tuple[str, str]] = []

    def secret_service(module: object, account: str) -> bytes:
        reads.append((threading.current_thread().name, account))
        return account.encode().ljust(32, b"k")

    monkeypatch.setattr(keys, "_ask_secret_service", secret_service)
    monkeypatch.setattr(keys, "_collection_is_unlocked", lambda module: True)
    monkeypatch.setattr(keys, "secret_service_is_the_choice", lambda: True)
    monkeypatch.setattr(keys, "load_secret_service", lambda: None)
    return reads


def test_nothing_is_read_ahead_for_a_new_passphrase_or_damaged_journal(
    data_dir: Path, memory_keyring: SystemKeyring, asked: list[tuple[str, str]]
) -> None:
    fresh = SystemKeyring()  # the start-up's own kind, which may read ahead
    assert access_for(data_dir, fresh).read_key_ahead() is False  # no journal yet
    access_for(data_dir, memory_keyring).create_with_passphrase(PASSPHRASE).close()
    assert access_for(data_dir, fresh).read_key_ahead() is False  # a passphrase unlocks it
    (data_dir / "journal.json").write_text("{not json", encoding="utf-8")
    assert access_for(data_dir, fresh).read_key_ahead() is False  # opening will explain
    (data_dir / "journal.json").unlink()
    (data_dir / "journal.json").mkdir()  # unreadable: no error here, opening says it
    assert access_for(data_dir, fresh).read_key_ahead() is False
    assert asked == [] and fresh._ahead is None


def test_a_keyring_journal_is_read_ahead_but_not_with_a_given_backend(
    data_dir: Path, memory_keyring: SystemKeyring, asked: list[tuple[str, str]]
) -> None:
    access = access_for(data_dir, memory_keyring)
    access.create_with_keyring().close()
    assert access.read_key_ahead() is False  # tests' and callers' own backends: asked as usual
    assert asked == []
    account = access.location.read_meta().keyring_account
    fresh = SystemKeyring()
    assert access_for(data_dir, fresh).read_key_ahead() is True
    assert fresh.quick_key(account) == account.encode().ljust(32, b"k")
    assert asked == [("keyring-read", account)]


def test_an_answer_read_ahead_goes_only_to_its_own_account_and_only_once(
    asked: list[tuple[str, str]],
) -> None:
    store = SystemKeyring()
    assert store.read_ahead("journal-a") is True
    assert store.read_ahead("journal-a") is False  # one read at a time
    assert store.quick_key("journal-a") == b"journal-a".ljust(32, b"k")
    assert store.quick_key("journal-a") == b"journal-a".ljust(32, b"k")  # asked again
    assert [account for _, account in asked] == ["journal-a", "journal-a"]
    assert asked[1][0] == threading.current_thread().name
    assert store.read_ahead("journal-a") is True
    assert store.quick_key("journal-b") == b"journal-b".ljust(32, b"k")  # not a's answer
    assert store._ahead is None  # a's answer is dropped, not kept for later


def test_a_locked_keyring_is_left_for_opening_to_unlock_after_the_window_shows(
    asked: list[tuple[str, str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(keys, "_collection_is_unlocked", lambda module: False)
    store = SystemKeyring()
    assert store.read_ahead("journal-a") is True
    assert store.quick_key("journal-a") == b"journal-a".ljust(32, b"k")
    assert asked == [(threading.current_thread().name, "journal-a")]  # here, not ahead


def test_a_thread_that_cannot_start_costs_nothing(
    asked: list[tuple[str, str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(self: threading.Thread) -> None:
        raise RuntimeError("can't start new thread")

    store = SystemKeyring()
    with monkeypatch.context() as patch:
        patch.setattr(threading.Thread, "start", refuse)
        assert store.read_ahead("journal-a") is False
    assert store._ahead is None  # nothing to wait for: opening reads the key as usual
    assert store.read_ahead("journal-a") is True
    assert store.quick_key("journal-a") == b"journal-a".ljust(32, b"k")
