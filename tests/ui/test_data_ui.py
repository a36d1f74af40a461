"""Settings → Your data: backups, restore, portable backups, exports and imports, as a user
does them in the window (the file and passphrase questions answered by a script)."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from recovery_journal.domain.models import MoodCheckin
from recovery_journal.storage import backups
from recovery_journal.ui.main_window import MainWindow
from tests.filesnap import file_digest

PORTABLE = "a passphrase for moving"


class ScriptedPrompts:
    """Answers the data actions' questions from a script and records what was asked."""

    def __init__(self, **answers: Any) -> None:
        self.answers = answers
        self.asked: list[tuple[str, str]] = []

    def _answer(self, kind: str, text: str) -> Any:
        self.asked.append((kind, text))
        return self.answers.get(kind)

    def save_path(self, title: str, suggested: Path, file_filter: str) -> Path | None:
        return self._answer("save_path", title)

    def open_path(self, title: str, file_filter: str) -> Path | None:
        return self._answer("open_path", title)

    def passphrase(self, title: str, label: str) -> str | None:
        return self._answer("passphrase", label)

    def new_passphrase(self, title: str, explanation: str) -> str | None:
        return self._answer("new_passphrase", explanation)

    def confirm(self, title: str, text: str, action: str) -> bool:
        return bool(self._answer("confirm", text))

    def inform(self, title: str, text: str) -> None:
        self._answer("inform", text)

    def warn(self, title: str, text: str) -> None:
        self._answer("warn", text)


def add_moods(window: MainWindow, count: int, note: str) -> None:
    assert window.view is not None
    service = window.view.service
    for number in range(count):
        at = service.clock() - timedelta(hours=number + 1)
        service.log(MoodCheckin(at=at, mood=5, anxiety=3, energy=4, pain=1, note=note))
    window.undo_stack.clear()


def data_group(window: MainWindow, prompts: ScriptedPrompts) -> Any:
    assert window.view is not None
    window.view.show_page("Settings")
    group = window.view.settings.data
    group.prompts = window.care.prompts = prompts
    return group


def entry_count(window: MainWindow) -> int:
    assert window.view is not None
    return int(window.view.service.entry_count())


def test_back_up_now_then_restore_the_backup_from_the_list(qtbot, window: MainWindow) -> None:
    add_moods(window, 2, "kept")
    prompts = ScriptedPrompts(confirm=True)
    dialog = data_group(window, prompts).open_backups()
    dialog.prompts = prompts
    dialog.back_up_now()
    assert "Backed up" in dialog.status.text()
    assert any("Made by you" in dialog.list.item(i).text() for i in range(dialog.list.count()))
    add_moods(window, 3, "after the backup")
    assert entry_count(window) == 5
    manual = next(
        i for i in range(dialog.list.count()) if "Made by you" in dialog.list.item(i).text()
    )
    dialog.list.setCurrentRow(manual)
    old_journal = window.journal
    dialog.restore_selected()
    [(kind, question)] = [a for a in prompts.asked if a[0] == "confirm"]
    assert "2 entries" in question and "kept as a backup first" in question
    qtbot.waitUntil(lambda: window.journal is not old_journal and window.view is not None)
    assert entry_count(window) == 2
    assert window.view.current_page() == "Settings"
    assert "Restored" in window.view.data.status.text()
    kinds = [b.kind for b in backups.list_backups(window.journal.location)]
    assert "before-restore" in kinds


def test_restore_needs_a_yes_and_a_damaged_backup_is_refused(qtbot, window: MainWindow) -> None:
    add_moods(window, 2, "x")
    taken = backups.take_backup(window.journal, backups.MANUAL)
    prompts = ScriptedPrompts(confirm=False, open_path=taken.path)
    dialog = data_group(window, prompts).open_backups()
    dialog.prompts = prompts
    journal = window.journal
    dialog.restore_from_file()
    assert window.journal is journal  # the user said no: nothing happened
    with taken.path.open("r+b") as stream:
        stream.seek(4096 * 2 + 50)
        stream.write(b"\x00" * 64)
    prompts.answers["confirm"] = True
    dialog.restore_from_file()
    assert window.journal is journal
    assert "integrity" in dialog.status.text() or "unreadable" in dialog.status.text()


def test_portable_backup_round_trip_asks_for_its_passphrase(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    add_moods(window, 3, "portable")
    target = tmp_path / "elsewhere" / "move.db"
    target.parent.mkdir()
    prompts = ScriptedPrompts(new_passphrase=PORTABLE, save_path=target)
    dialog = data_group(window, prompts).open_backups()
    dialog.prompts = prompts
    dialog.save_portable()
    assert target.is_file() and "Saved a portable backup" in dialog.status.text()
    add_moods(window, 1, "later")
    prompts.answers.update(open_path=target, passphrase=PORTABLE, confirm=True)
    dialog.restore_from_file()
    assert any(kind == "passphrase" for kind, _ in prompts.asked)
    qtbot.waitUntil(lambda: window.view is not None and entry_count(window) == 3)


def test_export_warns_first_and_writes_only_when_confirmed(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    add_moods(window, 2, "exported note")
    out = tmp_path / "out.json"
    prompts = ScriptedPrompts(confirm=False, save_path=out)
    group = data_group(window, prompts)
    group.export("json")
    assert "NOT encrypted" in prompts.asked[0][1]
    assert not out.exists()
    prompts.answers["confirm"] = True
    group.export("json")
    document = json.loads(out.read_text(encoding="utf-8"))
    assert "exported note" in json.dumps(document)
    assert "not encrypted" in group.status.text()
    zipped = tmp_path / "out.zip"
    prompts.answers["save_path"] = zipped
    group.export("csv")
    assert zipped.is_file()


def test_import_shows_what_it_adds_asks_backs_up_and_refreshes(
    qtbot, make_window, tmp_path: Path
) -> None:
    source = make_window(data_dir=tmp_path / "source")
    assert source.start()
    add_moods(source, 4, "from the other journal")
    export = tmp_path / "export.json"
    group = data_group(source, ScriptedPrompts(confirm=True, save_path=export))
    group.export("json")
    source.close()
    window = make_window(data_dir=tmp_path / "target")
    assert window.start()
    prompts = ScriptedPrompts(open_path=export, confirm=True)
    group = data_group(window, prompts)
    group.import_file()
    [(_, question)] = [a for a in prompts.asked if a[0] == "confirm"]
    assert "4" in question and "backup" in question
    qtbot.waitUntil(lambda: window.view is not None and window.view.settings.data is not group)
    assert entry_count(window) == 4
    assert "before-import" in [b.kind for b in backups.list_backups(window.journal.location)]
    window.view.show_page("Log")
    assert window.view.log.model.rowCount() == 4
    # the same file again: nothing new, nothing asked, nothing written
    prompts = ScriptedPrompts(open_path=export, confirm=True)
    data_group(window, prompts).import_file()
    assert [kind for kind, _ in prompts.asked] == ["open_path", "inform"]


@pytest.mark.parametrize("content", [b"{truncated", b"\x00\xff\xfe garbage", b"time,amount\n"])
def test_a_bad_import_file_is_a_message_and_changes_nothing(
    qtbot, window: MainWindow, tmp_path: Path, content: bytes
) -> None:
    add_moods(window, 1, "x")
    bad = tmp_path / "bad.json"
    bad.write_bytes(content)
    location = window.journal.location
    window.journal.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    files = [location.db_path, Path(f"{location.db_path}-wal")]
    before = [file_digest(path) for path in files]
    prompts = ScriptedPrompts(open_path=bad, confirm=True)
    data_group(window, prompts).import_file()
    [(kind, message)] = prompts.asked[1:]
    assert kind == "warn" and message
    assert [file_digest(path) for path in files] == before
