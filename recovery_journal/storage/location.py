"""Where a journal's files live, and the small non-secret file that describes it.

``journal.json`` says how the journal is unlocked (``keyring`` or
``passphrase``) and under which keyring account; it holds no key and no
personal data.
"""

from __future__ import annotations

import json
import os
import secrets
import tempfile
from pathlib import Path

from recovery_journal.domain.errors import JournalError
from recovery_journal.domain.record import record

KEY_SOURCES = ("keyring", "passphrase")
META_FORMAT = 1


class JournalFileError(JournalError):
    """A file at the data path is missing, damaged, or not a journal."""


class MetaWriteError(JournalError):
    """journal.json could not be written (a full disk, a read-only folder); it is as it was."""


@record
class JournalMeta:
    """What journal.json says: how the journal is unlocked, and its keyring account."""

    key_source: str
    keyring_account: str

    @classmethod
    def new(cls, key_source: str) -> JournalMeta:
        return cls(key_source=key_source, keyring_account="journal-" + secrets.token_hex(8))


def secure_umask() -> None:
    """Files and folders we create are readable by their owner only."""
    os.umask(0o077)


class JournalLocation:
    """The data folder: ``journal.db`` (+ WAL files), ``journal.json``, ``backups/``."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = Path(data_dir).expanduser().absolute()
        self.db_path = self.data_dir / "journal.db"
        self.meta_path = self.data_dir / "journal.json"
        self.backups_dir = self.data_dir / "backups"

    def database_files(self) -> list[Path]:
        """The database and its WAL companions that exist now."""
        names = [self.db_path, Path(f"{self.db_path}-wal"), Path(f"{self.db_path}-shm")]
        return [path for path in names if path.exists()]

    def exists(self) -> bool:
        return self.db_path.exists() or self.meta_path.exists()

    def ensure_folder(self) -> None:
        secure_umask()
        self.data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)

    def read_meta(self) -> JournalMeta:
        try:
            raw = json.loads(self.meta_path.read_text(encoding="utf-8"))
            meta = JournalMeta(str(raw["key_source"]), str(raw["keyring_account"]))
        except FileNotFoundError:
            raise JournalFileError(
                f"{self.meta_path} is missing, so it is not known how this journal is unlocked."
            ) from None
        except (ValueError, KeyError, TypeError, UnicodeDecodeError):
            raise JournalFileError(f"{self.meta_path} is damaged or not a journal file.") from None
        if meta.key_source not in KEY_SOURCES:
            raise JournalFileError(f"{self.meta_path} names an unknown way to unlock the journal.")
        return meta

    def write_meta(self, meta: JournalMeta) -> None:
        """Replace journal.json atomically (write, fsync, rename); MetaWriteError if not."""
        self.commit_meta(self.prepare_meta(meta))

    def prepare_meta(self, meta: JournalMeta) -> Path:
        """journal.json's new contents, written and flushed beside it but not yet in place.

        Writing is the step a full disk refuses, so a key change prepares this first and
        only renames it (``commit_meta``) once the journal has its new key.
        """
        self.ensure_folder()
        payload = {
            "format": META_FORMAT,
            "key_source": meta.key_source,
            "keyring_account": meta.keyring_account,
        }
        handle, temp_name = tempfile.mkstemp(dir=self.data_dir, prefix=".journal.json.")
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as stream:
                json.dump(payload, stream, indent=2)
                stream.flush()
                os.fsync(stream.fileno())
        except OSError as error:
            Path(temp_name).unlink(missing_ok=True)
            raise self._not_written(error) from error
        except BaseException:
            Path(temp_name).unlink(missing_ok=True)
            raise
        return Path(temp_name)

    def commit_meta(self, prepared: Path) -> None:
        """Rename a prepared journal.json into place."""
        try:
            os.replace(prepared, self.meta_path)
        except OSError as error:
            prepared.unlink(missing_ok=True)
            raise self._not_written(error) from error

    def discard_meta(self, prepared: Path) -> None:
        """Remove a prepared journal.json that will not be used."""
        prepared.unlink(missing_ok=True)

    def _not_written(self, error: OSError) -> MetaWriteError:
        why = error.strerror or str(error)
        return MetaWriteError(
            f"{self.meta_path} could not be written ({why}), so it was left as it was. "
            "Free some space (or check the folder's permissions) and try again."
        )
