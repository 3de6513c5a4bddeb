"""Crash safety: a writer killed with SIGKILL at random moments loses nothing it acknowledged.

The writer (a forked child, see forkserver.py) commits small changes as fast as it can and
prints each one's number only after the commit returned. Fifty times it is killed at a random
moment (while opening, mid-commit, between commits: a quarter of the kills fall anywhere from
the start, the others after the writer said it had opened the journal); after each kill the
journal must pass SQLite's full integrity check, open again at once (the dead writer's lock is
gone), and hold every acknowledged change. Every fifth run writes to an encrypted journal.
"""

from __future__ import annotations

import random
import time
from pathlib import Path

from secondopinion.services.check import check_journal
from secondopinion.store import commands
from secondopinion.store.journal import Journal
from secondopinion.store.tables import Concern, SymptomEntry
from tests.reliability.conftest import PASSPHRASE, make_demo
from tests.reliability.forkserver import ForkServer, wait_for_lines

RUNS = 50


def _acknowledged(log: Path) -> list[int]:
    text = log.read_text(encoding="utf-8") if log.exists() else ""
    lines = text.split("\n")[:-1]  # a line cut off by the kill was never acknowledged
    return [int(line) for line in lines if line.isdigit()]


def _stored(path: Path, passphrase: str | None, concern_id: int) -> tuple[set[int], int | None]:
    with Journal.open(path, passphrase) as journal:
        entries = commands.rows(journal, SymptomEntry, SymptomEntry.symptom.startswith("crash "))
        concern = commands.get(journal, Concern, concern_id)
    assert concern is not None
    counter = concern.to_clarify
    value = int(counter.split()[1]) if counter.startswith("counter ") else None
    return {int(e.symptom.split()[1]) for e in entries}, value


def test_sigkill_at_random_moments_loses_no_acknowledged_commit(
    server: ForkServer, tmp_path: Path
) -> None:
    journals = {
        "plain": (make_demo(tmp_path / "plain.sojournal"), None),
        "encrypted": (make_demo(tmp_path / "encrypted.sojournal", PASSPHRASE), PASSPHRASE),
    }
    server.call("warm", path=str(journals["encrypted"][0]), passphrase=PASSPHRASE)
    with Journal.open(journals["plain"][0]) as journal:
        concern_id = int(commands.rows(journal, Concern)[0].id or 0)
    acknowledged: dict[str, set[int]] = {"plain": set(), "encrypted": set()}
    rng = random.Random(20261126)
    early = late = 0
    for run in range(RUNS):
        kind = "encrypted" if run % 5 == 4 else "plain"
        path, passphrase = journals[kind]
        log = tmp_path / f"writer-{run}.log"
        pid = server.run(
            "writer", log, path=str(path), passphrase=passphrase, concern_id=concern_id
        )
        if run % 4 == 0:  # any moment from the start: opening, recovering, first commits
            time.sleep(rng.uniform(0.0, 0.3))
        else:  # a moment in the stream of commits, however slow the machine is today
            wait_for_lines(log, 1)
            time.sleep(rng.uniform(0.0, 0.15))
        status = server.kill(pid)
        assert status == -9, log.read_text()  # killed by us, not ended by an error of its own
        numbers = _acknowledged(log)
        if numbers:
            late += 1
        else:
            early += 1
        acknowledged[kind].update(numbers)

        assert check_journal(path, passphrase) == [], f"run {run}: integrity check failed"
        stored, counter = _stored(path, passphrase, concern_id)
        missing = acknowledged[kind] - stored
        assert not missing, f"run {run}: acknowledged commits lost: {sorted(missing)[:10]}"
        if numbers:
            # The last change may have committed just before its acknowledgement was printed.
            assert max(stored) <= numbers[-1] + 1
            assert counter is not None and counter >= numbers[-1]
    print(f"killed before the first commit {early}×, after {late}×")
    assert late >= RUNS // 4  # most kills hit a writer in the middle of its work
    assert sum(len(v) for v in acknowledged.values()) > RUNS
