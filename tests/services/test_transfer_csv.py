"""A spreadsheet of doses as CSV: local times across DST changes, product names with
commas, stable ids (a second import adds nothing), and rows refused by row and column.
Also the CSV export: a zip of one CSV per kind that a spreadsheet opens."""

from __future__ import annotations

import csv
import io
import zipfile
from datetime import datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from recovery_journal.domain.models import Craving, Dose, Product, SowsRating
from recovery_journal.services.catalog import CatalogService
from recovery_journal.services.journal_service import JournalService
from recovery_journal.services.transfer import (
    ExportCancelled,
    ExportFailed,
    ImportRejected,
    export_csv,
    import_file,
    plan_import,
)
from recovery_journal.storage.journal import Journal

BERLIN = ZoneInfo("Europe/Berlin")
CET, CEST = timezone(timedelta(hours=1)), timezone(timedelta(hours=2))
NOW = datetime(2025, 12, 1, 12, tzinfo=BERLIN)
SPREADSHEET = (
    "Time,Amount,Unit,Product,Weekday\r\n"
    '2025-03-30T01:30,2.5,g,"Red, powder",Sun\r\n'  # before the spring change (CET)
    '2025-03-30T03:30,2,G,"red, POWDER",Sun\r\n'  # after it (CEST)
    "2025-10-26T02:30,1,capsule,Green caps,Sun\r\n"  # occurs twice: the first (CEST)
    "2025-10-26T03:30,1,capsule,Green caps,Sun\r\n"  # CET again
    "2025-10-27T08:00:00+01:00,3,g,,Mon\r\n"
    "\r\n"
)


def import_csv(journal: Journal, tmp_path: Path, text: str, name: str = "doses.csv") -> object:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return import_file(journal, path, "csv", zone=BERLIN, clock=lambda: NOW)


def doses(journal: Journal) -> list[Dose]:
    return JournalService(journal, zone=BERLIN).entries(Dose)


def test_a_spreadsheet_of_doses_lands_at_the_right_instants(
    journal: Journal, tmp_path: Path
) -> None:
    result = import_csv(journal, tmp_path, SPREADSHEET)
    assert result.counts["doses"].new == 5  # type: ignore[attr-defined]
    assert any("Weekday" in w for w in result.warnings)  # type: ignore[attr-defined]
    expected = [
        datetime(2025, 3, 30, 1, 30, tzinfo=CET),
        datetime(2025, 3, 30, 3, 30, tzinfo=CEST),
        datetime(2025, 10, 26, 2, 30, tzinfo=CEST),
        datetime(2025, 10, 26, 3, 30, tzinfo=CET),
        datetime(2025, 10, 27, 8, 0, tzinfo=CET),
    ]
    logged = doses(journal)
    assert [d.at for d in logged] == expected
    assert [d.at.utcoffset() for d in logged] == [e.utcoffset() for e in expected]
    assert [d.unit for d in logged] == ["g", "g", "capsule", "capsule", "g"]
    products = {p.id: p for p in CatalogService(journal).products()}
    assert sorted(p.name for p in products.values()) == ["Green caps", "Red, powder"]
    assert products[logged[2].product_id].form == "capsule"  # type: ignore[index]
    assert logged[4].product_id is None
    second = import_csv(journal, tmp_path, SPREADSHEET)
    assert second.new_total == 0  # type: ignore[attr-defined]
    assert len(doses(journal)) == 5


def test_a_dose_already_logged_in_the_app_is_recognised(journal: Journal, tmp_path: Path) -> None:
    service = JournalService(journal, zone=BERLIN, clock=lambda: NOW)
    service.log_dose(datetime(2025, 5, 1, 8, tzinfo=BERLIN), 2.5, "g", product_name="Red")
    result = import_csv(
        journal, tmp_path, "time,amount,unit,product\n2025-05-01T08:00,2.50,g,RED\n"
    )
    assert result.counts["doses"].present == 1  # type: ignore[attr-defined]
    assert len(doses(journal)) == 1


def test_a_semicolon_spreadsheet_with_decimal_commas(journal: Journal, tmp_path: Path) -> None:
    import_csv(journal, tmp_path, "\ufefftime;amount;unit;note\n2025-05-01 08:00;2,5;mg;früh\n")
    [dose] = doses(journal)
    assert (dose.amount, dose.unit, dose.note) == (2.5, "mg", "früh")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("time,amount,unit\n2025-05-01T08:00,2,g\n2025-05-32T08:00,2,g\n", "Row 3, time: "),
        ("time,amount,unit\n2025-05-01T08:00,-2,g\n", "Row 2, amount: "),
        ("time,amount,unit\n2025-05-01T08:00,0,g\n", "Row 2, amount: must be more than zero"),
        ("time,amount,unit\n2025-05-01T08:00,2,kg\n", "Row 2, unit: "),
        (
            "time,amount,unit\n2025-03-30T02:30,2,g\n",
            "Row 2, time: 2025-03-30 02:30 does not exist",
        ),
        ("time,amount,unit\n2026-01-01T08:00,2,g\n", "Row 2, time: is in the future"),
        ("time,amount,unit,note\n2025-05-01T08:00,2,g," + "n" * 20_000 + "\n", "Row 2, note: "),
        ("time,amount,unit\n2025-05-01T08:00,2,g,extra\n", "Row 2 has more values"),
        ("2025-05-01T08:00,2,g\n", "Row 1 must name the columns"),
        ("time,amount,amount,unit\n", "twice"),
        (
            "time,amount,unit,product\n2025-05-01T08:00,2,g,Caps\n2025-05-01T09:00,1,capsule,Caps\n",
            "Row 3, unit: 'Caps' is measured in g",
        ),
    ],
)
def test_a_bad_row_rejects_the_file_naming_row_and_column(
    journal: Journal, tmp_path: Path, text: str, message: str
) -> None:
    with pytest.raises(ImportRejected) as caught:
        import_csv(journal, tmp_path, text)
    assert message in str(caught.value)
    assert doses(journal) == []
    assert CatalogService(journal).products() == []


def test_the_file_type_comes_from_its_name(journal: Journal, tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("hello", encoding="utf-8")
    with pytest.raises(ImportRejected, match="not a .json export or a .csv file"):
        plan_import(journal, path)


@pytest.fixture
def logged(journal: Journal) -> JournalService:
    service = JournalService(journal, zone=BERLIN, clock=lambda: NOW)
    service.log_dose(
        datetime(2025, 5, 1, 8, 5, tzinfo=BERLIN),
        2.5,
        "g",
        product_name="Red, powder",
        trigger_names=["stress", "boredom"],
        note="MARKER ✓",
    )
    service.log_craving(Craving(at=datetime(2025, 5, 1, 9, tzinfo=BERLIN), intensity=4), ["pain"])
    service.log(SowsRating(at=datetime(2025, 5, 1, 10, tzinfo=BERLIN), scores=(1,) * 16))
    CatalogService(journal).add_product(Product(name="Unused", unit="mL", form="liquid shot"))
    return service


def read_zip(path: Path) -> dict[str, list[list[str]]]:
    with zipfile.ZipFile(path) as archive:
        return {
            name: list(csv.reader(io.StringIO(archive.read(name).decode("utf-8-sig"))))
            for name in archive.namelist()
        }


def test_the_csv_export_is_a_zip_a_spreadsheet_reads(
    journal: Journal, logged: JournalService, tmp_path: Path
) -> None:
    out = tmp_path / "journal.zip"
    summary = export_csv(journal, out)
    files = read_zip(out)
    assert {"doses.csv", "cravings.csv", "sows_ratings.csv", "products.csv", "triggers.csv"} <= set(
        files
    )
    assert len(files) == 12
    header, row = files["doses.csv"]
    assert header == ["time", "amount", "unit", "product", "triggers", "note", "for_clinician"]
    assert row == [
        "2025-05-01T08:05+02:00",
        "2.5",
        "g",
        "Red, powder",
        "boredom; stress",
        "MARKER ✓",
        "no",
    ]
    sows_header, sows_row = files["sows_ratings.csv"]
    assert sows_header[1:3] == ["scores_1", "scores_2"] and sows_row[-3] == "16"
    assert files["products.csv"][0][-1] == "removed"
    assert files["mood_checkins.csv"] == [
        ["time", "mood", "anxiety", "energy", "pain", "note", "for_clinician"]
    ]
    assert summary.counts["doses"] == 1
    assert "1 dose" in summary.describe()
    assert out.stat().st_mode & 0o777 == 0o600


def test_the_exported_doses_file_imports_back_as_already_present(
    journal: Journal, logged: JournalService, tmp_path: Path
) -> None:
    out = tmp_path / "journal.zip"
    export_csv(journal, out)
    with zipfile.ZipFile(out) as archive:
        text = archive.read("doses.csv").decode("utf-8")
    result = import_csv(journal, tmp_path, text)
    assert result.new_total == 0  # type: ignore[attr-defined]


def test_an_export_replaces_the_file_whole_or_leaves_it_alone(
    journal: Journal, logged: JournalService, tmp_path: Path
) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    out = folder / "journal.zip"
    out.write_text("an older export")
    with pytest.raises(ExportCancelled):
        export_csv(journal, out, progress=lambda done, total: False)
    assert out.read_text() == "an older export"
    export_csv(journal, out)
    assert zipfile.is_zipfile(out)
    assert [p.name for p in folder.iterdir()] == ["journal.zip"]  # no temporary file left
    with pytest.raises(ExportFailed, match="There is no folder"):
        export_csv(journal, folder / "missing" / "journal.zip")
    with pytest.raises(ExportFailed, match="is a folder"):
        export_csv(journal, folder)
