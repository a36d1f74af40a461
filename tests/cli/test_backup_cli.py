"""`backup`, `restore` and `check` from the command line, on real SQLCipher journals."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import PASSPHRASE, run_cli
from tests.filesnap import folder_snapshot

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
    before = folder_snapshot(data_dir)
    for argv, stdin in (
        (("restore", str(portable), "--portable"), f"{PASSPHRASE}\nwrong passphrase\n"),
        (("restore", str(garbage)), f"{PASSPHRASE}\n"),
        (("restore", "daily-19990101T000000Z.db"), f"{PASSPHRASE}\n"),
        (("backup", "--portable", str(tmp_path / "short.db")), f"{PASSPHRASE}\nshort\n"),
    ):
        code, out, err = cli(data_dir, *argv, stdin=stdin)
        assert code == 1 and out == "", argv
        assert err.startswith("recovery-journal-cli: error: "), err
    assert folder_snapshot(data_dir) == before
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
