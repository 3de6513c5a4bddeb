"""`import json` refuses every malformed document with one line naming table, row and field.

Each bad document is the small demo's own export with one thing broken, imported through the
command line into an existing journal (an empty one and one with data); the journal's file must
come out byte for byte as it went in.
"""

from __future__ import annotations

import copy
import hashlib
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from secondopinion import cli
from secondopinion.services import jsonio
from secondopinion.services.demo import write_demo
from secondopinion.store.journal import Journal

Doc = dict[str, Any]


@pytest.fixture(scope="module")
def demo_document(tmp_path_factory: pytest.TempPathFactory) -> Doc:
    with write_demo(tmp_path_factory.mktemp("demo") / "demo.sojournal") as journal:
        return jsonio.export_document(journal)


def first(doc: Doc, table: str) -> dict[str, Any]:
    row: dict[str, Any] = doc["tables"][table][0]
    return row


def _set(table: str, field: str, value: Any) -> Callable[[Doc], None]:
    def change(doc: Doc) -> None:
        first(doc, table)[field] = value

    return change


def _drop(table: str, field: str) -> Callable[[Doc], None]:
    def change(doc: Doc) -> None:
        del first(doc, table)[field]

    return change


def _duplicate_concern(doc: Doc) -> None:
    doc["tables"]["concern"].append(copy.deepcopy(first(doc, "concern")))


def _duplicate_answer(doc: Doc) -> None:
    again = copy.deepcopy(first(doc, "answer"))
    again["id"] = max(a["id"] for a in doc["tables"]["answer"]) + 1
    doc["tables"]["answer"].append(again)


def _second_person(doc: Doc) -> None:
    doc["tables"]["person"].append({**first(doc, "person"), "id": 2})


KINDS = "original, second_opinion, third_opinion, follow_up"

# (what is broken, how, the exact line after "secondopinion: bad.json: ")
CASES: list[tuple[str, Callable[[Doc], None], str]] = [
    (
        "missing reference",
        _set("sign", "concern_id", 999),
        'sign row 1, field "concern_id": points at concern 999, which the document does not hold.',
    ),
    (
        "missing nullable reference",
        _set("visit", "doctor_id", 999),
        'visit row 1, field "doctor_id": points at doctor 999, which the document does not hold.',
    ),
    (
        "duplicate id",
        _duplicate_concern,
        'concern row 1, field "id": two concern rows have this id; each must be unique.',
    ),
    (
        "duplicate unique pair",
        _duplicate_answer,
        'answer row {last_answer}, field "question_id": answer row 1 has the same visit_id and '
        "question_id; each pair must be unique.",
    ),
    (
        "value outside an enum",
        _set("visit", "kind", "bogus"),
        f'visit row 1, field "kind": "bogus" is not allowed here; choose one of {KINDS}.',
    ),
    (
        "value outside an optional enum",
        _set("visit", "agreement", "maybe"),
        'visit row 1, field "agreement": "maybe" is not allowed here; choose one of agrees, '
        "partly, disagrees, unsure.",
    ),
    (
        "unknown standard key",
        _set("sign", "standard_key", "made_up"),
        'sign row 1, field "standard_key": "made_up" is not allowed here; choose one of '
        "vague_diagnosis, symptoms_persist, rushed_unheard, concerns_dismissed, "
        "single_treatment, feels_wrong.",
    ),
    (
        "number outside its range",
        _set("symptom_entry", "severity", 11),
        'symptom_entry row 1, field "severity": Choose a whole number from 0 to 10.',
    ),
    (
        "feeling outside its range",
        _set("visit_feelings", "trust", 0),
        'visit_feelings row (visit_id 1), field "trust": Choose a whole number from 1 to 5.',
    ),
    (
        "wrong type",
        _set("symptom_entry", "severity", "high"),
        'symptom_entry row 1, field "severity": expected a whole number, found "high".',
    ),
    (
        "wrong type for yes/no",
        _set("sign", "ticked", 1),
        'sign row 1, field "ticked": expected true or false, found 1.',
    ),
    (
        "a date that is not a date",
        _set("visit", "visit_on", "2026-02-30"),
        'visit row 1, field "visit_on": expected a date (YYYY-MM-DD), found "2026-02-30".',
    ),
    (
        "a time that is not a time",
        _set("symptom_entry", "recorded_at", "yesterday"),
        'symptom_entry row 1, field "recorded_at": expected a local date and time '
        '(YYYY-MM-DDTHH:MM:SS), found "yesterday".',
    ),
    (
        "missing required field",
        _drop("concern", "title"),
        'concern row 1, field "title": missing; every row needs it.',
    ),
    (
        "null in a required field",
        _set("visit", "visit_on", None),
        'visit row 1, field "visit_on": null, but this field needs a value.',
    ),
    (
        "unknown field",
        _set("doctor", "shoe_size", 44),
        'doctor row 1, field "shoe_size": doctor has no such field.',
    ),
    (
        "text too long",
        _set("concern", "title", "x" * 300),
        'concern row 1, field "title": This is 300 characters long; at most 200 fit here.',
    ),
    (
        "two people",
        _second_person,
        'person row 2, field "id": a journal keeps one person; the document has 2.',
    ),
]


def _bad_document(demo: Doc, change: Callable[[Doc], None], tmp_path: Path) -> Path:
    doc = copy.deepcopy(demo)
    change(doc)
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(doc), encoding="utf-8")
    return bad


@pytest.fixture(params=["empty journal", "journal with data"])
def existing(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    path = tmp_path / "existing.sojournal"
    if request.param == "empty journal":
        Journal.create(path).close()
    else:
        write_demo(path).close()
    return path


@pytest.mark.parametrize(("change", "line"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_bad_import_is_refused_with_one_line_and_changes_nothing(
    demo_document: Doc,
    existing: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    change: Callable[[Doc], None],
    line: str,
) -> None:
    bad = _bad_document(demo_document, change, tmp_path)
    before = hashlib.sha256(existing.read_bytes()).hexdigest()
    status = cli.run(["import", "json", "--journal", str(existing), str(bad)])
    err = capsys.readouterr().err
    assert status == cli.EXIT_FAIL
    last_answer = len(demo_document["tables"]["answer"]) + 1
    expected = line.format(last_answer=last_answer)
    assert err.splitlines() == [f"secondopinion: bad.json: {expected} Nothing was imported."]
    assert hashlib.sha256(existing.read_bytes()).hexdigest() == before
    assert not Path(f"{existing}-wal").exists() or Path(f"{existing}-wal").stat().st_size == 0


def test_the_unbroken_document_imports(demo_document: Doc, tmp_path: Path) -> None:
    """The cases above fail for what they break, not for something the demo export lacks."""
    good = _bad_document(demo_document, lambda _doc: None, tmp_path)
    assert cli.run(["import", "json", "--journal", str(tmp_path / "new.sojournal"), str(good)]) == 0
    assert [c[0] for c in CASES]  # and each case names what it breaks
