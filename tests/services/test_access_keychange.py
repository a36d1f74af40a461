"""Changing how the journal is locked also moves its backups to the new key.

Otherwise every local backup would still need the old key — which, after setting a
passphrase, is deleted from the keyring — and the damaged-journal recovery, which
looks for backups under the journal's key, would find none.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from recovery_journal.services.access import JournalAccess
from recovery_journal.services.journal_service import JournalService
from recovery_journal.storage import backups
from recovery_journal.storage.backups import BackupError
from recovery_journal.storage.journal import (
    Journal,
    RekeyFailedError,
    WrongKeyError,
    create_journal,
)
from recovery_journal.storage.keys import KeySource, SystemKeyring
from recovery_journal.storage.location import JournalLocation
from tests.conftest import PASSPHRASE
from tests.filesnap import folder_snapshot
from tests.storage.test_backups import add_moods, flip_byte

NEW_PASSPHRASE = "a different, longer passphrase"


def access_for(data_dir: Path, keyring: SystemKeyring) -> JournalAccess:
    return JournalAccess(JournalLocation(data_dir), lambda: keyring)


def with_backups(journal: Journal) -> list[Path]:
    """A daily and a manual backup of three entries, and one damaged backup."""
    add_moods(journal, 3)
    taken = [backups.take_backup(journal, kind).path for kind in (backups.DAILY, backups.MANUAL)]
    broken = backups.take_backup(journal, backups.BEFORE_IMPORT).path
    flip_byte(broken, 4096 * 2 + 100)
    return taken


def test_setting_a_passphrase_moves_the_backups_before_the_keyring_key_goes(
    data_dir: Path, memory_keyring: SystemKeyring
) -> None:
    access = access_for(data_dir, memory_keyring)
    journal = access.create_with_keyring()
    try:
        taken = with_backups(journal)
        access.set_passphrase(journal, NEW_PASSPHRASE)
    finally:
        journal.close()
    new_key = KeySource(passphrase=NEW_PASSPHRASE)
    for path in taken:
        assert backups.check_backup(path, new_key).entries == 3
    good = backups.newest_good_backup(access.location, new_key)
    assert good is not None and good.path in taken
    assert len(backups.list_backups(access.location)) == 3  # the damaged one is left as it was


def test_changing_the_passphrase_moves_the_backups_and_the_old_one_opens_nothing(
    data_dir: Path, memory_keyring: SystemKeyring
) -> None:
    access = access_for(data_dir, memory_keyring)
    journal = access.create_with_passphrase(PASSPHRASE)
    try:
        taken = with_backups(journal)
        access.change_passphrase(journal, NEW_PASSPHRASE)
    finally:
        journal.close()
    for path in taken:
        assert backups.check_backup(path, KeySource(passphrase=NEW_PASSPHRASE)).entries == 3
        with pytest.raises(WrongKeyError):
            backups.check_backup(path, KeySource(passphrase=PASSPHRASE))


def test_removing_the_passphrase_moves_the_backups_to_the_keyring_key(
    data_dir: Path, memory_keyring: SystemKeyring
) -> None:
    access = access_for(data_dir, memory_keyring)
    journal = access.create_with_passphrase(PASSPHRASE)
    try:
        taken = with_backups(journal)
        access.remove_passphrase(journal)
    finally:
        journal.close()
    key = access.recovery_key()
    assert key is not None and not key.is_passphrase
    for path in taken:
        assert backups.check_backup(path, key).entries == 3
    reopened = access.open_with_keyring()
    try:
        assert JournalService(reopened).entry_count() == 3
    finally:
        reopened.close()


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file-size limit")
def test_a_full_disk_during_a_passphrase_change_changes_nothing(data_dir: Path) -> None:
    journal = create_journal(JournalLocation(data_dir), KeySource(passphrase=PASSPHRASE))
    add_moods(journal, 60, note="z" * 3000)
    for _ in range(2):
        backups.take_backup(journal, backups.MANUAL)
    journal.close()
    before = folder_snapshot(data_dir)
    script = textwrap.dedent(
        f"""
        import resource, signal
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        from recovery_journal.domain.errors import JournalError
        from recovery_journal.storage import backups
        from recovery_journal.storage.journal import open_journal
        from recovery_journal.storage.keys import KeySource
        from recovery_journal.storage.location import JournalLocation
        location = JournalLocation({str(data_dir)!r})
        journal = open_journal(location, KeySource(passphrase={PASSPHRASE!r}))
        resource.setrlimit(resource.RLIMIT_FSIZE, (128 * 1024, resource.RLIM_INFINITY))
        try:
            backups.rekey_with_backups(journal, KeySource(passphrase={NEW_PASSPHRASE!r}))
        except JournalError as error:
            print("MESSAGE", error)
        journal.close()
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("MESSAGE"), result.stdout
    assert folder_snapshot(data_dir) == before  # journal and backups under the old passphrase


# -- a change that fails, or is interrupted, leaves one consistent state ----------------
def keyring_journal_with_backups(access: JournalAccess) -> tuple[list[Path], KeySource]:
    """A closed keyring journal with two good backups, and its key."""
    journal = access.create_with_keyring()
    try:
        taken = with_backups(journal)
    finally:
        journal.close()
    key = access.recovery_key()
    assert key is not None
    return taken, key


def test_a_full_disk_refuses_a_new_passphrase_and_keeps_the_keyring_key(
    data_dir: Path, memory_keyring: SystemKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    access = access_for(data_dir, memory_keyring)
    taken, key = keyring_journal_with_backups(access)
    before = folder_snapshot(data_dir)
    monkeypatch.setattr(backups, "_free_space", lambda folder: 4096)
    journal = access.open_with_keyring()
    try:
        with pytest.raises(RekeyFailedError, match="^The disk is full: the passphrase was not"):
            access.set_passphrase(journal, NEW_PASSPHRASE)
    finally:
        journal.close()
    assert folder_snapshot(data_dir) == before  # journal.json still says "keyring"
    assert access.recovery_key() == key
    access.open_with_keyring().close()


def test_a_failed_removal_of_the_passphrase_leaves_no_key_in_the_keyring(
    data_dir: Path, memory_keyring: SystemKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    access = access_for(data_dir, memory_keyring)
    journal = access.create_with_passphrase(PASSPHRASE)
    account = access.location.read_meta().keyring_account
    monkeypatch.setattr(backups, "_free_space", lambda folder: 4096)
    try:
        with pytest.raises(RekeyFailedError):
            access.remove_passphrase(journal)
    finally:
        journal.close()
    assert memory_keyring.get_key(account) is None
    assert access.location.read_meta().key_source == "passphrase"
    access.open_with_passphrase(PASSPHRASE).close()


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file-size limit")
def test_journal_json_that_cannot_be_written_changes_nothing(data_dir: Path) -> None:
    """A disk that takes not one more byte: journal.json's new copy is the first write."""
    script = textwrap.dedent(
        f"""
        import resource, signal
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        from recovery_journal.services.access import JournalAccess
        from recovery_journal.storage.journal import RekeyFailedError
        from recovery_journal.storage.keys import SystemKeyring
        from recovery_journal.storage.location import JournalLocation, MetaWriteError

        class Keyring:
            secrets = {{}}
            def get_password(self, service, account):
                return self.secrets.get(account)
            def set_password(self, service, account, secret):
                self.secrets[account] = secret
            def delete_password(self, service, account):
                self.secrets.pop(account, None)

        keyring = SystemKeyring(Keyring(), trusted=True)
        access = JournalAccess(JournalLocation({str(data_dir)!r}), lambda: keyring)
        access.create_with_keyring().close()
        meta = access.location.meta_path.read_bytes()
        journal = access.open_with_keyring()
        key = journal.key
        resource.setrlimit(resource.RLIMIT_FSIZE, (0, resource.RLIM_INFINITY))
        try:
            access.set_passphrase(journal, {NEW_PASSPHRASE!r})
        except RekeyFailedError as error:
            print("MESSAGE", error)
        try:
            access.location.write_meta(access.location.read_meta())
        except MetaWriteError:
            print("META ERROR")
        print("UNCHANGED", journal.key == key, access.location.meta_path.read_bytes() == meta)
        resource.setrlimit(resource.RLIMIT_FSIZE, (resource.RLIM_INFINITY,) * 2)
        journal.close()
        access.open_with_keyring().close()
        print("OPENS", sorted(p.name for p in access.location.data_dir.iterdir()))
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    message, meta_error, unchanged, opens = result.stdout.splitlines()
    assert "journal.json could not be written (File too large)" in message
    assert message.endswith("The passphrase was not changed.")
    assert (meta_error, unchanged) == ("META ERROR", "UNCHANGED True True")
    assert opens == "OPENS ['journal.db', 'journal.json']"  # no half-written journal.json


def rekey_then(action: Callable[[Journal], object]) -> Callable[[Journal, KeySource], None]:
    """Journal.rekey, with ``action(journal)`` right after a re-key to a passphrase."""
    real = Journal.rekey

    def rekey(journal: Journal, key: KeySource) -> None:
        real(journal, key)
        if key.is_passphrase:
            action(journal)

    return rekey


def test_journal_json_that_cannot_be_renamed_puts_the_journal_back_under_its_key(
    data_dir: Path, memory_keyring: SystemKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    access = access_for(data_dir, memory_keyring)
    taken, key = keyring_journal_with_backups(access)
    meta = access.location.meta_path
    aside = data_dir / "journal.json.aside"

    def block_journal_json(journal: Journal) -> None:
        meta.rename(aside)
        (meta / "in-the-way").mkdir(parents=True)  # a rename onto it fails

    monkeypatch.setattr(Journal, "rekey", rekey_then(block_journal_json))
    journal = access.open_with_keyring()
    try:
        with pytest.raises(RekeyFailedError, match="The passphrase was not changed"):
            access.set_passphrase(journal, NEW_PASSPHRASE)
        assert journal.key == key
    finally:
        journal.close()
    shutil.rmtree(meta)
    aside.rename(meta)
    assert sorted(p.name for p in access.location.backups_dir.iterdir()) == sorted(
        p.name for p in (*taken, *access.location.backups_dir.glob("before-import-*"))
    )
    for path in taken:
        assert backups.check_backup(path, key).entries == 3
    assert access.recovery_key() == key
    access.open_with_keyring().close()


def test_backups_that_could_not_be_moved_are_finished_at_the_next_unlock(
    data_dir: Path, memory_keyring: SystemKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    access = access_for(data_dir, memory_keyring)
    taken, _ = keyring_journal_with_backups(access)
    aside = data_dir / "aside.db"

    def block_a_backup(journal: Journal) -> None:
        taken[0].rename(aside)
        (taken[0] / "in-the-way").mkdir(parents=True)

    monkeypatch.setattr(Journal, "rekey", rekey_then(block_a_backup))
    journal = access.open_with_keyring()
    try:
        with pytest.raises(BackupError, match="The passphrase was changed, but some backups"):
            access.set_passphrase(journal, NEW_PASSPHRASE)
    finally:
        journal.close()
    monkeypatch.undo()
    shutil.rmtree(taken[0])
    aside.rename(taken[0])
    access.open_with_passphrase(NEW_PASSPHRASE).close()  # finishes the move
    assert not list(access.location.backups_dir.glob(".rekeyed-*"))
    for path in taken:
        assert backups.check_backup(path, KeySource(passphrase=NEW_PASSPHRASE)).entries == 3


@pytest.mark.skipif(sys.platform == "win32", reason="a child process that dies at once")
def test_a_change_cut_off_after_the_journal_moved_is_finished_at_the_next_unlock(
    data_dir: Path, memory_keyring: SystemKeyring
) -> None:
    access = access_for(data_dir, memory_keyring)
    journal = access.create_with_passphrase(PASSPHRASE)
    try:
        taken = with_backups(journal)
    finally:
        journal.close()
    script = textwrap.dedent(
        f"""
        import os
        from recovery_journal.services.access import JournalAccess
        from recovery_journal.storage.journal import Journal
        from recovery_journal.storage.location import JournalLocation
        access = JournalAccess(JournalLocation({str(data_dir)!r}), lambda: None)
        journal = access.open_with_passphrase({PASSPHRASE!r})
        real = Journal.rekey
        def rekey_then_die(self, key):
            real(self, key)
            os._exit(9)  # the power goes, here
        Journal.rekey = rekey_then_die
        access.change_passphrase(journal, {NEW_PASSPHRASE!r})
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 9, result.stderr
    assert len(list(access.location.backups_dir.glob(".rekeyed-*"))) == 2
    for path in taken:  # the originals, still under the old passphrase, for now
        assert backups.check_backup(path, KeySource(passphrase=PASSPHRASE)).entries == 3
    access.open_with_passphrase(NEW_PASSPHRASE).close()
    assert not list(access.location.backups_dir.glob(".rekeyed-*"))
    for path in taken:
        assert backups.check_backup(path, KeySource(passphrase=NEW_PASSPHRASE)).entries == 3
