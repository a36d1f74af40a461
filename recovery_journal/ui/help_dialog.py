"""Help: crisis lines, "not medical advice", keyboard shortcuts and where the scales come from.

Everything here is built in; nothing is fetched, and links are not followed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from recovery_journal.domain.scales import (
    GAD7,
    PHQ9,
    SELF_REFLECTION_NOTE,
    SLEEP_DIARY_SOURCE,
    SOWS,
)
from recovery_journal.ui.appearance import resize_within_screen, set_points
from recovery_journal.ui.crisis_panel import CrisisPanel
from recovery_journal.ui.safety import not_medical_advice
from recovery_journal.ui.scale_forms import dsm5_source, scale_text

Shortcuts = list[tuple[str, str]]


class HelpDialog(QDialog):
    """A calm, scrollable help window that can stay open beside the journal."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Help"))
        self.setModal(False)
        resize_within_screen(self, 680, 640)
        self.crisis_panel = CrisisPanel()
        content = QWidget()
        self.body = QVBoxLayout(content)
        self.body.setContentsMargins(20, 16, 20, 16)
        self.body.setSpacing(10)
        self._add_safety()
        self._add_shortcuts()
        self._add_sources()
        self._add_withdrawal()
        self.body.addStretch(1)
        area = QScrollArea()
        area.setWidget(content)
        area.setWidgetResizable(True)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        area.setAccessibleName(self.tr("Help text"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        close_button.setAccessibleName(self.tr("Close help"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 12)
        layout.addWidget(area, 1)
        layout.addWidget(buttons)
        buttons.setContentsMargins(12, 0, 12, 0)
        close_button.setFocus()

    # -- sections --------------------------------------------------------------------
    def _add_safety(self) -> None:
        self._heading(self.tr("If you need someone now"))
        self.body.addWidget(self.crisis_panel)
        self._heading(self.tr("Not medical advice"))
        self._paragraph(not_medical_advice())
        self._heading(self.tr("Privacy"))
        self._paragraph(
            self.tr(
                "Nothing leaves this computer. Your journal is encrypted on this computer, "
                "and the app never connects to the internet."
            )
        )

    def _add_shortcuts(self) -> None:
        self._heading(self.tr("Keyboard shortcuts"))
        grid = QGridLayout()
        grid.setHorizontalSpacing(20)
        grid.setVerticalSpacing(4)
        grid.setColumnStretch(1, 1)
        row = 0
        for group, shortcuts in self.shortcut_groups():
            title = _label(group)
            title.setStyleSheet("font-weight: 600; padding-top: 6px;")
            grid.addWidget(title, row, 0, 1, 2)
            row += 1
            for keys, what in shortcuts:
                key_label = _label(keys)
                key_label.setObjectName("shortcutKeys")
                key_label.setStyleSheet("font-family: monospace;")
                grid.addWidget(key_label, row, 0, Qt.AlignmentFlag.AlignTop)
                grid.addWidget(_label(what), row, 1)
                row += 1
        self.body.addLayout(grid)

    def shortcut_groups(self) -> list[tuple[str, Shortcuts]]:
        """(where, [(keys, what they do)]) for the table of shortcuts."""
        today = [
            ("D", self.tr("Log a dose")),
            ("C", self.tr("Log a craving")),
            ("M", self.tr("Mood check-in")),
            ("S", self.tr("Sleep diary")),
            ("W", self.tr("Withdrawal check (SOWS)")),
            ("O", self.tr("Other substance")),
            ("P", self.tr("Medication")),
            ("T", self.tr("Trigger note")),
            ("Q", self.tr("PHQ-9 questionnaire")),
            ("A", self.tr("GAD-7 questionnaire")),
            ("R", self.tr("Monthly self-reflection")),
        ]
        everywhere = [
            (_keys("F1"), self.tr("Help (this window)")),
            (_keys("Ctrl+L"), self.tr("Lock the journal")),
            (_keys("Ctrl+Z"), self.tr("Undo")),
            (_keys("Ctrl+Shift+Z"), self.tr("Redo")),
            (
                self.tr("{first} … {last}").format(first=_keys("Ctrl+1"), last=_keys("Ctrl+6")),
                self.tr("Go to a page: Today, Log, Taper, Progress, Summary, Settings"),
            ),
            (_keys("Ctrl+F"), self.tr("Search the Log")),
        ]
        dialogs = [
            (self.tr("Enter"), self.tr("Save")),
            (_keys("Ctrl+Return"), self.tr("Save from a multi-line field")),
            (self.tr("Esc"), self.tr("Cancel")),
            (self.tr("Alt+underlined letter"), self.tr("Jump to that field")),
            (self.tr("Tab / Shift+Tab"), self.tr("Next / previous field")),
        ]
        questionnaires = [
            (
                self.tr("0 … 4"),
                self.tr("Choose that answer and move to the next item (0 … 3 in PHQ-9, GAD-7)"),
            ),
            (self.tr("Arrow keys"), self.tr("Change the answer of the current item")),
            (self.tr("Tab / Shift+Tab"), self.tr("Next / previous item")),
        ]
        return [
            (self.tr("On Today"), today),
            (self.tr("Everywhere"), everywhere),
            (self.tr("In entry windows"), dialogs),
            (self.tr("In the withdrawal check and questionnaires"), questionnaires),
        ]

    def _add_sources(self) -> None:
        self._heading(self.tr("Where the scales come from"))
        sources = [
            (self.tr("Withdrawal check"), f"{scale_text(SOWS.title)}. {scale_text(SOWS.source)}"),
            (self.tr("PHQ-9"), f"{scale_text(PHQ9.title)}. {scale_text(PHQ9.source)}"),
            (self.tr("GAD-7"), f"{scale_text(GAD7.title)}. {scale_text(GAD7.source)}"),
            (
                self.tr("Sleep diary"),
                self.tr("After the Consensus Sleep Diary. {source}").format(
                    source=scale_text(SLEEP_DIARY_SOURCE)
                ),
            ),
            (
                self.tr("Monthly self-reflection"),
                f"{scale_text(SELF_REFLECTION_NOTE)} {dsm5_source()}",
            ),
        ]
        for name, text in sources:
            title = _label(name)
            title.setStyleSheet("font-weight: 600;")
            self.body.addWidget(title)
            self._paragraph(text)

    def _add_withdrawal(self) -> None:
        self._heading(self.tr("About withdrawal"))
        self._paragraph(
            self.tr(
                "As commonly reported, withdrawal tends to begin 12–24 hours after the last "
                "dose, peak around days 1–3 and fade over 4–7 days, while sleep, mood and "
                "cravings can take weeks to settle. It varies between people: yours may be "
                "shorter, longer or feel different, and that is not a sign that something is "
                "wrong with you."
            )
        )

    # -- pieces ----------------------------------------------------------------------
    def _heading(self, text: str) -> None:
        label = _label(text)
        label.setObjectName("helpHeading")
        label.setStyleSheet("font-weight: 600; padding-top: 8px;")
        set_points(label, 13)
        self.body.addWidget(label)

    def _paragraph(self, text: str) -> None:
        self.body.addWidget(_label(text))


def _keys(sequence: str) -> str:
    """A key combination as this platform writes it (Cmd on a Mac)."""
    return QKeySequence(sequence).toString(QKeySequence.SequenceFormat.NativeText)


def _label(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label
