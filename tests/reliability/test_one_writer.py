"""One writer: two instances opening the same journal at the same moment, twenty times.

Exactly one gets it; the other is told it is already open (JournalInUse) before anything is
written. After the holder is killed, the next open succeeds at once: the operating system
released the dead process's lock, so no stale lock is left to clear by hand.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from secondopinion.store import lock
from secondopinion.store.errors import JournalInUse
from secondopinion.store.journal import Journal
from tests.reliability.conftest import make_demo
from tests.reliability.forkserver import ForkServer, wait_for_lines

ROUNDS = 20


def test_two_instances_at_once_exactly_one_writes(server: ForkServer, tmp_path: Path) -> None:
    path = make_demo(tmp_path / "shared.sojournal")
    for round_ in range(ROUNDS):
        go_at = time.time() + 0.05
        logs = [tmp_path / f"round-{round_}-{who}.log" for who in "ab"]
        pids = [server.run("contender", log, path=str(path), go_at=go_at) for log in logs]
        results = [wait_for_lines(log, 1)[0] for log in logs]
        assert sorted(results) == ["in-use", "open"], f"round {round_}: {results}"
        holder = pids[results.index("open")]
        loser = pids[results.index("in-use")]
        assert server.wait(loser) == 0  # told, and gone without touching the journal
        assert lock.is_locked(path)
        with pytest.raises(JournalInUse, match="already open"):
            Journal.open(path)
        assert server.kill(holder) == -9
        with Journal.open(path) as journal:  # the dead holder's lock went with it
            assert journal.lock is not None and journal.lock.held
        assert not lock.is_locked(path)


def test_a_lock_file_left_by_a_crash_does_not_block(tmp_path: Path) -> None:
    path = make_demo(tmp_path / "j.sojournal")
    stale = lock.lock_path(path)
    stale.write_text("4242\n")  # what a crashed process leaves: the file, but no OS lock
    with Journal.open(path):
        assert lock.is_locked(path)
    assert not stale.exists()


def test_the_same_process_may_open_its_journal_again(tmp_path: Path) -> None:
    path = make_demo(tmp_path / "j.sojournal")
    first = Journal.open(path)
    second = Journal.open(path)  # the window reopening the file it shows
    first.close()
    assert lock.is_locked(path)
    second.close()
    assert not lock.is_locked(path)
    first.close()  # closing twice is harmless
