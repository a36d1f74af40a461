"""Rating-scale check-ins: SOWS withdrawal, PHQ-9, GAD-7 and the monthly self-reflection.

The answer widgets (one key per answer) live in :mod:`scale_forms`.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from recovery_journal.domain.errors import JournalError
from recovery_journal.domain.models import Questionnaire, SelfReflection, SowsRating
from recovery_journal.domain.scales import (
    QUESTIONNAIRES,
    SELF_REFLECTION_NOTE,
    SELF_REFLECTION_QUESTIONS,
    SOWS,
)
from recovery_journal.services.journal_service import JournalService
from recovery_journal.ui.appearance import scaled_px, set_points
from recovery_journal.ui.crisis_panel import CrisisPanel
from recovery_journal.ui.entry_dialogs import EntryDialog
from recovery_journal.ui.scale_forms import (
    SCREEN_MARGIN_PX,
    SELF_HARM_ITEM,
    SHORT_NAMES,
    AboutScale,
    ChecklistForm,
    ScaleForm,
    dsm5_source,
    scale_text,
)


class ScaleDialog(EntryDialog):
    """The scale above, then time, note and clinician rows; sized to fit the screen."""

    def __init__(self, service: JournalService, now: datetime, parent: QWidget | None = None):
        super().__init__(service, now, parent)
        self.setMinimumWidth(scaled_px(680))
        self._fitted = False
        outer = self.layout()
        assert isinstance(outer, QVBoxLayout)
        self.outer = outer
        self.add_common_rows()
        for button in self.buttons.buttons():
            button.setAccessibleName(button.text().replace("&", ""))

    def entry_page(self, top: Sequence[QWidget], stretch: QWidget) -> QWidget:
        """One page holding ``top`` and then the base dialog's rows, message and buttons."""
        below: list[QWidget] = [self.notice_label, self.error_label, self.buttons]
        for widget in below:
            self.outer.removeWidget(widget)
        self.outer.removeItem(self.form)
        self.form.setParent(None)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in top:
            layout.addWidget(widget, 1 if widget is stretch else 0)
        layout.addLayout(self.form)
        for widget in below:
            layout.addWidget(widget)
        return page

    def tab_chain(self, widgets: Sequence[QWidget]) -> None:
        """Tab follows the page from top to bottom."""
        chain = [*widgets, self.time_edit, self.note_edit, self.clinician_box]
        chain += self.buttons.buttons()
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def showEvent(self, event: QShowEvent) -> None:
        if not self._fitted:  # all items at once where the screen allows, else scroll
            self._fitted = True
            self.fit_to_screen(shrink=True)
        super().showEvent(event)

    def fit_to_screen(self, *, shrink: bool = False) -> None:
        screen = self.screen().availableGeometry()
        hint = self.sizeHint()
        width = min(max(self.width(), hint.width()), screen.width())
        height = min(hint.height(), screen.height() - SCREEN_MARGIN_PX)
        if shrink or height > self.height():
            self.resize(width, height)


def _scale_buttons(form: ScaleForm) -> list[QWidget]:
    return [button for group in form.groups for button in group.buttons()]


class SowsDialog(ScaleDialog):
    """How withdrawal feels right now: 16 items, 0–4 each."""

    def __init__(self, service: JournalService, now: datetime, parent: QWidget | None = None):
        super().__init__(service, now, parent)
        self.setWindowTitle(self.tr("Withdrawal check (SOWS)"))
        self.scale_form = ScaleForm(SOWS)
        self.about = AboutScale(
            self.tr("{title}. {source}").format(
                title=scale_text(SOWS.title), source=scale_text(SOWS.source)
            )
        )
        self.outer.addWidget(self.entry_page([self.about, self.scale_form], self.scale_form))
        self.tab_chain([self.about.toggle, *_scale_buttons(self.scale_form)])
        self.scale_form.focus_item(0)

    def fill_defaults(self) -> None:
        self.scale_form.set_answers([0] * len(SOWS.items))  # "not at all" is one key away
        self.scale_form.focus_item(0)

    def load_fields(self, entry: SowsRating) -> None:
        self.scale_form.set_answers(entry.scores)
        self.scale_form.focus_item(0)

    def build(self) -> SowsRating:
        return SowsRating(scores=self.scale_form.values(), **self.common_values())


class QuestionnaireDialog(ScaleDialog):
    """PHQ-9 or GAD-7; after saving it shows the score (and, if needed, crisis lines)."""

    def __init__(
        self, kind: str, service: JournalService, now: datetime, parent: QWidget | None = None
    ):
        super().__init__(service, now, parent)
        self.kind = kind
        self.scale = QUESTIONNAIRES[kind]
        self.short_name = SHORT_NAMES[kind]
        self.flagged = False
        self._clinician_choice = False
        self.crisis_panel = CrisisPanel()
        self.crisis_panel.hide()
        self.scale_form = ScaleForm(self.scale)
        self.scale_form.changed.connect(self._update_flag)
        self.about = AboutScale(
            self.tr(
                "{title}. {source} The score is something to talk over with a clinician; "
                "it is not a diagnosis."
            ).format(title=scale_text(self.scale.title), source=scale_text(self.scale.source))
        )
        page = self.entry_page([self.crisis_panel, self.about, self.scale_form], self.scale_form)
        self.entry_widget = page
        self.result_page = self._result_page()
        self.pages = QStackedWidget()
        self.pages.addWidget(self.entry_widget)
        self.pages.addWidget(self.result_page)
        self.outer.addWidget(self.pages)
        self.tab_chain([self.about.toggle, *_scale_buttons(self.scale_form)])
        self.scale_form.focus_item(0)

    def _result_page(self) -> QWidget:
        self.result_crisis_panel = CrisisPanel()
        self.result_crisis_panel.hide()
        self.score_label = QLabel()
        self.score_label.setObjectName("scoreLine")
        set_points(self.score_label, 18)
        self.score_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.score_label.setAccessibleName(self.tr("Score"))
        self.result_note = QLabel()
        self.result_note.setWordWrap(True)
        self.result_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.close_button = QPushButton(self.tr("&Close"))
        self.close_button.setAccessibleName(self.tr("Close"))
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(self.result_crisis_panel)
        layout.addWidget(self.score_label)
        layout.addWidget(self.result_note)
        layout.addStretch(1)
        layout.addLayout(buttons)
        return page

    def load_fields(self, entry: Questionnaire) -> None:
        self.scale_form.set_answers(entry.answers)
        self.scale_form.focus_item(0)

    def build(self) -> Questionnaire:
        values = self.common_values()
        answers = self.scale_form.values()
        flagged = self.kind == "phq9" and answers[SELF_HARM_ITEM] > 0
        values["for_clinician"] = values["for_clinician"] or flagged
        return Questionnaire(kind=self.kind, answers=answers, **values)

    def _update_flag(self) -> None:
        """PHQ-9 item 9 above 0: crisis lines at once, and the entry goes on the summary."""
        answer = self.scale_form.answer(SELF_HARM_ITEM) if self.kind == "phq9" else None
        flagged = bool(answer)
        if flagged == self.flagged:
            return
        self.flagged = flagged
        if flagged:
            self._clinician_choice = self.clinician_box.isChecked()
        self.clinician_box.setChecked(flagged or self._clinician_choice)
        self.clinician_box.setEnabled(not flagged)
        self.crisis_panel.setVisible(flagged)
        self.show_notice(
            self.tr(
                "Because of your answer to item 9, this questionnaire will be shown on your "
                "clinician summary, so you can talk about it together."
            )
            if flagged
            else ""
        )
        if flagged:
            self.fit_to_screen()  # room for the crisis lines without hiding the items
            self.outer.activate()  # the panel takes its room now, so the scroll is right
            self.scale_form.show_item(SELF_HARM_ITEM)

    def try_save(self) -> None:
        """Save, then show the score instead of closing; a second Enter closes."""
        if self.saved is not None:
            self.accept()
            return
        super().try_save()

    def show_error(self, error: JournalError) -> None:
        super().show_error(error)
        missing = self.scale_form.first_unanswered()
        if missing is not None:
            self.scale_form.focus_item(missing)

    def after_save(self) -> None:
        assert isinstance(self.saved, Questionnaire)
        self.show_result(self.saved)

    def show_result(self, entry: Questionnaire) -> None:
        self.result_crisis_panel.setVisible(entry.self_harm_flag)
        self.score_label.setText(
            self.tr("{name} total: {total} — {band}").format(
                name=self.short_name,
                total=entry.total,
                band=scale_text(self.scale.band(entry.total)),
            )
        )
        note = self.tr(
            "Saved. The score is a guide for a conversation with a clinician, not a diagnosis."
        )
        if entry.self_harm_flag:
            note += " " + self.tr("Your answer to item 9 is marked on your clinician summary.")
        self.result_note.setText(note)
        self.pages.setCurrentWidget(self.result_page)
        self._fit_result()
        self.close_button.setDefault(True)  # not before: Save must be the default until now
        self.close_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _fit_result(self) -> None:
        """Shrink to the result page, which is usually much shorter than the items."""
        ignored = QSizePolicy.Policy.Ignored
        self.entry_widget.setSizePolicy(ignored, ignored)
        self.pages.updateGeometry()
        self.outer.activate()  # drop the items' minimum height now, not on the next event
        height = self.result_page.heightForWidth(self.pages.width())
        height = height if height > 0 else self.result_page.sizeHint().height()
        margins = self.outer.contentsMargins()
        self.resize(self.width(), height + margins.top() + margins.bottom())

    def reject(self) -> None:
        if self.saved is not None:  # Esc on the result page: the entry is saved, keep it
            self.accept()
            return
        super().reject()


class Phq9Dialog(QuestionnaireDialog):
    def __init__(self, service: JournalService, now: datetime, parent: QWidget | None = None):
        super().__init__("phq9", service, now, parent)
        self.setWindowTitle(self.tr("Mood questionnaire (PHQ-9)"))


class Gad7Dialog(QuestionnaireDialog):
    def __init__(self, service: JournalService, now: datetime, parent: QWidget | None = None):
        super().__init__("gad7", service, now, parent)
        self.setWindowTitle(self.tr("Anxiety questionnaire (GAD-7)"))


class SelfReflectionDialog(ScaleDialog):
    """The monthly checklist: a count for reflection, never a diagnosis."""

    def __init__(self, service: JournalService, now: datetime, parent: QWidget | None = None):
        super().__init__(service, now, parent)
        self.setWindowTitle(self.tr("Monthly self-reflection"))
        self.checklist = ChecklistForm([scale_text(q) for q in SELF_REFLECTION_QUESTIONS])
        self.note_label = QLabel(scale_text(SELF_REFLECTION_NOTE))
        self.note_label.setObjectName("reflectionNote")
        self.note_label.setWordWrap(True)
        self.note_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.about = AboutScale(dsm5_source())
        top = [self.about, self.note_label, self.checklist]
        self.outer.addWidget(self.entry_page(top, self.checklist))
        self.tab_chain([self.about.toggle, *self.checklist.boxes])
        self.checklist.boxes[0].setFocus()

    def load_fields(self, entry: SelfReflection) -> None:
        self.checklist.set_answers(entry.answers)

    def build(self) -> SelfReflection:
        return SelfReflection(answers=self.checklist.answers(), **self.common_values())
