"""The shipped translation catalogues keep up with the code.

A text added to the code without a translation, a catalogue not compiled after an edit,
or a translation that lost a ``{placeholder}`` or an accelerator fails here, so it is
found before release. ``bash packaging/update-translations.sh`` brings the catalogues up
to date; a translator then fills in what it marked unfinished.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import PySide6
import pytest

from recovery_journal.domain import scales
from recovery_journal.ui.i18n import CATALOGUE, TRANSLATIONS_DIR, available_languages
from recovery_journal.ui.scale_texts import SCALE_TEXTS

PACKAGE = Path(__file__).resolve().parent.parent / "recovery_journal"
TOOLS = Path(PySide6.__file__).resolve().parent
CATALOGUES = sorted(TRANSLATIONS_DIR.glob(f"{CATALOGUE}_*.ts"))
PLACEHOLDER = re.compile(r"\{[^{}]*\}")
Message = tuple[str, str]  # (context, source)


def messages(ts: Path) -> dict[Message, ET.Element]:
    root = ET.parse(ts).getroot()
    found = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


def translations(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


def accelerators(text: str) -> int:
    return len(re.findall(r"&[^&\s]", text.replace("&&", "")))


def run_lupdate(ts: Path) -> None:
    """What packaging/update-translations.sh runs, into ``ts``."""
    sources = sorted(str(path) for path in PACKAGE.rglob("*.py") if "__pycache__" not in path.parts)
    subprocess.run(
        [str(TOOLS / "lupdate"), "-silent", "-no-obsolete", *sources, "-ts", str(ts)],
        check=True,
        capture_output=True,
    )


def test_german_is_shipped() -> None:
    assert "de" in available_languages()
    assert [path.stem for path in CATALOGUES] == ["recovery_journal_de"]


@pytest.mark.parametrize("ts", CATALOGUES, ids=lambda path: path.stem)
def test_every_text_in_the_code_is_in_the_catalogue(ts: Path, tmp_path: Path) -> None:
    fresh = tmp_path / ts.name
    shutil.copy(ts, fresh)
    run_lupdate(fresh)
    in_code, committed = set(messages(fresh)), set(messages(ts))
    new = sorted(in_code - committed)
    gone = sorted(committed - in_code)
    assert not new and not gone, (
        "run bash packaging/update-translations.sh, then translate what it marks unfinished"
        f"\nnew in the code: {new}\nno longer in the code: {gone}"
    )


@pytest.mark.parametrize("ts", CATALOGUES, ids=lambda path: path.stem)
def test_every_text_is_translated(ts: Path) -> None:
    unfinished = [
        key
        for key, message in messages(ts).items()
        if (message.find("translation") is not None and message.find("translation").get("type"))
        or not all(text.strip() for text in translations(message))
    ]
    assert not unfinished, f"unfinished or empty translations: {unfinished}"


@pytest.mark.parametrize("ts", CATALOGUES, ids=lambda path: path.stem)
def test_translations_keep_placeholders_accelerators_and_edges(ts: Path) -> None:
    problems = []
    for (context, source), message in messages(ts).items():
        wanted = set(PLACEHOLDER.findall(source))
        # A comment in the code may offer others instead, e.g. {label}: the kind as a name.
        others = set(PLACEHOLDER.findall(message.findtext("extracomment") or ""))
        for text in translations(message):
            used = set(PLACEHOLDER.findall(text))
            if not used <= wanted | others or not (wanted <= used or used & others):
                problems.append((context, source, "placeholders", sorted(used ^ wanted)))
            if accelerators(text) != accelerators(source):
                problems.append((context, source, "accelerator", text))
            if text[:1].isspace() != source[:1].isspace():
                problems.append((context, source, "leading space", text))
    assert not problems, problems


@pytest.mark.parametrize("ts", CATALOGUES, ids=lambda path: path.stem)
def test_the_compiled_catalogue_matches_its_source(ts: Path, tmp_path: Path) -> None:
    compiled = tmp_path / f"{ts.stem}.qm"
    subprocess.run(
        [str(TOOLS / "lrelease"), "-silent", str(ts), "-qm", str(compiled)],
        check=True,
        capture_output=True,
    )
    shipped = ts.with_suffix(".qm")
    assert shipped.exists() and shipped.read_bytes() == compiled.read_bytes(), (
        f"{shipped.name} is older than {ts.name}: run bash packaging/update-translations.sh"
    )


def test_code_asks_for_texts_in_the_context_lupdate_files_them_under() -> None:
    """A helper like ``translate("Ctx", text)`` hides its texts from lupdate, which files
    module code's bare ``tr("…")`` under the empty context: use ``ui.i18n.tr``."""
    helper = re.compile(r"translate\(\s*\"[^\"]*\"\s*,\s*(?![\"\s])")
    attribute = re.compile(r"=\s*\w+\.tr\s*$", re.MULTILINE)  # tr = other.tr: wrong context
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in sorted(PACKAGE.rglob("*.py"))
        if path.name != "i18n.py"
        and (helper.search(text := path.read_text(encoding="utf-8")) or attribute.search(text))
    ]
    assert not offenders, offenders


def test_the_scale_wording_listed_for_translation_is_the_domains() -> None:
    wording = {scales.SLEEP_DIARY_SOURCE, scales.SELF_REFLECTION_NOTE}
    wording |= set(scales.SELF_REFLECTION_QUESTIONS)
    for scale in (scales.SOWS, scales.PHQ9, scales.GAD7):
        wording |= {scale.title, scale.stem, scale.source, *scale.items, *scale.answer_labels}
        wording |= {label for _, label in scale.bands}
    assert set(SCALE_TEXTS) == wording, "edit ui/scale_texts.py along with domain/scales.py"
