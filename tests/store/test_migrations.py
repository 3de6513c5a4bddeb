"""Migrations: fresh journals are at head, every released schema upgrades, newer ones are refused.

Each released schema has a fixture journal in tests/fixtures/journal-<revision>.sojournal,
written by the demo generator of that release. When you add a revision, add the fixture of the
schema before it.
"""

import hashlib
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlmodel import SQLModel

from secondopinion.store import commands, migrate
from secondopinion.store.errors import NewerJournal
from secondopinion.store.journal import Journal
from secondopinion.store.tables import Concern, SymptomEntry

FIXTURES = sorted((Path(__file__).parent.parent / "fixtures").glob("journal-*.sojournal"))
FIXTURES_BY_NAME = {f.name: f for f in FIXTURES}


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _revision(path: Path) -> str:
    with sqlite3.connect(path) as conn:
        return str(conn.execute("SELECT version_num FROM alembic_version").fetchone()[0])


def test_fresh_journal_is_at_head_and_matches_the_tables(tmp_path: Path) -> None:
    with Journal.create(tmp_path / "new.sojournal") as journal:
        assert migrate.current_revision(journal.engine) == migrate.head_revision()
        with journal.engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn), SQLModel.metadata)
    known = set(SQLModel.metadata.tables)
    # Tables the migrations add outside the ORM (e.g. a search index) are not differences.
    real = [d for d in diff if not (d[0] == "remove_table" and d[1].name not in known)]
    # SQLite can add a foreign key only inline (ALTER TABLE ADD COLUMN … REFERENCES … ON DELETE
    # SET NULL), and SQLAlchemy reads ON DELETE back only from table-level FOREIGN KEY clauses:
    # the same key then shows as removed and added. test_a_0002_journal_gains_the_request_letter_
    # fields checks that SQLite does set it to NULL.
    inline = {"record_request.delivery_doctor_id"}

    def _fk(d: tuple[Any, ...]) -> tuple[str, ...]:
        return tuple(f"{d[1].table.name}.{c.name}" for c in d[1].columns)

    real = [d for d in real if not (d[0] in ("add_fk", "remove_fk") and set(_fk(d)) <= inline)]
    assert real == []


def test_there_is_a_fixture_for_the_first_schema() -> None:
    assert any(f.name == "journal-0001.sojournal" for f in FIXTURES)


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: p.stem)
def test_every_released_schema_upgrades_to_head(fixture: Path, tmp_path: Path) -> None:
    path = tmp_path / "old.sojournal"
    shutil.copyfile(fixture, path)
    path.chmod(0o600)
    old_revision = _revision(path)
    with Journal.open(path) as journal:
        assert migrate.current_revision(journal.engine) == migrate.head_revision()
        assert commands.count(journal, Concern) == 2
        assert commands.count(journal, SymptomEntry) == 60
    head = migrate.head_revision()
    backup = path.with_name(f"{path.name}.before-{head}.bak")
    if old_revision == head:
        assert not backup.exists()
    else:
        # The copy taken before the upgrade is the old journal, whole and private.
        assert backup.exists()
        assert backup.stat().st_mode & 0o777 == 0o600
        assert _revision(backup) == old_revision
        with sqlite3.connect(backup) as conn:
            assert conn.execute("SELECT count(*) FROM symptom_entry").fetchone()[0] == 60


def test_there_is_a_fixture_for_the_planned_visits_schema() -> None:
    assert any(f.name == "journal-0004.sojournal" for f in FIXTURES)


def test_a_0004_journal_gains_an_empty_indexed_result_table(tmp_path: Path) -> None:
    """Revision 0005 adds results; what the 0004 journal held is still there and searchable."""
    from secondopinion.services.search import search
    from secondopinion.store.tables import Medication, Result

    path = tmp_path / "old.sojournal"
    shutil.copyfile(FIXTURES_BY_NAME["journal-0004.sojournal"], path)
    path.chmod(0o600)
    assert _revision(path) == "0004"
    with Journal.open(path) as journal:
        assert migrate.current_revision(journal.engine) == migrate.head_revision()
        assert commands.count(journal, Result) == 0
        assert commands.count(journal, Medication) == 4
        commands.add(journal, Result(test_name="Ferritin", value=24.0, unit="ng/mL"))
        assert [h.table for h in search(journal, "ferritin")] == ["result"]
        assert "medication" in {h.table for h in search(journal, "levothyroxine")}


def test_upgrade_from_the_first_revision_step_by_step(tmp_path: Path) -> None:
    """A journal made at revision 0001 by the migrations themselves reaches head on open."""
    from secondopinion.store import engine as _engine

    path = tmp_path / "stepwise.sojournal"
    _engine.initialise_file(path, None)
    eng = _engine.make_engine(path, None)
    migrate.upgrade(eng, path, None, target="0001")
    assert migrate.current_revision(eng) == "0001"
    with eng.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO concern (title, original_diagnosis, diagnosed_by, "
            "proposed_treatment, to_clarify, status, archived, created_at) "
            "VALUES ('Old', '', '', '', '', 'open', 0, '2026-01-01 00:00:00')"
        )
    eng.dispose()
    with Journal.open(path) as journal:
        assert migrate.current_revision(journal.engine) == migrate.head_revision()
        assert [c.title for c in commands.rows(journal, Concern)] == ["Old"]


def test_a_journal_from_a_newer_version_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "future.sojournal"
    Journal.create(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.close()
    before = _digest(path)
    with pytest.raises(NewerJournal, match="newer version"):
        Journal.open(path)
    assert _digest(path) == before
    assert not list(tmp_path.glob("*.bak"))


def test_a_0002_journal_gains_the_request_letter_fields(tmp_path: Path) -> None:
    """0003: existing people and requests get empty contact details and post as the delivery."""
    from secondopinion.services import search
    from secondopinion.store.tables import Doctor, Person, RecordRequest

    path = tmp_path / "old.sojournal"
    shutil.copyfile(FIXTURES[[f.name for f in FIXTURES].index("journal-0002.sojournal")], path)
    path.chmod(0o600)
    with sqlite3.connect(path) as conn:
        before = conn.execute("SELECT id, kind, source, status FROM record_request").fetchall()
    conn.close()
    assert before
    with Journal.open(path) as journal:
        assert migrate.current_revision(journal.engine) == migrate.head_revision()
        people = commands.rows(journal, Person)
        assert [(p.address, p.phone, p.email, p.jurisdiction) for p in people] == [("", "", "", "")]
        requests = commands.rows(journal, RecordRequest)
        assert [(r.id, r.kind, r.source, r.status) for r in requests] == before
        assert {r.delivery for r in requests} == {"post"}
        assert all(r.delivery_doctor_id is None and r.letter_sent_on is None for r in requests)
        # The new columns work, the search triggers on the altered table still fire, and
        # deleting the named doctor unlinks the request instead of deleting it.
        doctor = commands.rows(journal, Doctor)[0]
        first = commands.update(
            journal,
            RecordRequest,
            requests[0].id,
            source="Qxclinic after upgrade",
            delivery="to_doctor",
            delivery_doctor_id=doctor.id,
        )
        assert any(h.table == "record_request" for h in search.search(journal, "qxclinic"))
        commands.delete_row(journal, Doctor, doctor.id)
        after = commands.get(journal, RecordRequest, first.id)
        assert after is not None and after.delivery_doctor_id is None


def test_a_0003_journal_gains_planned_visit_fields(tmp_path: Path) -> None:
    """0004: existing visits get no time, no place and are not cancelled; the new fields work."""
    from datetime import time

    from secondopinion.store.tables import Visit

    path = tmp_path / "old.sojournal"
    shutil.copyfile(FIXTURES[[f.name for f in FIXTURES].index("journal-0003.sojournal")], path)
    path.chmod(0o600)
    with sqlite3.connect(path) as conn:
        before = conn.execute("SELECT id, visit_on, kind, diagnosis FROM visit").fetchall()
    conn.close()
    assert before
    with Journal.open(path) as journal:
        assert migrate.current_revision(journal.engine) == migrate.head_revision()
        visits = commands.rows(journal, Visit)
        assert [(v.id, v.visit_on.isoformat(), v.kind, v.diagnosis) for v in visits] == before
        assert all(
            v.visit_time is None
            and v.duration_minutes is None
            and v.place == ""
            and not v.cancelled
            for v in visits
        )
        uids = [v.calendar_uid for v in visits]
        assert all(len(u) == 32 for u in uids) and len(set(uids)) == len(uids)
        first = commands.update(
            journal,
            Visit,
            visits[0].id,
            visit_time=time(9, 30),
            place="Clinic B, 4",
            cancelled=True,
        )
    with Journal.open(path) as journal:
        again = next(v for v in commands.rows(journal, Visit) if v.id == first.id)
        assert (again.visit_time, again.place, again.cancelled) == (
            time(9, 30),
            "Clinic B, 4",
            True,
        )


def test_revisions_read_without_alembic_match_alembics_own_answer() -> None:
    """Opening an up-to-date journal skips Alembic: its view of the revisions must be Alembic's."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(migrate.alembic_config())
    assert migrate.head_revision() == script.get_current_head()
    assert migrate.known_revisions() == {s.revision for s in script.walk_revisions()}
    assert migrate.revision_graph() == {
        s.revision: s.down_revision for s in script.walk_revisions()
    }


def test_opening_a_current_journal_and_checking_it_import_no_alembic(tmp_path: Path) -> None:
    """Alembic (a third of a second of imports) only when a migration is due; check needs no
    SQLAlchemy at all."""
    import subprocess
    import sys

    path = tmp_path / "j.sojournal"
    Journal.create(path).close()
    probe = (
        "import sys\n"
        "from pathlib import Path\n"
        "from secondopinion.store.journal import Journal\n"
        "from secondopinion.services.check import check_journal\n"
        f"assert check_journal(Path({str(path)!r}), None) == []\n"
        "assert not [m for m in sys.modules if m.startswith(('alembic', 'sqlalchemy'))]\n"
        f"Journal.open(Path({str(path)!r})).close()\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'alembic', 'mako'}))\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_a_0005_journal_finds_the_letter_fields_after_upgrade(tmp_path: Path) -> None:
    """0006: contact and provider details are searchable, old documents leave no trace."""
    from alembic import command

    from secondopinion.services import search
    from secondopinion.store.tables import Person, RecordRequest

    path = tmp_path / "old.sojournal"
    shutil.copyfile(FIXTURES[[f.name for f in FIXTURES].index("journal-0005.sojournal")], path)
    path.chmod(0o600)

    def found(journal: Journal, word: str) -> list[tuple[str, int]]:
        return [(h.table, h.id) for h in search.search(journal, word)]

    with Journal.open(path) as journal:
        assert found(journal, "Orchard") == [("person", 1)]  # the demo person's street
        assert found(journal, "0048213") == [("record_request", 5)]  # a record number
        assert found(journal, "Prefers") == [("person", 1)]  # the notes, indexed once only
        commands.update(journal, Person, 1, address="7 Quxlane Road")
        assert found(journal, "Orchard") == [] and found(journal, "quxlane") == [("person", 1)]
        commands.update(journal, RecordRequest, 5, provider_fax="+1 555 0123 qxfax")
        assert found(journal, "qxfax") == [("record_request", 5)]
        config = migrate.alembic_config()
        with journal.engine.begin() as conn:
            config.attributes["connection"] = conn
            command.downgrade(config, "0005")
        assert found(journal, "quxlane") == [] and found(journal, "Prefers") == [("person", 1)]
        with journal.engine.begin() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, "head")
        assert found(journal, "quxlane") == [("person", 1)]
