"""The full-text index: every kind of entry is found, kept current by the store, safe to query."""

import importlib
import json
import re
import shutil
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlmodel import SQLModel

from secondopinion.services import jsonio, search
from secondopinion.store import commands, migrate, search_index
from secondopinion.store.journal import Journal
from secondopinion.store.tables import (
    Allergy,
    Answer,
    Attachment,
    Concern,
    Condition,
    Doctor,
    DoctorConcern,
    Medication,
    Person,
    Procedure,
    Question,
    RecordRequest,
    Result,
    Sign,
    SymptomEntry,
    TreatmentChange,
    Visit,
    VisitFeelings,
)

FIXTURE_0001 = Path(__file__).parent.parent / "fixtures" / "journal-0001.sojournal"


def _one_of_each() -> list[SQLModel]:
    """A row of every indexed table, each holding a word made for it ("qx" + table)."""
    when = datetime(2026, 9, 1, 8, 30)
    return [
        Person(id=1, name="Alex qxperson"),
        Medication(id=1, name="Iron", reason="qxmedication"),
        Allergy(id=1, substance="qxallergy"),
        Condition(id=1, name="qxcondition"),
        Procedure(id=1, what="Appendectomy", where="qxprocedure"),
        Concern(id=1, title="Fibroids", to_clarify="qxconcern", created_at=when),
        Concern(id=2, title="Back pain", created_at=when),
        Sign(id=1, concern_id=1, text="own", note="qxsign"),
        SymptomEntry(id=1, concern_id=1, recorded_at=when, symptom="qxsymptom", severity=5),
        TreatmentChange(id=1, concern_id=1, changed_on=date(2026, 8, 1), description="qxchange"),
        RecordRequest(id=1, concern_id=1, source="qxrequest", requested_on=date(2026, 8, 2)),
        Attachment(id=1, record_request_id=1, filename="qxattachment-scan.pdf", data=b"qxbytes"),
        Doctor(id=1, name="Dr. Ada", institution="qxdoctor"),
        DoctorConcern(doctor_id=1, concern_id=2),
        Question(id=1, concern_id=1, text="qxquestion?"),
        Visit(id=1, concern_id=2, doctor_id=1, visit_on=date(2026, 9, 5), rationale="qxvisit"),
        Answer(id=1, visit_id=1, question_id=1, answer="qxanswer"),
        VisitFeelings(visit_id=1, reflection="qxfeelings"),
        Result(id=1, test_name="Ferritin", reported_by="qxresult", taken_at=when),
    ]


@pytest.fixture
def filled(tmp_path: Path):  # type: ignore[no-untyped-def]
    with Journal.create(tmp_path / "j.sojournal") as journal:
        for row in _one_of_each():
            commands.add(journal, row)
        yield journal


def _found(journal: Journal, typed: str) -> list[tuple[str, int]]:
    return [(h.table, h.id) for h in search.search(journal, typed)]


EXPECTED = [
    ("person", 1, None, None),
    ("medication", 1, None, None),
    ("allergy", 1, None, None),
    ("condition", 1, None, None),
    ("procedure", 1, None, None),
    ("concern", 1, 1, date(2026, 9, 1)),
    ("sign", 1, 1, None),
    ("symptom_entry", 1, 1, date(2026, 9, 1)),
    ("treatment_change", 1, 1, date(2026, 8, 1)),
    ("record_request", 1, 1, date(2026, 8, 2)),
    ("attachment", 1, 1, None),
    ("doctor", 1, 2, None),
    ("question", 1, 1, None),
    ("visit", 1, 2, date(2026, 9, 5)),
    ("answer", 1, 2, date(2026, 9, 5)),
    ("visit_feelings", 1, 2, date(2026, 9, 5)),
    ("result", 1, None, date(2026, 9, 1)),
]


@pytest.mark.parametrize(("table", "key", "concern_id", "when"), EXPECTED, ids=lambda v: str(v))
def test_every_kind_of_entry_is_found_with_its_concern_and_date(
    filled, table, key, concern_id, when
) -> None:
    word = {
        "symptom_entry": "symptom",
        "treatment_change": "change",
        "record_request": "request",
        "visit_feelings": "feelings",
    }.get(table, table)
    hits = search.search(filled, f"qx{word}")
    assert [(h.table, h.id) for h in hits] == [(table, key)]
    hit = hits[0]
    assert hit.concern_id == concern_id
    assert hit.concern_title == {None: "", 1: "Fibroids", 2: "Back pain"}[concern_id]
    if when is not None:
        assert hit.when == when
    assert any(is_match for _, is_match in hit.snippet)


def test_the_index_covers_exactly_the_fields_the_store_says() -> None:
    """Migrations 0002, 0005 and 0006 and store.search_index agree on tables and fields."""
    module = importlib.import_module("secondopinion.store.migrations.versions.0002_search_index")
    results = importlib.import_module("secondopinion.store.migrations.versions.0005_results")
    letters = importlib.import_module(
        "secondopinion.store.migrations.versions.0006_search_letter_fields"
    )
    fields = {t: cols for t, _, _, cols in module.INDEXED} | {"result": results.COLUMNS}
    for table, (code, before, after) in letters.CHANGED.items():
        assert fields[table] == before and module.INDEXED[code - 1][0] == table
        fields[table] = after
    codes = {code: t for t, code, _, _ in module.INDEXED} | {results.CODE: "result"}
    assert fields == search_index.TEXT_FIELDS
    assert codes == search_index.KIND_CODES
    assert module.STRIDE == search_index.STRIDE == results.STRIDE


def test_attachment_bytes_are_not_indexed(filled) -> None:
    assert _found(filled, "qxbytes") == []


def test_prefix_case_and_accents(filled) -> None:
    commands.update(filled, Sign, 1, note="Fibroïdes near the Café; ÉMBOLISATION planned")
    assert set(_found(filled, "fibr")) == {("concern", 1), ("sign", 1)}
    assert _found(filled, "cafe") == [("sign", 1)]
    assert _found(filled, "CAFÉ") == [("sign", 1)]
    assert _found(filled, "emboli") == [("sign", 1)]
    assert _found(filled, "fibroides") == [("sign", 1)]
    # every word must match (each as a prefix), in any order
    assert _found(filled, "plan emb") == [("sign", 1)]
    assert _found(filled, "plan qxnothing") == []


@pytest.mark.parametrize(
    "typed",
    [
        '"',
        '""',
        "*",
        "-",
        "- fibr",
        "NEAR",
        "NEAR(fibr cafe)",
        "fibr AND",
        "OR",
        "NOT fibr",
        "<b>&amp;</b>",
        "body:fibr",
        "^fibr",
        "(fibr",
        "{body}",
        "'; DROP TABLE concern; --",
        "😀",
        "שלום",
        "x" * 5000,
        "a " * 500,
        "",
        "   ",
        "\x00",
    ],
)
def test_any_typed_text_is_a_safe_query(filled, typed: str) -> None:
    hits = search.search(filled, typed)
    assert isinstance(hits, list)
    assert search.count(filled, typed) >= 0
    assert commands.count(filled, Concern) == 2


def test_syntax_words_are_searched_as_words(filled) -> None:
    commands.update(filled, Sign, 1, note="Stays NEAR the clinic, NOT far; an OR nurse")
    assert _found(filled, "NEAR") == [("sign", 1)]
    assert _found(filled, "not far") == [("sign", 1)]
    assert _found(filled, "or") == [("sign", 1)]
    assert _found(filled, '"near"') == [("sign", 1)]


def test_edits_deletes_cascades_and_undo_keep_the_index_current(filled) -> None:
    commands.update(filled, Visit, 1, rationale="qxrenamed")
    assert _found(filled, "qxvisit") == []
    assert _found(filled, "qxrenamed") == [("visit", 1)]
    # Deleting a concern removes what hung off it (ON DELETE CASCADE fires the triggers).
    snapshot = commands.delete_row(filled, Concern, 1)
    for word in (
        "qxconcern",
        "qxsign",
        "qxsymptom",
        "qxchange",
        "qxrequest",
        "qxattach",
        "qxquestion",
        "qxanswer",
    ):
        assert _found(filled, word) == [], word
    commands.restore(filled, snapshot)
    assert _found(filled, "qxsign") == [("sign", 1)]
    assert _found(filled, "qxanswer") == [("answer", 1)]
    # A doctor deleted: its visit stays (SET NULL) and is still found.
    commands.delete_row(filled, Doctor, 1)
    assert _found(filled, "qxdoctor") == []
    assert _found(filled, "qxrenamed") == [("visit", 1)]
    with filled.session() as s:
        s.connection().execute(
            text("INSERT INTO search_index(search_index) VALUES('integrity-check')")
        )


def test_deleted_and_replaced_words_do_not_linger_in_the_file(tmp_path: Path) -> None:
    """The index forgets at once (FTS5 secure-delete), as the tables do (secure_delete)."""
    path = tmp_path / "plain.sojournal"
    with Journal.create(path) as journal:
        concern = commands.add(journal, Concern(title="Qxkeptword"))
        gone = commands.add(journal, Sign(concern_id=concern.id, text="Qxdeletedword"))
        changed = commands.add(journal, Sign(concern_id=concern.id, text="Qxreplacedword"))
        for i in range(40):  # enough rows that the index has merged segments to rewrite
            commands.add(journal, Sign(concern_id=concern.id, text=f"Filler {i}"))
        commands.update(journal, Sign, changed.id, text="Qxnewword")
        commands.delete_row(journal, Sign, gone.id)
        other = commands.add(journal, Concern(title="Qxcascadeword"))
        commands.add(journal, Sign(concern_id=other.id, text="Qxchildword"))
        commands.delete_row(journal, Concern, other.id)
        assert _found(journal, "qxdeleted") == _found(journal, "qxreplaced") == []
        assert _found(journal, "qxchild") == []
    data = path.read_bytes().lower()
    for word in (b"qxdeletedword", b"qxreplacedword", b"qxcascadeword", b"qxchildword"):
        assert word not in data, word
    assert b"qxkeptword" in data and b"qxnewword" in data


def test_snippet_marks_matches_and_keeps_long_text_short(filled) -> None:
    long = "word " * 100 + "the <b>fibroid</b> & more " + "tail " * 100
    commands.update(filled, Sign, 1, note=long)
    hit = next(h for h in search.search(filled, "fibroid") if h.table == "sign")
    assert ("fibroid", True) in hit.snippet
    plain = hit.snippet_text
    assert "<b>fibroid</b> &" in plain  # the snippet is text, not markup
    assert len(plain) <= search.SNIPPET_CHARS + 2
    assert plain.startswith("…") and plain.endswith("…")
    line = search.format_hit(hit)
    assert "\n" not in line and line.split("\t")[:3] == ["Sign", "Fibroids", "-"]


def test_limit_and_count(filled) -> None:
    for i in range(5):
        commands.add(
            filled,
            SymptomEntry(
                concern_id=1, recorded_at=datetime(2026, 9, 2, i), symptom="Pelvic pain", severity=i
            ),
        )
    assert search.count(filled, "pelvic") == 5
    assert len(search.search(filled, "pelvic", limit=3)) == 3
    assert len(search.search(filled, "pelvic")) == 5


def test_json_round_trip_is_unchanged_and_the_import_is_indexed(journal, tmp_path: Path) -> None:
    first, second = tmp_path / "1.json", tmp_path / "2.json"
    jsonio.export_json(journal, first)
    doc = json.loads(first.read_text(encoding="utf-8"))
    assert not any("search" in name for name in doc["tables"])
    with Journal.create(tmp_path / "copy.sojournal") as copy:
        jsonio.import_json(copy, first)
        jsonio.export_json(copy, second)
        assert _found(copy, "haemoglobin") == [("attachment", 1)]
        assert len(search.search(copy, "stairs")) == len(search.search(journal, "stairs")) > 0
    assert first.read_bytes() == second.read_bytes()


def test_the_demo_is_indexed(journal) -> None:
    assert ("attachment", 1) in _found(journal, "haemo")
    assert any(h.table == "allergy" for h in search.search(journal, "penicil"))
    assert search.count(journal, "fibroids") > 5


def test_an_encrypted_journal_is_searchable(tmp_path: Path) -> None:
    path = tmp_path / "secret.sojournal"
    with Journal.create(path, "correct horse") as journal:
        commands.add(journal, Concern(title="Thyroïd nodule"))
    assert b"nodule" not in path.read_bytes()
    with Journal.open(path, "correct horse") as journal:
        assert _found(journal, "thyroid") == [("concern", 1)]


def test_upgrading_a_0001_journal_builds_the_index(tmp_path: Path) -> None:
    path = tmp_path / "old.sojournal"
    shutil.copyfile(FIXTURE_0001, path)
    path.chmod(0o600)
    with Journal.open(path) as journal:
        assert search.count(journal, "fibroids") > 5
        assert any(h.table == "attachment" for h in search.search(journal, "haemoglobin"))
        commands.add(journal, Concern(title="Qxafter upgrade"))
        assert _found(journal, "qxafter") == [("concern", 3)]


def test_downgrade_removes_the_index_and_upgrade_rebuilds_it(filled) -> None:
    from alembic import command

    def tables() -> set[str]:
        with filled.session() as s:
            found = s.connection().execute(text("SELECT name FROM sqlite_master"))
            return {str(n) for n in found.scalars()}

    assert "search_index" in tables()
    config = migrate.alembic_config()
    with filled.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0001")
    left = tables()
    assert not any(re.match(r"search_", n) for n in left), left
    commands.update(filled, Sign, 1, note="qxwhiledown")  # no trigger, no error
    with filled.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
    assert _found(filled, "qxwhiledown") == [("sign", 1)]
    assert _found(filled, "qxperson") == [("person", 1)]
