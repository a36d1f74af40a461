"""``recovery-journal-cli chart …``: the Progress page's figures as PNG or SVG files, in the
paper style; a refused command leaves no file behind."""

from __future__ import annotations

from pathlib import Path

import pytest

from recovery_journal.charts import FIGURE_NAMES
from recovery_journal.storage.keys import SystemKeyring
from tests.conftest import run_cli

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
PROG = "recovery-journal-cli"


def cli(data_dir: Path, keyring: SystemKeyring, *argv: str) -> tuple[int, str, str]:
    return run_cli("--data-dir", str(data_dir), *argv, keyring=keyring)


@pytest.fixture
def journal_dir(data_dir: Path, memory_keyring: SystemKeyring) -> Path:
    """A journal with two days of doses, a mood check-in and a withdrawal rating."""
    assert cli(data_dir, memory_keyring, "init")[0] == 0
    for argv in (
        ("log", "dose", "--at", "2025-03-01T08:00", "--amount", "3", "--unit", "g"),
        ("log", "dose", "--at", "2025-03-01T14:00", "--amount", "2.5", "--unit", "g"),
        ("log", "dose", "--at", "2025-03-03T09:00", "--amount", "2", "--unit", "g"),
        ("log", "mood", "--at", "2025-03-02T08:00", "--mood", "5", "--anxiety", "6")
        + ("--energy", "4", "--pain", "2"),
        ("log", "sows", "--at", "2025-03-02T09:00", "--scores", ",".join(["1"] * 16)),
    ):
        code, _, err = cli(data_dir, memory_keyring, *argv)
        assert (code, err) == (0, "")
    return data_dir


def chart(
    journal_dir: Path, keyring: SystemKeyring, name: str, out: Path, first: str, last: str
) -> tuple[int, str, str]:
    return cli(
        journal_dir, keyring, "chart", name, "--from", first, "--to", last, "--out", str(out)
    )


@pytest.mark.parametrize("name", FIGURE_NAMES)
def test_every_chart_as_png(
    journal_dir: Path, memory_keyring: SystemKeyring, tmp_path: Path, name: str
) -> None:
    out = tmp_path / f"{name}.png"
    code, stdout, err = chart(journal_dir, memory_keyring, name, out, "2025-02-24", "2025-03-09")
    assert (code, err) == (0, "")
    assert out.read_bytes().startswith(PNG_MAGIC)
    assert str(out) in stdout and "2025-02-24" in stdout


def test_a_chart_as_svg(journal_dir: Path, memory_keyring: SystemKeyring, tmp_path: Path) -> None:
    out = tmp_path / "dose.SVG"
    code, _, err = chart(journal_dir, memory_keyring, "dose", out, "2025-03-01", "2025-03-03")
    assert (code, err) == (0, "")
    content = out.read_bytes()
    assert content.startswith(b"<?xml") and b"<svg" in content[:2000]
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == ["dose.SVG"]


@pytest.mark.parametrize(
    ("first", "last", "out_name", "message"),
    [
        ("2025-03-09", "2025-03-01", "dose.png", "--to: must be on or after --from"),
        ("2025-02-30", "2025-03-01", "dose.png", "--from"),
        ("2025-03-01", "2025-03-09", "dose.jpg", "--out: must end in .png or .svg"),
        ("2025-03-01", "2025-03-09", "missing/dose.png", "--out: there is no folder"),
        ("2025-03-01", "2025-03-09", "a-folder.png", "--out: could not write"),
    ],
)
def test_a_refused_chart_leaves_no_file(
    journal_dir: Path,
    memory_keyring: SystemKeyring,
    tmp_path: Path,
    first: str,
    last: str,
    out_name: str,
    message: str,
) -> None:
    folder = tmp_path / "charts"
    folder.mkdir()
    (folder / "a-folder.png").mkdir()  # a folder where the file would go
    code, stdout, err = chart(journal_dir, memory_keyring, "dose", folder / out_name, first, last)
    assert code == 1 and stdout == ""
    assert err.startswith(f"{PROG}: error: ") and message in err
    assert [p.name for p in folder.iterdir()] == ["a-folder.png"]  # no file, no temporary


def test_an_unknown_chart_is_a_usage_error(
    journal_dir: Path, memory_keyring: SystemKeyring, tmp_path: Path
) -> None:
    out = tmp_path / "x.png"
    with pytest.raises(SystemExit) as exit_info:
        chart(journal_dir, memory_keyring, "weather", out, "2025-03-01", "2025-03-02")
    assert exit_info.value.code == 2 and not out.exists()
