"""``backup``, ``restore`` and ``check``: encrypted backups and integrity from the CLI.

A portable backup's passphrase is read from standard input (one line, after the
journal's own passphrase when ``--passphrase-stdin`` is given); it is never an argument.
``restore`` (and ``import``) hold the app's instance lock, so they never replace the
journal under an open window; a journal too damaged to open is set aside, never deleted.
"""

from __future__ import annotations

import argparse
import contextlib
from collections.abc import Callable, Iterator
from pathlib import Path

from recovery_journal.domain.errors import JournalError
from recovery_journal.services.access import JournalAccess
from recovery_journal.services.backup_service import BackupService
from recovery_journal.storage import backups
from recovery_journal.storage.backups import Backup, BackupCheck, Restored
from recovery_journal.storage.instance_lock import InstanceLock, JournalBusyError
from recovery_journal.storage.journal import Journal, WrongKeyError
from recovery_journal.storage.location import JournalLocation

REPLACING = ("restore", "import")  # commands that must not run while the app is open


def add_backup_parsers(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    backup = commands.add_parser(
        "backup", help="make an encrypted backup (in the data folder, or portable)"
    )
    what = backup.add_mutually_exclusive_group()
    what.add_argument(
        "--portable",
        metavar="FILE",
        type=Path,
        help="one file for another machine, protected by a passphrase read from standard input",
    )
    what.add_argument("--list", action="store_true", help="list the backups in the data folder")
    backup.add_argument(
        "--force", action="store_true", help="with --portable: replace FILE if it already exists"
    )
    restore = commands.add_parser(
        "restore", help="replace the journal with a backup (the current state is backed up first)"
    )
    restore.add_argument("file", metavar="FILE", help="a backup file, or a name from backup --list")
    restore.add_argument(
        "--portable",
        action="store_true",
        help="FILE is a portable backup: read its passphrase from standard input",
    )
    commands.add_parser("check", help="run every integrity check on the journal")


def describe(backup: Backup) -> str:
    local = backup.taken.astimezone()
    return f"{backup.path.name}  {backup.kind:<20} {local:%Y-%m-%d %H:%M}  {backup.size:>10,} B"


def describe_check(check: BackupCheck) -> str:
    if check.last_entry is None:
        return "no entries"
    count = "1 entry" if check.entries == 1 else f"{check.entries} entries"
    return f"{count}, the last on {check.last_entry.astimezone():%Y-%m-%d}"


def run_backup(service: BackupService, args: argparse.Namespace, read: Callable[[], str]) -> str:
    if args.list:
        found = service.backups()
        if not found:
            return "There are no backups yet."
        return "\n".join(describe(backup) for backup in found)
    if args.force and args.portable is None:
        raise JournalError("--force only applies to --portable FILE; nothing was written.")
    if args.portable is not None:
        if Path(args.portable).expanduser().exists() and not args.force:
            raise JournalError(
                f"{args.portable} already exists; it was left as it is. Choose another name, "
                "or add --force to replace it."
            )
        path = service.write_portable(args.portable, read(), replace=args.force)
        return (
            f"Wrote a portable backup to {path}. Keep its passphrase safe: nobody can recover it."
        )
    backup = service.back_up_now()
    return f"Backed up to {backup.path}."


def run_restore(
    service: BackupService, args: argparse.Namespace, read: Callable[[], str]
) -> tuple[str, Journal]:
    """Restore and return (message, the journal reopened): the caller closes it."""
    path = _backup_path(service.journal.location, args.file)
    passphrase = read() if args.portable else None
    check = service.check_backup(path, passphrase)
    restored = service.restore(path, passphrase)
    return f"Restored {path.name} ({describe_check(check)}).{_kept(restored)}", restored.journal


def restore_unopenable(
    access: JournalAccess, args: argparse.Namespace, passphrase: str | None, problem: WrongKeyError
) -> tuple[str, Journal]:
    """The journal will not open (damaged page 1, or a wrong key): restore its own backup.

    Only one of the journal's own backups (``backup --list``) that opens with the key
    given (the keyring's, or the passphrase) counts as proof that the key is right and
    the journal damaged: a wrong passphrase may well open some other file (a portable
    backup, a copy from before a change), which proves nothing. The journal is set aside.
    """
    if args.portable:
        raise JournalError(
            f"{problem} A portable backup cannot prove the journal's key, so nothing was "
            "restored. Restore a backup from the journal's folder (see backup --list)."
        )
    key = access.recovery_key(passphrase)
    if key is None:
        raise problem
    what = "passphrase" if key.is_passphrase else "key in the system keyring"
    path = _backup_path(access.location, args.file)
    if not _is_own_backup(access.location, path):
        raise JournalError(
            f"The journal does not open with this {what}, so it cannot be replaced from "
            "another file. If the journal is damaged, restore one of its own backups "
            "(backup --list); otherwise check the passphrase. Nothing was changed."
        )
    try:
        check = backups.check_backup(path, key)
    except WrongKeyError:
        raise JournalError(
            f"{problem} {path.name} does not open with that key either, so nothing was restored."
        ) from None
    restored = backups.restore_over_damaged(access.location, key, path)
    return (
        f"The {what} did not open the journal, but it opens {path.name}, one of its own "
        f"backups, so the journal appears damaged: {path.name} was restored "
        f"({describe_check(check)}).{_kept(restored)}",
        restored.journal,
    )


@contextlib.contextmanager
def replacing_lock(location: JournalLocation, command: str) -> Iterator[None]:
    """Hold the app's lock for ``restore`` and ``import``; refuse while the app is open."""
    # an import with no journal folder fails with its own message: no folder made for it
    if command not in REPLACING or (command == "import" and not location.data_dir.is_dir()):
        yield
        return
    lock = InstanceLock(location.data_dir)
    try:
        lock.acquire()
    except JournalBusyError as busy:
        holder = f" (process {busy.pid})" if busy.pid is not None else ""
        raise JournalError(
            f"Recovery Journal is open{holder}; close it first. Nothing was changed."
        ) from None
    try:
        yield
    finally:
        lock.release()


def _kept(restored: Restored) -> str:
    if restored.damaged:
        return (
            f" The journal was damaged, so it could not be copied first: it is kept, renamed, "
            f"as {restored.kept} (never deleted)."
        )
    return f" The journal as it was is kept as {restored.kept.name}."


def run_check(service: BackupService) -> tuple[str, bool]:
    problems = service.problems(quick=False)
    if not problems:
        return "The journal passed every integrity check.", True
    listed = "\n".join(f"  {problem}" for problem in problems[:20])
    return (
        "The journal failed its integrity check:\n"
        f"{listed}\nRestore a backup with: recovery-journal-cli restore FILE (see backup --list)",
        False,
    )


def _is_own_backup(location: JournalLocation, path: Path) -> bool:
    """True for a file in the journal's own ``backups/`` (as ``backup --list`` shows them)."""
    return path.resolve() in {backup.path.resolve() for backup in backups.list_backups(location)}


def _backup_path(location: JournalLocation, name: str) -> Path:
    path = Path(name).expanduser()
    if path.is_file():
        return path
    for backup in backups.list_backups(location):
        if backup.path.name == name:
            return backup.path
    raise JournalError(f"There is no backup file {name}. See: recovery-journal-cli backup --list")
