"""Every row written through a session passes ``domain.validation`` first.

Forms check what the person types, but a service, an undo step or a script can write too. The
session the store hands out checks each new row's values, and each changed field of an existing
row, just before SQLAlchemy flushes them, so a value a field cannot take (a visit kind "bogus",
a severity of 11) raises ``FieldError`` and nothing is written. Bulk inserts that bypass the ORM
(JSON import, the demo, records import) call ``check_fields`` themselves, on every row, first.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Table, event, inspect
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm import UOWTransaction
from sqlmodel import Session

from secondopinion.domain.validation import check_fields


class CheckedSession(Session):
    """A SQLModel session whose flushes refuse values outside a field's rules."""


def _table_name(obj: object) -> str | None:
    table = getattr(type(obj), "__table__", None)
    return table.name if isinstance(table, Table) else None


def _new_values(obj: object) -> dict[str, Any]:
    state = inspect(obj)
    return {attr.key: getattr(obj, attr.key) for attr in state.mapper.column_attrs}


def _changed_values(obj: object) -> dict[str, Any]:
    state = inspect(obj)
    return {
        attr.key: getattr(obj, attr.key)
        for attr in state.mapper.column_attrs
        if state.attrs[attr.key].history.has_changes()
    }


@event.listens_for(CheckedSession, "before_flush")
def _check_before_flush(session: OrmSession, _flush: UOWTransaction, _objects: Any) -> None:
    for obj in session.new:
        name = _table_name(obj)
        if name is not None:
            check_fields(name, _new_values(obj))
    for obj in session.dirty:
        name = _table_name(obj)
        if name is not None and session.is_modified(obj, include_collections=False):
            check_fields(name, _changed_values(obj))
