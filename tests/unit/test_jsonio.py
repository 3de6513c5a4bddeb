"""The JSON export is lossless: export → import into a new journal → export gives the same bytes."""

import json
from pathlib import Path

import pytest

from secondopinion.services import jsonio
from secondopinion.services.concerns import create_concern
from secondopinion.store import commands
from secondopinion.store.journal import Journal
from secondopinion.store.tables import ALL_TABLES, Attachment, Concern, Person, Question, Sign


def test_round_trip_is_identical(journal, tmp_path: Path) -> None:
    first = tmp_path / "first.json"
    jsonio.export_json(journal, first)
    assert first.stat().st_mode & 0o777 == 0o600
    with Journal.create(tmp_path / "copy.sojournal") as copy:
        added = jsonio.import_json(copy, first)
        assert added["symptom_entry"] == 60
        second = tmp_path / "second.json"
        jsonio.export_json(copy, second)
    assert first.read_bytes() == second.read_bytes()
    doc = json.loads(first.read_text(encoding="utf-8"))
    assert doc["format"] == "secondopinion-journal" and doc["version"] == 1
    assert set(doc["tables"]) == {commands.table_of(c).name for c in ALL_TABLES}
    for name, rows in doc["tables"].items():
        assert rows, f"the demo leaves {name} empty"


def test_attachment_bytes_survive(journal, tmp_path: Path) -> None:
    original = {a.filename: a.data for a in commands.rows(journal, Attachment)}
    out = tmp_path / "j.json"
    jsonio.export_json(journal, out)
    with Journal.create(tmp_path / "copy.sojournal") as copy:
        jsonio.import_json(copy, out)
        assert {a.filename: a.data for a in commands.rows(copy, Attachment)} == original


def test_import_into_a_journal_with_data_adds_and_remaps(journal, tmp_path: Path) -> None:
    out = tmp_path / "j.json"
    jsonio.export_json(journal, out)
    with Journal.create(tmp_path / "other.sojournal") as other:
        mine = create_concern(other, "My own concern")
        commands.add(other, Person(name="Sam"))
        jsonio.import_json(other, out)
        titles = [c.title for c in commands.rows(other, Concern)]
        assert titles == ["My own concern", "Recommended hysterectomy", "Chronic lower back pain"]
        assert [p.name for p in commands.rows(other, Person)] == ["Sam"]
        # Every imported sign and question belongs to an imported concern, not to mine.
        assert commands.count(other, Sign, Sign.concern_id == mine.id) == 6
        assert commands.count(other, Question, Question.concern_id == mine.id) == 5
        with other.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("not json at all", "not valid JSON"),
        ('{"format": "something-else"}', "not a Second Opinion JSON export"),
        ('{"format": "secondopinion-journal", "version": 99, "tables": {}}', "version 99"),
        ('{"format": "secondopinion-journal", "version": 1, "tables": {"x": []}}', "does not know"),
        (
            '{"format": "secondopinion-journal", "version": 1, "tables": '
            '{"concern": [{"id": 1, "title": 5}]}}',
            'concern row 1, field "title": expected text, found 5.',
        ),
        (
            '{"format": "secondopinion-journal", "version": 1, "tables": '
            '{"concern": [{"id": 1, "created_at": "2026-01-01T09:00:00", "title": "'
            + "x" * 300
            + '"}]}}',
            "at most 200",
        ),
    ],
)
def test_bad_documents_are_refused_whole(tmp_path: Path, content: str, message: str) -> None:
    source = tmp_path / "bad.json"
    source.write_text(content, encoding="utf-8")
    with Journal.create(tmp_path / "j.sojournal") as journal:
        create_concern(journal, "Kept")
        with pytest.raises(jsonio.JsonImportError, match=message):
            jsonio.import_json(journal, source)
        assert [c.title for c in commands.rows(journal, Concern)] == ["Kept"]


def test_a_planned_visit_time_round_trips(journal, tmp_path: Path) -> None:
    from datetime import time

    from secondopinion.store.tables import Visit

    visit = commands.rows(journal, Visit)[0]
    commands.update(journal, Visit, visit.id, visit_time=time(9, 30), duration_minutes=45)
    first = tmp_path / "first.json"
    jsonio.export_json(journal, first)
    assert '"visit_time": "09:30:00"' in first.read_text(encoding="utf-8")
    with Journal.create(tmp_path / "copy.sojournal") as copy:
        jsonio.import_json(copy, first)
        assert commands.get(copy, Visit, visit.id).visit_time == time(9, 30)
        second = tmp_path / "second.json"
        jsonio.export_json(copy, second)
    assert first.read_bytes() == second.read_bytes()


def _index_words(journal: Journal) -> dict[str, list[tuple[str, int]]]:
    """What the search index answers for every word the journal holds, per word."""
    from secondopinion.store import search_index

    words: set[str] = set()
    with journal.engine.connect() as conn:
        for table, fields in search_index.TEXT_FIELDS.items():
            for row in conn.exec_driver_sql(
                f'SELECT {", ".join(f"{chr(34)}{f}{chr(34)}" for f in fields)} FROM "{table}"'
            ):
                for value in row:
                    words.update(search_index.query_words(str(value or "")))
    return {w: sorted(search_index.find(journal, w)) for w in sorted(words)}


@pytest.mark.parametrize("holding_data", [False, True])
def test_the_index_built_after_an_import_is_the_one_the_triggers_write(
    journal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, holding_data: bool
) -> None:
    """An import indexes its rows once at the end: the index answers every word exactly as when
    each row is indexed by its trigger, into an empty journal and into one holding data (whose
    rows it leaves alone), and the insert triggers are back afterwards."""
    import contextlib

    from secondopinion.store import search_index

    out = tmp_path / "j.json"
    jsonio.export_json(journal, out)
    answers = []
    for name, once in (("once", True), ("triggers", False)):
        with Journal.create(tmp_path / f"{name}.sojournal") as j:
            if holding_data:
                create_concern(j, "Unrelated zebra question")
            with monkeypatch.context() as m:
                if not once:  # the reference: every row indexed by its trigger as it goes in
                    m.setattr(search_index, "indexed_once", lambda _c: contextlib.nullcontext())
                jsonio.import_json(j, out)
            answers.append(_index_words(j))
            create_concern(j, "Added after the import: quokka")
            assert search_index.find(j, "quokka"), "the insert triggers are back"
    assert answers[0] == answers[1]
    assert answers[0]["hysterectomy"] and ("zebra" in answers[0]) == holding_data


def test_an_import_cannot_reword_a_standard_sign(journal, tmp_path: Path) -> None:
    """The Signs tab's rule holds for imports too (services.signs.check_imported_sign)."""
    doc = jsonio.export_document(journal)
    standard = next(r for r in doc["tables"]["sign"] if r["standard_key"] is not None)
    standard["text"] = "Reworded by hand in the JSON file"
    with Journal.create(tmp_path / "copy.sojournal") as copy:
        with pytest.raises(jsonio.JsonImportError, match="sign"):
            jsonio.import_document(copy, doc)
        assert commands.rows(copy, Sign) == []  # refused whole


def _stored(path: Path) -> dict[str, list[str]]:
    """Every row of every table as SQLite holds it (repr keeps 1 apart from 1.0 and '1')."""
    import sqlite3

    conn = sqlite3.connect(path)
    try:
        return {
            commands.table_of(cls).name: [
                repr(row)
                for row in conn.execute(
                    f'SELECT * FROM "{commands.table_of(cls).name}" ORDER BY rowid'
                )
            ]
            for cls in ALL_TABLES
        }
    finally:
        conn.close()


@pytest.mark.parametrize("holding_data", [False, True])
def test_rows_sent_straight_to_the_driver_are_stored_as_sqlalchemy_stores_them(
    journal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, holding_data: bool
) -> None:
    from datetime import datetime, time

    from sqlalchemy import insert

    from secondopinion.store.tables import Visit

    visit = commands.rows(journal, Visit)[0]
    commands.update(journal, Visit, visit.id, visit_time=time(9, 30, 5), duration_minutes=45)
    out = tmp_path / "j.json"
    jsonio.export_json(journal, out)
    straight = []
    fast = jsonio._insert_on_driver

    def counted(conn, table, batch) -> None:  # type: ignore[no-untyped-def]
        straight.append(table.name)
        fast(conn, table, batch)

    def through_sqlalchemy(conn, table, batch) -> None:  # type: ignore[no-untyped-def]
        conn.execute(insert(table), batch)

    stored = []
    for name, insert_batch in (("fast", counted), ("sqlalchemy", through_sqlalchemy)):
        monkeypatch.setattr(jsonio, "_insert_on_driver", insert_batch)
        path = tmp_path / f"{name}.sojournal"
        with Journal.create(path) as copy:
            if holding_data:
                mine = create_concern(copy, "My own concern")
                commands.update(copy, Concern, mine.id, created_at=datetime(2026, 1, 2, 3, 4))
            jsonio.import_json(copy, out)
        stored.append(_stored(path))
    assert stored[0] == stored[1]
    assert {commands.table_of(c).name for c in ALL_TABLES} <= set(straight)
    assert any("09:30:05" in row for row in stored[0]["visit"])
