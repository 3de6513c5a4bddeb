"""The journal as a JSON document: a versioned, lossless export and its import.

The format is described in docs/json-format.md. Exporting, importing into a new journal and
exporting again gives the same document, byte for byte.

Long module: the export, the validation pass and the import share one description of the
format (field kinds, keys, references); splitting them would repeat it.
"""

from __future__ import annotations

import base64
import binascii
import functools
import gc
import json
import operator
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime, time
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    Integer,
    LargeBinary,
    Table,
    Time,
    UniqueConstraint,
    func,
    insert,
    select,
)

from secondopinion.domain.validation import (
    INT_MAX,
    INT_MIN,
    TEXT_MAX,
    FieldError,
    check_fields,
    field_rules,
    plainly_fine,
)
from secondopinion.domain.wording import Sentence
from secondopinion.services.signs import check_imported_sign
from secondopinion.store import search_index
from secondopinion.store.commands import table_of
from secondopinion.store.journal import Journal
from secondopinion.store.tables import ALL_TABLES, Person

FORMAT = "secondopinion-journal"
VERSION = 1

_T = TypeVar("_T")


class JsonImportError(ValueError):
    """A document that cannot be imported; its one argument, a Sentence, says why."""


def _encode(value: Any) -> Any:
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    return value


def _json_kind(value: object, kind: type[_T]) -> _T:
    """The value if JSON gave it as that kind, else TypeError: true/false are not numbers."""
    if isinstance(value, bool) is not (kind is bool) or not isinstance(value, kind):
        raise TypeError
    return value


def _as_bool(value: Any) -> bool:
    return _json_kind(value, bool)


def _as_int(value: Any) -> int:
    if type(value) is int and INT_MIN <= value <= INT_MAX:  # the usual case, without calls
        return value
    number = _json_kind(value, int)
    if not INT_MIN <= number <= INT_MAX:
        raise ValueError  # SQLite keeps 64 bits
    return number


def _as_datetime(value: Any) -> datetime:
    when = datetime.fromisoformat(_as_text(value))
    if when.tzinfo is not None:
        raise ValueError  # a journal keeps wall-clock time, without a zone
    return when


def _as_date(value: Any) -> date:
    if len(_as_text(value)) != 10:
        raise ValueError  # YYYY-MM-DD only
    return date.fromisoformat(value)


def _as_time(value: Any) -> time:
    moment = time.fromisoformat(_as_text(value))
    if moment.tzinfo is not None:
        raise ValueError
    return moment


def _as_text(value: Any) -> str:
    return value if type(value) is str else _json_kind(value, str)


def _as_float(value: Any) -> float:
    number = value if isinstance(value, float) else _json_kind(value, int)
    if number != number or number in (float("inf"), float("-inf")):
        raise ValueError
    return float(number)


def _decoder(kind: Any) -> Callable[[Any], Any]:
    if isinstance(kind, LargeBinary):
        return lambda value: base64.b64decode(value, validate=True)
    if isinstance(kind, DateTime):
        return _as_datetime
    if isinstance(kind, Date):
        return _as_date
    if isinstance(kind, Time):
        return _as_time
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


class _BadValue(Exception):
    """A value of the wrong kind; the message says what was expected."""


def _expected(kind: Any) -> Sentence:
    if isinstance(kind, LargeBinary):
        return Sentence("file contents in base64")
    if isinstance(kind, DateTime):
        return Sentence("a local date and time (YYYY-MM-DDTHH:MM:SS)")
    if isinstance(kind, Date):
        return Sentence("a date (YYYY-MM-DD)")
    if isinstance(kind, Time):
        return Sentence("a time of day (HH:MM:SS)")
    if isinstance(kind, Boolean):
        return Sentence("true or false")
    if isinstance(kind, Float):
        return Sentence("a number")
    if isinstance(kind, Integer):
        return Sentence("a whole number")
    return Sentence("text")


def _decode(table: Table, name: str, value: Any) -> Any:
    """The Python value for one JSON value of ``table.name``; raises _BadValue."""
    if value is None:
        return None
    try:
        return _decoders(table)[name](value)
    except (TypeError, ValueError, binascii.Error):
        shown = json.dumps(value, ensure_ascii=False)
        if len(shown) > 40:
            shown = shown[:39] + "…"
        kind = table.c[name].type
        raise _BadValue(
            Sentence("expected {kind}, found {value}.", kind=_expected(kind), value=shown)
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
        raise JsonImportError(Sentence("This is not a Second Opinion JSON export."))
    version = doc.get("version")
    if not isinstance(version, int) or version < 1:
        raise JsonImportError(Sentence("The export has no valid format version."))
    if version > VERSION:
        raise JsonImportError(
            Sentence(
                "The export uses format version {version}; this app reads up to {known}.",
                version=version,
                known=VERSION,
            )
        )
    tables = doc.get("tables")
    if not isinstance(tables, dict):
        raise JsonImportError(Sentence("The export has no tables."))
    known = {table_of(cls).name for cls in ALL_TABLES}
    unknown = set(tables) - known
    if unknown:
        raise JsonImportError(
            Sentence("The export has tables this app does not know: {names}", names=sorted(unknown))
        )
    for name, found in tables.items():
        if not isinstance(found, list) or not all(isinstance(r, dict) for r in found):
            raise JsonImportError(Sentence("The table {name} is not a list of rows.", name=name))
    return tables


BATCH = 1000  # rows per INSERT statement (executemany); all of them in the one transaction


def _and(names: list[str]) -> Sentence | str:
    """Field names ("visit_id and question_id"): the names are the format's, the "and" is not."""
    if len(names) == 1:
        return names[0]
    # TRANSLATORS: a list of field names: "visit_id and question_id"
    return Sentence("{names} and {last}", names=", ".join(names[:-1]), last=names[-1])


def _row_label(table: Table, raw: dict[str, Any], index: int) -> Sentence:
    """How a message names one row: by its id, as the document gives it (table and field
    names are the format's, the same in every language)."""
    keys = [c.name for c in table.primary_key.columns]
    if not all(k in raw for k in keys):
        return Sentence(
            "{table} row #{index} (no {keys})", table=table.name, index=index, keys=_and(keys)
        )
    shown = [json.dumps(raw[k], ensure_ascii=False)[:20] for k in keys]
    if keys == ["id"]:
        return Sentence("{table} row {id}", table=table.name, id=shown[0])
    pairs = ", ".join(f"{k} {v}" for k, v in zip(keys, shown, strict=True))
    return Sentence("{table} row ({keys})", table=table.name, keys=pairs)


def _refuse(label: Sentence, field: str, message: Sentence | str) -> JsonImportError:
    return JsonImportError(
        Sentence('{row}, field "{field}": {problem}', row=label, field=field, problem=message)
    )


def _required(column: Column[Any]) -> bool:
    return not column.nullable and column.default is None and column.server_default is None


def validate_document(doc: Any) -> dict[str, list[dict[str, Any]]]:
    """Check the whole document before anything is written; returns its rows, decoded.

    Refuses, with one line naming the table, the row and the field: an unknown field, a missing
    required one, a value of the wrong kind, a value its field cannot take (``domain.validation``:
    closed vocabularies, ranges, lengths), a duplicate id or unique pair, and a reference to a
    row the document does not hold. References always point inside the document: into an
    empty journal ids are kept, into one with data they are remapped.
    """
    tables = _check_document(doc)
    decoded: dict[str, list[dict[str, Any]]] = {}
    ids: dict[str, set[Any]] = {}
    for cls in ALL_TABLES:
        table = table_of(cls)
        decoded[table.name] = _validate_rows(table, tables.get(table.name, []), ids)
    return decoded


def _checked_row(
    table: Table,
    raw: dict[str, Any],
    known: set[str],
    columns: list[tuple[str, bool, bool | None, Callable[[Any], Any]]],
    fine: Callable[[dict[str, Any]], bool],
    refuse: Callable[[str, Sentence | str], JsonImportError],
) -> dict[str, Any]:
    """One row decoded and checked value by value: the refusal names what is wrong."""
    if not raw.keys() <= known:
        raise refuse(
            min(raw.keys() - known), Sentence("{table} has no such field.", table=table.name)
        )
    row: dict[str, Any] = {}
    for name, required, nullable, decode in columns:
        if name not in raw:
            if required:
                raise refuse(name, Sentence("missing; every row needs it."))
            continue
        value = raw[name]
        if value is None:
            if not nullable:
                raise refuse(name, Sentence("null, but this field needs a value."))
        else:
            try:
                value = decode(value)
            except (TypeError, ValueError, binascii.Error):
                try:
                    _decode(table, name, value)
                except _BadValue as exc:
                    raise refuse(name, exc.args[0]) from None
                raise
        row[name] = value
    try:
        if not fine(row):
            check_fields(table.name, row)
    except FieldError as exc:
        raise refuse(exc.field, exc.message) from None
    return row


@functools.cache
def _quick_row(table: Table) -> Callable[[dict[str, Any]], dict[str, Any] | None] | None:
    """A function reading one row naming every field of ``table``, as the checks below do.

    It gives the decoded row when every value is of its kind and one ``check_fields`` takes,
    else None, and the row goes through the checks one value at a time (which say what is
    wrong). Written out per table, field by field, so the rows an export holds (all of them
    well formed) cost no call per value. None for a table whose checks read addresses.
    """
    rules = field_rules(table.name)
    if rules.addresses:
        return None
    decoders = _decoders(table)
    space: dict[str, Any] = {"KEYS": frozenset(table.c.keys()), "MIN": INT_MIN, "MAX": INT_MAX}
    code = ["def quick(raw):", "    if raw.keys() != KEYS:", "        return None"]
    names = []
    for i, column in enumerate(table.columns):
        name, v, decode = column.name, f"v{i}", decoders[column.name]
        names.append(f"{name!r}: {v}")
        choice, bounds = rules.choices.get(name), rules.ranges.get(name)
        none_ok = bool(column.nullable) and (choice or bounds or (True,))[-1]
        code += [f"    {v} = raw[{name!r}]", f"    if {v} is None:"]
        code.append("        pass" if none_ok else "        return None")
        if decode is _as_int:
            code.append(f"    elif type({v}) is not int or not MIN <= {v} <= MAX:")
            code.append("        return None")
            if choice is not None:
                code += ["    else:", "        return None"]
            elif bounds is not None:
                code += [f"    elif not {bounds[0]} <= {v} <= {bounds[1]}:", "        return None"]
        elif decode is _as_text:
            code += [f"    elif type({v}) is not str:", "        return None"]
            if choice is not None:
                space[f"allowed{i}"] = choice[0]
                code += [f"    elif {v} not in allowed{i}:", "        return None"]
            elif bounds is not None:
                code += ["    else:", "        return None"]
            else:
                limit, required = rules.lines.get(name, (TEXT_MAX, False))
                test = f"len({v}) > {limit} or '\\x00' in {v} or not {v}.isascii()"
                if required:
                    test += f" or not {v}.strip()"
                code += [f"    elif {test}:", "        return None"]
        else:
            space[f"decode{i}"] = decode
            code += ["    else:", "        try:", f"            {v} = decode{i}({v})"]
            code += ["        except Exception:", "            return None"]
            if choice is not None or bounds is not None:
                code += ["        return None"]
    code.append(f"    return {{{', '.join(names)}}}")
    exec("\n".join(code), space)  # our own tables' field names, written above
    return space["quick"]  # type: ignore[no-any-return]


def _refuser(
    table: Table, raw: dict[str, Any], index: int
) -> Callable[[str, Sentence | str], JsonImportError]:
    """How to refuse row ``index`` (``raw``) of ``table``: made only for a row refused."""

    def refuse(field: str, message: Sentence | str) -> JsonImportError:
        return _refuse(_row_label(table, raw, index), field, message)

    return refuse


def _validate_rows(
    table: Table, incoming: list[dict[str, Any]], ids: dict[str, set[Any]]
) -> list[dict[str, Any]]:
    """One table's rows, decoded and checked; adds their ids to ``ids`` for later references."""
    keys = [c.name for c in table.primary_key.columns]
    uniques = [keys] + [
        [c.name for c in constraint.columns]
        for constraint in table.constraints
        if isinstance(constraint, UniqueConstraint)
    ]
    seen: list[dict[tuple[Any, ...], int]] = [{} for _ in uniques]
    known = set(table.c.keys())
    decoders = _decoders(table)
    columns = [
        (c.name, c.primary_key or _required(c), c.nullable, decoders[c.name]) for c in table.columns
    ]
    links = [(fk.parent.name, fk.column.table.name) for fk in table.foreign_keys]
    fine = plainly_fine(table.name)
    quick = _quick_row(table)
    rows: list[dict[str, Any]] = []
    # Tables come in order, so every table a row can point at has all its ids already.
    targets = [(name, target, ids.get(target, set())) for name, target in links]
    for index, raw in enumerate(incoming, 1):
        found_row = quick(raw) if quick is not None else None
        row = found_row or _checked_row(
            table, raw, known, columns, fine, _refuser(table, raw, index)
        )
        if table.name == "sign":
            try:
                check_imported_sign(row)  # standard signs keep their standard wording
            except FieldError as exc:
                raise _refuser(table, raw, index)(exc.field, exc.message) from None
        for unique, found in zip(uniques, seen, strict=True):
            if len(unique) == 1:
                value_key: Any = row.get(unique[0])
                if value_key is None:
                    continue
            else:
                value_key = tuple(row.get(c) for c in unique)
                if None in value_key:
                    continue
            if value_key in found:
                if len(unique) == 1:
                    why = Sentence(
                        "two {table} rows have this {field}; each must be unique.",
                        table=table.name,
                        field=unique[0],
                    )
                else:
                    first = found[value_key]
                    why = Sentence(
                        "{row} has the same {fields}; each pair must be unique.",
                        row=_row_label(table, incoming[first - 1], first),
                        fields=_and(unique),
                    )
                raise _refuser(table, raw, index)(unique[-1], why)
            found[value_key] = index
        for name, target, held in targets:
            ref = row.get(name)
            if ref is not None and ref not in held:
                raise _refuser(table, raw, index)(
                    name,
                    Sentence(
                        "points at {table} {id}, which the document does not hold.",
                        table=target,
                        id=ref,
                    ),
                )
        rows.append(row)
    if table.name == "person" and len(rows) > 1:
        raise _refuse(
            _row_label(table, incoming[1], 2),
            "id",
            Sentence("a journal keeps one person; the document has {n}.", n=len(rows)),
        )
    if len(keys) == 1:
        ids[table.name] = {r[keys[0]] for r in rows}
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
                # validate_document made sure every reference is to a row of the document
                row[fk.parent.name] = id_maps[fk.column.table.name][ref]
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
    """INSERT many rows per statement; a batch holds rows naming the same fields.

    A batch naming every field of its table (an export always does) goes straight to the
    driver, each value turned into what SQLite stores by the column type's own bind processor:
    the rows stored are those SQLAlchemy's ``insert`` would store, without its per-row work.
    A batch leaving fields out goes through ``insert``, which fills in their defaults.
    """
    every_field = set(table.c.keys())
    batch: list[dict[str, Any]] = []
    for row in rows:
        if batch and (len(batch) >= BATCH or row.keys() != batch[0].keys()):
            _insert(conn, table, batch, every_field)
            batch = []
        batch.append(row)
    if batch:
        _insert(conn, table, batch, every_field)


def _insert(conn: Any, table: Table, batch: list[dict[str, Any]], every_field: set[str]) -> None:
    if batch[0].keys() == every_field:
        _insert_on_driver(conn, table, batch)
    else:
        conn.execute(insert(table), batch)


_PROBES = (datetime(1, 1, 1), datetime(2026, 12, 3, 4, 5, 6, 7), datetime(9999, 12, 31, 23, 59))


def _processor(kind: Any, dialect: Any) -> Callable[[Any], Any] | None:
    """The column type's bind processor; for a date and time, ``isoformat`` in C when it
    writes the very text the processor writes (checked on the spot)."""
    process = kind.dialect_impl(dialect).bind_processor(dialect)
    if isinstance(kind, DateTime) and process is not None:
        quick = operator.methodcaller("isoformat", " ", "microseconds")
        if all(quick(p) == process(p) for p in _PROBES):
            return quick
    return process  # type: ignore[no-any-return]


def _insert_on_driver(conn: Any, table: Table, batch: list[dict[str, Any]]) -> None:
    names = list(batch[0])
    dialect = conn.dialect
    processors = [_processor(table.c[name].type, dialect) for name in names]
    columns = ", ".join(f'"{name}"' for name in names)
    marks = ", ".join("?" * len(names))
    take = operator.itemgetter(*names)
    values: list[Any] = [take(row) for row in batch]
    if len(names) == 1:
        values = [(value,) for value in values]
    converted = [(i, process) for i, process in enumerate(processors) if process is not None]
    if converted:
        for n, found in enumerate(values):
            row_values = list(found)
            for i, process in converted:
                if row_values[i] is not None:
                    row_values[i] = process(row_values[i])
            values[n] = row_values
    driver = conn.connection.driver_connection
    driver.executemany(f'INSERT INTO "{table.name}" ({columns}) VALUES ({marks})', values)


def import_document(journal: Journal, doc: Any) -> dict[str, int]:
    """Add everything in ``doc`` to the journal in one transaction; returns rows added per table.

    The whole document is checked first (``validate_document``); nothing is written unless all
    of it can be. Into an empty journal rows keep their ids (so a round trip is exact); into one
    that already holds data they get new ids and every reference is remapped. A journal keeps
    one person: if it already has one, the imported person is left out. Rows go in a thousand
    at a time, and the search index takes them all at the end (``search_index.indexed_once``).
    """
    checked = validate_document(doc)
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


@contextmanager
def _collector_paused() -> Iterator[None]:
    """The cyclic garbage collector waits while a document is read, checked and written.

    The document's hundreds of thousands of dicts and lists hold no cycles (they are freed as
    soon as they are dropped), yet each few hundred new ones make the collector walk them all
    again: about a tenth of a large import's time.
    """
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def import_json(journal: Journal, source: Path) -> dict[str, int]:
    with _collector_paused():
        return _import_json(journal, source)


def _import_json(journal: Journal, source: Path) -> dict[str, int]:
    try:
        doc = json.loads(source.read_text(encoding="utf-8"))
    except UnicodeDecodeError:
        raise JsonImportError(Sentence("{name} is not a text file.", name=source.name)) from None
    except json.JSONDecodeError as exc:
        raise JsonImportError(
            Sentence("{name} is not valid JSON (line {line}).", name=source.name, line=exc.lineno)
        ) from None
    except RecursionError:
        raise JsonImportError(
            Sentence("{name} is nested too deeply to be an export.", name=source.name)
        ) from None
    try:
        return import_document(journal, doc)
    except JsonImportError as exc:
        raise JsonImportError(
            Sentence(
                "{name}: {problem} Nothing was imported.", name=source.name, problem=exc.args[0]
            )
        ) from None
