"""Every write path checks closed vocabularies and ranges, not only the forms.

The store's session checks each new row and each changed field before it flushes (store/checks.py
over domain/validation.py), so a service, an undo step or a script cannot store a visit kind
"bogus" or a severity of 11 either.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import Any

import pytest
from sqlmodel import SQLModel

from secondopinion.domain import enums
from secondopinion.domain.validation import FieldError, bounded_fields
from secondopinion.services import records, visits
from secondopinion.store import commands
from secondopinion.store.journal import Journal
from secondopinion.store.tables import (
    ALL_TABLES,
    Allergy,
    Question,
    RecordRequest,
    SymptomEntry,
    Visit,
    VisitFeelings,
)

# Columns that take a closed vocabulary or a bounded number without an enum default to show it.
BOUNDED_WITHOUT_ENUM_DEFAULT = {
    ("visit", "agreement"),
    ("sign", "standard_key"),
    ("question", "standard_key"),
    ("symptom_entry", "severity"),
    ("attachment", "size"),
    ("result", "interpretation"),  # its default is the empty "not given"
    ("person", "jurisdiction"),
    *(
        ("visit_feelings", c)
        for c in commands.table_of(VisitFeelings).c.keys()  # noqa: SIM118 (column names)
        if c not in ("visit_id", "reflection")
    ),
}


def test_every_enum_and_range_column_is_checked() -> None:
    vocabularies = [
        {str(v) for v in found} - {""}
        for found in vars(enums).values()
        if isinstance(found, type) and issubclass(found, StrEnum) and found is not StrEnum
    ]
    expected = set(BOUNDED_WITHOUT_ENUM_DEFAULT)
    for cls in ALL_TABLES:
        table = commands.table_of(cls)
        for name, field in cls.model_fields.items():
            if any(field.default in values for values in vocabularies):
                expected.add((table.name, name))
    checked = {
        (commands.table_of(cls).name, name)
        for cls in ALL_TABLES
        for name in bounded_fields(commands.table_of(cls).name)
    }
    assert expected <= checked, expected - checked
    assert len(expected) >= 20


@pytest.mark.parametrize(
    ("cls", "field", "value"),
    [
        (Visit, "kind", "bogus"),
        (Visit, "agreement", "maybe"),
        (RecordRequest, "status", "lost"),
        (RecordRequest, "kind", "x-ray"),
        (RecordRequest, "format", "fax"),
        (SymptomEntry, "severity", "5"),
        (SymptomEntry, "severity", 11),
        (VisitFeelings, "heard", True),
        (Question, "standard_key", "made_up"),
    ],
)
def test_update_refuses_values_outside_the_field(
    journal: Journal, cls: type[SQLModel], field: str, value: Any
) -> None:
    row = commands.rows(journal, cls)[0]
    key = commands.table_of(cls).primary_key.columns.values()[0].name
    before = getattr(row, field)
    with pytest.raises(FieldError) as caught:
        commands.update(journal, cls, getattr(row, key), **{field: value})
    assert caught.value.field == field
    assert getattr(commands.get(journal, cls, getattr(row, key)), field) == before


def test_a_session_write_outside_commands_is_checked_too(journal: Journal) -> None:
    visit_id = commands.rows(journal, Visit)[0].id
    with pytest.raises(FieldError, match="not allowed here"), journal.session() as s:
        visit = s.get(Visit, visit_id)
        assert visit is not None
        visit.kind = "bogus"
    stored = commands.get(journal, Visit, visit_id)
    assert stored is not None and stored.kind != "bogus"


def test_services_refuse_too(journal: Journal) -> None:
    request = commands.rows(journal, RecordRequest)[0]
    with pytest.raises(FieldError):
        records.update_request(journal, request, date(2026, 10, 1), status="lost")
    visit = commands.rows(journal, Visit)[0]
    assert visit.id is not None
    with pytest.raises(FieldError):
        visits.set_feelings(journal, visit.id, trust=9)
    with pytest.raises(FieldError):
        commands.add(journal, Allergy(substance="Penicillin", severity="deadly"))
    assert commands.count(journal, Allergy, Allergy.severity == "deadly") == 0


def test_unchanged_fields_of_a_row_are_not_rechecked(journal: Journal) -> None:
    """Editing the notes of a row saves even if another field holds an old, odd value."""
    visit_id = commands.rows(journal, Visit)[0].id
    with journal.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE visit SET kind = 'legacy' WHERE id = ?", (visit_id,))
    updated = commands.update(journal, Visit, visit_id, notes="more notes")
    assert updated.notes == "more notes"
