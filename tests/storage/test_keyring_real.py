"""The real keyring path: a journal's key kept in, and fetched back from, a Secret Service.

A throwaway D-Bus session (``dbus-run-session``) with an unlocked ``gnome-keyring-daemon``
runs a child Python process whose HOME and XDG folders are in tmp: it creates a journal
with the default keyring discovery, closes it, reopens it through brand-new keyring
objects (the key comes back over D-Bus) and reports what it read as one JSON line.
Nothing here touches the real user's keychain or session bus.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.keyring

TOOLS = ("dbus-run-session", "gnome-keyring-daemon")

CHILD_SCRIPT = r"""
import json
import sys
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from recovery_journal.netguard import install_network_guard

install_network_guard()  # as in the app: D-Bus over AF_UNIX must still work

from recovery_journal.domain.models import Dose, MoodCheckin
from recovery_journal.services.access import JournalAccess, default_keyring
from recovery_journal.services.journal_service import JournalService
from recovery_journal.storage.keys import SystemKeyring
from recovery_journal.storage.location import JournalLocation

data_dir = Path(sys.argv[1])
berlin = ZoneInfo("Europe/Berlin")
at = datetime(2026, 3, 2, 8, 5, tzinfo=berlin)

probe = SystemKeyring()
assert probe.is_real, probe.describe()
assert "SecretService" in probe.backend_name, probe.backend_name

access = JournalAccess(JournalLocation(data_dir), default_keyring)
journal = access.create_with_keyring()
service = JournalService(journal, zone=berlin)
service.log_dose(at, 2.5, "g", product_name="Red vein powder", note="first of the day")
service.log(MoodCheckin(at=at, mood=5, anxiety=6, energy=4, pain=3, note="tired"))
journal.close()

# Brand-new objects: nothing is remembered in this process except what the keyring holds.
import keyring.core

keyring.core._keyring_backend = None  # forget the discovery done above
fresh_keyring = SystemKeyring()
fresh = JournalAccess(JournalLocation(data_dir), lambda: fresh_keyring)
journal = fresh.open_with_keyring()
# Opening asked the Secret Service directly: keyring's discovery never ran.
discovered_for_open = keyring.core._keyring_backend is not None
service = JournalService(journal, zone=berlin)
doses = [
    {"at": d.at.isoformat(), "amount": d.amount, "unit": d.unit, "note": d.note}
    for d in service.entries(Dose)
]
moods = [[m.mood, m.anxiety, m.energy, m.pain, m.note] for m in service.entries(MoodCheckin)]
journal.close()

# Start-up's way: the read begins on a thread before the window is built, and opening
# takes its answer (the spy only notes which thread asked; the real call goes through).
import threading
from recovery_journal.storage import keys

asked_on = []
ask = keys._ask_secret_service
def spy(module, account):
    asked_on.append(threading.current_thread().name)
    return ask(module, account)
keys._ask_secret_service = spy
ahead_keyring = SystemKeyring()
ahead = JournalAccess(JournalLocation(data_dir), lambda: ahead_keyring)
began = ahead.read_key_ahead()
journal = ahead.open_with_keyring()
opened_ahead = [d.amount for d in JournalService(journal, zone=berlin).entries(Dose)]
journal.close()
keys._ask_secret_service = ask
read_ahead = {"began": began, "asked_on": asked_on, "doses": opened_ahead,
              "threads_left": [t.name for t in threading.enumerate() if t.name == "keyring-read"]}

account = fresh.location.read_meta().keyring_account
key = fresh_keyring.get_key(account)
print(json.dumps({
    "backend": fresh_keyring.backend_name,
    "is_real": fresh_keyring.is_real,
    "uses_passphrase": journal.uses_passphrase,
    "doses": doses,
    "moods": moods,
    "account": account,
    "key_hex": key.hex() if key else None,
    "discovered_for_open": discovered_for_open,
    "read_ahead": read_ahead,
}))
"""


@pytest.fixture
def secret_service_tools() -> None:
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if not missing:
        return
    message = f"{', '.join(missing)} not installed (Debian: apt install dbus gnome-keyring)"
    if os.environ.get("RJ_REQUIRE_KEYRING") == "1":
        pytest.fail(f"RJ_REQUIRE_KEYRING=1 but {message}")
    pytest.skip(message)


def isolated_env(root: Path) -> dict[str, str]:
    """HOME and XDG folders in tmp, no inherited session bus."""
    home = root / "home"
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "LANG": "C.UTF-8",
        "TZ": "Europe/Berlin",
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / ".local/share"),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "XDG_STATE_HOME": str(home / ".local/state"),
        "XDG_RUNTIME_DIR": str(root / "runtime"),
    }
    (root / "runtime").mkdir(mode=0o700)
    home.mkdir()
    assert "DBUS_SESSION_BUS_ADDRESS" not in env
    return env


def run_in_private_secret_service(
    tmp_path: Path, data_dir: Path, extra_env: dict[str, str] | None = None
) -> dict[str, Any]:
    child = tmp_path / "child.py"
    child.write_text(CHILD_SCRIPT, encoding="utf-8")
    shell = (
        "echo -n pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null; "
        f'exec "{sys.executable}" "{child}" "{data_dir}"'
    )
    result = subprocess.run(
        ["dbus-run-session", "--", "sh", "-c", shell],
        env=isolated_env(tmp_path) | (extra_env or {}),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    assert len(lines) == 1, result.stdout + result.stderr
    report: dict[str, Any] = json.loads(lines[0])
    return report


def test_a_journal_reopens_with_the_key_fetched_back_from_the_secret_service(
    secret_service_tools: None, tmp_path: Path
) -> None:
    data_dir = tmp_path / "journal"
    report = run_in_private_secret_service(tmp_path, data_dir)

    assert report["is_real"] is True
    assert report["backend"] == "keyring.backends.SecretService.Keyring"
    assert report["uses_passphrase"] is False
    assert report["discovered_for_open"] is False  # the quick path, not discovery
    assert report["doses"] == [
        {"at": "2026-03-02T08:05:00+01:00", "amount": 2.5, "unit": "g", "note": "first of the day"}
    ]
    assert report["moods"] == [[5, 6, 4, 3, "tired"]]
    assert report["read_ahead"] == {
        "began": True,
        "asked_on": ["keyring-read"],  # once, on the thread; opening waited for its answer
        "doses": [2.5],
        "threads_left": [],
    }

    # journal.json says where the key is, never what it is.
    meta = json.loads((data_dir / "journal.json").read_text(encoding="utf-8"))
    assert meta == {"format": 1, "key_source": "keyring", "keyring_account": report["account"]}
    key_hex = report["key_hex"]
    assert key_hex is not None and len(bytes.fromhex(key_hex)) == 32

    # The key is in no file of the data folder, in any form.
    forms = [key_hex.encode(), key_hex.upper().encode(), bytes.fromhex(key_hex)]
    files = [path for path in data_dir.rglob("*") if path.is_file()]
    assert {path.name for path in files} >= {"journal.db", "journal.json"}
    for path in files:
        data = path.read_bytes()
        assert not any(form in data for form in forms), path
    # The daemon's own store lives under the throwaway HOME, not the real one.
    assert list((tmp_path / "home").rglob("*.keyring"))


def test_a_configured_backend_is_used_through_discovery(
    secret_service_tools: None, tmp_path: Path
) -> None:
    """With PYTHON_KEYRING_BACKEND set, opening goes through keyring's own choice."""
    backend = {"PYTHON_KEYRING_BACKEND": "keyring.backends.SecretService.Keyring"}
    report = run_in_private_secret_service(tmp_path, tmp_path / "journal", backend)
    assert report["discovered_for_open"] is True
    assert [dose["amount"] for dose in report["doses"]] == [2.5]
    # keyring's own choice decides: nothing is read ahead, opening asks it as before
    assert report["read_ahead"]["began"] is False
    assert report["read_ahead"]["asked_on"] == []
    assert report["read_ahead"]["doses"] == [2.5]
