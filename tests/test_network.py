"""No network: the audit hook refuses internet sockets and name lookups; local sockets still work.

conftest.py installs recovery_journal.netguard for the whole test run, as the app and the
CLI do at start-up. The hook raises before any packet could leave, so these tests need no
network and would fail loudly (a timeout or a real connection) if the hook were missing.
"""

from __future__ import annotations

import socket
import subprocess
import sys
from pathlib import Path

import pytest

from recovery_journal.netguard import NetworkBlockedError, install_network_guard


def test_the_guard_is_installed_once_and_idempotently() -> None:
    install_network_guard()  # a second call must not add a second hook or fail
    with pytest.raises(NetworkBlockedError):
        socket.getaddrinfo("localhost", 80)


def test_create_connection_to_an_internet_address_is_blocked() -> None:
    with pytest.raises(NetworkBlockedError, match="does not use the network"):
        socket.create_connection(("1.1.1.1", 53), timeout=2)


def test_name_resolution_is_blocked() -> None:
    with pytest.raises(NetworkBlockedError):
        socket.getaddrinfo("example.org", 80)
    with pytest.raises(NetworkBlockedError):
        socket.gethostbyname("example.org")


@pytest.mark.parametrize(
    ("family", "address"),
    [(socket.AF_INET, ("127.0.0.1", 9)), (socket.AF_INET6, ("::1", 9, 0, 0))],
)
def test_a_raw_tcp_connect_is_blocked_even_to_loopback(
    family: socket.AddressFamily, address: tuple[object, ...]
) -> None:
    with socket.socket(family, socket.SOCK_STREAM) as sock, pytest.raises(NetworkBlockedError):
        sock.connect(address)


def test_a_udp_datagram_is_blocked() -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        with pytest.raises(NetworkBlockedError):
            sock.sendto(b"ping", ("127.0.0.1", 9))
        with pytest.raises(NetworkBlockedError):
            sock.connect(("127.0.0.1", 9))


def test_binding_an_internet_socket_is_blocked() -> None:
    with (
        socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock,
        pytest.raises(NetworkBlockedError),
    ):
        sock.bind(("127.0.0.1", 0))


def test_blocked_is_a_permission_error_callers_can_handle() -> None:
    assert issubclass(NetworkBlockedError, PermissionError)
    assert issubclass(NetworkBlockedError, OSError)


def test_local_unix_sockets_still_work() -> None:
    """The desktop's D-Bus (used by the system keyring) is an AF_UNIX socket."""
    left, right = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
    with left, right:
        left.sendall(b"hello over a unix socket")
        assert right.recv(64) == b"hello over a unix socket"


def test_a_unix_datagram_socket_still_works(tmp_path: Path) -> None:
    path = str(tmp_path / "sock")
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as server:
        server.bind(path)
        with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as client:
            client.sendto(b"ping", path)
        assert server.recv(16) == b"ping"


def test_the_cli_installs_the_guard_in_its_own_process(tmp_path: Path) -> None:
    """A fresh interpreter that runs the CLI's main() is guarded too (not only under pytest)."""
    code = (
        "import socket, sys\n"
        "from recovery_journal.cli import main\n"
        "main(['--data-dir', sys.argv[1], 'stats', '--from', '2026-03-01', '--to', '2026-03-01',"
        " '--json'])\n"
        "try:\n"
        "    socket.getaddrinfo('example.org', 80)\n"
        "except PermissionError as error:\n"
        "    print('blocked:', type(error).__name__)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "no-journal-here")],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env={
            "PATH": "/usr/bin:/bin",
            "HOME": str(tmp_path),
            "TZ": "Europe/Berlin",
            "DBUS_SESSION_BUS_ADDRESS": "disabled:",
        },
    )
    assert "There is no journal" in result.stderr  # main() really ran
    assert result.stdout.strip() == "blocked: NetworkBlockedError", result.stderr
    assert not (tmp_path / "no-journal-here").exists()
