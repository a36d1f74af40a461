"""Start-up: parse arguments, unlock, show the main window."""

from __future__ import annotations

from recovery_journal.regex_cache import seed_regex_cache

seed_regex_cache()  # first: the modules imported below compile patterns as they load

import argparse
import gc
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from recovery_journal.leaving import exit_with, leave_after_exit_handlers
from recovery_journal.netguard import install_network_guard
from recovery_journal.paths import APP_ID, APP_NAME, ORGANIZATION
from recovery_journal.sources import keep_no_source_text, skip_source_scan_of_imported_modules
from recovery_journal.storage.instance_lock import InstanceLock, InstanceLockError, JournalBusyError
from recovery_journal.storage.location import JournalLocation, secure_umask
from recovery_journal.warm_up import start_warm_up

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication

    from recovery_journal.services.access import JournalAccess, JournalOpener

DEMO_DAYS = 120


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="recovery-journal", description="A private, offline journal for tapering off kratom."
    )
    parser.add_argument(
        "--data-dir", type=Path, help="journal folder (default: the app's data folder)"
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open a throwaway journal of sample data (deleted on exit; never uses the keyring)",
    )
    parser.add_argument(
        "--quit-after-start",
        action="store_true",
        help="unlock, show the window, let it paint, then exit (for smoke tests and benchmarks)",
    )
    parser.add_argument(
        "--lang",
        metavar="LANGUAGE",
        help="the language and formats to use, e.g. de or en (default: the system's)",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="open the journal, draw a chart, save a summary PDF to a temporary file, "
        "print one line per step and exit (checks that an installed build works)",
    )
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    with keep_no_source_text(), _no_garbage_collection_while_starting():
        return _main(args)


@contextmanager
def _no_garbage_collection_while_starting() -> Iterator[None]:
    """Python's cycle collector waits until the window is open (``_after_first_paint``).

    Start-up allocates hundreds of thousands of long-lived objects (modules, classes,
    Qt wrappers), and the collector would walk them ~80 times (~20 ms) for no garbage.
    Collection is on again once the filled window has painted, or when ``main`` returns.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _main(args: argparse.Namespace) -> int:
    install_network_guard()
    secure_umask()
    start_warm_up()  # Qt's libraries and fontconfig, on the other core, while we import
    if args.demo:
        return _start(args, None)  # the demo has its own folder, key and no lock
    location = _location(args.data_dir)
    _import_before_qt()
    lock = InstanceLock(location.data_dir)
    try:
        lock.acquire()
    except InstanceLockError as error:
        print(f"recovery-journal: {error}", file=sys.stderr)
        _qt_application(args)
        if not (args.quit_after_start or args.self_test):
            _explain_busy(error)
        return 1
    try:
        access = _access(location)
        # the keyring's answer is asked for now, on a thread: its D-Bus replies arrive
        # while Qt loads and the window is built (``SystemKeyring.read_ahead``)
        access.read_key_ahead()
        return _start(args, access)
    finally:
        lock.release()


def _start(args: argparse.Namespace, access: JournalAccess | None) -> int:
    """Qt, then the window (or the self-test) on ``access``'s journal, or on the demo's."""
    app = _qt_application(args)
    demo_dir = None
    try:
        if access is None:
            demo_dir = Path(tempfile.mkdtemp(prefix="recovery-journal-demo-"))
            opener = _demo_opener(demo_dir)
        else:
            opener = _opener(access)
        if args.self_test:
            from recovery_journal.self_test import run_self_test

            return run_self_test(app, opener, _clock(), expect_entries=args.demo)
        return _run_window(app, opener, quit_after_start=args.quit_after_start)
    finally:
        if demo_dir is not None:
            shutil.rmtree(demo_dir, ignore_errors=True)


def _qt_application(args: argparse.Namespace) -> QCoreApplication:
    """The QApplication, named, with the user's language installed."""
    from recovery_journal.support_code import pyside_support_precompiled

    with pyside_support_precompiled():  # PySide6 compiles its support modules: ~30 ms
        from PySide6.QtCore import QCoreApplication

    skip_source_scan_of_imported_modules()  # ~10 ms of reading typing.py, enum.py, ...
    from PySide6.QtWidgets import QApplication

    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setOrganizationName(ORGANIZATION)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    from recovery_journal.ui.i18n import install_translations, unknown_language

    if note := unknown_language(args.lang):
        print(f"recovery-journal: {note}", file=sys.stderr)
    install_translations(args.lang)
    QApplication.setDesktopFileName(APP_ID)  # the .desktop file, so docks show our icon
    return app


def _import_before_qt() -> None:
    """Import the journal's Qt-free modules, and keyring's backend, before PySide6.

    PySide6 reads the source of every module imported after it (looking for its
    ``__feature__`` switches); the ~110 modules imported here are needed to open the
    journal anyway, and imported first they skip that (~45 ms of start-up). Nothing is
    read from the keyring here (``_main`` begins that on a thread once the journal's
    folder is locked).
    """
    import recovery_journal.services.access
    import recovery_journal.services.backup_service
    import recovery_journal.services.catalog
    import recovery_journal.services.journal_service
    import recovery_journal.services.reminders
    import recovery_journal.services.taper_service  # noqa: F401
    from recovery_journal.storage.keys import load_secret_service, secret_service_is_the_choice

    if secret_service_is_the_choice():
        try:
            load_secret_service()
        except Exception:  # not installed here: discovery decides when the key is needed
            pass


def _run_window(app: QCoreApplication, opener: JournalOpener, *, quit_after_start: bool) -> int:
    """Show the window at once (saying the journal is opening), then open and fill it."""
    from PySide6.QtWidgets import QApplication

    from recovery_journal.ui.errors import install_exception_hook
    from recovery_journal.ui.i18n import tr
    from recovery_journal.ui.main_window import MainWindow

    install_exception_hook(opener.location.data_dir)
    window = MainWindow(opener, _clock())
    window.unlock_page.show_busy(tr("Opening your journal…"))
    window.show()
    QApplication.processEvents()  # the first paint, before the keyring and the journal
    opened = window.start()
    if quit_after_start:
        if not opened:
            page = window.unlock_page
            reason = f"{page.explanation.text()} {page.message.text()}".strip()
            print(
                f"recovery-journal: cannot open the journal without asking: {reason}",
                file=sys.stderr,
            )
            window.close()
            return 1
        window.repaint()  # the Today page, with the journal's data
        print("recovery-journal: started; the Today page is shown", flush=True)
        window.close()
        return 0
    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, _after_first_paint)  # once the filled window has painted
    code = app.exec()
    window.close()
    return int(code)


def _after_first_paint() -> None:
    """What the first paint did not need: the collector, lazy modules, the window icon."""
    gc.enable()  # first: whatever fails below, collection is on for the session

    from recovery_journal.storage.keys import finish_deferred_imports
    from recovery_journal.ui.tray import window_icon

    try:
        finish_deferred_imports()  # on this thread, before any worker thread may use them
    finally:
        window_icon()  # sets it, unless a reminder's tray icon already did


def _location(data_dir: Path | None) -> JournalLocation:
    from recovery_journal.paths import default_data_dir

    return JournalLocation(data_dir if data_dir is not None else default_data_dir())


def _explain_busy(error: InstanceLockError) -> None:
    """Tell the user, in a message box, why this journal cannot be opened here now."""
    from PySide6.QtWidgets import QMessageBox

    from recovery_journal.ui.device_prefs import DevicePrefs
    from recovery_journal.ui.i18n import tr
    from recovery_journal.ui.tray import app_name

    text = str(error)
    if isinstance(error, JournalBusyError):  # the usual case: said in the user's words
        text = tr(
            "The journal is already open in another window. Switch to that window, "
            "or close it first. Nothing was changed."
        )
    QMessageBox.warning(None, app_name(DevicePrefs().discreet), text)


def _access(location: JournalLocation) -> JournalAccess:
    from recovery_journal.services.access import JournalAccess, default_keyring

    return JournalAccess(location, default_keyring)


def _opener(access: JournalAccess) -> JournalOpener:
    from recovery_journal.services.access import JournalOpener
    from recovery_journal.ui.seed_triggers import seed_trigger_names  # translated: after Qt

    return JournalOpener(access, seed_triggers=seed_trigger_names())


def _demo_opener(folder: Path) -> JournalOpener:
    """A journal in ``folder`` under a random in-memory key, filled with sample data."""
    from recovery_journal.services.access import JournalAccess, JournalOpener
    from recovery_journal.services.demo import fill_demo_journal
    from recovery_journal.services.journal_service import JournalService
    from recovery_journal.storage.journal import create_journal
    from recovery_journal.storage.keys import KeySource, SystemKeyring

    key = KeySource.new_random()
    location = JournalLocation(folder / "journal")
    journal = create_journal(location, key)
    try:
        fill_demo_journal(JournalService(journal), days=DEMO_DAYS)
    finally:
        journal.close()

    def no_keyring() -> SystemKeyring:
        raise RuntimeError("the demo journal never uses the keyring")

    return JournalOpener(JournalAccess(location, no_keyring), demo_key=key)


def _clock() -> Callable[[], datetime]:
    from recovery_journal.domain.timeutil import now

    return now


def entry_point() -> None:
    leave_after_exit_handlers()  # first: it must run after every library's exit handler
    exit_with(main())
