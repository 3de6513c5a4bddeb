"""Query and command functions. Each opens a short session and returns detached objects.

Deleting returns a ``Snapshot`` of every row that went (the row and all rows that hung off it
through foreign keys), so the UI can offer undo by handing it back to ``restore``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, Table, delete, func, insert
from sqlmodel import SQLModel, select

from secondopinion.domain.validation import check_fields
from secondopinion.domain.wording import Sentence
from secondopinion.store.journal import Journal
from secondopinion.store.tables import ALL_TABLES

T = TypeVar("T", bound=SQLModel)

_BY_NAME: dict[str, type[SQLModel]] = {cls.__tablename__: cls for cls in ALL_TABLES}  # type: ignore[misc]


def table_of(cls: type[SQLModel]) -> Table:
    table = cls.__table__  # type: ignore[attr-defined]
    assert isinstance(table, Table)
    return table


def model_for(table_name: str) -> type[SQLModel]:
    return _BY_NAME[table_name]


def _values(obj: SQLModel) -> dict[str, Any]:
    return {c.name: getattr(obj, c.name) for c in table_of(type(obj)).columns}


def get(journal: Journal, cls: type[T], key: Any) -> T | None:
    with journal.session() as s:
        return s.get(cls, key)


def rows(
    journal: Journal,
    cls: type[T],
    *where: ColumnElement[bool] | bool,
    order_by: Sequence[Any] = (),
) -> list[T]:
    """Every row of ``cls`` matching ``where``, in ``order_by`` order (primary key otherwise)."""
    stmt = select(cls)
    for cond in where:
        stmt = stmt.where(cond)
    if order_by:
        stmt = stmt.order_by(*order_by)
    else:
        stmt = stmt.order_by(*table_of(cls).primary_key.columns)
    with journal.session() as s:
        return list(s.exec(stmt).all())


def count(journal: Journal, cls: type[SQLModel], *where: ColumnElement[bool] | bool) -> int:
    stmt = select(func.count()).select_from(cls)
    for cond in where:
        stmt = stmt.where(cond)
    with journal.session() as s:
        return int(s.exec(stmt).one())


def add(journal: Journal, obj: T) -> T:
    """Insert a new row after checking its fields; returns it with its id."""
    check_fields(table_of(type(obj)).name, _values(obj))
    with journal.session() as s:
        s.add(obj)
        s.flush()
        s.refresh(obj)
    return obj


def add_all(journal: Journal, objs: Sequence[T]) -> list[T]:
    for obj in objs:
        check_fields(table_of(type(obj)).name, _values(obj))
    with journal.session() as s:
        s.add_all(objs)
        s.flush()
        for obj in objs:
            s.refresh(obj)
    return list(objs)


def update(journal: Journal, cls: type[T], key: Any, **changes: Any) -> T:
    """Change some fields of one row; raises FieldError before anything is written."""
    check_fields(table_of(cls).name, changes)
    with journal.session() as s:
        obj = s.get(cls, key)
        if obj is None:
            raise LookupError(
                Sentence("{table} {key} no longer exists", table=table_of(cls).name, key=key)
            )
        for name, value in changes.items():
            setattr(obj, name, value)
        s.add(obj)
        s.flush()
        s.refresh(obj)
    return obj


@dataclass
class Snapshot:
    """Rows removed by a delete, table by table in insertion order, ready to be put back."""

    rows: list[tuple[str, list[dict[str, Any]]]] = field(default_factory=list)

    def count(self, table_name: str) -> int:
        return sum(len(r) for name, r in self.rows if name == table_name)


def _dependents(table: Table) -> list[tuple[Table, str, str]]:
    """(child table, child column, parent column) for every foreign key pointing at ``table``."""
    found = []
    for cls in ALL_TABLES:
        child = table_of(cls)
        for fk in child.foreign_keys:
            if fk.column.table is table and fk.parent.table is child:
                found.append((child, fk.parent.name, fk.column.name))
    return found


def _key_of(table: Table, row: dict[str, Any]) -> tuple[Any, ...]:
    return tuple(row[c.name] for c in table.primary_key.columns)


def delete_row(journal: Journal, cls: type[SQLModel], key: Any) -> Snapshot:
    """Delete one row and everything that depends on it; return what went, for undo."""
    table = table_of(cls)
    pk = next(iter(table.primary_key.columns))
    found: dict[str, dict[tuple[Any, ...], dict[str, Any]]] = {}
    relinks: list[tuple[str, list[dict[str, Any]]]] = []
    with journal.session() as s:
        conn = s.connection()

        def collect(tbl: Table, cond: ColumnElement[bool]) -> None:
            rows_here = [dict(r._mapping) for r in conn.execute(tbl.select().where(cond))]
            seen = found.setdefault(tbl.name, {})
            fresh = [r for r in rows_here if _key_of(tbl, r) not in seen]
            for r in fresh:
                seen[_key_of(tbl, r)] = r
            if not fresh:
                return
            for child, col, parent_col in _dependents(tbl):
                if child.c[col].nullable:
                    continue  # SET NULL children stay; the relink below puts the link back
                collect(child, child.c[col].in_([r[parent_col] for r in fresh]))

        collect(table, pk == key)
        # Nullable links (a visit's doctor) are cut by ON DELETE SET NULL; remember them.
        for child, col, _ in _dependents(table):
            if child.c[col].nullable:
                linked = conn.execute(child.select().where(child.c[col] == key))
                kept = [dict(r._mapping) for r in linked]
                if kept:
                    relinks.append((f"relink:{child.name}:{col}", kept))
        conn.execute(delete(table).where(pk == key))
    # Foreign-key order, so that restore can insert parents before children.
    ordered = [
        (table_of(c).name, list(found[table_of(c).name].values()))
        for c in ALL_TABLES
        if found.get(table_of(c).name)
    ]
    return Snapshot(ordered + relinks)


def restore(journal: Journal, snapshot: Snapshot) -> None:
    """Put back what ``delete_row`` removed, with the same ids."""
    with journal.session() as s:
        conn = s.connection()
        for name, found in snapshot.rows:
            if name.startswith("relink:"):
                _, child_name, col = name.split(":")
                child = table_of(model_for(child_name))
                pk = next(iter(child.primary_key.columns))
                for r in found:
                    conn.execute(child.update().where(pk == r[pk.name]).values({col: r[col]}))
            else:
                conn.execute(insert(table_of(model_for(name))), found)
