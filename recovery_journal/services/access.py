"""Creating, unlocking and re-keying a journal: the keyring and passphrase paths."""

from __future__ import annotations

import contextlib
import enum
from collections.abc import Callable, Sequence

from recovery_journal.domain.errors import JournalError
from recovery_journal.domain.models import SEED_TRIGGERS
from recovery_journal.storage import backups
from recovery_journal.storage.backups import Backup
from recovery_journal.storage.journal import Journal, WrongKeyError, create_journal, open_journal
from recovery_journal.storage.keys import KeyringUnavailableError, KeySource, SystemKeyring
from recovery_journal.storage.location import JournalFileError, JournalLocation, JournalMeta

KeyringFactory = Callable[[], SystemKeyring]


class JournalState(enum.Enum):
    NEW = "new"  # nothing at the data path yet
    KEYRING = "keyring"  # unlocked silently with the key from the system keyring
    PASSPHRASE = "passphrase"  # the user types a passphrase


class NeedsPassphrase(JournalError):
    """This journal (or this machine) needs the user's passphrase to open."""


class JournalAccess:
    """Use cases around one data folder's key; never creates over an existing journal."""

    def __init__(self, location: JournalLocation, keyring_factory: KeyringFactory) -> None:
        self.location = location
        self._keyring_factory = keyring_factory
        self._keyring: SystemKeyring | None = None

    def keyring(self) -> SystemKeyring:
        """The system keyring, discovered once and only when needed."""
        if self._keyring is None:
            self._keyring = self._keyring_factory()
        return self._keyring

    def read_key_ahead(self) -> bool:
        """Begin reading a keyring journal's key on a thread (``SystemKeyring.read_ahead``).

        For start-up, before it loads Qt; :meth:`open_with_keyring` takes the answer.
        False (nothing begun) for a new, passphrase or unreadable journal.
        """
        try:
            meta = self.location.read_meta() if self.location.meta_path.exists() else None
        except (JournalError, OSError):
            return False  # opening will say what is wrong, with the window shown
        if meta is None or meta.key_source != "keyring":
            return False
        return self.keyring().read_ahead(meta.keyring_account)

    def state(self) -> JournalState:
        if not self.location.exists():
            return JournalState.NEW
        if self.location.meta_path.exists() is False:
            raise JournalFileError(
                f"{self.location.db_path} exists but {self.location.meta_path} is missing. "
                "Nothing was changed."
            )
        meta = self.location.read_meta()
        return JournalState.KEYRING if meta.key_source == "keyring" else JournalState.PASSPHRASE

    # -- create ---------------------------------------------------------------
    def create_with_keyring(self) -> Journal:
        """A new journal whose random key lives in the system keyring."""
        keyring = self.keyring()
        if not keyring.is_real:
            raise KeyringUnavailableError(
                f"No usable system keyring ({keyring.backend_name}); choose a passphrase instead."
            )
        meta = JournalMeta.new("keyring")
        key = KeySource.new_random()
        self._refuse_existing()
        keyring.store_key(meta.keyring_account, key.raw_key or b"")
        journal = create_journal(self.location, key)
        self.location.write_meta(meta)
        return journal

    def create_with_passphrase(self, passphrase: str) -> Journal:
        key = KeySource.from_passphrase(passphrase)
        self._refuse_existing()
        journal = create_journal(self.location, key)
        self.location.write_meta(JournalMeta.new("passphrase"))
        return journal

    # -- open -----------------------------------------------------------------
    def open_with_keyring(self) -> Journal:
        """Open silently with the key from the keyring, or raise NeedsPassphrase."""
        meta = self.location.read_meta()
        if meta.key_source != "keyring":
            raise NeedsPassphrase("This journal is protected by a passphrase.")
        keyring = self.keyring()
        raw = keyring.quick_key(meta.keyring_account)  # the Secret Service, asked directly
        if raw is not None:
            return self._open(KeySource(raw_key=raw))
        if not keyring.is_real:
            raise NeedsPassphrase(
                "The key for this journal is kept in the system keyring, which is not "
                f"available now ({keyring.backend_name})."
            )
        raw = keyring.get_key(meta.keyring_account)
        if raw is None:
            raise NeedsPassphrase("The system keyring has no key for this journal.")
        return self._open(KeySource(raw_key=raw))

    def open_with_passphrase(self, passphrase: str) -> Journal:
        """Open with a passphrase; a journal half-way through a key change still opens."""
        if not passphrase:
            raise WrongKeyError("Please type your passphrase.")
        key = KeySource(passphrase=passphrase)
        journal = self._open(key)
        meta = self.location.read_meta()
        if meta.key_source != "passphrase":  # a set-passphrase was interrupted: finish it
            self.location.write_meta(JournalMeta("passphrase", meta.keyring_account))
        return journal

    # -- change how it is locked ------------------------------------------------
    # Each change re-encrypts the local backups too, so no backup is left needing a key
    # the user no longer has. The journal's key, journal.json and the keyring change
    # together or not at all: a failure leaves all three (and the backups) as they were.
    def set_passphrase(self, journal: Journal, passphrase: str) -> None:
        """Keyring → passphrase: re-encrypt and record it, then forget the keyring key."""
        key = KeySource.from_passphrase(passphrase)
        meta = self.location.read_meta()
        backups.rekey_with_backups(journal, key, JournalMeta("passphrase", meta.keyring_account))
        if meta.key_source == "keyring":
            try:
                self.keyring().delete_key(meta.keyring_account)
            except KeyringUnavailableError as error:
                raise KeyringUnavailableError(
                    f"The passphrase is set, but the old key could not be removed from the "
                    f"system keyring (it no longer opens the journal). {error}"
                ) from error

    def change_passphrase(self, journal: Journal, new_passphrase: str) -> None:
        """A new passphrase for the journal and its backups; the old one opens neither."""
        if not journal.uses_passphrase:
            raise JournalError("This journal has no passphrase yet; set one instead.")
        backups.rekey_with_backups(journal, KeySource.from_passphrase(new_passphrase))

    def remove_passphrase(self, journal: Journal) -> None:
        """Passphrase → keyring: store a new random key first, then re-encrypt."""
        keyring = self.keyring()
        meta = self.location.read_meta()
        key = KeySource.new_random()
        keyring.store_key(meta.keyring_account, key.raw_key or b"")
        try:
            backups.rekey_with_backups(journal, key, JournalMeta("keyring", meta.keyring_account))
        except BaseException:
            if journal.key != key:  # never forget a key the journal is under
                with contextlib.suppress(KeyringUnavailableError):  # unused: meta says passphrase
                    keyring.delete_key(meta.keyring_account)
            raise

    # -- a journal that will not open -------------------------------------------------
    def recovery_key(self, passphrase: str | None = None) -> KeySource | None:
        """The journal's key as known without opening it: the passphrase, or the keyring's."""
        if passphrase:
            return KeySource(passphrase=passphrase)
        try:
            meta = self.location.read_meta()
            if meta.key_source != "keyring" or not self.keyring().is_real:
                return None
            raw = self.keyring().get_key(meta.keyring_account)
        except JournalError:
            return None
        return None if raw is None else KeySource(raw_key=raw)

    def _open(self, key: KeySource) -> Journal:
        """Open, and finish moving the backups of a key change that was interrupted."""
        journal = open_journal(self.location, key)
        try:
            backups.finish_interrupted_rekey(journal)
        except BaseException:
            journal.close()
            raise
        return journal

    def _refuse_existing(self) -> None:
        if self.location.exists():
            raise JournalFileError(
                f"A journal already exists in {self.location.data_dir}; it was left as it is."
            )


def default_keyring() -> SystemKeyring:
    return SystemKeyring()


class Prompt(enum.Enum):
    """What the unlock step must ask the user, if anything."""

    NONE = "none"
    PASSPHRASE = "passphrase"
    NEW_PASSPHRASE = "new-passphrase"  # first run without a usable keyring
    UNAVAILABLE = "unavailable"  # a damaged or foreign file: nothing to type will help


class JournalOpener:
    """Opens the journal for the app: silently where possible, else says what to ask."""

    def __init__(
        self,
        access: JournalAccess,
        *,
        demo_key: KeySource | None = None,
        seed_triggers: Sequence[str] = SEED_TRIGGERS,
    ) -> None:
        self.access = access
        self._demo_key = demo_key
        self._seed_triggers = tuple(seed_triggers)  # a new journal's triggers, in its language
        self.last_error: JournalError | None = None  # why open_silently could not open

    @property
    def location(self) -> JournalLocation:
        return self.access.location

    def open_silently(self) -> tuple[Journal | None, Prompt, str]:
        """(journal, NONE, '') when no question is needed; else (None, prompt, reason)."""
        self.last_error = None
        if self._demo_key is not None:
            return open_journal(self.location, self._demo_key), Prompt.NONE, ""
        try:
            state = self.access.state()
            if state is JournalState.NEW:
                return self._create_silently()
            if state is JournalState.PASSPHRASE:
                return None, Prompt.PASSPHRASE, ""
            return self.access.open_with_keyring(), Prompt.NONE, ""
        except NeedsPassphrase as reason:
            return None, Prompt.PASSPHRASE, str(reason)
        except KeyringUnavailableError as reason:
            return None, Prompt.PASSPHRASE, str(reason)
        except JournalError as problem:
            self.last_error = problem
            return None, Prompt.UNAVAILABLE, str(problem)

    def _create_silently(self) -> tuple[Journal | None, Prompt, str]:
        if not self.access.keyring().is_real:
            return None, Prompt.NEW_PASSPHRASE, ""
        journal = self.access.create_with_keyring()
        seed_new_journal(journal, self._seed_triggers)
        return journal, Prompt.NONE, ""

    def open_with_passphrase(self, passphrase: str) -> Journal:
        return self.access.open_with_passphrase(passphrase)

    def needs_passphrase(self) -> bool:
        """After a lock: does unlocking again need the passphrase?"""
        if self._demo_key is not None:
            return False
        try:
            return self.access.state() is JournalState.PASSPHRASE
        except JournalError:
            return False

    def create_with_passphrase(self, passphrase: str) -> Journal:
        journal = self.access.create_with_passphrase(passphrase)
        seed_new_journal(journal, self._seed_triggers)
        return journal

    # -- a damaged journal ----------------------------------------------------------
    def recovery_key(self, passphrase: str | None = None) -> KeySource | None:
        """The key a damaged journal was locked with, when it is known without the file."""
        if self._demo_key is not None:
            return self._demo_key
        return self.access.recovery_key(passphrase)

    def good_backup(self, passphrase: str | None = None, *, limit: int = 30) -> Backup | None:
        """The newest backup that opens with the journal's key and passes every check."""
        key = self.recovery_key(passphrase)
        if key is None:
            return None
        return backups.newest_good_backup(self.location, key, limit=limit)

    def recover(self, backup: Backup, passphrase: str | None = None) -> Journal:
        """Put ``backup`` in place of the damaged journal (kept, renamed) and open it."""
        key = self.recovery_key(passphrase)
        if key is None:
            raise JournalError("The journal's key is not available, so nothing was restored.")
        return backups.restore_over_damaged(self.location, key, backup.path).journal


def seed_new_journal(journal: Journal, triggers: Sequence[str] = SEED_TRIGGERS) -> None:
    """Fill a just-created journal's defaults (the common triggers)."""
    from recovery_journal.services.journal_service import JournalService

    JournalService(journal).seed_triggers(triggers)
