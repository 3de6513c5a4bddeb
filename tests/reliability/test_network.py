"""The suite runs with the network denied (tests/network_guard.py, loaded for every run)."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path

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


def _namespaces_work() -> bool:
    if shutil.which("unshare") is None:
        return False
    try:
        done = subprocess.run(["unshare", "-cn", "true"], capture_output=True, timeout=10)
    except (OSError, subprocess.TimeoutExpired):
        return False
    return done.returncode == 0


_APP_OFFLINE = """
import socket, sys
from pathlib import Path
interfaces = [name for _, name in socket.if_nameindex()]
assert interfaces == ["lo"], f"not an empty network namespace: {interfaces}"
from secondopinion import cli
folder = Path(sys.argv[1])
journal = folder / "j.sojournal"
assert cli.run(["demo", "--out", str(journal)]) == 0
assert cli.run(["export", "json", "--journal", str(journal), "--out", str(folder / "j.json")]) == 0
assert cli.run(["backup", "--journal", str(journal), "--out", str(folder / "b.sojournal")]) == 0
assert cli.run(["check", "--journal", str(journal)]) == 0
from secondopinion.ui.app import make_app, make_settings
from secondopinion.ui.main_window import MainWindow
make_app()
window = MainWindow(make_settings())
assert window.open_path(journal)
window.show()
window.privacy.lock()
window.privacy.unlock()
window.close()
print("offline ok")
"""


@pytest.mark.skipif(not _namespaces_work(), reason="no unprivileged network namespaces here")
def test_the_app_needs_no_network_at_all(tmp_path: Path) -> None:
    """Beyond the guard (this process only): the command line and the window, run in a network
    namespace with no network, do their work."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "SECONDOPINION_HOME": str(tmp_path)}
    env.pop("SECONDOPINION_PASSPHRASE", None)
    done = subprocess.run(
        ["unshare", "-cn", sys.executable, "-c", _APP_OFFLINE, str(tmp_path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=180,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert "offline ok" in done.stdout
