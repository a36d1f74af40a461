"""Summary: choose a period, preview the clinician summary, print it or save a PDF."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtGui import QPageLayout, QPageSize, QShowEvent, QUndoStack
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from recovery_journal.domain.errors import JournalError
from recovery_journal.services.journal_service import JournalService
from recovery_journal.services.taper_service import TaperService
from recovery_journal.ui.appearance import scaled_px, set_points
from recovery_journal.ui.date_fields import date_edit, edit_date, show_date
from recovery_journal.ui.error_text import error_text
from recovery_journal.ui.i18n import tr
from recovery_journal.ui.reflow import ButtonGrid, scrolling

Clock = Callable[[], datetime]
PRESET_DAYS = (14, 30, 90, -1)  # -1: custom
PREVIEW_DELAY_MS = 400


def section_labels() -> dict[str, str]:
    """The summary's sections, by key, as the page offers them."""
    return {
        "charts": tr("Charts of amount and doses"),
        "withdrawal": tr("Withdrawal (SOWS)"),
        "sleep": tr("Sleep"),
        "mood": tr("Mood, anxiety, pain"),
        "scores": tr("PHQ-9 and GAD-7"),
        "cravings": tr("Cravings and triggers"),
        "substances": tr("Other substances"),
        "medications": tr("Medications"),
        "flagged": tr("Entries marked for the clinician"),
        "questions": tr("My questions"),
        "plan_versions": tr("Plan changes"),
    }


def default_paper() -> str:
    """Letter in the US and Canada, A4 elsewhere."""
    country = QLocale().territory()
    letter = (QLocale.Country.UnitedStates, QLocale.Country.Canada)
    return "letter" if country in letter else "a4"


class SummaryPage(QWidget):
    def __init__(
        self,
        service: JournalService,
        taper: TaperService,
        undo_stack: QUndoStack,
        clock: Clock,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service, self.taper, self.clock = service, taper, clock
        self.summary: Any = None
        self.pages_written = 0
        self.range_combo = QComboBox()
        presets = (
            self.tr("Last 2 weeks"),
            self.tr("Last 30 days"),
            self.tr("Last 90 days"),
            self.tr("Custom…"),
        )
        for label, days in zip(presets, PRESET_DAYS, strict=True):
            self.range_combo.addItem(label, days)
        self.range_combo.setCurrentIndex(1)
        self.from_edit, self.to_edit = date_edit(), date_edit()
        self.paper_combo = QComboBox()
        self.paper_combo.addItem(self.tr("A4"), "a4")
        self.paper_combo.addItem(self.tr("US Letter"), "letter")
        self.paper_combo.setCurrentIndex(self.paper_combo.findData(default_paper()))
        self.private_box = QCheckBox(self.tr("Include my private &notes"))
        self.section_boxes: dict[str, QCheckBox] = {}
        for key, label in section_labels().items():
            box = QCheckBox(label)
            box.setChecked(True)
            box.setAccessibleName(self.tr("Include: {section}").format(section=label))
            box.toggled.connect(self.preview_timer_start)
            self.section_boxes[key] = box
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("Optional; left out when empty"))
        self.questions_edit = QPlainTextEdit()
        self.questions_edit.setPlaceholderText(self.tr("Questions for this appointment"))
        self.questions_edit.setTabChangesFocus(True)
        self.questions_edit.setMaximumHeight(scaled_px(110))
        self.print_button = QPushButton(self.tr("&Print…"))
        self.save_button = QPushButton(self.tr("&Save PDF…"))
        self.print_button.clicked.connect(self.print_summary)
        self.save_button.clicked.connect(self.save_pdf)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setAccessibleName(self.tr("Summary status"))
        # The printer and preview are made when the page is first shown: making a QPrinter
        # asks the system print service (CUPS, on this computer) for its printers, which
        # start-up must not do.
        self.printer: QPrinter | None = None
        self.preview: QPrintPreviewWidget | None = None
        self.preview_timer = QTimer(self)
        self.preview_timer.setSingleShot(True)
        self.preview_timer.setInterval(PREVIEW_DELAY_MS)
        self.preview_timer.timeout.connect(self.update_preview)
        self._lay_out()
        self._connect()
        undo_stack.indexChanged.connect(self._journal_changed)

    def _lay_out(self) -> None:
        form = QFormLayout()
        rows: list[tuple[str, QWidget]] = [
            (self.tr("P&eriod"), self.range_combo),
            (self.tr("&From"), self.from_edit),
            (self.tr("&To"), self.to_edit),
            (self.tr("P&aper"), self.paper_combo),
            (self.tr("Na&me on the summary"), self.name_edit),
            (self.tr("&Questions"), self.questions_edit),
        ]
        for label, widget in rows:
            widget.setAccessibleName(label.replace("&", ""))
            caption = QLabel(label)
            caption.setBuddy(widget)
            form.addRow(caption, widget)
        form.addRow("", self.private_box)
        self.private_box.setAccessibleName(self.tr("Include my private notes"))
        sections = ButtonGrid(list(self.section_boxes.values()), max_columns=2)
        form.addRow(self.tr("Sections"), sections)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        panel = QWidget()
        side = QVBoxLayout(panel)
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(_heading(self.tr("Appointment summary")))
        side.addLayout(form)
        side.addLayout(buttons)
        side.addWidget(self.status_label)
        side.addStretch(1)
        self.body = QHBoxLayout(self)
        self.body.setContentsMargins(28, 24, 28, 24)
        self.body.addWidget(scrolling(panel), 2)  # scrolls at a larger text size

    def _connect(self) -> None:
        self.range_combo.currentIndexChanged.connect(self._range_chosen)
        for edit in (self.from_edit, self.to_edit):
            edit.dateChanged.connect(self.preview_timer.start)
        self.paper_combo.currentIndexChanged.connect(self.preview_timer.start)
        self.private_box.toggled.connect(self.preview_timer.start)
        self.name_edit.textChanged.connect(self.preview_timer.start)
        self.questions_edit.textChanged.connect(self.preview_timer.start)

    def preview_timer_start(self) -> None:
        self.preview_timer.start()

    # -- showing ---------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.preview is None:
            self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            self.preview = QPrintPreviewWidget(self.printer)
            self.preview.setAccessibleName(self.tr("Preview of the summary"))
            self.preview.paintRequested.connect(self._paint)
            self.body.addWidget(self.preview, 3)
        self._range_chosen()

    def _journal_changed(self) -> None:
        if self.isVisible():
            self.preview_timer.start()

    def today(self) -> date:
        return self.clock().astimezone(self.service.zone).date()

    def _range_chosen(self) -> None:
        days = int(self.range_combo.currentData())
        custom = days < 0
        self.from_edit.setEnabled(custom)
        self.to_edit.setEnabled(custom)
        if not custom:
            last = self.today()
            first = last - timedelta(days=days - 1)
            show_date(self.from_edit, first)
            show_date(self.to_edit, last)
        self.update_preview()

    def period(self) -> tuple[date, date]:
        first, last = edit_date(self.from_edit), edit_date(self.to_edit)
        return (first, last) if first <= last else (last, first)

    def paper(self) -> str:
        return str(self.paper_combo.currentData())

    def build(self) -> Any:
        from recovery_journal.report.summary import build_summary

        first, last = self.period()
        summary = build_summary(
            self.service,
            self.taper,
            first,
            last,
            now=self.clock(),
            include_private=self.private_box.isChecked(),
            questions=self.questions_edit.toPlainText().strip(),
            name=self.name_edit.text().strip(),
        )
        chosen = tuple(key for key, box in self.section_boxes.items() if box.isChecked())
        return dataclasses.replace(summary, sections=chosen)

    def update_preview(self) -> None:
        """Build the summary again and redraw the preview."""
        self.preview_timer.stop()
        try:
            self.summary = self.build()
        except JournalError as error:  # e.g. questions longer than the summary allows
            self.status_label.setText(error_text(error))
            self.summary = None
            self.save_button.setEnabled(False)
            self.print_button.setEnabled(False)
            return
        self.status_label.setText("")
        self.save_button.setEnabled(True)
        self.print_button.setEnabled(True)
        if self.printer is None or self.preview is None:
            return
        size = QPageSize.PageSizeId.Letter if self.paper() == "letter" else QPageSize.PageSizeId.A4
        self.printer.setPageSize(QPageSize(size))
        self.printer.setPageOrientation(QPageLayout.Orientation.Portrait)
        self.preview.updatePreview()

    def _paint(self, printer: QPrinter) -> None:
        from recovery_journal.report.render import paint_summary

        if self.summary is not None:
            self.pages_written = paint_summary(self.summary, printer)

    def clear(self) -> None:
        """Forget the summary (the journal is being locked)."""
        self.preview_timer.stop()
        self.summary = None

    # -- output ------------------------------------------------------------------
    def print_summary(self) -> None:
        self.update_preview()
        if self.printer is None:
            return
        dialog = QPrintDialog(self.printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._paint(self.printer)
            self.status_label.setText(self.tr("Sent to the printer."))

    def save_pdf(self) -> None:
        first, last = self.period()
        suggested = f"recovery-summary-{first.isoformat()}-to-{last.isoformat()}.pdf"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the summary as PDF"), suggested, self.tr("PDF (*.pdf)")
        )
        if path:
            self.save_pdf_to(Path(path))

    def save_pdf_to(self, path: Path) -> int:
        """Write the summary shown to ``path``; returns the number of pages."""
        from recovery_journal.report.render import write_pdf

        if path.suffix.lower() != ".pdf":
            path = path.with_suffix(".pdf")
        self.update_preview()
        if self.summary is None:
            return 0
        try:
            pages: int = write_pdf(self.summary, path, self.paper())
        except JournalError as error:  # e.g. a folder that cannot be written: nothing left
            self.status_label.setText(str(error))
            return 0
        self.status_label.setText(
            self.tr("Saved to {path} ({pages} pages). The PDF is not encrypted.").format(
                pages=pages, path=path
            )
        )
        return pages


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    set_points(label, 18)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft)
    return label
