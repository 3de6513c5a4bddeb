"""The JSON import's quick test of a row (``validation.plainly_fine``) holds check_fields' rules.

It may only say "fine" where ``check_fields`` accepts: otherwise an import would take a value
the app refuses everywhere else. When it says no, ``check_fields`` gives the refusal.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from secondopinion.domain.validation import (
    LINE_MAX,
    TEXT_MAX,
    TITLE_MAX,
    FieldError,
    bounded_fields,
    check_fields,
    plainly_fine,
)
from secondopinion.services import jsonio
from secondopinion.store.commands import table_of
from secondopinion.store.tables import ALL_TABLES

TABLES = {table_of(cls).name: table_of(cls) for cls in ALL_TABLES}

# Tricky values of every kind, beside the column's own vocabulary (added per field below).
VALUES: list[object] = [
    None,
    True,
    False,
    0,
    -1,
    1,
    4,
    10,
    11,
    1 << 70,
    1.5,
    "",
    " ",
    "\t\n",
    "x",
    "x\x00y",
    "caf\u00e9",
    "a\ud800b",
    "x" * TITLE_MAX,
    "x" * (TITLE_MAX + 1),
    "x" * (LINE_MAX + 1),
    "x" * (TEXT_MAX + 1),
    "name@example.org",
    "not an address",
    "example.org",
    "open",
    "requested",
    "low",
]


def _accepts(table: str, values: dict[str, object]) -> bool:
    try:
        check_fields(table, values)
    except FieldError:
        return False
    return True


@pytest.mark.parametrize("table", sorted(TABLES))
def test_a_value_said_fine_is_one_check_fields_accepts(table: str) -> None:
    fine = plainly_fine(table)
    from secondopinion.domain import validation

    vocabulary = [v for c in validation._CHOICES.get(table, {}).values() for v in c.values]
    said_fine = 0
    for column in TABLES[table].columns:
        for value in [*VALUES, *vocabulary, f" {vocabulary[0]}" if vocabulary else "y"]:
            row = {column.name: value}
            if fine(row):
                said_fine += 1
                assert _accepts(table, row), (table, column.name, value)
    if table not in ("doctor", "person", "record_request"):
        assert said_fine, "the quick test never says fine: the import gains nothing"
    bounded = bounded_fields(table)
    assert bounded <= set(TABLES[table].c.keys())


def test_every_row_of_the_demo_is_plainly_fine_except_address_tables(
    journal, tmp_path: Path
) -> None:
    """The rows an export holds take the quick path (what makes the import fast), and the
    whole document imports as before (check_fields runs on what the quick test leaves)."""
    out = tmp_path / "demo.json"
    jsonio.export_json(journal, out)
    doc = json.loads(out.read_text(encoding="utf-8"))
    decoded = jsonio.validate_document(doc)
    for name, rows in decoded.items():
        fine = plainly_fine(name)
        slow = [r for r in rows if not fine(r)]
        ascii_only = all(v.isascii() for r in rows for v in r.values() if isinstance(v, str))
        if name in ("doctor", "person", "record_request") or not ascii_only:
            continue
        assert not slow, (name, slow[:1])
    assert decoded["symptom_entry"] and all(
        plainly_fine("symptom_entry")(r) for r in decoded["symptom_entry"]
    )


def _checked(table: Any, raw: dict[str, Any]) -> dict[str, Any] | None:
    """What the value-by-value reading of the import makes of ``raw`` (None: refused)."""
    decoders = jsonio._decoders(table)
    columns = [
        (c.name, c.primary_key or jsonio._required(c), c.nullable, decoders[c.name])
        for c in table.columns
    ]

    def refuse(field: str, message: object) -> jsonio.JsonImportError:
        return jsonio.JsonImportError(field, message)

    try:
        return jsonio._checked_row(
            table, raw, set(table.c.keys()), columns, plainly_fine(table.name), refuse
        )
    except jsonio.JsonImportError:
        return None


def test_a_row_read_quickly_is_the_row_the_checks_make(journal, tmp_path: Path) -> None:
    """Every demo row, and each with one value swapped for a tricky one: where the written-out
    reader (``_quick_row``) takes a row, the value-by-value reading takes it too and makes the
    same row, values and kinds alike; where that reading refuses, the quick one does too."""
    out = tmp_path / "demo.json"
    jsonio.export_json(journal, out)
    doc = json.loads(out.read_text(encoding="utf-8"))
    extra: list[object] = [
        "2026-03-14T09:30:00",
        "2026-03-14T09:30:00+02:00",
        "2026-03-14",
        "14:30:00",
        "aGVsbG8=",
        "not base64!",
        2.5,
        float("inf"),
        "2026-02-30",
    ]
    quick_taken = 0
    for name, rows in doc["tables"].items():
        table = TABLES[name]
        quick = jsonio._quick_row(table)
        if quick is None:
            assert name in ("doctor", "person", "record_request")
            continue
        for raw in rows[:3]:
            trials = [raw] + [
                {**raw, column: value} for column in raw for value in [*VALUES, *extra]
            ]
            for trial in trials:
                quickly = quick(trial)
                if quickly is None:
                    continue
                quick_taken += 1
                checked = _checked(table, trial)
                assert checked is not None, (name, trial)
                assert list(quickly.items()) == list(checked.items())
                assert [type(v) for v in quickly.values()] == [type(v) for v in checked.values()]
        missing = dict(rows[0])
        missing.pop(next(iter(missing)))
        assert quick(missing) is None  # a row leaving a field out is read value by value
    assert quick_taken > 500


def test_the_collector_waits_during_an_import_and_comes_back(
    journal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import gc

    out = tmp_path / "demo.json"
    jsonio.export_json(journal, out)
    seen: list[bool] = []
    checks = jsonio.validate_document

    def watched(doc: Any) -> Any:
        seen.append(gc.isenabled())
        return checks(doc)

    monkeypatch.setattr(jsonio, "validate_document", watched)
    assert gc.isenabled()
    from secondopinion.store.journal import Journal

    with Journal.create(tmp_path / "new.sojournal") as new:
        jsonio.import_json(new, out)
        assert seen == [False] and gc.isenabled()
        bad = tmp_path / "bad.json"
        bad.write_text("{", encoding="utf-8")
        with pytest.raises(jsonio.JsonImportError):
            jsonio.import_json(new, bad)
        assert gc.isenabled()  # back after a refused document too
