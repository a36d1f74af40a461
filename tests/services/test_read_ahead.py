"""Reading the key ahead (start-up): begun only where start-up would ask the Secret
Service directly, and never for a journal the keyring does not unlock.

The read itself, on a thread against a real gnome-keyring, is in
``tests/storage/test_keyring_real.py``.
"""

from __future__ import annotations

from pathlib import Path

from recovery_journal.services.access import JournalAccess, JournalOpener
from recovery_journal.storage import keys
from recovery_journal.storage.keys import KeySource, SystemKeyring
from recovery_journal.storage.location import JournalLocation
from tests.conftest import PASSPHRASE


def access_for(data_dir: Path, keyring: SystemKeyring) -> JournalAccess:
    return JournalAccess(JournalLocation(data_dir), lambda: keyring)


def test_nothing_is_read_ahead_for_a_new_passphrase_or_damaged_journal(
    data_dir: Path, memory_keyring: SystemKeyring
) -> None:
    fresh = SystemKeyring()  # the start-up's own kind, which may read ahead
    assert access_for(data_dir, fresh).read_key_ahead() is False  # no journal yet
    access_for(data_dir, memory_keyring).create_with_passphrase(PASSPHRASE).close()
    assert access_for(data_dir, fresh).read_key_ahead() is False  # a passphrase unlocks it
    (data_dir / "journal.json").write_text("{not json", encoding="utf-8")
    assert access_for(data_dir, fresh).read_key_ahead() is False  # opening will explain
    assert fresh._ahead is None


def test_a_given_backend_or_the_demo_is_never_read_ahead(
    data_dir: Path, memory_keyring: SystemKeyring
) -> None:
    access = access_for(data_dir, memory_keyring)
    access.create_with_keyring().close()
    assert access.read_key_ahead() is False  # tests' and callers' own backends: asked as usual
    assert access.open_with_keyring().uses_passphrase is False
    demo = JournalOpener(access, demo_key=KeySource.new_random())
    assert demo.read_key_ahead() is False


def test_an_answer_read_ahead_goes_only_to_its_own_account_and_only_once(
    monkeypatch,  # type: ignore[no-untyped-def]
) -> None:
    import keyring.backends.SecretService  # noqa: F401 - as start-up has it loaded

    asked: list[str] = []

    def secret_service(module: object, account: str) -> bytes:
        asked.append(account)
        return account.encode().ljust(32, b"k")

    monkeypatch.setattr(keys, "_ask_secret_service", secret_service)
    monkeypatch.setattr(keys, "secret_service_is_the_choice", lambda: True)
    monkeypatch.setattr(keys, "load_secret_service", lambda: None)
    store = SystemKeyring()
    assert store.read_ahead("journal-a") is True
    assert store.read_ahead("journal-a") is False  # one read at a time
    assert store.quick_key("journal-a") == b"journal-a".ljust(32, b"k")
    assert asked == ["journal-a"]
    assert store.quick_key("journal-a") == b"journal-a".ljust(32, b"k")  # asked again
    assert asked == ["journal-a", "journal-a"]
    assert store.read_ahead("journal-a") is True
    assert store.quick_key("journal-b") == b"journal-b".ljust(32, b"k")  # not a's answer
    assert store._ahead is None  # a's answer is dropped, not kept for later
