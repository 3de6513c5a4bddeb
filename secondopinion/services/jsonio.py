"""The journal as a JSON document: a versioned, lossless export and its import.

The format is described in docs/json-format.md. Exporting, importing into a new journal and
exporting again gives the same document, byte for byte.
"""

from __future__ import annotations

import base64
import functools
import json
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Float,
    Integer,
    LargeBinary,
    Table,
    func,
    insert,
    select,
)

from secondopinion.domain.validation import FieldError, check_fields
from secondopinion.services.signs import check_imported_sign
from secondopinion.store import search_index
from secondopinion.store.commands import table_of
from secondopinion.store.journal import Journal
from secondopinion.store.tables import ALL_TABLES, Person

FORMAT = "secondopinion-journal"
VERSION = 1


class JsonImportError(ValueError):
    """A document that cannot be imported; the message says why."""


def _encode(value: Any) -> Any:
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def _as_bool(value: Any) -> bool:
    if not isinstance(value, bool):
        raise TypeError
    return value


def _as_int(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError
    return value


def _as_text(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError
    return value


def _as_float(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError
    if value != value or value in (float("inf"), float("-inf")):
        raise ValueError
    return float(value)


def _decoder(kind: Any) -> Callable[[Any], Any]:
    if isinstance(kind, LargeBinary):
        return lambda value: base64.b64decode(value, validate=True)
    if isinstance(kind, DateTime):
        return datetime.fromisoformat
    if isinstance(kind, Date):
        return date.fromisoformat
    if isinstance(kind, Boolean):
        return _as_bool
    if isinstance(kind, Float):
        return _as_float
    if isinstance(kind, Integer):
        return _as_int
    return _as_text


@functools.cache
def _decoders(table: Table) -> dict[str, Callable[[Any], Any]]:
    """How to read each field of ``table`` back from JSON, worked out once per table."""
    return {column.name: _decoder(column.type) for column in table.columns}


def _decode(table: Table, name: str, value: Any) -> Any:
    if value is None:
        return None
    try:
        return _decoders(table)[name](value)
    except (TypeError, ValueError):
        raise JsonImportError(
            f"{table.name}.{name} holds a value of the wrong kind: {value!r:.40}"
        ) from None


def export_document(journal: Journal) -> dict[str, Any]:
    tables: dict[str, list[dict[str, Any]]] = {}
    with journal.session() as s:
        conn = s.connection()
        for cls in ALL_TABLES:
            table = table_of(cls)
            stmt = select(table).order_by(*table.primary_key.columns)
            tables[table.name] = [
                {k: _encode(v) for k, v in row._mapping.items()} for row in conn.execute(stmt)
            ]
    return {"format": FORMAT, "version": VERSION, "tables": tables}


def dumps(document: dict[str, Any]) -> str:
    return json.dumps(document, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def export_json(journal: Journal, out: Path) -> None:
    from secondopinion.services.files import write_private_atomic

    write_private_atomic(out, dumps(export_document(journal)).encode("utf-8"))


def _check_document(doc: Any) -> dict[str, list[dict[str, Any]]]:
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise JsonImportError("This is not a Second Opinion JSON export.")
    version = doc.get("version")
    if not isinstance(version, int) or version < 1:
        raise JsonImportError("The export has no valid format version.")
    if version > VERSION:
        raise JsonImportError(
            f"The export uses format version {version}; this app reads up to {VERSION}."
        )
    tables = doc.get("tables")
    if not isinstance(tables, dict):
        raise JsonImportError("The export has no tables.")
    known = {table_of(cls).name for cls in ALL_TABLES}
    unknown = set(tables) - known
    if unknown:
        raise JsonImportError(f"The export has tables this app does not know: {sorted(unknown)}")
    for name, found in tables.items():
        if not isinstance(found, list) or not all(isinstance(r, dict) for r in found):
            raise JsonImportError(f"The table {name} is not a list of rows.")
    return tables


BATCH = 1000  # rows per INSERT statement (executemany); all of them in the one transaction


def _checked_rows(table: Table, incoming: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The validation pass: each row decoded and checked, before anything is written."""
    known = set(table.c.keys())
    rows = []
    for raw in incoming:
        unknown = set(raw) - known
        if unknown:
            raise JsonImportError(f"{table.name} has unknown fields: {sorted(unknown)}")
        row = {k: _decode(table, k, v) for k, v in raw.items()}
        try:
            check_fields(table.name, row)
            if table.name == "sign":
                check_imported_sign(row)  # standard signs keep their standard wording
        except FieldError as exc:
            raise JsonImportError(f"{table.name}: {exc}") from None
        rows.append(row)
    return rows


def _renumber(
    conn: Any, table: Table, rows: list[dict[str, Any]], id_maps: dict[str, dict[int, int]]
) -> None:
    """Into a journal holding data: references follow their rows' new ids, and rows with an
    ``id`` get the next free ones (what SQLite would give them, handed out here so the rows
    can be inserted many at a time)."""
    for row in rows:
        for fk in table.foreign_keys:
            ref = row.get(fk.parent.name)
            if ref is not None:
                target = id_maps.get(fk.column.table.name, {})
                if ref not in target:
                    raise JsonImportError(f"{table.name}.{fk.parent.name} points at a missing row.")
                row[fk.parent.name] = target[ref]
    if "id" not in table.c or not table.c["id"].primary_key:
        return
    id_map = id_maps.setdefault(table.name, {})
    next_id = int(conn.execute(select(func.max(table.c["id"]))).scalar() or 0) + 1
    for row in rows:
        old_id = row.pop("id", None)
        row["id"] = next_id
        if old_id is not None:
            id_map[old_id] = next_id
        next_id += 1


def _insert_batches(conn: Any, table: Table, rows: list[dict[str, Any]]) -> None:
    """INSERT many rows per statement; a batch holds rows naming the same fields."""
    batch: list[dict[str, Any]] = []
    for row in rows:
        if batch and (len(batch) >= BATCH or row.keys() != batch[0].keys()):
            conn.execute(insert(table), batch)
            batch = []
        batch.append(row)
    if batch:
        conn.execute(insert(table), batch)


def import_document(journal: Journal, doc: Any) -> dict[str, int]:
    """Add everything in ``doc`` to the journal in one transaction; returns rows added per table.

    Into an empty journal rows keep their ids (so a round trip is exact); into one that already
    holds data they get new ids and every reference is remapped. A journal keeps one person: if
    it already has one, the imported person is left out. Every row is checked before the first
    is written; rows then go in a thousand at a time, and the search index takes them all at the
    end (``search_index.indexed_once``).
    """
    tables = _check_document(doc)
    checked = {
        table_of(cls).name: _checked_rows(table_of(cls), tables.get(table_of(cls).name, []))
        for cls in ALL_TABLES
    }
    added: dict[str, int] = {}
    with journal.session() as s:
        conn = s.connection()
        empty = all(
            conn.execute(select(func.count()).select_from(table_of(cls))).scalar_one() == 0
            for cls in ALL_TABLES
        )
        id_maps: dict[str, dict[int, int]] = {}
        with search_index.indexed_once(conn):
            for cls in ALL_TABLES:
                table = table_of(cls)
                rows = checked[table.name]
                if (
                    cls is Person
                    and not empty
                    and rows
                    and conn.execute(select(func.count()).select_from(table)).scalar_one()
                ):
                    continue
                if not empty:
                    _renumber(conn, table, rows, id_maps)
                _insert_batches(conn, table, rows)
                added[table.name] = len(rows)
    return added


def import_json(journal: Journal, source: Path) -> dict[str, int]:
    try:
        doc = json.loads(source.read_text(encoding="utf-8"))
    except UnicodeDecodeError:
        raise JsonImportError(f"{source.name} is not a text file.") from None
    except json.JSONDecodeError as exc:
        raise JsonImportError(f"{source.name} is not valid JSON (line {exc.lineno}).") from None
    return import_document(journal, doc)
