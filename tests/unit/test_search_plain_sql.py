"""Search reads its hits in plain SQL (``Journal.reading``): the same answers as through the
table classes, and ``secondopinion search`` imports no SQLAlchemy for it."""

from __future__ import annotations

import string
import subprocess
import sys
from collections import defaultdict
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Table, select

from secondopinion.services import search
from secondopinion.services.search import Hit, make_snippet
from secondopinion.store import commands, search_index
from secondopinion.store.commands import model_for, table_of
from secondopinion.store.errors import JournalClosed
from secondopinion.store.journal import Journal
from secondopinion.store.tables import Concern, DoctorConcern, RecordRequest, Visit
from tests.store.test_search_index import _one_of_each


def _typed_rows(conn: Any, table: Table, ids: list[int]) -> dict[int, dict[str, Any]]:
    pk = next(iter(table.primary_key.columns))
    found = {}
    for row in conn.execute(select(table).where(pk.in_(sorted(set(ids))))):
        found[int(row._mapping[pk.name])] = dict(row._mapping)
    return found


def _day(value: Any) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    return value if isinstance(value, date) else None


def search_through_the_table_classes(journal: Journal, typed: str) -> list[Hit]:
    """What ``search`` answered before it read in plain SQL: rows typed by the table classes."""
    found = search_index.find(journal, typed)
    words = search_index.query_words(typed)
    ids: dict[str, list[int]] = defaultdict(list)
    for table, key in found:
        ids[table].append(key)
    with journal.session() as s:
        conn = s.connection()
        rows = {t: _typed_rows(conn, table_of(model_for(t)), keys) for t, keys in ids.items()}
        visit_ids = [
            r["visit_id"] for t in ("answer", "visit_feelings") for r in rows.get(t, {}).values()
        ]
        request_ids = [r["record_request_id"] for r in rows.get("attachment", {}).values()]
        visits = _typed_rows(conn, table_of(Visit), visit_ids)
        requests = _typed_rows(conn, table_of(RecordRequest), request_ids)
        link = table_of(DoctorConcern)
        doctor_concerns: dict[int, int] = {}
        stmt = select(link.c.doctor_id, link.c.concern_id).order_by(link.c.concern_id)
        for doctor_id, concern_id in conn.execute(stmt):
            doctor_concerns.setdefault(int(doctor_id), int(concern_id))
        concern = table_of(Concern)
        titles = {int(k): str(v) for k, v in conn.execute(select(concern.c.id, concern.c.title))}
    hits = []
    for table, key in found:
        row = rows[table][key]
        concern_id: int | None = row.get("concern_id")
        when: date | None = None
        if table == "concern":
            concern_id, when = row["id"], _day(row["diagnosed_on"]) or _day(row["created_at"])
        elif table == "symptom_entry":
            when = _day(row["recorded_at"])
        elif table == "treatment_change":
            when = _day(row["changed_on"])
        elif table == "record_request":
            when = _day(row["requested_on"]) or _day(row["due_on"])
        elif table == "visit":
            when = _day(row["visit_on"])
        elif table == "attachment":
            concern_id = requests[row["record_request_id"]]["concern_id"]
            when = _day(row["added_at"])
        elif table in ("answer", "visit_feelings"):
            visit = visits[row["visit_id"]]
            concern_id, when = visit["concern_id"], _day(visit["visit_on"])
        elif table == "result":
            when = _day(row["taken_at"])
        elif table == "doctor":
            concern_id = doctor_concerns.get(row["id"])
        texts = [str(row.get(f) or "") for f in search_index.TEXT_FIELDS[table]]
        hits.append(
            Hit(
                table=table,
                id=key,
                concern_id=concern_id,
                concern_title=titles.get(concern_id, "") if concern_id is not None else "",
                when=when,
                snippet=make_snippet(texts, words),
            )
        )
    return hits


QUERIES = [*string.ascii_lowercase, *"0123456789", "fibr", "pain worse", "ÉMBOLI", "qx"]


def test_every_answer_equals_the_one_read_through_the_table_classes(
    demo_path: Path, tmp_path: Path
) -> None:
    with Journal.create(tmp_path / "one-of-each.sojournal") as filled:
        for row in _one_of_each():
            commands.add(filled, row)
        tables_hit: set[str] = set()
        for journal in (Journal.open(demo_path), filled):
            with journal:
                for typed in QUERIES:
                    got = search.search(journal, typed)
                    assert got == search_through_the_table_classes(journal, typed), typed
                    tables_hit |= {h.table for h in got}
                    assert search.search(journal, typed, limit=3) == got[:3]
    assert tables_hit == set(search_index.TEXT_FIELDS)  # every kind of row was compared


def test_the_search_command_imports_no_sqlalchemy(demo_path: Path) -> None:
    probe = (
        "import sys\n"
        "from secondopinion import cli\n"
        f"assert cli.run(['search', '--journal', {str(demo_path)!r}, 'fibr']) == 0\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in "
        "('sqlalchemy', 'sqlmodel', 'alembic') or m == 'secondopinion.store.tables'))\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    *printed, imported = done.stdout.strip().splitlines()
    assert len(printed) > 3  # the hits themselves
    assert imported == "[]"


def test_a_closed_journal_refuses_to_be_read(demo_path: Path) -> None:
    journal = Journal.open(demo_path)
    journal.close()
    with pytest.raises(JournalClosed):
        search.search(journal, "fibr")


def test_reading_through_the_engine_and_without_it_agree(demo_path: Path) -> None:
    with Journal.open(demo_path) as journal:
        plain = search.search(journal, "a")
        commands.count(journal, Concern)  # makes the engine: reads now borrow its connections
        assert search.search(journal, "a") == plain


def test_a_failed_read_is_a_journal_error_and_the_journal_stays_usable(demo_path: Path) -> None:
    from secondopinion.store.errors import JournalError

    with Journal.open(demo_path) as journal:
        for _ in range(2):  # without the engine, then with it (a pooled connection)
            with pytest.raises(JournalError), journal.reading() as conn:
                conn.execute("SELECT * FROM no_such_table")
            assert search.search(journal, "fibr")
            commands.count(journal, Concern)


def test_the_hits_and_their_rows_are_read_in_one_transaction(demo_path: Path) -> None:
    """One connection lent, one read transaction: the hits and the rows they name agree, and a
    search does not pay for a second checkout."""
    with Journal.open(demo_path) as journal:
        commands.count(journal, Concern)  # the engine exists, as in the window
        real = journal.reading
        lent = []

        def counted():  # type: ignore[no-untyped-def]
            lent.append(1)
            return real()

        journal.reading = counted  # type: ignore[method-assign]
        hits = search.search(journal, "a", limit=200)
        journal.reading = real  # type: ignore[method-assign]
    assert hits
    assert len(lent) == 1
