"""``recovery-journal-cli export …`` and ``import …``: the not-encrypted note, summaries,
and a corpus of malformed files, each refused with one message and the journal's files
byte-identical afterwards."""

from __future__ import annotations

import json
import os
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from recovery_journal.storage.keys import SystemKeyring
from tests.cli.snap import journal_snapshot
from tests.conftest import run_cli

PROG = "recovery-journal-cli"
DOSES = [
    ("2025-03-01T08:00", "3"),
    ("2025-03-01T14:00", "2.5"),
    ("2025-03-02T09:00", "2"),
]


def cli(data_dir: Path, keyring: SystemKeyring, *argv: str) -> tuple[int, str, str]:
    return run_cli("--data-dir", str(data_dir), *argv, keyring=keyring)


def fill(data_dir: Path, keyring: SystemKeyring, note: str) -> None:
    assert cli(data_dir, keyring, "init")[0] == 0
    for moment, amount in DOSES:
        argv = ("log", "dose", "--at", moment, "--amount", amount, "--unit", "g")
        code, _, err = cli(data_dir, keyring, *argv, "--product", "Red, powder", "--note", note)
        assert (code, err) == (0, "")
    craving = ("log", "craving", "--at", "2025-03-01T10:00", "--intensity", "6")
    assert cli(data_dir, keyring, *craving, "--trigger", "boredom")[0] == 0


@pytest.fixture
def journal_dir(data_dir: Path, memory_keyring: SystemKeyring) -> Path:
    fill(data_dir, memory_keyring, "mine")
    return data_dir


@pytest.fixture
def files(tmp_path: Path) -> Path:
    folder = tmp_path / "files"
    folder.mkdir()
    return folder


@pytest.fixture
def foreign_export(tmp_path: Path, memory_keyring: SystemKeyring, files: Path) -> Path:
    """An export of another journal: every entry in it is new to ``journal_dir``."""
    other = tmp_path / "other"
    fill(other, memory_keyring, "theirs")
    out = files / "theirs.json"
    assert cli(other, memory_keyring, "export", "json", "--out", str(out))[0] == 0
    return out


def test_export_json_says_the_file_is_not_encrypted(
    journal_dir: Path, memory_keyring: SystemKeyring, files: Path
) -> None:
    out = files / "journal.json"
    code, stdout, stderr = cli(journal_dir, memory_keyring, "export", "json", "--out", str(out))
    assert code == 0
    assert stdout.startswith("Exported 3 doses, 1 craving, 1 product, 10 triggers")
    expected = f"Note: {out} is not encrypted; anyone who can read it can read your journal.\n"
    assert stderr == expected
    document = json.loads(out.read_text(encoding="utf-8"))
    assert (document["format"], document["version"]) == ("recovery-journal-export", 1)
    assert os.stat(out).st_mode & 0o777 == 0o600


def test_export_csv_overwrites_the_chosen_file(
    journal_dir: Path, memory_keyring: SystemKeyring, files: Path
) -> None:
    out = files / "journal.zip"
    out.write_text("old")
    code, _, stderr = cli(journal_dir, memory_keyring, "export", "csv", "--out", str(out))
    assert code == 0 and "not encrypted" in stderr
    with zipfile.ZipFile(out) as archive:
        assert "mine" in archive.read("doses.csv").decode("utf-8-sig")


def test_export_into_a_missing_folder_is_refused(
    journal_dir: Path, memory_keyring: SystemKeyring, files: Path
) -> None:
    out = files / "nowhere" / "journal.json"
    code, stdout, stderr = cli(journal_dir, memory_keyring, "export", "json", "--out", str(out))
    assert (code, stdout) == (1, "")
    assert stderr == f"{PROG}: error: There is no folder {out.parent}.\n"


def test_import_json_then_again_adds_nothing(
    journal_dir: Path, memory_keyring: SystemKeyring, foreign_export: Path
) -> None:
    code, stdout, stderr = cli(journal_dir, memory_keyring, "import", "json", str(foreign_export))
    assert (code, stderr) == (0, "")
    assert "3 new doses" in stdout and "1 new craving" in stdout
    assert "1 product already present" in stdout  # the same name: no second "Red, powder"
    before = journal_snapshot(journal_dir)
    code, stdout, _ = cli(journal_dir, memory_keyring, "import", "json", str(foreign_export))
    assert code == 0 and stdout.startswith("Nothing new to import")
    assert journal_snapshot(journal_dir) == before


def test_import_csv_prints_what_it_left_aside(
    journal_dir: Path, memory_keyring: SystemKeyring, files: Path
) -> None:
    path = files / "sheet.csv"
    path.write_text("time,amount,unit,product,mood\n2025-03-03T08:00,2,g,Red,ok\n")
    code, stdout, stderr = cli(journal_dir, memory_keyring, "import", "csv", str(path))
    assert code == 0
    assert stdout == "Imported: 1 new product; 1 new dose.\n"
    assert stderr == "Note: These columns were left aside: 'mood'.\n"


def _edit(change: Callable[[dict[str, Any]], None]) -> Callable[[Path], bytes]:
    def build(export: Path) -> bytes:
        document = json.loads(export.read_text(encoding="utf-8"))
        change(document)
        return json.dumps(document).encode()

    return build


def _doses(index: int, **values: Any) -> Callable[[dict[str, Any]], None]:
    return lambda document: document["entries"]["doses"][index].update(values)


def _raw(data: bytes) -> Callable[[Path], bytes]:
    return lambda export: data


HEADER = b"time,amount,unit,product\n"
CORPUS: dict[str, tuple[str, Callable[[Path], bytes], str]] = {
    "truncated json": ("json", lambda e: e.read_bytes()[:-40], "not complete JSON"),
    "a list": ("json", _raw(b"[]"), "not a Recovery Journal export"),
    "amount text": ("json", _edit(_doses(1, amount="abc")), "entries.doses[1], amount"),
    "amount negative": ("json", _edit(_doses(1, amount=-1)), "entries.doses[1], amount"),
    "time words": ("json", _edit(_doses(2, time="yesterday")), "entries.doses[2], time"),
    "triggers text": ("json", _edit(_doses(0, triggers="boredom")), "doses[0], triggers"),
    "version 9": ("json", _edit(lambda d: d.update(version=9)), "(format version 9)"),
    "no marker": ("json", _edit(lambda d: d.pop("format")), "not a Recovery Journal export"),
    "bad row in the middle": ("json", _edit(_doses(1, unit="kg")), "entries.doses[1], unit"),
    "json binary": ("json", _raw(os.urandom(4096)), "not"),
    "json utf-16": ("json", lambda e: e.read_text("utf-8").encode("utf-16"), "UTF-16"),
    "json empty": ("json", _raw(b""), "is empty"),
    "csv bad date": ("csv", _raw(HEADER + b"2025-02-30T08:00,2,g,\n"), "Row 2, time"),
    "csv negative": (
        "csv",
        _raw(HEADER + b"2025-03-03T08:00,1,g,\n2025-03-03T09:00,-2,g,\n"),
        "Row 3, amount",
    ),
    "csv huge field": (
        "csv",
        _raw(HEADER + b"2025-03-03T08:00,2,g," + b"x" * 2_000_000 + b"\n"),
        "Row 2",
    ),
    "csv unknown unit": ("csv", _raw(HEADER + b"2025-03-03T08:00,2,kg,\n"), "Row 2, unit"),
    "csv no header": ("csv", _raw(b"2025-03-03T08:00,2,g,Red\n"), "Row 1 must name the columns"),
    "csv empty": ("csv", _raw(b""), "is empty"),
    "csv binary": ("csv", _raw(os.urandom(4096)), "not"),
    "csv utf-16": (
        "csv",
        _raw((HEADER + b"2025-03-03T08:00,2,g,\n").decode().encode("utf-16")),
        "UTF-16",
    ),
    "csv nul": ("csv", _raw(HEADER + b"2025-03-03T08:00,2,g,\x00\n"), "binary"),
}


@pytest.mark.parametrize("case", sorted(CORPUS))
def test_a_malformed_file_is_refused_and_nothing_changes(
    case: str, journal_dir: Path, memory_keyring: SystemKeyring, foreign_export: Path, files: Path
) -> None:
    file_format, build, fragment = CORPUS[case]
    path = files / f"input.{file_format}"
    path.write_bytes(build(foreign_export))
    before = journal_snapshot(journal_dir)
    code, stdout, stderr = cli(journal_dir, memory_keyring, "import", file_format, str(path))
    assert (code, stdout) == (1, "")
    assert stderr.startswith(f"{PROG}: error: ") and stderr.count("\n") == 1
    assert fragment in stderr
    assert stderr.rstrip().endswith("Nothing was imported.")
    assert len(stderr) < 400  # never echoes the file back
    assert journal_snapshot(journal_dir) == before


def test_import_of_a_missing_file(
    journal_dir: Path, memory_keyring: SystemKeyring, files: Path
) -> None:
    before = journal_snapshot(journal_dir)
    code, _, stderr = cli(journal_dir, memory_keyring, "import", "csv", str(files / "no.csv"))
    assert code == 1 and "There is no file" in stderr
    assert journal_snapshot(journal_dir) == before
