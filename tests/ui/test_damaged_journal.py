"""A damaged journal: a clear message and an offer to restore the newest good backup —
never an automatic overwrite, and the damaged file is kept."""

from __future__ import annotations

import threading
from datetime import timedelta
from pathlib import Path

from recovery_journal.domain.models import MoodCheckin
from recovery_journal.storage import backups
from recovery_journal.ui.main_window import MainWindow
from tests.ui.test_data_ui import ScriptedPrompts


def journal_with_backup(make_window, folder: Path) -> None:  # type: ignore[no-untyped-def]
    window = make_window(data_dir=folder)
    assert window.start()
    service = window.view.service
    for number in range(40):
        at = service.clock() - timedelta(hours=number + 1)
        service.log(MoodCheckin(at=at, mood=5, anxiety=3, energy=4, pain=1, note="n" * 900))
    backups.take_backup(window.journal, backups.DAILY)
    window.close()


def damage(path: Path, offset: int) -> None:
    with path.open("r+b") as stream:
        stream.seek(offset)
        stream.write(b"\xa5" * 32)


def kept_damaged(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if ".damaged-" in p.name]


def test_damage_found_after_unlock_offers_the_backup(qtbot, make_window, tmp_path: Path) -> None:
    folder = tmp_path / "journal"
    journal_with_backup(make_window, folder)
    damage(folder / "journal.db", 4096 * 5 + 200)
    window: MainWindow = make_window(data_dir=folder)
    assert window.start()  # page 1 is fine: it opens
    prompts = ScriptedPrompts(confirm=False)
    window.care.prompts = prompts
    window.care.check_after_unlock()
    [(kind, question)] = prompts.asked
    assert kind == "confirm" and "damaged" in question and "40 entries" in question
    assert kept_damaged(folder) == []  # "no" changes nothing
    prompts.answers["confirm"] = True
    window.care.check_after_unlock()
    qtbot.waitUntil(lambda: window.view is not None and len(kept_damaged(folder)) == 1)
    assert window.view.service.entry_count() == 40
    assert backups.integrity_problems(window.journal.db.conn, quick=False) == []


def test_a_journal_that_will_not_open_offers_the_backup_on_the_unlock_page(
    qtbot, make_window, tmp_path: Path
) -> None:
    folder = tmp_path / "journal"
    journal_with_backup(make_window, folder)
    damage(folder / "journal.db", 100)  # the first page: the key no longer opens it
    window: MainWindow = make_window(data_dir=folder)
    assert not window.start()
    page = window.unlock_page
    assert "damaged" in page.message.text()
    assert page.recover_button.isVisible()
    page.prompts = ScriptedPrompts(confirm=True)
    page.recover_button.click()
    assert not window.is_locked
    assert window.view.service.entry_count() == 40
    assert len(kept_damaged(folder)) == 1


def test_a_journal_from_a_newer_version_is_not_called_damaged(
    qtbot, make_window, tmp_path: Path
) -> None:
    folder = tmp_path / "journal"
    journal_with_backup(make_window, folder)
    window: MainWindow = make_window(data_dir=folder)
    assert window.start()
    window.journal.db.execute("PRAGMA user_version = 99")
    window.close()
    again: MainWindow = make_window(data_dir=folder)
    assert not again.start()
    assert "newer version" in again.unlock_page.message.text()
    assert not again.unlock_page.recover_button.isVisible()


def test_restoring_a_backup_over_a_damaged_journal_from_settings(
    qtbot, make_window, tmp_path: Path
) -> None:
    folder = tmp_path / "journal"
    journal_with_backup(make_window, folder)
    damage(folder / "journal.db", 4096 * 5 + 200)
    window: MainWindow = make_window(data_dir=folder)
    assert window.start()
    window.care.timer.stop()  # the check after unlock would offer its own recovery
    prompts = ScriptedPrompts(confirm=True)
    window.view.show_page("Settings")
    window.view.settings.data.prompts = window.care.prompts = prompts
    dialog = window.view.settings.data.open_backups()
    dialog.prompts = prompts
    dialog.list.setCurrentRow(0)
    old = window.journal
    dialog.restore_selected()
    qtbot.waitUntil(lambda: window.journal is not old and window.view is not None)
    assert [kind for kind, _ in prompts.asked] == ["confirm"]  # the restore's question only
    [kept] = kept_damaged(folder)
    status = window.view.data.status.text()
    assert "Restored" in status and "damaged" in status and kept in status
    assert window.view.service.entry_count() == 40


def test_the_search_for_a_good_backup_does_not_freeze_the_window(
    qtbot, make_window, tmp_path: Path
) -> None:
    folder = tmp_path / "journal"
    journal_with_backup(make_window, folder)
    damage(folder / "journal.db", 4096 * 5 + 200)
    window: MainWindow = make_window(data_dir=folder)
    assert window.start()
    window.care.prompts = ScriptedPrompts(confirm=False)
    service = window.view.backups
    searched_on: list[threading.Thread] = []
    search = service.newest_good

    def watched(progress):  # type: ignore[no-untyped-def]
        searched_on.append(threading.current_thread())
        return search(progress)

    service.newest_good = watched  # type: ignore[method-assign]
    window.care.check_after_unlock()
    assert searched_on and searched_on[0] is not threading.main_thread()
