"""``recovery-journal-cli report …``: the appointment summary as a PDF from the command
line, headless; private notes only with --include-private; paper from the locale; a
refused command leaves no file behind."""

from __future__ import annotations

from pathlib import Path

import pytest

from recovery_journal.cli_report import default_paper
from recovery_journal.storage.keys import SystemKeyring
from tests.conftest import run_cli
from tests.report import pdftools

PRIVATE = "Kept to myself"
FLAGGED = "Please ask about the nausea"


def cli(data_dir: Path, keyring: SystemKeyring, *argv: str) -> tuple[int, str, str]:
    return run_cli("--data-dir", str(data_dir), *argv, keyring=keyring)


@pytest.fixture
def journal_dir(qapp: object, data_dir: Path, memory_keyring: SystemKeyring) -> Path:
    """Three days of doses, a withdrawal rating, a flagged and a private note."""
    assert cli(data_dir, memory_keyring, "init")[0] == 0
    for argv in (
        ("log", "dose", "--at", "2025-03-01T08:00", "--amount", "3", "--unit", "g"),
        ("log", "dose", "--at", "2025-03-01T20:00", "--amount", "2", "--unit", "g"),
        ("log", "dose", "--at", "2025-03-02T09:00", "--amount", "4", "--unit", "g"),
        ("log", "dose", "--at", "2025-03-03T06:00", "--amount", "2", "--unit", "g")
        + ("--note", PRIVATE),
        ("log", "sows", "--at", "2025-03-02T10:00", "--scores", ",".join(["2"] * 16))
        + ("--note", FLAGGED, "--for-clinician"),
    ):
        code, _, err = cli(data_dir, memory_keyring, *argv)
        assert (code, err) == (0, "")
    return data_dir


def report(
    journal_dir: Path, keyring: SystemKeyring, out: Path, *extra: str
) -> tuple[int, str, str]:
    return cli(
        journal_dir,
        keyring,
        "report",
        "--from",
        "2025-03-01",
        "--to",
        "2025-03-03",
        "--out",
        str(out),
        "--now",
        "2025-03-03T12:30",
        *extra,
    )


def test_report_writes_the_summary(
    journal_dir: Path, memory_keyring: SystemKeyring, tmp_path: Path
) -> None:
    out = tmp_path / "summary.pdf"
    code, stdout, err = report(journal_dir, memory_keyring, out, "--paper", "letter")
    assert (code, err) == (0, "")
    assert str(out) in stdout and "letter" in stdout
    text = pdftools.text(out)
    assert "Hours since last dose 6.5 h (last dose 2025-03-03 06:00)" in text
    # the 7 complete days before 03-03: 03-01 (5 g, 2 doses) and 03-02 (4 g, 1 dose)
    assert "Current daily amount 4.5 g a day (2 of 7 days with doses logged)" in text
    assert "Current doses per day 1.5 (2 of 7" in text
    assert "1 rating (2025-03-02 to 2025-03-02): min 32, mean 32.0, max 32" in text
    assert FLAGGED in text and PRIVATE not in text
    assert [(p.width, p.height) for p in pdftools.pages(out)][0] == pytest.approx((612, 792))
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == ["summary.pdf"]


def test_include_private(journal_dir: Path, memory_keyring: SystemKeyring, tmp_path: Path) -> None:
    out = tmp_path / "private.pdf"
    code, _, err = report(journal_dir, memory_keyring, out, "--include-private")
    assert (code, err) == (0, "")
    assert PRIVATE in pdftools.text(out)


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (("--from", "2025-03-09", "--to", "2025-03-01"), "--to: must be on or after --from"),
        (("--from", "2025-02-30", "--to", "2025-03-01"), "--from"),
        (("--from", "2025-03-01", "--to", "2025-03-03", "--now", "soon"), "--now"),
    ],
)
def test_refused_dates_leave_no_file(
    journal_dir: Path,
    memory_keyring: SystemKeyring,
    tmp_path: Path,
    argv: tuple[str, ...],
    message: str,
) -> None:
    out = tmp_path / "summary.pdf"
    code, stdout, err = cli(journal_dir, memory_keyring, "report", *argv, "--out", str(out))
    assert code != 0 and stdout == ""
    assert message in err
    assert list(tmp_path.iterdir()) == [journal_dir]


@pytest.mark.parametrize(
    ("out_name", "message"),
    [
        ("summary.txt", "--out: must end in .pdf"),
        ("missing/summary.pdf", "--out: there is no folder"),
        ("a-folder.pdf", "is a folder"),
    ],
)
def test_refused_outputs_leave_no_file(
    journal_dir: Path, memory_keyring: SystemKeyring, tmp_path: Path, out_name: str, message: str
) -> None:
    (tmp_path / "a-folder.pdf").mkdir()
    before = sorted(tmp_path.rglob("*"))
    code, _, err = report(journal_dir, memory_keyring, tmp_path / out_name)
    assert code == 1 and message in err
    assert sorted(tmp_path.rglob("*")) == before


@pytest.mark.parametrize(
    ("environ", "paper"),
    [
        ({"LANG": "en_US.UTF-8"}, "letter"),
        ({"LANG": "fr_CA.UTF-8"}, "letter"),
        ({"LANG": "en_GB.UTF-8"}, "a4"),
        ({"LANG": "en_US.UTF-8", "LC_PAPER": "de_DE.UTF-8"}, "a4"),
        ({"LC_ALL": "en_US", "LC_PAPER": "de_DE.UTF-8"}, "letter"),
        ({"LANG": "C.UTF-8"}, "a4"),
        ({}, "a4"),
    ],
)
def test_default_paper_follows_the_locale(environ: dict[str, str], paper: str) -> None:
    assert default_paper(environ) == paper
