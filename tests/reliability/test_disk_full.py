"""A full disk: saving and exporting fail with one clear error, and nothing is damaged.

The child process (forked by the fork server) has its file-size limit (RLIMIT_FSIZE) lowered,
so every write past it fails with EFBIG, as writes do on a full disk. Afterwards the journal
passes its integrity check with every row it had, and the previous export is byte for byte
what it was, with no half-written file left beside it.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from secondopinion.services.check import check_journal
from secondopinion.services.jsonio import export_document, export_json
from secondopinion.store import commands
from secondopinion.store.journal import Journal
from secondopinion.store.tables import Attachment, RecordRequest
from tests.reliability.conftest import make_demo
from tests.reliability.forkserver import ForkServer


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_save_that_does_not_fit_fails_cleanly(server: ForkServer, tmp_path: Path) -> None:
    path = make_demo(tmp_path / "journal.sojournal")
    with Journal.open(path) as journal:
        before = export_document(journal)
    limit = path.stat().st_size + 256 * 1024
    log = tmp_path / "save.log"
    pid = server.run("big_save", log, limit=limit, path=str(path), size=2 * 1024 * 1024)
    assert server.wait(pid) == 1, log.read_text()
    lines = log.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1 and lines[0].startswith("SaveFailed: "), lines
    assert "could not be saved" in lines[0] and "everything saved before is safe" in lines[0]
    assert check_journal(path, None) == []
    with Journal.open(path) as journal:
        assert export_document(journal) == before


@pytest.mark.parametrize("kind", ["json", "pdf"])
def test_an_export_that_does_not_fit_keeps_the_previous_one(
    server: ForkServer, tmp_path: Path, kind: str
) -> None:
    if kind == "pdf":
        pytest.importorskip("secondopinion.services.packet")
    path = make_demo(tmp_path / "journal.sojournal")
    with Journal.open(path) as journal:  # a scan makes the JSON export big enough to overflow
        request = commands.rows(journal, RecordRequest)[0]
        commands.add(
            journal,
            Attachment(record_request_id=request.id, filename="scan.png", data=bytes(300_000)),
        )
    out = tmp_path / "exports" / f"previous.{kind}"
    out.parent.mkdir(mode=0o700)
    log = tmp_path / "first.log"
    pid = server.run(
        "run_cli", log, args=["export", kind, "--journal", str(path), "--out", str(out)]
    )
    assert server.wait(pid) == 0, log.read_text()
    assert out.stat().st_mode & 0o777 == 0o600
    previous = digest(out)
    # Room to open the journal (its shared-memory index is 32 KiB), not to write the export.
    limit = max(64 * 1024, out.stat().st_size // 2)
    assert out.stat().st_size > limit
    log = tmp_path / "full.log"
    pid = server.run(
        "run_cli",
        log,
        limit=limit,
        args=["export", kind, "--journal", str(path), "--out", str(out)],
    )
    assert server.wait(pid) == 1
    lines = log.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1, lines  # one clear line, no traceback
    assert lines[0].startswith("secondopinion: ")
    assert "too large" in lines[0].lower() or "full" in lines[0].lower() or "space" in lines[0]
    assert digest(out) == previous
    assert sorted(p.name for p in out.parent.iterdir()) == [out.name]  # no half-written file
    assert check_journal(path, None) == []


def test_the_export_itself_is_private(tmp_path: Path) -> None:
    path = make_demo(tmp_path / "journal.sojournal")
    with Journal.open(path) as journal:
        export_json(journal, tmp_path / "out.json")
    assert (tmp_path / "out.json").stat().st_mode & 0o777 == 0o600
