"""A scripted session in a real app window, for the leak scan (run as a child process).

Reads a marker and a passphrase from standard input, then: creates a passphrase journal,
unlocks it through the unlock page, logs entries whose texts carry the marker (notes, a
product, a trigger, a coping plan, a medication), opens the Log with the marker in its
search box, shows every chart on the Progress page, previews the summary with private
notes, takes a backup, locks, unlocks, locks again and quits. Prints "done" at the end.
"""

from __future__ import annotations

import sys
from datetime import timedelta


def main() -> None:
    marker = sys.stdin.readline().strip()
    passphrase = sys.stdin.readline().strip()
    from PySide6.QtWidgets import QApplication

    from recovery_journal.app import _access, _location, _opener
    from recovery_journal.domain.models import Craving, Dose, MedicationTaken, Trigger
    from recovery_journal.domain.timeutil import now
    from recovery_journal.paths import APP_NAME
    from recovery_journal.services.backup_service import BackupService
    from recovery_journal.services.catalog import CatalogService
    from recovery_journal.ui.main_window import MainWindow

    QApplication.setApplicationName(APP_NAME)  # as the app does, for the data folder
    app = QApplication(sys.argv[:1])
    opener = _opener(_access(_location(None)))
    opener.access.create_with_passphrase(passphrase).close()
    window = MainWindow(opener, now)
    assert not window.start()
    window.show()
    window.unlock_page.passphrase_edit.setText(passphrase)
    window.unlock_page.submit()
    view = window.view
    assert view is not None
    service, moment = view.service, now() - timedelta(hours=2)
    CatalogService(window.journal).add_trigger(
        Trigger(name=f"trigger {marker}", coping_plan=f"plan {marker}")
    )
    for hours in range(6):
        at = moment - timedelta(days=hours, hours=hours)
        service.log(Dose(at=at, amount=2.5, unit="g", note=f"dose {marker}"), product_name=marker)
        service.log(Craving(at=at, intensity=6, coping=f"walk {marker}", note=f"c {marker}"))
    service.log(MedicationTaken(at=moment, name=f"med {marker}", note=marker, for_clinician=True))
    view.show_page("Log")
    view.log.filters.search_edit.setText(marker)
    app.processEvents()
    view.show_page("Progress")
    for index in range(view.progress.figure_combo.count()):
        view.progress.figure_combo.setCurrentIndex(index)
        app.processEvents()
    view.show_page("Summary")
    view.summary.private_box.setChecked(True)
    view.summary.update_preview()
    app.processEvents()
    BackupService(window.journal).back_up_now()
    window.lock()
    window.unlock_page.passphrase_edit.setText(passphrase)
    window.unlock_page.submit()
    app.processEvents()
    window.lock()
    window.close()
    app.processEvents()
    print("done", flush=True)


if __name__ == "__main__":
    main()
