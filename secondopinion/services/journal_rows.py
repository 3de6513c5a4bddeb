"""The journal's rows as the ui holds them, and the edits every list and form shares.

The ui never opens a session: it is handed detached rows (the classes re-exported here, used as
plain objects and for type annotations) and changes them through these functions. Undo takes a
``Snapshot`` from ``delete`` and hands it back to ``restore``. Reads and rules that belong to one
part of the journal live in that part's service (``services.signs``, ``services.visits``…).
"""

from __future__ import annotations

from typing import Any, TypeVar

from sqlmodel import SQLModel

from secondopinion.store import commands
from secondopinion.store.commands import Snapshot
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
    Sign,
    SymptomEntry,
    TreatmentChange,
    Visit,
    VisitFeelings,
)

__all__ = [
    "Allergy",
    "Answer",
    "Attachment",
    "Concern",
    "Condition",
    "Doctor",
    "DoctorConcern",
    "Medication",
    "Person",
    "Procedure",
    "Question",
    "RecordRequest",
    "Row",
    "Sign",
    "Snapshot",
    "SymptomEntry",
    "TreatmentChange",
    "Visit",
    "VisitFeelings",
    "add",
    "change",
    "delete",
    "find",
    "restore",
    "table_name",
    "values_of",
]

Row = SQLModel  # any row of the journal
R = TypeVar("R", bound=SQLModel)


def table_name(row_type: type[SQLModel]) -> str:
    """The name the change signals and the search index use for ``row_type``'s table."""
    return commands.table_of(row_type).name


def find(journal: Journal, row_type: type[R], key: Any) -> R | None:
    """The row of ``row_type`` with primary key ``key``, or None when it is gone."""
    return commands.get(journal, row_type, key)


def add(journal: Journal, row: R) -> R:
    """Store a new row (checked field by field); returns it with its id."""
    return commands.add(journal, row)


def change(journal: Journal, row_type: type[R], key: Any, **values: Any) -> R:
    """Set some fields of one row (checked as on input); returns the row as stored."""
    return commands.update(journal, row_type, key, **values)


def delete(journal: Journal, row_type: type[SQLModel], key: Any) -> Snapshot:
    """Delete a row and what hangs off it; the snapshot brings them all back."""
    return commands.delete_row(journal, row_type, key)


def restore(journal: Journal, snapshot: Snapshot) -> None:
    """Put back what ``delete`` took away, with the same ids."""
    commands.restore(journal, snapshot)


def values_of(row: SQLModel) -> dict[str, Any]:
    """Every column of ``row`` by name: enough to store it again as it was."""
    return {c.name: getattr(row, c.name) for c in commands.table_of(type(row)).columns}
