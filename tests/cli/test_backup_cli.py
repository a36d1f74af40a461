"""`backup`, `restore` and `check` from the command line, on real SQLCipher journals."""

from __future__ import annotations

import os
from pathlib import Path

from recovery_journal.storage.instance_lock import InstanceLock
from recovery_journal.storage.keys import SystemKeyring
from tests.cli.snap import journal_snapshot
from tests.conftest import PASSPHRASE, run_cli

PORTABLE = "a passphrase for the move"
MOOD = ("log", "mood", "--mood", "5", "--anxiety", "3", "--energy", "4", "--pain", "1")


def cli(data_dir: Path, *argv: str, stdin: str = PASSPHRASE + "\n") -> tuple[int, str, str]:
    return run_cli("--data-dir", str(data_dir), "--passphrase-stdin", *argv, stdin=stdin)


def log_mood(data_dir: Path, at: str) -> None:
    code, _, err = cli(data_dir, *MOOD, "--at", at)
    assert code == 0, err


def test_backup_list_restore_and_undo(data_dir: Path) -> None:
    assert cli(data_dir, "init")[0] == 0
    log_mood(data_dir, "2026-03-02T08:00")
    code, out, _ = cli(data_dir, "backup")
    assert code == 0 and "Backed up to" in out
    log_mood(data_dir, "2026-03-03T08:00")
    code, listing, _ = cli(data_dir, "backup", "--list")
    name = listing.split()[0]
    assert name.startswith("manual-") and name.endswith(".db")
    code, out, err = cli(data_dir, "restore", name)
    assert code == 0, err
    assert "Restored" in out and "1 entry" in out and "before-restore-" in out
    assert cli(data_dir, "check") == (0, "The journal passed every integrity check.\n", "")


def test_portable_backup_moves_to_a_fresh_install(data_dir: Path, tmp_path: Path) -> None:
    cli(data_dir, "init")
    log_mood(data_dir, "2026-03-02T08:00")
    portable = tmp_path / "move.db"
    code, out, err = cli(
        data_dir, "backup", "--portable", str(portable), stdin=f"{PASSPHRASE}\n{PORTABLE}\n"
    )
    assert code == 0, err
    assert portable.is_file() and "nobody can recover it" in out
    fresh = tmp_path / "other-machine"
    code, out, err = cli(
        fresh, "restore", str(portable), "--portable", stdin=f"{PASSPHRASE}\n{PORTABLE}\n"
    )
    assert code == 0, err
    code, out, err = cli(fresh, "stats", "--from", "2026-03-02", "--to", "2026-03-02", "--json")
    assert code == 0, err


def test_wrong_portable_passphrase_or_bad_file_changes_nothing(
    data_dir: Path, tmp_path: Path
) -> None:
    cli(data_dir, "init")
    log_mood(data_dir, "2026-03-02T08:00")
    portable = tmp_path / "move.db"
    cli(data_dir, "backup", "--portable", str(portable), stdin=f"{PASSPHRASE}\n{PORTABLE}\n")
    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(b"\x00\x01binary" * 5000)
    before = journal_snapshot(data_dir)
    for argv, stdin in (
        (("restore", str(portable), "--portable"), f"{PASSPHRASE}\nwrong passphrase\n"),
        (("restore", str(garbage)), f"{PASSPHRASE}\n"),
        (("restore", "daily-19990101T000000Z.db"), f"{PASSPHRASE}\n"),
        (("backup", "--portable", str(tmp_path / "short.db")), f"{PASSPHRASE}\nshort\n"),
    ):
        code, out, err = cli(data_dir, *argv, stdin=stdin)
        assert code == 1 and out == "", argv
        assert err.startswith("recovery-journal-cli: error: "), err
    assert journal_snapshot(data_dir) == before
    assert not (tmp_path / "short.db").exists()


def test_check_reports_a_damaged_journal(data_dir: Path) -> None:
    cli(data_dir, "init")
    for day in range(2, 9):
        log_mood(data_dir, f"2026-03-0{day}T08:00")
    db = data_dir / "journal.db"
    size = db.stat().st_size
    with db.open("r+b") as stream:
        stream.seek(size - 4096 + 100)  # a page in the middle of the data
        stream.write(b"\xff" * 16)
    code, out, err = cli(data_dir, "check")
    assert code == 1
    assert "failed its integrity check" in err and "restore" in err


def test_an_import_is_preceded_by_a_backup_and_a_rejected_one_is_not(
    data_dir: Path, tmp_path: Path
) -> None:
    cli(data_dir, "init")
    doses = tmp_path / "doses.csv"
    doses.write_text("time,amount,unit,product\n2026-03-02T08:00,2.5,g,Red\n", encoding="utf-8")
    bad = tmp_path / "bad.csv"
    bad.write_text("time,amount,unit,product\n2026-03-02T08:00,-1,g,Red\n", encoding="utf-8")
    assert cli(data_dir, "import", "csv", str(bad))[0] == 1
    assert not (data_dir / "backups").exists()
    code, _, err = cli(data_dir, "import", "csv", str(doses))
    assert code == 0, err
    code, listing, _ = cli(data_dir, "backup", "--list")
    assert "before-import" in listing


def journal_with_backup(data_dir: Path, days: int = 7) -> str:
    """A passphrase journal with ``days`` moods and a backup of them; the backup's name."""
    assert cli(data_dir, "init")[0] == 0
    for day in range(1, days + 1):
        log_mood(data_dir, f"2026-03-{day:02}T08:00")
    code, out, err = cli(data_dir, "backup")
    assert code == 0, err
    return Path(out.removeprefix("Backed up to ").strip().rstrip(".")).name


def damage(path: Path, offset: int) -> None:
    with path.open("r+b") as stream:
        stream.seek(offset)
        stream.write(b"\xa5" * 32)


def kept_damaged(data_dir: Path) -> list[str]:
    return sorted(p.name for p in data_dir.iterdir() if ".damaged-" in p.name)


def test_restore_over_a_damaged_journal_sets_it_aside(data_dir: Path) -> None:
    name = journal_with_backup(data_dir)
    damage(data_dir / "journal.db", 4096 * 3 + 100)  # not page 1: the journal still opens
    code, out, err = cli(data_dir, "restore", name)
    assert code == 0, err
    assert "7 entries" in out and "damaged" in out and "journal.db.damaged-" in out
    assert len(kept_damaged(data_dir)) == 1
    assert cli(data_dir, "check")[0] == 0


def test_restore_when_the_first_page_is_damaged_needs_the_journals_key(data_dir: Path) -> None:
    name = journal_with_backup(data_dir)
    damage(data_dir / "journal.db", 100)  # page 1: it will not open at all
    damaged_bytes = (data_dir / "journal.db").read_bytes()
    before = journal_snapshot(data_dir)
    code, out, err = cli(data_dir, "restore", name, stdin="not the passphrase\n")
    assert (code, out) == (1, "") and "does not open" in err
    code, out, err = cli(
        data_dir, "restore", name, "--portable", stdin=f"{PASSPHRASE}\n{PORTABLE}\n"
    )
    assert (code, out) == (1, "") and "cannot prove the journal's key" in err
    assert journal_snapshot(data_dir) == before
    code, out, err = cli(data_dir, "restore", name)
    assert code == 0, err
    assert out.startswith(f"The passphrase did not open the journal, but it opens {name}")
    assert "appears damaged" in out and "7 entries" in out and "journal.db.damaged-" in out
    [kept] = kept_damaged(data_dir)
    assert (data_dir / kept).read_bytes() == damaged_bytes  # kept exactly as it was
    assert cli(data_dir, "check")[0] == 0


def test_a_wrong_passphrase_never_sets_a_healthy_journal_aside(
    data_dir: Path, tmp_path: Path
) -> None:
    """The portable backup's passphrase, typed without --portable, opens only that file."""
    journal_with_backup(data_dir, days=2)
    portable = tmp_path / "move.db"
    code, _, err = cli(
        data_dir, "backup", "--portable", str(portable), stdin=f"{PASSPHRASE}\n{PORTABLE}\n"
    )
    assert code == 0, err
    log_mood(data_dir, "2026-03-05T08:00")
    before = journal_snapshot(data_dir)
    code, out, err = cli(data_dir, "restore", str(portable), stdin=f"{PORTABLE}\n")
    assert (code, out) == (1, "")
    assert "does not open with this passphrase, so it cannot be replaced from another" in err
    assert "restore one of its own backups (backup --list)" in err
    assert journal_snapshot(data_dir) == before and kept_damaged(data_dir) == []
    code, out, err = cli(data_dir, "backup", "--list")
    assert code == 0, err  # the journal opens with its own passphrase, as it did


def test_a_journal_that_will_not_open_is_replaced_only_from_its_own_backups(
    data_dir: Path, tmp_path: Path
) -> None:
    name = journal_with_backup(data_dir)
    copied = tmp_path / name
    copied.write_bytes((data_dir / "backups" / name).read_bytes())  # the right key, elsewhere
    damage(data_dir / "journal.db", 100)
    before = journal_snapshot(data_dir)
    code, out, err = cli(data_dir, "restore", str(copied))
    assert (code, out) == (1, "") and "cannot be replaced from another file" in err
    assert journal_snapshot(data_dir) == before
    code, out, err = cli(data_dir, "restore", str(data_dir / "backups" / name))
    assert code == 0, err
    assert "appears damaged" in out and len(kept_damaged(data_dir)) == 1


def test_a_keyring_journal_that_will_not_open_is_restored_with_the_keyrings_key(
    data_dir: Path, memory_keyring: SystemKeyring
) -> None:
    def keyring_cli(*argv: str) -> tuple[int, str, str]:
        return run_cli("--data-dir", str(data_dir), *argv, keyring=memory_keyring)

    assert keyring_cli("init")[0] == 0
    assert keyring_cli(*MOOD, "--at", "2026-03-02T08:00")[0] == 0
    name = Path(keyring_cli("backup")[1].removeprefix("Backed up to ").strip(" .\n")).name
    damage(data_dir / "journal.db", 100)
    assert keyring_cli("stats", "--from", "2026-03-02", "--to", "2026-03-02", "--json")[0] == 1
    code, out, err = keyring_cli("restore", name)
    assert code == 0, err
    assert out.startswith("The key in the system keyring did not open the journal")
    assert "1 entry" in out and len(kept_damaged(data_dir)) == 1


def test_restore_and_import_refuse_while_the_app_is_open(data_dir: Path, tmp_path: Path) -> None:
    name = journal_with_backup(data_dir, days=2)
    doses = tmp_path / "doses.csv"
    doses.write_text("time,amount,unit,product\n2026-03-02T08:00,2.5,g,Red\n", encoding="utf-8")
    before = journal_snapshot(data_dir)
    with InstanceLock(data_dir):  # as the app holds it while it runs
        for argv in (("restore", name), ("import", "csv", str(doses))):
            code, out, err = cli(data_dir, *argv)
            assert (code, out) == (1, ""), argv
            assert f"Recovery Journal is open (process {os.getpid()}); close it first" in err
    assert journal_snapshot(data_dir) == before
    assert cli(data_dir, "import", "csv", str(doses))[0] == 0  # closed: it works


def test_a_portable_backup_never_overwrites_a_file_unless_forced(
    data_dir: Path, tmp_path: Path
) -> None:
    journal_with_backup(data_dir, days=1)
    existing = tmp_path / "move.db"
    existing.write_bytes(b"something the user keeps")
    argv = ("backup", "--portable", str(existing))
    code, out, err = cli(data_dir, *argv, stdin=f"{PASSPHRASE}\n{PORTABLE}\n")
    assert (code, out) == (1, "") and "already exists" in err and "--force" in err
    assert existing.read_bytes() == b"something the user keeps"
    code, out, err = cli(data_dir, *argv, "--force", stdin=f"{PASSPHRASE}\n{PORTABLE}\n")
    assert code == 0, err
    assert existing.read_bytes() != b"something the user keeps"
    assert cli(data_dir, "backup", "--force")[0] == 1  # --force means nothing alone
