"""The suite runs with the network denied (tests/network_guard.py, loaded for every run)."""

from __future__ import annotations

import socket

import pytest

from tests import network_guard


def test_the_guard_is_active_for_this_run() -> None:
    assert network_guard.is_installed()
    with pytest.raises(network_guard.NetworkDenied):
        socket.create_connection(("127.0.0.1", 9), timeout=0.1)
    with (
        socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s,
        pytest.raises(network_guard.NetworkDenied),
    ):
        s.connect(("127.0.0.1", 9))
    with (
        socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s,
        pytest.raises(network_guard.NetworkDenied),
    ):
        s.sendto(b"x", ("127.0.0.1", 9))


def test_local_unix_sockets_still_work() -> None:
    a, b = socket.socketpair()
    with a, b:
        a.sendall(b"ok")
        assert b.recv(2) == b"ok"
