"""Upgrades are all or nothing: an error after any single step leaves the journal as it was.

The real revisions run (0001 → head, however many there are by now). A listener on the
migration's connection raises right after its N-th SQL statement has executed, for N = 1, 2, …
until a run gets through without reaching N: so every DDL statement, every data copy and the
version stamp is, in one run or another, the last thing done before the failure. Each time the
schema, every row and the version must be exactly what they were before.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from alembic import command as alembic_command
from sqlalchemy import event

from secondopinion.store import engine as _engine
from secondopinion.store import migrate
from secondopinion.store.journal import Journal

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "journal-0001.sojournal"


class Injected(Exception):
    pass


@contextmanager
def fail_after(monkeypatch: pytest.MonkeyPatch, n: int) -> Iterator[list[int]]:
    """Make the next upgrade raise right after its ``n``-th statement; yields [statements run]."""
    seen = [0]
    real = alembic_command.upgrade  # migrate imports Alembic only when it upgrades

    def upgrade(config: Any, target: str) -> None:
        conn = config.attributes["connection"]

        def after(*_args: Any) -> None:
            seen[0] += 1
            if seen[0] == n:
                raise Injected(f"after statement {n}")

        event.listen(conn, "after_cursor_execute", after)
        try:
            real(config, target)
        finally:
            event.remove(conn, "after_cursor_execute", after)

    monkeypatch.setattr(alembic_command, "upgrade", upgrade)
    try:
        yield seen
    finally:
        monkeypatch.setattr(alembic_command, "upgrade", real)


def snapshot(path: Path) -> dict[str, Any]:
    """Schema, every row of every table, and the version: the journal as a person would see it."""
    with sqlite3.connect(path) as conn:
        schema = sorted(conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master"))
        rows = {
            name: sorted(map(repr, conn.execute(f'SELECT * FROM "{name}"')))
            for (kind, name, _, _) in schema
            if kind == "table" and not name.startswith("sqlite_")
        }
        ok = conn.execute("PRAGMA integrity_check").fetchall()
    conn.close()
    return {"schema": schema, "rows": rows, "integrity": ok}


def test_every_step_of_the_real_upgrade_path_rolls_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """From an empty file (so 0001's own steps too) up to head."""
    n = 0
    while True:
        n += 1
        path = tmp_path / f"fresh-{n}.sojournal"
        _engine.initialise_file(path, None)
        before = snapshot(path)
        eng = _engine.make_engine(path, None)
        try:
            with fail_after(monkeypatch, n) as seen:
                try:
                    migrate.upgrade(eng, path, None)
                    finished = True
                except migrate.MigrationFailed:
                    finished = False
            after_version = migrate.current_revision(eng)
        finally:
            eng.dispose()
        if finished:
            assert seen[0] < n
            assert after_version == migrate.head_revision()
            break
        assert after_version is None, f"statement {n}: version stamped"
        assert snapshot(path) == before, f"statement {n}: schema or data left behind"
    assert n > 10  # the path really had steps to fail after


def test_a_failed_upgrade_of_an_old_journal_leaves_it_exactly_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The released 0001 journal, full of data, upgraded to head with a failure after each step."""
    n = 0
    while True:
        n += 1
        path = tmp_path / f"old-{n}.sojournal"
        shutil.copyfile(FIXTURE, path)
        path.chmod(0o600)
        before = snapshot(path)
        with fail_after(monkeypatch, n) as seen:
            try:
                Journal.open(path).close()
                finished = True
            except migrate.MigrationFailed as exc:
                assert "left exactly as it was" in str(exc)
                finished = False
        if finished:
            assert seen[0] < n
            break
        after = snapshot(path)
        assert after == before, f"statement {n}: the journal changed"
        assert _version(path) == "0001"
        # The journal still opens and upgrades once nothing is injected any more.
    with Journal.open(path) as journal:
        assert migrate.current_revision(journal.engine) == migrate.head_revision()
    assert n > 2


def _version(path: Path) -> str:
    with sqlite3.connect(path) as conn:
        found = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    conn.close()
    return str(found[0])
