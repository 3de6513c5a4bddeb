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
            "wrong kind",
        ),
        (
            '{"format": "secondopinion-journal", "version": 1, "tables": '
            '{"concern": [{"id": 1, "title": "' + "x" * 300 + '"}]}}',
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


def test_an_import_cannot_reword_a_standard_sign(journal, tmp_path: Path) -> None:
    """The Signs tab's rule holds for imports too (services.signs.check_imported_sign)."""
    doc = jsonio.export_document(journal)
    standard = next(r for r in doc["tables"]["sign"] if r["standard_key"] is not None)
    standard["text"] = "Reworded by hand in the JSON file"
    with Journal.create(tmp_path / "copy.sojournal") as copy:
        with pytest.raises(jsonio.JsonImportError, match="sign"):
            jsonio.import_document(copy, doc)
        assert commands.rows(copy, Sign) == []  # refused whole
