"""Run work that can take a while (backup, restore, import, export) behind a progress dialog.

The work runs on a worker thread while the GUI thread keeps painting a modal progress
dialog, so the window never looks frozen. The dialog is modal, so nothing else touches
the journal meanwhile. Work that reports progress (``done, total``) may be cancelled;
work that cannot stop safely shows a busy bar and no Cancel button.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QEventLoop, QObject, Signal
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget
from shiboken6 import isValid

from recovery_journal.storage.keys import finish_deferred_imports
from recovery_journal.ui.i18n import tr

T = TypeVar("T")
Progress = Callable[[int, int], bool]
BUSY_PROPERTY = "recoveryJournalBusy"  # on the QApplication while work runs


def is_busy() -> bool:
    """True while run_busy's work is using the journal (a lock must wait for it)."""
    app = QApplication.instance()
    return app is not None and bool(app.property(BUSY_PROPERTY))


class _Relay(QObject):
    progressed = Signal(int, int)
    finished = Signal()


def run_busy(
    parent: QWidget | None,
    label: str,
    work: Callable[[Progress], T],
    *,
    cancellable: bool = False,
) -> T:
    """Run ``work(progress)`` on a thread; returns its result or raises its exception.

    ``progress(done, total)`` returns False once the user pressed Cancel (only offered
    when ``cancellable``); the work then stops the way it documents as safe.
    """
    from PySide6.QtCore import Qt  # not at the top: see qt_names

    dialog = QProgressDialog(label, tr("Cancel"), 0, 0, parent)
    dialog.setWindowTitle(label)
    # Application-modal and shown at once: nothing else may reach the journal meanwhile
    # (no lock, no close, no entry) while the worker thread uses its connection.
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setMinimumDuration(0)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    if not cancellable:
        dialog.setCancelButton(None)
    relay = _Relay()

    def show_progress(done: int, total: int) -> None:
        dialog.setMaximum(total)
        dialog.setValue(done)

    relay.progressed.connect(show_progress)
    cancelled = threading.Event()
    dialog.canceled.connect(cancelled.set)
    outcome: dict[str, object] = {}

    def progress(done: int, total: int) -> bool:
        relay.progressed.emit(done, total)
        return not cancelled.is_set()

    def run() -> None:
        try:
            outcome["result"] = work(progress)
        except BaseException as error:  # handed to the GUI thread and raised there
            outcome["error"] = error
        finally:
            relay.finished.emit()

    dialog.show()
    app = QApplication.instance()
    if app is not None:
        app.setProperty(BUSY_PROPERTY, True)  # the idle lock waits for the work to end
    loop = QEventLoop()
    relay.finished.connect(loop.quit, Qt.ConnectionType.QueuedConnection)
    finish_deferred_imports()  # the work may reach keyring: no lazy module's first use there
    worker = threading.Thread(target=run, name="recovery-journal-work", daemon=True)
    worker.start()
    loop.exec()
    worker.join()
    if app is not None:
        app.setProperty(BUSY_PROPERTY, False)
    if isValid(dialog):  # its parent may have gone meanwhile (a page rebuilt)
        dialog.close()
        dialog.deleteLater()
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome["result"]  # type: ignore[return-value]
