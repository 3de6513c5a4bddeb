"""Reading the full-text index that migration 0002 builds and its triggers keep current.

The index is one contentless FTS5 table: a document per text-bearing row, whose rowid is
``row id * STRIDE + kind code``. Queries are built here from what a person typed, never passed
through: every word becomes a quoted prefix token, so FTS5's syntax (quotes, ``*``, ``-``,
``NEAR``, ``AND``…) is only ever searched for as text.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from secondopinion.store.journal import Journal

if TYPE_CHECKING:
    import sqlcipher3
    from sqlalchemy import Connection

INDEX_TABLE = "search_index"
STRIDE = 32

# kind code -> table, as the triggers of migration 0002 write them
KIND_CODES: dict[int, str] = {
    1: "person",
    2: "medication",
    3: "allergy",
    4: "condition",
    5: "procedure",
    6: "concern",
    7: "sign",
    8: "symptom_entry",
    9: "treatment_change",
    10: "record_request",
    11: "attachment",
    12: "doctor",
    13: "question",
    14: "visit",
    15: "answer",
    16: "visit_feelings",
    17: "result",  # migration 0003
}

# The text fields each table's document is made of, in the order the triggers join them.
TEXT_FIELDS: dict[str, tuple[str, ...]] = {
    "person": ("name", "notes", "address", "phone", "email"),  # contact details since 0006
    "medication": ("name", "dose", "how_taken", "since", "until", "reason"),
    "allergy": ("substance", "reaction"),
    "condition": ("name", "since", "notes"),
    "procedure": ("what", "when", "where", "notes"),
    "concern": ("title", "original_diagnosis", "diagnosed_by", "proposed_treatment", "to_clarify"),
    "sign": ("text", "note"),
    "symptom_entry": ("symptom", "notes"),
    "treatment_change": ("description",),
    "record_request": (  # the provider's details since 0006
        "source",
        "notes",
        "provider_address",
        "provider_email",
        "provider_fax",
        "record_number",
    ),
    "attachment": ("filename",),
    "doctor": (
        "name",
        "specialty",
        "institution",
        "healthcare_system",
        "phone",
        "email",
        "address",
        "website",
        "cost_notes",
        "notes",
    ),
    "question": ("text",),
    "visit": ("diagnosis", "treatment", "tests", "rationale", "in_my_place", "notes"),
    "answer": ("answer",),
    "visit_feelings": ("reflection",),
    "result": ("test_name", "loinc", "value_text", "unit", "reported_by", "notes"),
}

MAX_QUERY_WORDS = 32  # more words than this is a pasted paragraph, not a search


def _is_token_char(ch: str) -> bool:
    """Characters unicode61 keeps inside a token: letters, digits, marks, private use."""
    return unicodedata.category(ch)[0] in "LNM" or unicodedata.category(ch) == "Co"


@functools.lru_cache(maxsize=8192)  # snippets fold the same words over and over
def fold(word: str) -> str:
    """A word as the index sees it: without diacritics, case folded."""
    if word.isascii():
        return word.lower()
    decomposed = unicodedata.normalize("NFKD", word)
    bare = "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")
    return bare.casefold()


def query_words(typed: str) -> list[str]:
    """The words of a typed search that can match anything (punctuation-only words cannot)."""
    words = [w for w in typed.split() if any(_is_token_char(ch) for ch in w)]
    return words[:MAX_QUERY_WORDS]


def match_expression(typed: str) -> str | None:
    """An FTS5 query: every word a quoted prefix token, all of them required; None if empty."""
    words = query_words(typed)
    if not words:
        return None
    return " ".join('"' + w.replace('"', '""') + '"*' for w in words)


def decode(rowid: int) -> tuple[str, int] | None:
    """(table, primary key) of an index rowid; None for a kind this version does not know."""
    table = KIND_CODES.get(rowid % STRIDE)
    return None if table is None else (table, rowid // STRIDE)


def find(journal: Journal, typed: str, limit: int | None = None) -> list[tuple[str, int]]:
    """(table, id) of the rows matching ``typed``, best match first."""
    expression = match_expression(typed)
    if expression is None:
        return []
    with journal.reading() as conn:
        return find_on(conn, typed, limit)


def find_on(
    conn: sqlcipher3.Connection, typed: str, limit: int | None = None
) -> list[tuple[str, int]]:
    """``find`` on a connection already open (one read transaction for a whole search)."""
    expression = match_expression(typed)
    if expression is None:
        return []
    # bm25 (what ``rank`` is) in SQLite's own sorter, which keeps only the best ``limit`` rows,
    # ties by rowid as FTS5's full sort on ``rank`` gives them (a test holds the two equal);
    # 13,000 hits of "pain" sorted in full cost a third more.
    sql = (
        f"SELECT rowid FROM {INDEX_TABLE} WHERE {INDEX_TABLE} MATCH :q "
        f"ORDER BY bm25({INDEX_TABLE}), rowid"
    )
    params: dict[str, object] = {"q": expression}
    if limit is not None:
        sql += " LIMIT :n"
        params["n"] = max(0, limit)
    found = conn.execute(sql, params).fetchall()
    return [hit for hit in (decode(int(r[0])) for r in found) if hit is not None]


def count(journal: Journal, typed: str) -> int:
    """How many rows match ``typed``."""
    expression = match_expression(typed)
    if expression is None:
        return 0
    sql = f"SELECT count(*) FROM {INDEX_TABLE} WHERE {INDEX_TABLE} MATCH :q"
    with journal.reading() as conn:
        return int(conn.execute(sql, {"q": expression}).fetchone()[0])


_INSERT_TRIGGERS = (
    "SELECT name, tbl_name, sql FROM sqlite_master "
    "WHERE type = 'trigger' AND name LIKE 'search\\_%\\_ai' ESCAPE '\\'"
)
_TRIGGER_BODY = re.compile(
    r"INSERT INTO search_index\s*\(rowid, body\)\s*VALUES\s*\((?P<values>.*)\);\s*END\s*$",
    re.S | re.I,
)


@contextmanager
def indexed_once(conn: Connection) -> Iterator[None]:
    """Inside one transaction: rows inserted in the block are indexed together at its end.

    For bulk inserts (a JSON import): the per-row insert triggers are dropped for the block and
    put back after it, and every row added meanwhile is indexed by one ``INSERT … SELECT`` per
    table, made from the trigger's own expressions (so the documents are exactly those the
    trigger would have written). Rows already there are not touched. The caller's transaction
    makes it all or nothing: on an error the triggers come back with the rollback.
    """
    triggers = [tuple(r) for r in conn.exec_driver_sql(_INSERT_TRIGGERS).all()]
    plans = []
    for name, table, sql in triggers:
        found = _TRIGGER_BODY.search(sql)
        assert found is not None, f"unexpected trigger {name}"
        values = found.group("values").replace("new.", f'"{table}".')
        newest = conn.exec_driver_sql(f'SELECT max(rowid) FROM "{table}"').scalar() or 0
        plans.append((name, table, sql, values, int(newest)))
    for name, _table, _sql, _values, _newest in plans:
        conn.exec_driver_sql(f'DROP TRIGGER "{name}"')
    yield
    for _name, table, sql, values, newest in plans:
        conn.exec_driver_sql(sql)
        conn.exec_driver_sql(
            f"INSERT INTO {INDEX_TABLE}(rowid, body) SELECT {values} "
            f'FROM "{table}" WHERE "{table}".rowid > ?',
            (newest,),
        )
