"""No network, enforced: an audit hook that refuses internet sockets.

Recovery Journal never talks to the internet. This hook makes that a property
of the running process rather than a promise: any attempt from Python code to
connect an AF_INET/AF_INET6 socket or to resolve a host name raises
:class:`NetworkBlockedError`. Local AF_UNIX sockets (the desktop's D-Bus, which
the system keyring uses) stay allowed.
"""

from __future__ import annotations

import socket
import sys
from typing import Any

_BLOCKED_FAMILIES = (socket.AF_INET, socket.AF_INET6)
_RESOLVER_EVENTS = frozenset(
    {
        "socket.getaddrinfo",
        "socket.gethostbyname",
        "socket.gethostbyaddr",
        "socket.getnameinfo",
    }
)
_CONNECT_EVENTS = frozenset({"socket.connect", "socket.sendto", "socket.sendmsg", "socket.bind"})
_installed = False


class NetworkBlockedError(PermissionError):
    """Raised for every internet socket operation in this process."""


def _audit(event: str, args: tuple[Any, ...]) -> None:
    if event in _RESOLVER_EVENTS:
        raise NetworkBlockedError(f"Recovery Journal does not use the network ({event}).")
    if event in _CONNECT_EVENTS and args and getattr(args[0], "family", None) in _BLOCKED_FAMILIES:
        raise NetworkBlockedError(f"Recovery Journal does not use the network ({event}).")


def install_network_guard() -> None:
    """Install the hook once per process (audit hooks cannot be removed)."""
    global _installed
    if not _installed:
        sys.addaudithook(_audit)
        _installed = True
