"""``backup``, ``restore`` and ``check``: encrypted backups and integrity from the CLI.

A portable backup's passphrase is read from standard input (one line, after the
journal's own passphrase when ``--passphrase-stdin`` is given); it is never an argument.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from recovery_journal.domain.errors import JournalError
from recovery_journal.services.backup_service import BackupService
from recovery_journal.storage.backups import Backup, BackupCheck
from recovery_journal.storage.journal import Journal


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
    if args.portable is not None:
        path = service.write_portable(args.portable, read())
        return (
            f"Wrote a portable backup to {path}. Keep its passphrase safe: nobody can recover it."
        )
    backup = service.back_up_now()
    return f"Backed up to {backup.path}."


def run_restore(
    service: BackupService, args: argparse.Namespace, read: Callable[[], str]
) -> tuple[str, Journal]:
    """Restore and return (message, the journal reopened): the caller closes it."""
    path = _backup_path(service, args.file)
    passphrase = read() if args.portable else None
    check = service.check_backup(path, passphrase)
    journal = service.restore(path, passphrase)
    safety = [b for b in BackupService(journal).backups() if b.kind == "before-restore"]
    undo = f" The journal as it was is kept as {safety[0].path.name}." if safety else ""
    return f"Restored {path.name} ({describe_check(check)}).{undo}", journal


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


def _backup_path(service: BackupService, name: str) -> Path:
    path = Path(name).expanduser()
    if path.is_file():
        return path
    for backup in service.backups():
        if backup.path.name == name:
            return backup.path
    raise JournalError(f"There is no backup file {name}. See: recovery-journal-cli backup --list")
