"""Database keys: a random raw key kept in the OS keyring, or a passphrase.

A raw key goes to SQLCipher as ``x'<64 hex>'`` (no key derivation); a
passphrase goes through SQLCipher 4's own PBKDF2 so any standard SQLCipher 4
tool can open the journal with it. Nothing here ever writes a key to disk.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from typing import Any

from recovery_journal.domain.errors import JournalError, ValidationError

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


@dataclass(frozen=True, repr=False)
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
    discovers. ``trusted`` overrides the real-backend check (tests pass an
    in-memory backend this way); otherwise only real system stores are used.
    """

    def __init__(self, backend: Any | None = None, *, trusted: bool | None = None) -> None:
        if backend is None:
            import keyring

            backend = keyring.get_keyring()
        self._backend = backend
        self.backend_name = backend_label(backend)
        self.is_real = is_real_backend(backend) if trusted is None else trusted

    def describe(self) -> str:
        kind = "a system keyring" if self.is_real else "not a usable system keyring"
        return f"{self.backend_name} ({kind})"

    def get_key(self, account: str) -> bytes | None:
        self._require_real()
        try:
            stored = self._backend.get_password(SERVICE_NAME, account)
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
            self._backend.set_password(SERVICE_NAME, account, key.hex())
        except Exception as error:
            raise KeyringUnavailableError(f"The system keyring refused the key: {error}") from error
        if self.get_key(account) != key:
            raise KeyringUnavailableError("The system keyring did not keep the key.")

    def delete_key(self, account: str) -> None:
        self._require_real()
        try:
            self._backend.delete_password(SERVICE_NAME, account)
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
