"""Looking after the open journal: the checks after unlock, daily backup, restore, recovery.

After each unlock — once the window has painted, so opening stays instant — the journal
gets SQLite's quick integrity check and, on the first unlock of a day, its encrypted
backup. A damaged journal gets a clear message and an offer to restore the newest good
backup; nothing is ever overwritten without the user saying yes, and the damaged file
is kept. Restoring or importing rebuilds the pages on the same journal.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from recovery_journal.domain.errors import JournalError
from recovery_journal.services.access import Prompt
from recovery_journal.services.backup_service import BackupService
from recovery_journal.storage.journal import Journal
from recovery_journal.ui.busy import run_busy
from recovery_journal.ui.describe import date_time_text
from recovery_journal.ui.prompts import Prompts

if TYPE_CHECKING:
    from recovery_journal.storage.backups import Backup, BackupCheck, Restored
    from recovery_journal.ui.main_window import MainWindow

CHECK_DELAY_MS = 1500  # after the first paint; a quick start matters more than a quick check


class JournalCare(QObject):
    """Owned by the main window; acts on ``window.journal`` and rebuilds ``window.view``."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.prompts = Prompts(window)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(CHECK_DELAY_MS)
        self.timer.timeout.connect(self.check_after_unlock)
        self.last_problem = ""

    def schedule_checks(self) -> None:
        self.timer.start()

    def _service(self) -> BackupService | None:
        view = self.window.view
        if view is None or self.window.journal is None:  # locked or closed meanwhile
            return None
        return view.backups

    def check_after_unlock(self) -> None:
        """Quick integrity check, then today's backup if it is the first unlock today."""
        service = self._service()
        if service is None:
            return
        problems = service.problems(quick=True)
        if problems:
            self.last_problem = problems[0]
            self.offer_recovery(service, problems[0])
            return
        try:
            service.daily_if_due()
        except JournalError as error:
            self.prompts.warn(
                self.tr("Today's backup was not made"),
                self.tr("{reason} Your journal itself is fine.").format(reason=error),
            )

    def offer_recovery(self, service: BackupService, problem: str) -> None:
        found = self._find_good_backup(service)
        if found is None:
            self.prompts.warn(
                self.tr("The journal is damaged"),
                self.tr(
                    "Your journal failed its integrity check ({problem}), and no backup that "
                    "passes every check was found. Nothing was changed. Save a portable backup "
                    "or an export now (Settings → Your data), while the journal still opens."
                ).format(problem=problem),
            )
            return
        backup, check = found
        from recovery_journal.ui.backups_dialog import describe_check

        holds = describe_check(check)
        question = self.tr(
            "Your journal failed its integrity check: part of the file is damaged ({problem})."
            "\n\nThe newest good backup is from {when}. {holds} Restore it? The damaged file "
            "is kept beside it, renamed, and never deleted. Entries made after that backup "
            "are not in it."
        ).format(problem=problem, when=date_time_text(backup.taken), holds=holds)
        if self.prompts.confirm(self.tr("The journal is damaged"), question, self.tr("&Restore")):
            self._replace(lambda: service.recover(backup), self._restored_message(backup.path))

    def _find_good_backup(self, service: BackupService) -> tuple[Backup, BackupCheck] | None:
        """Each backup gets every check (a second or more for 30): off the GUI thread."""
        try:
            return run_busy(self.window, self.tr("Looking for a good backup…"), service.newest_good)
        except JournalError:  # a backups folder that cannot be read: as if none were found
            return None

    def restore(self, path: Path, passphrase: str | None) -> None:
        """Replace the journal with a backup the user chose (and confirmed)."""
        service = self._service()
        if service is None:
            return
        self._replace(lambda: service.restore(path, passphrase), self._restored_message(path))

    def reload(self) -> None:
        """Rebuild every page on the same journal (after an import)."""
        journal = self.window.journal
        if journal is None:
            return
        self.window.take_down_view()
        self.window.show_journal(journal)

    def _restored_message(self, source: Path) -> Callable[[Restored], str]:
        def message(restored: Restored) -> str:
            if restored.damaged:
                return self.tr(
                    "Restored {name}. Your journal was damaged, so it could not be copied "
                    "first: it is kept in its folder, renamed {kept}, and never deleted."
                ).format(name=source.name, kept=restored.kept.name)
            return self.tr("Restored {name}. The journal as it was is kept as a backup.").format(
                name=source.name
            )

        return message

    def _replace(self, work: Callable[[], Restored], done: Callable[[Restored], str]) -> None:
        from recovery_journal.storage import backups

        window = self.window
        old = window.journal
        window.take_down_view()
        window.unlock_page.show_busy(self.tr("Restoring your backup…"))
        try:
            restored = run_busy(window, self.tr("Restoring…"), lambda _p: work())
            journal, message = restored.journal, done(restored)
        except backups.RestoreFailed as error:
            journal, message = error.journal, str(error)
        except JournalError as error:
            if old is None or not _still_open(old):  # closed, and its file damaged
                window.journal = None
                window.unlock_page.show_prompt(Prompt.UNAVAILABLE, str(error))
                return
            journal, message = old, str(error)
        window.journal = None
        window.show_journal(journal)
        if window.view is not None:  # said where the user is looking: Settings → Your data
            window.view.data.show_status(message)


def _still_open(journal: Journal) -> bool:
    try:
        journal.db.execute("SELECT 1").fetchone()
    except Exception:  # a closed connection raises ProgrammingError
        return False
    return True
