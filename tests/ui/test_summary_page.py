"""The Summary page on the demo journal: change the period, see the preview, save a PDF."""

from __future__ import annotations

import subprocess
from pathlib import Path

from PySide6.QtCore import Qt

from recovery_journal.services.demo import fill_demo_journal
from recovery_journal.ui.main_window import MainWindow


def pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout


def test_period_preview_and_pdf(qtbot, window: MainWindow, clock, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    fill_demo_journal(window.view.service, days=100, now=clock())
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    page = window.view.summary
    assert window.view.current_page() == "Summary"
    assert page.summary is not None and page.preview.pageCount() >= 1

    page.range_combo.setCurrentIndex(0)  # last 2 weeks
    two_weeks = page.summary
    first, last = page.period()
    assert (last - first).days == 13
    page.range_combo.setCurrentIndex(2)  # last 90 days
    assert page.summary is not two_weeks, "the preview follows the period"
    assert page.period()[0] < first

    page.questions_edit.setPlainText("Can we talk about sleep medication?")
    page.section_boxes["charts"].setChecked(False)
    out = tmp_path / "summary.pdf"
    pages = page.save_pdf_to(out)
    assert pages >= 1 and out.read_bytes()[:5] == b"%PDF-"
    text = pdf_text(out)
    assert "Hours since last dose" in text
    assert "Can we talk about sleep medication?" in text
    assert "not encrypted" in page.status_label.text()


def test_lock_forgets_the_summary(qtbot, window: MainWindow, clock) -> None:  # type: ignore[no-untyped-def]
    window.view.show_page("Summary")
    page = window.view.summary
    assert page.summary is not None
    window.lock()
    assert page.summary is None, "nothing from the journal stays in memory while locked"


def test_overlong_questions_and_a_missing_folder_get_a_message(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window.view.show_page("Summary")
    page = window.view.summary
    page.questions_edit.setPlainText("?" * 5000)
    page.update_preview()
    assert "questions" in page.status_label.text().lower()
    assert not page.save_button.isEnabled()
    assert page.save_pdf_to(tmp_path / "long.pdf") == 0
    assert not (tmp_path / "long.pdf").exists()
    page.questions_edit.setPlainText("")
    missing = tmp_path / "no such folder"  # (chmod would not stop root, who runs CI)
    assert page.save_pdf_to(missing / "summary.pdf") == 0
    assert page.status_label.text() and not missing.exists()
