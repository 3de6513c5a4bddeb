"""A new journal made without Alembic (store.schema_head) equals one Alembic makes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from secondopinion.store import engine, migrate, schema_head
from secondopinion.store.journal import Journal

STALE = (
    "store/schema_head.py is not the schema Alembic makes: after a new revision, run "
    "scripts/write_head_schema.py"
)


def _alembic_journal(path: Path, passphrase: str | None = None) -> None:
    engine.initialise_file(path, passphrase)
    made = engine.make_engine(path, passphrase)
    migrate.upgrade(made, path, passphrase)
    made.dispose()


def _contents(path: Path, passphrase: str | None = None) -> dict[str, object]:
    """Everything a new journal holds: its schema as sqlite_master says, every table's rows,
    and the file's settings."""
    conn = engine.raw_connect(path, passphrase)
    try:
        master = conn.execute(
            "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY rowid"
        ).fetchall()
        rows = {
            name: conn.execute(f'SELECT * FROM "{name}"').fetchall()
            for (kind, name, _t, _s) in master
            if kind == "table" and name != "search_index"
        }
        pragmas = {
            p: conn.execute(f"PRAGMA {p}").fetchall()
            for p in ("application_id", "user_version", "journal_mode", "foreign_keys")
        }
        checked = conn.execute("PRAGMA integrity_check").fetchall()
    finally:
        conn.close()
    return {"master": master, "rows": rows, "pragmas": pragmas, "integrity": checked}


def test_the_stored_schema_is_the_newest_revision() -> None:
    assert migrate.head_revision() == schema_head.REVISION, STALE


@pytest.mark.parametrize("passphrase", [None, "a passphrase"])
def test_a_new_journal_equals_one_alembic_makes(tmp_path: Path, passphrase: str | None) -> None:
    made = tmp_path / "made.sojournal"
    reference = tmp_path / "alembic.sojournal"
    Journal.create(made, passphrase).close()
    _alembic_journal(reference, passphrase)
    ours, theirs = _contents(made, passphrase), _contents(reference, passphrase)
    assert ours["master"] == theirs["master"], STALE
    assert ours == theirs
    assert ("table", "search_index_config") in {(m[0], m[1]) for m in ours["master"]}  # type: ignore[union-attr]
    assert ours["rows"]["alembic_version"] == [(schema_head.REVISION,)]  # type: ignore[index]


def test_a_new_journal_works_and_opens_at_head(tmp_path: Path) -> None:
    """Searchable, its rows checked, and opened again without an upgrade."""
    from secondopinion.services.concerns import create_concern
    from secondopinion.services.search import search

    path = tmp_path / "new.sojournal"
    with Journal.create(path) as journal:
        create_concern(journal, "Knee pain after the fall")
        assert [(h.table, h.concern_title) for h in search(journal, "knee")] == [
            ("concern", "Knee pain after the fall")
        ]
    assert migrate.stamp_of_file(path, None) == migrate.head_revision()
    with Journal.open(path) as journal:
        assert [h.table for h in search(journal, "fall")] == ["concern"]


def test_creating_a_journal_imports_no_alembic(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from secondopinion.store.journal import Journal\n"
        f"Journal.create({str(tmp_path / 'x.sojournal')!r}).close()\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'alembic'))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_without_a_stored_schema_for_the_head_alembic_makes_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(schema_head, "REVISION", "0005")
    path = tmp_path / "old-schema-file.sojournal"
    Journal.create(path).close()
    _alembic_journal(tmp_path / "alembic.sojournal")
    assert _contents(path) == _contents(tmp_path / "alembic.sojournal")
