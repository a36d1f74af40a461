"""Database keys: a random raw key kept in the OS keyring, or a passphrase.

A raw key goes to SQLCipher as ``x'<64 hex>'`` (no key derivation); a
passphrase goes through SQLCipher 4's own PBKDF2 so any standard SQLCipher 4
tool can open the journal with it. Nothing here ever writes a key to disk.
"""

from __future__ import annotations

import secrets
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from recovery_journal.domain.errors import JournalError, ValidationError
from recovery_journal.domain.record import record

SERVICE_NAME = "recovery-journal"
PASSPHRASE_MIN_CHARS = 8
PASSPHRASE_MAX_CHARS = 1024

# Backends that keep secrets in a real, encrypted system store.
_REAL_BACKENDS = {
    "keyring.backends.SecretService.Keyring",
    "keyring.backends.libsecret.Keyring",
    "keyring.backends.kwallet.DBusKeyring",
    "keyring.backends.kwallet.DBusKeyringKWallet4",
    "keyring.backends.macOS.Keyring",
    "keyring.backends.Windows.WinVaultKeyring",
}


class KeyringUnavailableError(JournalError):
    """No usable system keyring, or it refused to give or keep the key."""


@record(repr=False)
class KeySource:
    """What unlocks a journal: a raw 32-byte key or a passphrase."""

    raw_key: bytes | None = None
    passphrase: str | None = None

    def __post_init__(self) -> None:
        if (self.raw_key is None) == (self.passphrase is None):
            raise ValueError("exactly one of raw_key and passphrase")
        if self.raw_key is not None and len(self.raw_key) != 32:
            raise ValueError("a raw key is 32 bytes")

    def __repr__(self) -> str:  # never show secrets in logs or tracebacks
        return "KeySource(raw key)" if self.raw_key is not None else "KeySource(passphrase)"

    @classmethod
    def new_random(cls) -> KeySource:
        return cls(raw_key=secrets.token_bytes(32))

    @classmethod
    def from_passphrase(cls, passphrase: str) -> KeySource:
        return cls(passphrase=check_passphrase(passphrase))

    @property
    def is_passphrase(self) -> bool:
        return self.passphrase is not None

    def pragma_value(self) -> str:
        """The literal that follows ``PRAGMA key =`` / ``rekey =`` / ``KEY``."""
        if self.raw_key is not None:
            return "\"x'" + self.raw_key.hex() + "'\""
        assert self.passphrase is not None
        return "'" + self.passphrase.replace("'", "''") + "'"


def check_passphrase(passphrase: str) -> str:
    """A passphrase must be long enough to resist guessing and contain no NUL."""
    if len(passphrase) < PASSPHRASE_MIN_CHARS:
        raise ValidationError(
            "passphrase", f"must be at least {PASSPHRASE_MIN_CHARS} characters long"
        )
    if len(passphrase) > PASSPHRASE_MAX_CHARS:
        raise ValidationError("passphrase", f"must be at most {PASSPHRASE_MAX_CHARS} characters")
    if "\x00" in passphrase:
        raise ValidationError("passphrase", "contains a character that cannot be used")
    return passphrase


def backend_label(backend: Any) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def is_real_backend(backend: Any) -> bool:
    """True for a real encrypted system store (or a chainer holding one)."""
    if backend_label(backend) in _REAL_BACKENDS:
        return True
    inner = getattr(backend, "backends", None)
    if backend_label(backend) == "keyring.backends.chainer.ChainerBackend" and inner:
        return any(is_real_backend(b) for b in inner)
    return False


class SystemKeyring:
    """The OS keyring, behind a small interface that says what it is.

    ``backend`` is a ``keyring`` backend object; by default the one ``keyring``
    discovers, found the first time it is needed. ``trusted`` overrides the
    real-backend check (tests pass an in-memory backend this way); otherwise only real
    system stores are used.

    Reading a key first asks the Secret Service directly where that is what discovery
    would choose anyway (:meth:`quick_key`): keyring's discovery loads every installed
    backend and plug-in, which costs more than the whole first window takes to show.
    Start-up may begin that read on a thread (:meth:`read_ahead`).
    """

    def __init__(self, backend: Any | None = None, *, trusted: bool | None = None) -> None:
        self._backend = backend
        self._trusted = trusted
        self._quick = backend is None and trusted is None
        # (account, thread, [(whether it read, the key)]) of a read begun by read_ahead
        self._ahead: tuple[str, threading.Thread, list[tuple[bool, bytes | None]]] | None = None

    @property
    def backend(self) -> Any:
        if self._backend is None:
            import keyring

            self._backend = keyring.get_keyring()
        return self._backend

    @property
    def backend_name(self) -> str:
        return backend_label(self.backend)

    @property
    def is_real(self) -> bool:
        return is_real_backend(self.backend) if self._trusted is None else self._trusted

    def quick_key(self, account: str) -> bytes | None:
        """The key from the Secret Service, asked directly; None if not found that way.

        Only on Linux, and only when neither ``PYTHON_KEYRING_BACKEND`` nor a keyring
        configuration file picks a backend and KWallet's backend cannot load (it needs
        the ``dbus`` module): then discovery would use the Secret Service (alone or
        first in a chain) too. The secret travels over keyring's usual encrypted
        session. Anything else (no daemon, no key, an error) answers None, and the
        caller goes on with the discovered backend. A read begun by :meth:`read_ahead`
        for ``account`` is waited for and its answer given (once); where it did not read
        (the keyring was locked), the key is read here, as without it.
        """
        ahead, self._ahead = self._ahead, None
        if ahead is not None and ahead[0] == account:
            ahead[1].join()
            if ahead[2] and ahead[2][0][0]:
                return ahead[2][0][1]
        if not self._quick or not secret_service_is_the_choice():
            return None
        return _ask_secret_service(load_secret_service(), account)

    def read_ahead(self, account: str) -> bool:
        """Begin :meth:`quick_key` for ``account`` on a thread; True if begun.

        Start-up calls this before it loads Qt: the Secret Service answers over ~17 D-Bus
        round trips (~7 ms of waiting on these machines, more while the main thread is
        busy), which then arrive while Qt loads and the window is built. The key is read
        exactly as :meth:`quick_key` reads it (keyring's backend, its encrypted session),
        into this object only, and handed to the next ``quick_key(account)``. Only when
        the backend is already imported (the thread imports nothing; see
        ``app._import_before_qt``). A locked keyring is left alone: its unlock prompt is
        asked for by ``quick_key``, after the window has shown, as before. Never raises:
        it only saves time.
        """
        import sys

        module = sys.modules.get("keyring.backends.SecretService")
        if not self._quick or self._ahead is not None or module is None:
            return False
        try:
            if not secret_service_is_the_choice():
                return False
            answer: list[tuple[bool, bytes | None]] = []

            def read() -> None:
                if _collection_is_unlocked(module):
                    answer.append((True, _ask_secret_service(module, account)))
                else:
                    answer.append((False, None))

            thread = threading.Thread(target=read, name="keyring-read", daemon=True)
            thread.start()
        except Exception:  # noqa: BLE001 - no head start; opening reads the key as usual
            return False
        self._ahead = (account, thread, answer)
        return True

    def describe(self) -> str:
        kind = "a system keyring" if self.is_real else "not a usable system keyring"
        return f"{self.backend_name} ({kind})"

    def get_key(self, account: str) -> bytes | None:
        self._require_real()
        try:
            stored = self.backend.get_password(SERVICE_NAME, account)
        except Exception as error:  # keyring raises many backend-specific types
            raise KeyringUnavailableError(
                f"The system keyring could not be read: {error}"
            ) from error
        if stored is None:
            return None
        try:
            key = bytes.fromhex(stored)
        except ValueError:
            raise KeyringUnavailableError("The key in the system keyring is not valid.") from None
        return key if len(key) == 32 else None

    def store_key(self, account: str, key: bytes) -> None:
        """Store a key and read it back, so a silently dropping keyring is caught."""
        self._require_real()
        try:
            self.backend.set_password(SERVICE_NAME, account, key.hex())
        except Exception as error:
            raise KeyringUnavailableError(f"The system keyring refused the key: {error}") from error
        if self.get_key(account) != key:
            raise KeyringUnavailableError("The system keyring did not keep the key.")

    def delete_key(self, account: str) -> None:
        self._require_real()
        try:
            self.backend.delete_password(SERVICE_NAME, account)
        except Exception as error:
            if type(error).__name__ == "PasswordDeleteError":
                return  # already gone
            raise KeyringUnavailableError(
                f"The system keyring could not be changed: {error}"
            ) from error

    def _require_real(self) -> None:
        if not self.is_real:
            raise KeyringUnavailableError(
                f"No usable system keyring ({self.backend_name}); use a passphrase instead."
            )


def load_secret_service() -> Any:
    """keyring's Secret Service backend module, imported without what reading never uses.

    Importing it early (before PySide6, see ``app.main``) is cheaper than later: PySide6
    reads the source of every module imported after it.
    """
    with _deferred_imports(_NOT_NEEDED_TO_READ_A_KEY):
        import keyring.backends.SecretService
    try:  # what secretstorage's encrypted session loads when it first opens one
        import cryptography.hazmat.backends.openssl  # noqa: F401
    except ImportError:
        pass
    return keyring.backends.SecretService


def _collection_is_unlocked(module: Any) -> bool:
    """Whether the collection keyring's Secret Service backend reads from is unlocked.

    The same collection its ``get_preferred_collection`` picks, asked without unlocking
    it (no prompt), through the ``secretstorage`` that ``module`` (keyring's backend
    module) uses. False on any error: the caller leaves the read to later.
    """
    try:
        storage = module.secretstorage  # absent where keyring could not import it
        backend = module.Keyring()
        connection = storage.dbus_init()
        try:
            if hasattr(backend, "preferred_collection"):
                collection = storage.Collection(connection, backend.preferred_collection)
            else:
                collection = storage.get_default_collection(connection)
            return not collection.is_locked()
        finally:
            connection.close()
    except Exception:  # no daemon, no default collection: the read later says what is wrong
        return False


def _ask_secret_service(module: Any, account: str) -> bytes | None:
    """The 32-byte key ``module`` (keyring's Secret Service backend) reads, or None."""
    try:
        stored = module.Keyring().get_password(SERVICE_NAME, account)
    except Exception:  # no daemon, locked, not installed: discovery decides
        return None
    key = _key_from_text(stored)
    return key if key is not None and len(key) == 32 else None


def _key_from_text(stored: str | None) -> bytes | None:
    if stored is None:
        return None
    try:
        return bytes.fromhex(stored)
    except ValueError:
        return None


def secret_service_is_the_choice() -> bool:
    """Whether keyring's discovery would read from the Secret Service first here."""
    import importlib.util
    import os
    import sys

    if not sys.platform.startswith("linux") or os.environ.get("PYTHON_KEYRING_BACKEND"):
        return False
    if importlib.util.find_spec("dbus") is not None:  # KWallet's backend could win
        return False
    config_home = os.environ.get("XDG_CONFIG_HOME") or os.path.expanduser("~/.config")
    return not os.path.exists(os.path.join(config_home, "python_keyring", "keyringrc.cfg"))


# Modules that keyring's own modules import at the top but that reading a key never
# uses: jaraco.context's tarball download (urllib.request, and with it http.client,
# email, ssl) and its command runner (subprocess), entry-point discovery
# (importlib_metadata), jaraco.functools' helpers (more_itertools). Deferred, they load
# on first use instead: ~48 ms of start-up. Python 3.11's lazy modules are not
# thread-safe on first use (CPython gh-114763), so the app loads them on its own thread
# (finish_deferred_imports) after the first paint and before it starts any worker
# thread; the two threads that run before then (the warm-up's and the key read's) use
# none of them.
_NOT_NEEDED_TO_READ_A_KEY = frozenset(
    {"urllib.request", "subprocess", "importlib_metadata", "more_itertools"}
)


def finish_deferred_imports() -> None:
    """Load whatever :func:`load_secret_service` left to load on first use, now.

    Call on the GUI thread before any other thread may touch them (idempotent, cheap
    once done): a lazy module's first use from two threads at once can see it half made.
    """
    import sys

    for name in sorted(_NOT_NEEDED_TO_READ_A_KEY):
        module = sys.modules.get(name)
        if module is not None:
            module.__spec__  # noqa: B018 - reading any attribute loads a lazy module


@contextmanager
def _deferred_imports(names: frozenset[str]) -> Iterator[None]:
    """Within the block, importing one of ``names`` gives a module that loads when used.

    This is the standard library's ``importlib.util.LazyLoader``: the module's code runs
    the first time one of its attributes is read, so nothing changes in what the
    modules do, only when. Modules already imported are left as they are.
    """
    import importlib.machinery
    import importlib.util
    import sys

    class Finder:  # what the import system asks of a finder (importlib.abc costs ~7 ms)
        def find_spec(self, name: str, path: Any = None, target: Any = None) -> Any:
            if name not in names:
                return None
            spec = importlib.machinery.PathFinder.find_spec(name, path)
            if spec is not None and spec.loader is not None:
                spec.loader = importlib.util.LazyLoader(spec.loader)
            return spec

    finder = Finder()
    sys.meta_path.insert(0, finder)
    try:
        yield
    finally:
        sys.meta_path.remove(finder)
