"""Search across the whole journal: what matched, where it lives, and a snippet around it.

The index (``store/search_index.py``) says which rows match; this module reads those rows back
in one read transaction to tell the person what each one is (kind), which concern it belongs to,
its date, and the words around the match, with the matching words marked.

It reads in plain SQL (``Journal.reading``), only the columns it shows: ``secondopinion search``
then imports neither SQLAlchemy nor the table classes. A test holds its answers equal to those
read through the table classes.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from secondopinion.store import search_index
from secondopinion.store.journal import Journal

if TYPE_CHECKING:
    import sqlcipher3

MAX_QUERY_WORDS = search_index.MAX_QUERY_WORDS  # words past this many are not searched


def search_words(typed: str) -> list[str]:
    """The words of ``typed`` that a search looks for (none: nothing searchable was typed)."""
    return search_index.query_words(typed)


# What each kind of row is called, in English (the GUI translates these by table name).
KIND_NAMES: dict[str, str] = {
    "person": "Person",
    "medication": "Medication",
    "allergy": "Allergy",
    "condition": "Condition",
    "procedure": "Procedure",
    "concern": "Concern",
    "sign": "Sign",
    "symptom_entry": "Symptom entry",
    "treatment_change": "Treatment change",
    "record_request": "Record request",
    "attachment": "Attachment",
    "doctor": "Doctor",
    "question": "Question",
    "visit": "Visit",
    "answer": "Answer",
    "visit_feelings": "Visit feelings",
    "result": "Result",
}

SNIPPET_CHARS = 140
_CONTEXT_BEFORE = 40
_TOKEN = re.compile(r"(?:[^\W_]|[\u0300-\u036f])+")

Segment = tuple[str, bool]  # (text, is a match)


@dataclass(frozen=True)
class Hit:
    table: str
    id: int
    concern_id: int | None
    concern_title: str
    when: date | None
    snippet: tuple[Segment, ...]

    @property
    def kind(self) -> str:
        return KIND_NAMES.get(self.table, self.table)

    @property
    def snippet_text(self) -> str:
        return "".join(part for part, _ in self.snippet)


def _one_line(text: str) -> str:
    return " ".join(text.split())


def make_snippet(texts: Iterable[str], words: Sequence[str]) -> tuple[Segment, ...]:
    """The words around the first match in ``texts``, matches marked; the start otherwise."""
    wanted = tuple(w for w in (search_index.fold(w) for w in words) if w)  # for startswith
    fields = [_one_line(t) for t in texts if t and t.strip()]
    if not fields:
        return ()
    fold = search_index.fold
    chosen, first = fields[0], None
    for field in fields:
        for m in _TOKEN.finditer(field):
            if fold(m.group()).startswith(wanted):
                chosen, first = field, m.start()
                break
        if first is not None:
            break
    start = 0
    if first is not None and len(chosen) > SNIPPET_CHARS and first > _CONTEXT_BEFORE:
        start = chosen.rfind(" ", 0, first - _CONTEXT_BEFORE + 1) + 1 or (first - _CONTEXT_BEFORE)
    end = min(len(chosen), start + SNIPPET_CHARS)
    if end < len(chosen):
        space = chosen.rfind(" ", start + SNIPPET_CHARS // 2, end)
        end = space if space > 0 else end
    window = chosen[start:end]
    segments: list[Segment] = [("…", False)] if start > 0 else []
    pos = 0
    for m in _TOKEN.finditer(window):
        if fold(m.group()).startswith(wanted):
            if m.start() > pos:
                segments.append((window[pos : m.start()], False))
            segments.append((m.group(), True))
            pos = m.end()
    if pos < len(window):
        segments.append((window[pos:], False))
    if end < len(chosen):
        segments.append(("…", False))
    return tuple(segments)


# The columns ``_place`` reads besides the text, and each table's primary key when not ``id``.
_PLACE_FIELDS: dict[str, tuple[str, ...]] = {
    "concern": ("diagnosed_on", "created_at"),
    "symptom_entry": ("concern_id", "recorded_at"),
    "treatment_change": ("concern_id", "changed_on"),
    "record_request": ("concern_id", "requested_on", "due_on"),
    "visit": ("concern_id", "visit_on"),
    "sign": ("concern_id",),
    "question": ("concern_id",),
    "attachment": ("record_request_id", "added_at"),
    "answer": ("visit_id",),
    "visit_feelings": ("visit_id",),
    "result": ("taken_at",),
}
_KEYS = {"visit_feelings": "visit_id"}


def _rows_by_id(
    conn: sqlcipher3.Connection, table: str, ids: Iterable[int], fields: Sequence[str]
) -> dict[int, dict[str, Any]]:
    """``fields`` of the rows of ``table`` with these keys, as SQLite stores them (the names in
    the SQL come from this module's own tables, never from what was typed)."""
    key = _KEYS.get(table, "id")
    columns = ", ".join(f'"{f}"' for f in dict.fromkeys([key, *fields]))
    wanted = sorted(set(ids))
    found: dict[int, dict[str, Any]] = {}
    for i in range(0, len(wanted), 500):  # stay well under SQLite's bound-parameter limit
        chunk = wanted[i : i + 500]
        marks = ", ".join("?" * len(chunk))
        cursor = conn.execute(f'SELECT {columns} FROM "{table}" WHERE "{key}" IN ({marks})', chunk)
        names = [d[0] for d in cursor.description]
        for values in cursor:
            row = dict(zip(names, values, strict=True))
            row.setdefault("id", row[key])
            found[int(row[key])] = row
    return found


def _day(value: Any) -> date | None:
    """The day of a stored date or time; SQLite holds them as ISO text (``2026-06-13 10:20…``)."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str) and len(value) >= 10:
        return date.fromisoformat(value[:10])
    return None


def _place(
    table: str,
    row: dict[str, Any],
    parents: dict[str, dict[int, dict[str, Any]]],
    doctor_concerns: dict[int, int],
) -> tuple[int | None, date | None]:
    """(concern id, date) of one row, through its parent rows where it has no own."""
    if table == "concern":
        return row["id"], _day(row["diagnosed_on"]) or _day(row["created_at"])
    if table == "symptom_entry":
        return row["concern_id"], _day(row["recorded_at"])
    if table == "treatment_change":
        return row["concern_id"], _day(row["changed_on"])
    if table == "record_request":
        return row["concern_id"], _day(row["requested_on"]) or _day(row["due_on"])
    if table == "visit":
        return row["concern_id"], _day(row["visit_on"])
    if table in ("sign", "question"):
        return row["concern_id"], None
    if table == "attachment":
        request = parents["record_request"].get(row["record_request_id"], {})
        return request.get("concern_id"), _day(row["added_at"])
    if table in ("answer", "visit_feelings"):
        visit = parents["visit"].get(row["visit_id"], {})
        return visit.get("concern_id"), _day(visit.get("visit_on"))
    if table == "result":
        return None, _day(row["taken_at"])
    if table == "doctor":
        return doctor_concerns.get(row["id"]), None
    return None, None  # the health summary belongs to the whole journal


def search(journal: Journal, typed: str, limit: int | None = None) -> list[Hit]:
    """Every row whose text matches ``typed`` (each word as a prefix), best first."""
    if search_index.match_expression(typed) is None:
        return []
    words = search_index.query_words(typed)
    with journal.reading() as conn:  # the hits and their rows in one read transaction
        found = search_index.find_on(conn, typed, limit)
        if not found:
            return []
        ids: dict[str, list[int]] = defaultdict(list)
        for table, key in found:
            ids[table].append(key)
        rows = {
            t: _rows_by_id(conn, t, keys, search_index.TEXT_FIELDS[t] + _PLACE_FIELDS.get(t, ()))
            for t, keys in ids.items()
        }
        visit_ids = {
            r["visit_id"] for t in ("answer", "visit_feelings") for r in rows.get(t, {}).values()
        }
        request_ids = {r["record_request_id"] for r in rows.get("attachment", {}).values()}
        parents = {
            "visit": _rows_by_id(conn, "visit", visit_ids, ("concern_id", "visit_on")),
            "record_request": _rows_by_id(conn, "record_request", request_ids, ("concern_id",)),
        }
        doctor_concerns: dict[int, int] = {}
        doctor_ids = sorted(rows.get("doctor", {}))
        for i in range(0, len(doctor_ids), 500):
            chunk = doctor_ids[i : i + 500]
            marks = ", ".join("?" * len(chunk))
            links = conn.execute(
                "SELECT doctor_id, concern_id FROM doctor_concern "
                f"WHERE doctor_id IN ({marks}) ORDER BY concern_id",
                chunk,
            )
            for doctor_id, concern_id in links:
                doctor_concerns.setdefault(int(doctor_id), int(concern_id))
        titles = {int(k): str(v) for k, v in conn.execute("SELECT id, title FROM concern")}
    hits: list[Hit] = []
    for table, key in found:
        row = rows[table].get(key)
        if row is None:  # deleted between the two reads
            continue
        concern_id, when = _place(table, row, parents, doctor_concerns)
        texts = [str(row.get(f) or "") for f in search_index.TEXT_FIELDS[table]]
        hits.append(
            Hit(
                table=table,
                id=key,
                concern_id=concern_id,
                concern_title=titles.get(concern_id, "") if concern_id is not None else "",
                when=when,
                snippet=make_snippet(texts, words),
            )
        )
    return hits


def count(journal: Journal, typed: str) -> int:
    return search_index.count(journal, typed)


def format_hit(hit: Hit) -> str:
    """One line for the command line: kind, concern, date and snippet, separated by tabs."""
    concern = _one_line(hit.concern_title) or "-"
    when = hit.when.isoformat() if hit.when else "-"
    return "\t".join((hit.kind, concern, when, _one_line(hit.snippet_text)))
