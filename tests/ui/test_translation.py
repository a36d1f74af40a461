"""The app in German: every main page, Help and the dose dialog show no English.

The window is built after the shipped translation is installed the way the app does it
(``install_translations("de")``: our catalogue, Qt's own, and German number and date
formats), on the demo journal. Every text a user can see or hear is collected —
labels, buttons, group titles, combo items, list items, table headers and cells,
placeholders, tooltips, accessible names, spin-box affixes, window titles and the
chart's texts — and a text counts as untranslated when

(a) it is, ignoring accelerators and surrounding spaces and punctuation, an English
    source text of the catalogue whose German translation differs from it; or
(b) it has a word (of two letters or more) that English source texts use and no German
    translation does, or an English month or weekday name, or AM/PM (so dates and
    times follow the German locale too).

Taken out first: the journal's own data (product and trigger names, notes, medication
names), which is the user's, in whatever language they wrote it; and the scales'
bibliographic references, which stay in English by design (their translator comment
says so, and their words do not count as German).
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, fields

import pytest
from PySide6.QtCore import QLocale, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTabWidget,
    QWidget,
)

from recovery_journal.domain.models import ENTRY_TYPES
from recovery_journal.services.demo import fill_demo_journal
from recovery_journal.ui.i18n import (
    TRANSLATIONS_DIR,
    choose_language,
    install_translations,
    remove_translations,
    unknown_language,
)
from recovery_journal.ui.main_window import PAGES, MainWindow

CATALOGUE = TRANSLATIONS_DIR / "recovery_journal_de.ts"
# Words both languages write the same way but no German translation happens to contain.
SHARED_WORDS = {"ok"}
# English calendar words that German does not share (German has "April", "Nov." too).
ENGLISH_CALENDAR = set(
    (
        "january february march may june july october december mar jun jul oct dec "
        "monday tuesday wednesday thursday friday saturday sunday mon tue wed thu fri sat sun"
    ).split()
)
CLOCK_WORDS = {"AM", "PM"}  # capitals only: German "am" is a word
# The journal's free-text fields (the user's words, never translated).
DATA_FIELDS = {"note", "coping", "what_happened", "if_then_plan", "name", "dose", "amount"}
WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
PLACEHOLDER = re.compile(r"\{[^}]*\}")
CITATION_NOTE = "Bibliographic reference"


@dataclass(frozen=True)
class Catalogue:
    """What the shipped German catalogue says is English and what is German."""

    english_only: frozenset[str]  # normalised sources whose translation differs
    english_words: frozenset[str]
    german_words: frozenset[str]
    citations: frozenset[str]  # translations that are bibliographic references

    @classmethod
    def load(cls) -> Catalogue:
        english_only, english_words, german_words = set(), set(), set()
        citations = set()
        for message in ET.parse(CATALOGUE).getroot().iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            forms = [translation.text or ""] if translation is not None else []
            if translation is not None and message.get("numerus") == "yes":
                forms = [form.text or "" for form in translation.iter("numerusform")]
            if any(normalise(form) != normalise(source) for form in forms):
                english_only.add(normalise(source))
            english_words |= words(source)
            if (message.findtext("translatorcomment") or "").startswith(CITATION_NOTE):
                citations.update(forms)
                continue
            for form in forms:
                german_words |= words(form)
        return cls(
            frozenset(english_only),
            frozenset(english_words),
            frozenset(german_words),
            frozenset(citations),
        )

    def problems(self, text: str) -> list[str]:
        """Why ``text`` reads as untranslated (empty: it does not)."""
        found = []
        if normalise(text) in self.english_only:
            found.append("an English text of the catalogue")
        english = {
            word
            for word in words(text)
            if len(word) > 1
            and word in self.english_words
            and word not in self.german_words
            and word not in SHARED_WORDS
        }
        english |= words(text) & ENGLISH_CALENDAR
        english |= set(WORD.findall(text)) & CLOCK_WORDS
        if english:
            found.append("English words: " + ", ".join(sorted(english)))
        return found


def normalise(text: str) -> str:
    """Without accelerators (``&``), rich-text tags and surrounding spaces or punctuation."""
    plain = html.unescape(re.sub(r"<[^>]+>", " ", text)).replace("&&", "\0").replace("&", "")
    return plain.replace("\0", "&").strip(" \t\n.,:;…()[]·—–-").strip()


def words(text: str) -> set[str]:
    return {word.casefold() for word in WORD.findall(PLACEHOLDER.sub(" ", normalise(text)))}


# -- collecting what the user sees -------------------------------------------------------


def widget_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every text ``root`` and its visible children show or announce."""
    for widget in [root, *root.findChildren(QWidget)]:
        if widget is not root and not widget.isVisibleTo(root):
            continue
        where = type(widget).__name__ + (f"#{widget.objectName()}" if widget.objectName() else "")
        yield from ((where, text) for text in _own_texts(widget))


def _own_texts(widget: QWidget) -> Iterator[str]:
    yield from (widget.toolTip(), widget.accessibleName(), widget.accessibleDescription())
    if widget.isWindow():
        yield widget.windowTitle()
    for action in widget.actions():
        yield from (action.text(), action.toolTip())
    if isinstance(widget, QLabel):
        yield widget.text()
    elif isinstance(widget, QAbstractButton):
        yield widget.text()
    elif isinstance(widget, QGroupBox):
        yield widget.title()
    elif isinstance(widget, QComboBox):
        yield from (widget.itemText(index) for index in range(widget.count()))
    elif isinstance(widget, QLineEdit | QPlainTextEdit):
        yield widget.placeholderText()
    elif isinstance(widget, QAbstractSpinBox):
        yield widget.text()
        yield from _spin_affixes(widget)
    elif isinstance(widget, QTabWidget):
        yield from (widget.tabText(index) for index in range(widget.count()))
    if isinstance(widget, QListWidget):
        yield from (widget.item(row).text() for row in range(widget.count()))
    elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
        yield from model_texts(widget.model())


def _spin_affixes(spin: QAbstractSpinBox) -> Iterator[str]:
    for name in ("prefix", "suffix"):
        method = getattr(spin, name, None)
        if method is not None:
            yield method()
    yield spin.specialValueText()


def model_texts(model) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """Headers and every cell's display text and tooltip."""
    for section in range(model.columnCount()):
        yield str(model.headerData(section, Qt.Orientation.Horizontal) or "")
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            index = model.index(row, column, QModelIndex())
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.data(index, role)
                if isinstance(value, str):
                    yield value


def figure_texts(figure) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """Every text a matplotlib figure draws: titles, labels, ticks, legend, notes."""
    for artist in figure.findobj():
        get_text = getattr(artist, "get_text", None)
        if callable(get_text):
            text = get_text()
            if isinstance(text, str):
                yield text


def journal_data(view) -> set[str]:  # type: ignore[no-untyped-def]
    """The user's own words in the journal: names, free text and plan notes."""
    service = view.service
    data = {product.name for product in service.product_map().values()}
    data |= {version.note for version in view.taper.versions() if version.note}
    data |= {trigger.name for trigger in service.trigger_map().values()}
    for kind in ENTRY_TYPES:
        for entry in service.entries(kind):
            for field in fields(entry):
                value = getattr(entry, field.name)
                if field.name in DATA_FIELDS and isinstance(value, str) and value.strip():
                    data.add(value.strip())
    return data


def untranslated(
    catalogue: Catalogue, texts: Iterable[tuple[str, str]], data: set[str]
) -> list[str]:
    """Every text that reads as English, with where it was and why."""
    known = data | catalogue.citations
    ordered = sorted(known, key=len, reverse=True)  # "Red powder" before "Red"
    report = []
    for where, text in texts:
        shown = text
        for own in ordered:
            shown = shown.replace(own, " ")
        if normalise(shown) and (problems := catalogue.problems(shown)):
            report.append(f"{where}: {text!r} ({'; '.join(problems)})")
    return sorted(set(report))


# -- the tests ---------------------------------------------------------------------------


@pytest.fixture
def german(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    translators = install_translations("de")
    assert len(translators) == 2, "our German catalogue and Qt's own are installed"
    assert QLocale().language() == QLocale.Language.German
    try:
        yield
    finally:
        remove_translations(translators)


@pytest.fixture
def german_window(german, make_window, clock) -> MainWindow:  # type: ignore[no-untyped-def]
    window = make_window()
    assert window.start()
    assert window.view is not None
    fill_demo_journal(window.view.service, days=120, now=clock())
    window.view.today.refresh()
    return window


def visit_everything(qtbot, window: MainWindow) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """Show every page (every chart on Progress), Help and the dose dialog; their texts."""
    view = window.view
    assert view is not None
    texts: list[tuple[str, str]] = []
    for name in PAGES:
        view.show_page(name)
        page = view.pages.currentWidget()
        if name == "Progress":
            combo = view.progress.figure_combo
            for index in range(combo.count()):
                combo.setCurrentIndex(index)
                figure = view.progress.canvas.figure
                texts += [(f"chart {combo.itemData(index)}", t) for t in figure_texts(figure)]
        texts += [(name, text) for _, text in widget_texts(page)]
    texts += [("window", text) for _, text in widget_texts(window)]
    help_dialog = window.show_help()
    texts += [("Help", text) for _, text in widget_texts(help_dialog)]
    help_dialog.close()
    view.show_page("Today")
    dose = view.today.open_entry("dose")
    qtbot.waitExposed(dose)
    texts += [("dose dialog", text) for _, text in widget_texts(dose)]
    dose.reject()
    return texts


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen only
def test_every_main_page_is_german(qtbot, german_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    catalogue = Catalogue.load()
    texts = visit_everything(qtbot, german_window)
    assert german_window.view is not None
    shown = {text for _, text in texts}
    assert "Heute" in shown and "Fortschritt" in shown, "the German catalogue is in use"
    assert any("," in text and "g" in text for text in shown), "amounts use a decimal comma"
    report = untranslated(catalogue, texts, journal_data(german_window.view))
    assert not report, "untranslated on the German pages:\n" + "\n".join(report)


def test_an_english_label_is_caught(qtbot, german_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    catalogue = Catalogue.load()
    today = german_window.view.today if german_window.view else None
    assert today is not None
    planted = [QLabel("Recent entries"), QLabel("Heute: 2 doses"), QLabel("Oct 20, 2:05 PM")]
    for label in planted:
        today.layout().addWidget(label)
        label.show()
    texts = list(widget_texts(today))
    report = untranslated(catalogue, texts, journal_data(german_window.view))
    assert len(report) == 3, report
    assert "Recent entries" in report[0] + report[1] + report[2]
    assert any("doses" in line for line in report)
    assert any("oct" in line and "PM" in line for line in report)


def test_a_problem_in_the_dose_dialog_is_told_in_german(qtbot, german_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    catalogue = Catalogue.load()
    assert german_window.view is not None
    dose = german_window.view.today.open_entry("dose")
    dose.amount_edit.setText("viel")
    dose.try_save()
    assert dose.error_label.text() == "Menge: „viel“ ist keine Zahl"
    dose.amount_edit.setText("2,5")
    dose.time_edit.setDateTime(dose.time_edit.dateTime().addDays(1))
    dose.try_save()
    shown = dose.error_label.text()
    assert "in der Zukunft" in shown and not catalogue.problems(shown), shown
    dose.reject()


@pytest.mark.parametrize(
    ("preferred", "chosen"),
    [
        (["de-AT", "de"], "de"),
        (["fr-FR", "de-DE"], "de"),  # no French yet: the next language the user reads
        (["en-GB", "de-DE"], None),  # English first: the texts as written
        (["C"], None),
        ([], None),
    ],
)
def test_the_first_language_the_user_reads_is_chosen(
    preferred: list[str], chosen: str | None
) -> None:
    assert choose_language(preferred, ["de"]) == chosen


def test_removing_the_translation_brings_english_back(qapp) -> None:  # type: ignore[no-untyped-def]
    from recovery_journal.ui.i18n import tr

    translators = install_translations("de")
    assert tr("Today") == "Heute"
    remove_translations(translators)
    assert tr("Today") == "Today"
    assert QLocale().language() != QLocale.Language.German


def test_a_new_journal_starts_with_its_triggers_in_german(german, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from recovery_journal.services.access import JournalAccess, JournalOpener
    from recovery_journal.services.journal_service import JournalService
    from recovery_journal.storage.keys import SystemKeyring
    from recovery_journal.storage.location import JournalLocation
    from recovery_journal.ui.seed_triggers import seed_trigger_names
    from tests.conftest import MemoryKeyringBackend

    backend = SystemKeyring(MemoryKeyringBackend(), trusted=True)
    access = JournalAccess(JournalLocation(tmp_path / "journal"), lambda: backend)
    opener = JournalOpener(access, seed_triggers=seed_trigger_names())
    journal, _prompt, _reason = opener.open_silently()
    assert journal is not None
    try:
        names = [t.name for t in JournalService(journal).trigger_map().values()]
    finally:
        journal.close()
    assert "Langeweile" in names
    catalogue = Catalogue.load()
    assert untranslated(catalogue, [("trigger", name) for name in names], set()) == []


@pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen only
def test_a_wrong_passphrase_is_told_in_german_without_a_path(german, make_window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window = make_window(keyring=False)
    window.start()
    page = window.unlock_page
    page.passphrase_edit.setText("kurz")
    page.repeat_edit.setText("kurz")
    page.submit()
    assert page.message.text() == "Die Passphrase muss mindestens 8 Zeichen lang sein."
    page.passphrase_edit.setText("richtige-passphrase")
    page.repeat_edit.setText("richtige-passphrase")
    page.submit()
    assert window.view is not None
    window.lock()
    page.passphrase_edit.setText("falsche-passphrase")
    page.submit()
    message = page.message.text()
    assert message.startswith("Diese Passphrase öffnet das Tagebuch nicht.")
    assert "/" not in message and str(tmp_path) not in message and ".db" not in message
    page.passphrase_edit.clear()
    page.submit()
    assert page.message.text() == "Bitte gib deine Passphrase ein."
    assert untranslated(Catalogue.load(), [("unlock", page.message.text())], set()) == []


@pytest.mark.parametrize(
    ("asked", "noted"),
    [(None, False), ("de", False), ("de-AT", False), ("en_GB", False), ("xx", True)],
)
def test_a_language_without_a_translation_is_named(asked: str | None, noted: bool) -> None:
    note = unknown_language(asked)
    assert (note is not None) == noted
    if note:
        assert "'xx'" in note and "de" in note
