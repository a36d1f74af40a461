"""The whole app, started for real, makes no internet connection attempt (strace)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

STRACE = shutil.which("strace")
INET = re.compile(r"(connect|sendto|sendmsg)\(\d+, \{sa_family=AF_INET6?")
pytestmark = pytest.mark.skipif(
    STRACE is None and os.environ.get("RJ_REQUIRE_KEYRING") != "1",
    reason="strace is not installed",
)


def _traced(tmp_path: Path, *command: str) -> tuple[subprocess.CompletedProcess[str], str]:
    log = tmp_path / "strace.log"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", DBUS_SESSION_BUS_ADDRESS="disabled:")
    result = subprocess.run(
        [
            STRACE or "strace",
            "-f",
            "-qq",
            "-e",
            "trace=connect,sendto,sendmsg",
            "-o",
            str(log),
            *command,
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    return result, log.read_text()


def test_strace_sees_an_internet_connect(tmp_path: Path) -> None:
    """The check below can fail: a plain Python connect to loopback shows up as AF_INET."""
    script = (
        "import socket\n"
        "s = socket.socket()\n"
        "try:\n    s.connect(('127.0.0.1', 9))\nexcept OSError:\n    pass\n"
    )
    _, trace = _traced(tmp_path, sys.executable, "-c", script)
    assert INET.search(trace), trace


def test_demo_start_makes_no_internet_connection(tmp_path: Path) -> None:
    app = Path(sys.executable).with_name("recovery-journal")
    command = [str(app)] if app.exists() else [sys.executable, "-m", "recovery_journal"]
    result, trace = _traced(tmp_path, *command, "--demo", "--quit-after-start")
    assert result.returncode == 0, result.stderr
    assert not INET.search(trace), [line for line in trace.splitlines() if INET.search(line)]
