"""Translations: the shipped catalogues, Qt's own, and the one ``tr()`` for module code.

Contexts follow what ``pyside6-lupdate`` records, so every text it finds is found again
at run time: ``self.tr("…")`` in a class is filed under the class (PySide6 looks along
the class's bases, so a base class's texts are found from a subclass too), and a bare
``tr("…")`` anywhere else under the empty context — which is what :func:`tr` asks for.
Update and compile the catalogues with ``packaging/update-translations.sh``.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

TRANSLATIONS_DIR = Path(__file__).resolve().parent.parent / "translations"
CATALOGUE = "recovery_journal"  # recovery_journal_<language>.qm
SOURCE_LANGUAGE = "en"  # the texts in the code; no catalogue needed


def tr(text: str) -> str:
    """``text`` in the user's language (for code outside a QObject's methods)."""
    return QCoreApplication.translate("", text)


def available_languages(folder: Path = TRANSLATIONS_DIR) -> list[str]:
    """The languages with a compiled catalogue, e.g. ``["de"]``."""
    prefix = CATALOGUE + "_"
    return sorted(path.stem[len(prefix) :] for path in folder.glob(prefix + "*.qm"))


def choose_language(preferred: Sequence[str], available: Sequence[str]) -> str | None:
    """The first of the user's languages the app has, or None for the source language.

    ``preferred`` is in Qt's form (``de-DE``, ``de``); English, or any language before
    one we have, means English: a user who prefers English over German gets English.
    """
    for language in preferred:
        code = language.replace("-", "_")
        candidates = [code, code.split("_")[0]]
        if candidates[-1] in (SOURCE_LANGUAGE, "C"):
            return None
        for candidate in candidates:
            if candidate in available:
                return candidate
    return None


def install_translations(language: str | None = None) -> list[QTranslator]:
    """Translate the app into ``language`` (default: the system's) and use its formats.

    Dates, times and numbers follow the chosen locale (``QLocale()`` everywhere). Returns
    the translators installed, for :func:`remove_translations`.
    """
    locale = QLocale(language) if language else QLocale.system()
    QLocale.setDefault(locale)
    chosen = choose_language(
        [language] if language else locale.uiLanguages(), available_languages()
    )
    if chosen is None:
        return []
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    catalogues = (  # Qt's own first: standard buttons, key names, file dialogs
        (f"qtbase_{chosen}", qt_folder),
        (f"{CATALOGUE}_{chosen}", str(TRANSLATIONS_DIR)),
    )
    installed = []
    for name, folder in catalogues:
        translator = QTranslator(QCoreApplication.instance())
        if translator.load(name, folder):
            QCoreApplication.installTranslator(translator)
            installed.append(translator)
    return installed


def unknown_language(language: str | None) -> str | None:
    """A note for ``--lang`` naming a language the app has no translation for, else None."""
    if not language or choose_language([language], available_languages()) is not None:
        return None
    if language.replace("-", "_").split("_")[0] == SOURCE_LANGUAGE:
        return None
    known = ", ".join([SOURCE_LANGUAGE, *available_languages()])
    return f"no translation for '{language}' (there are: {known}); the app stays in English"


def remove_translations(translators: Sequence[QTranslator]) -> None:
    """Back to the source language (tests switch languages within one process)."""
    for translator in translators:
        QCoreApplication.removeTranslator(translator)
        translator.deleteLater()
    QLocale.setDefault(QLocale.system())
