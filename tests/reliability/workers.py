"""Functions the fork server runs in child processes (see forkserver.py).

They print one line per thing done, flushed, so the test knows exactly what was acknowledged
before the process was killed.
"""

from __future__ import annotations

import time
from datetime import datetime, timedelta
from pathlib import Path

from secondopinion import cli
from secondopinion.services import jsonio
from secondopinion.store import checks as _checks
from secondopinion.store import commands
from secondopinion.store import engine as _engine
from secondopinion.store.errors import JournalError, JournalInUse
from secondopinion.store.journal import Journal
from secondopinion.store.tables import Attachment, Concern, RecordRequest, SymptomEntry

START = datetime(2026, 1, 1, 8, 0)
# store.checks is imported lazily by the first write of a process: loaded here, in the fork
# server, so that a forked writer's first commit is as quick as the ones after it.
del _checks

try:  # the PDF packet, where it exists: imported here so children do not import under a limit
    from secondopinion.services import packet as _packet
except ImportError:  # pragma: no cover
    _packet = None


def warm(path: str, passphrase: str) -> None:
    """Derive the journal's key once, in the server, so every child starts with it cached."""
    salt = _engine.file_salt(Path(path))
    assert salt is not None
    _engine.derived_key(passphrase, salt)


def writer(path: str, passphrase: str | None, concern_id: int) -> None:
    """Commit small changes forever; print each number only after its commit returned."""
    journal = Journal.open(path, passphrase)
    n = int(commands.count(journal, SymptomEntry, SymptomEntry.symptom.startswith("crash ")))
    print(f"opened {n}", flush=True)
    while True:
        n += 1
        commands.add(
            journal,
            SymptomEntry(
                concern_id=concern_id,
                recorded_at=START + timedelta(minutes=n),
                symptom=f"crash {n}",
                severity=n % 11,
                notes="note " * (n % 40),
            ),
        )
        commands.update(journal, Concern, concern_id, to_clarify=f"counter {n}")
        print(n, flush=True)


def contender(path: str, go_at: float) -> int:
    """Try to open the journal at the same moment as another process; hold it if we get it."""
    time.sleep(max(0.0, go_at - time.time()))
    try:
        journal = Journal.open(path)
    except JournalInUse:
        print("in-use", flush=True)
        return 0
    print("open", flush=True)
    while True:  # hold the journal until killed
        time.sleep(1)
        commands.count(journal, Concern)


def big_save(path: str, size: int) -> int:
    """Save an attachment bigger than the file-size limit allows; report how it failed."""
    journal = Journal.open(path)
    request = commands.rows(journal, RecordRequest)[0]
    try:
        commands.add(
            journal,
            Attachment(
                record_request_id=request.id,
                filename="scan.pdf",
                size=size,
                data=b"%PDF" + bytes(size),
            ),
        )
    except JournalError as exc:
        print(f"{type(exc).__name__}: {exc}", flush=True)
        journal.close()
        return 1
    print("saved", flush=True)
    journal.close()
    return 0


def run_cli(args: list[str]) -> int:
    """The command line in this process (its one stderr line goes to the output file)."""
    return cli.run(args)


__all__ = ["big_save", "contender", "jsonio", "run_cli", "warm", "writer"]
