"""A private Secret Service for benchmarks: a throwaway D-Bus session with gnome-keyring.

``in_private_session(argv)`` re-runs the calling script inside ``dbus-run-session`` with an
unlocked ``gnome-keyring-daemon`` and HOME and the XDG folders in a temporary folder, so
the app fetches its key through the ``keyring`` package's real Secret Service backend
(encrypted D-Bus session, as on a desktop) and nothing touches the user's own keychain.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

MARKER = "RJ_BENCH_SESSION"
TOOLS = ("dbus-run-session", "gnome-keyring-daemon")


def inside() -> bool:
    return os.environ.get(MARKER) == "1"


def run_inside(script: Path, argv: list[str]) -> int:
    """Run ``python script argv…`` in a private session; its exit code."""
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if missing:
        raise SystemExit(
            f"{', '.join(missing)} not found (Debian: apt install dbus gnome-keyring): "
            "the start-up benchmark reads its key from a real Secret Service"
        )
    root = Path(tempfile.mkdtemp(prefix="rj-bench-"))
    try:
        home, runtime = root / "home", root / "runtime"
        home.mkdir()
        runtime.mkdir(mode=0o700)
        env = {
            key: value
            for key, value in os.environ.items()
            if key not in ("DBUS_SESSION_BUS_ADDRESS", "DISPLAY", "WAYLAND_DISPLAY")
            and key != "PYTHONDONTWRITEBYTECODE"  # an installed app has its bytecode cached
        }
        env |= {
            MARKER: "1",
            "HOME": str(home),
            "XDG_DATA_HOME": str(home / ".local/share"),
            "XDG_CONFIG_HOME": str(home / ".config"),
            "XDG_CACHE_HOME": str(home / ".cache"),
            "XDG_STATE_HOME": str(home / ".local/state"),
            "XDG_RUNTIME_DIR": str(runtime),
            "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        }
        shell = (
            "echo -n benchmark | gnome-keyring-daemon --unlock --components=secrets "
            '>/dev/null && exec "$0" "$@"'
        )
        command = ["dbus-run-session", "--", "sh", "-c", shell, sys.executable, str(script)]
        return subprocess.run(command + argv, env=env, check=False).returncode
    finally:
        shutil.rmtree(root, ignore_errors=True)
