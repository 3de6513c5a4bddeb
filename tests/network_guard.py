"""A pytest plugin (``-p tests.network_guard`` in pyproject's addopts) that denies the network.

The app promises never to talk to the network, so the whole suite runs with every socket
connection refused except local AF_UNIX ones (the display server, D-Bus). Whatever tries to
reach out fails loudly with ``NetworkDenied`` instead of quietly working on a developer's
machine. ``scripts/test.sh`` also runs the suite in a network namespace where it can.
"""

from __future__ import annotations

import socket
from typing import Any

import pytest


class NetworkDenied(OSError):
    """Raised for any attempt to use the network during the tests."""


_real = {
    "connect": socket.socket.connect,
    "connect_ex": socket.socket.connect_ex,
    "sendto": socket.socket.sendto,
    "create_connection": socket.create_connection,
}
_UNIX = getattr(socket, "AF_UNIX", None)


def _refuse(what: str, target: Any) -> NetworkDenied:
    return NetworkDenied(f"network access is denied in the tests ({what} {target!r})")


def _connect(self: socket.socket, address: Any) -> None:
    if self.family != _UNIX:
        raise _refuse("connect", address)
    return _real["connect"](self, address)  # type: ignore[no-any-return]


def _connect_ex(self: socket.socket, address: Any) -> int:
    if self.family != _UNIX:
        raise _refuse("connect_ex", address)
    return _real["connect_ex"](self, address)  # type: ignore[no-any-return]


def _sendto(self: socket.socket, *args: Any) -> int:
    if self.family != _UNIX:
        raise _refuse("sendto", args[-1])
    return _real["sendto"](self, *args)  # type: ignore[no-any-return]


def _create_connection(address: Any, *args: Any, **kwargs: Any) -> socket.socket:
    raise _refuse("create_connection", address)


def install() -> None:
    socket.socket.connect = _connect  # type: ignore[method-assign]
    socket.socket.connect_ex = _connect_ex  # type: ignore[method-assign]
    socket.socket.sendto = _sendto  # type: ignore[method-assign,assignment]
    socket.create_connection = _create_connection  # type: ignore[assignment]


def is_installed() -> bool:
    return socket.socket.connect is _connect  # type: ignore[comparison-overlap]


def pytest_configure(config: pytest.Config) -> None:
    install()
