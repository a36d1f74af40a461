from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication

from recovery_journal.domain.timeutil import local_zone
from recovery_journal.services.access import JournalAccess, JournalOpener
from recovery_journal.storage.keys import SystemKeyring
from recovery_journal.storage.location import JournalLocation
from recovery_journal.ui.main_window import MainWindow
from tests.conftest import MemoryKeyringBackend


class FixedClock:
    """A clock the test moves by hand."""

    def __init__(self, moment: datetime) -> None:
        self.moment = moment

    def __call__(self) -> datetime:
        return self.moment


@pytest.fixture(autouse=True)
def no_widgets_left(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """Each test's windows and dialogs are deleted after it, as when an app quits.

    Otherwise they pile up (thousands of widgets) and every later language or palette
    change is sent to all of them, which made the tests that switch language slow.
    """
    yield
    for widget in QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(datetime(2026, 11, 20, 14, 0, tzinfo=local_zone()))


@pytest.fixture
def keyring_backend() -> MemoryKeyringBackend:
    return MemoryKeyringBackend()


@pytest.fixture
def make_window(qtbot, clock: FixedClock, keyring_backend: MemoryKeyringBackend, tmp_path: Path):  # type: ignore[no-untyped-def]
    windows: list[MainWindow] = []

    def make(*, keyring: bool = True, data_dir: Path | None = None) -> MainWindow:
        location = JournalLocation(data_dir or tmp_path / "journal")
        backend = SystemKeyring(keyring_backend, trusted=keyring)
        opener = JournalOpener(JournalAccess(location, lambda: backend))
        window = MainWindow(opener, clock)
        qtbot.addWidget(window)
        window.show()
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.close()


@pytest.fixture
def window(make_window) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    window = make_window()
    assert window.start(), "a new journal with a keyring opens silently"
    yield window
