"""Records import: a file → a preview of what is new → one transaction that adds it.

:func:`plan_import` reads a records file (``records_read``), maps it (``records_map``) and
compares it with the journal: what would be added, per kind, with examples; what is already
there and is skipped (a medication, allergy or condition of the same name; a procedure of the same
name and date; a result from the same source, or of the same test, time and value); what the file
holds that a journal does not keep. It writes nothing.

:func:`apply_import` writes a plan in one transaction: the new items, the person's name and date
of birth where the journal has none (or, with ``accept_person``, where the file's differ), and a
received record request on the chosen concern carrying the original file as an attachment. The
search index learns the rows through its triggers. It returns the ids it added, so that the GUI
can undo the whole import (:func:`undo_import` / :func:`redo_import`).

Words the person reads (the summary line, the preview) are built in this module only, in English,
for the translation catalogue to take over.

Long module: planning and applying an import share the comparison with the journal (what is
already there); reading is ``records_read``, mapping ``records_map``.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, fields
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import delete, func, insert, select
from sqlmodel import SQLModel

from secondopinion.domain.enums import RecordFormat, RecordKind, RecordStatus
from secondopinion.domain.rules import same_text_key
from secondopinion.domain.validation import check_fields
from secondopinion.i18n import Words, words
from secondopinion.services.filetypes import SNIFF_BYTES, check_type
from secondopinion.services.records_map import (
    AllergyItem,
    ConditionItem,
    MappedRecords,
    MedicationItem,
    ProcedureItem,
    ResultItem,
    map_resources,
)
from secondopinion.services.records_read import MAX_FILE_BYTES, NotARecordsFile, read_bytes
from secondopinion.store.commands import table_of
from secondopinion.store.journal import Journal
from secondopinion.store.search_index import indexed_once as _indexed_once
from secondopinion.store.tables import (
    Allergy,
    Attachment,
    Concern,
    Condition,
    Medication,
    Person,
    Procedure,
    RecordRequest,
    Result,
)

MAX_ATTACHED_BYTES = 50 * 1024 * 1024  # services.attachments.MAX_ATTACHMENT_BYTES
EXAMPLES = 3

# The kinds a preview lists, in order: (key, singular, plural)
KINDS: tuple[tuple[str, str, str], ...] = (
    ("medications", "medication", "medications"),
    ("allergies", "allergy", "allergies"),
    ("conditions", "condition", "conditions"),
    ("procedures", "procedure", "procedures"),
    ("results", "result", "results"),
)


def plural(n: int, one: str, many: str) -> str:
    return f"{n:,} {one if n == 1 else many}"


@dataclass
class ImportPlan:
    """What importing one file would do to one journal. Built by :func:`plan_import`."""

    filename: str
    format: str
    mapped: MappedRecords
    new: dict[str, list[Any]] = field(default_factory=dict)  # kind key -> items to add
    duplicates: Counter[str] = field(default_factory=Counter)  # kind key -> skipped
    name_to_set: str = ""  # set without asking: the journal has no name
    birth_date_to_set: date | None = None
    name_differs: str = ""  # the file's name when the journal's is another
    birth_date_differs: date | None = None
    concern_id: int | None = None
    already_attached: bool = False
    file_bytes: bytes = field(default=b"", repr=False)
    sha256: str = ""

    @property
    def attaches(self) -> bool:
        return (
            self.concern_id is not None
            and not self.already_attached
            and 0 < len(self.file_bytes) <= MAX_ATTACHED_BYTES
        )

    def count(self, key: str) -> int:
        return len(self.new.get(key, []))

    @property
    def total_new(self) -> int:
        return sum(len(v) for v in self.new.values())

    @property
    def changes_anything(self) -> bool:
        return bool(self.total_new or self.name_to_set or self.birth_date_to_set or self.attaches)


@dataclass
class ImportOutcome:
    """What :func:`apply_import` wrote: ids per table, and the person as it was before."""

    added: dict[str, list[int]] = field(default_factory=dict)
    person_before: dict[str, Any] | None = None  # None: there was no person row
    person_after: dict[str, Any] = field(default_factory=dict)
    person_id: int | None = None


# --- comparing with the journal ----------------------------------------------------------------


_fold = same_text_key  # imported names match the journal's the way a person reads them


def _result_key(
    loinc: str, name: str, taken: datetime | None, value: float | None, text: str, unit: str
) -> tuple[Any, ...]:
    return (loinc or _fold(name), taken, value, _fold(text), _fold(unit))


def _existing(journal: Journal) -> dict[str, set[Any]]:
    with journal.session() as s:
        conn = s.connection()
        m, a, c, p, r = (table_of(x) for x in (Medication, Allergy, Condition, Procedure, Result))
        found: dict[str, set[Any]] = {
            "medications": {_fold(n) for (n,) in conn.execute(select(m.c.name))},
            "allergies": {_fold(n) for (n,) in conn.execute(select(a.c.substance))},
            "conditions": {_fold(n) for (n,) in conn.execute(select(c.c.name))},
            "procedures": {
                (_fold(w), when) for w, when in conn.execute(select(p.c.what, p.c["when"]))
            },
            "results": set(),
            "sources": set(),
        }
        columns = (r.c.loinc, r.c.test_name, r.c.taken_at, r.c.value, r.c.value_text, r.c.unit)
        for loinc, name, taken, value, text, unit in conn.execute(select(*columns)):
            found["results"].add(_result_key(loinc, name, taken, value, text, unit))
        found["sources"] = {src for (src,) in conn.execute(select(r.c.source)) if src}
    return found


def _key(kind: str, item: Any) -> Any:
    if kind == "medications":
        return _fold(item.name)
    if kind == "allergies":
        return _fold(item.substance)
    if kind == "conditions":
        return _fold(item.name)
    if kind == "procedures":
        return (_fold(item.what), item.when)
    r: ResultItem = item
    return _result_key(r.loinc, r.test_name, r.taken_at, r.value, r.value_text, r.unit)


def plan_import(
    journal: Journal, data: bytes, filename: str, concern_id: int | None = None
) -> ImportPlan:
    """Read ``data`` (a records file named ``filename``) and say what importing it would do.

    Raises :class:`~secondopinion.services.records_read.NotARecordsFile` for a file the app does
    not read. Writes nothing. ``concern_id`` is the concern whose record request receives the
    file; None takes the first open concern (the file is not attached when there is none).
    """
    found = read_bytes(data)
    mapped = map_resources(found.resources)
    del found
    plan = ImportPlan(filename=filename, format="", mapped=mapped)
    plan.format = read_format_name(data)
    existing = _existing(journal)
    for key, _one, _many in KINDS:
        items: list[Any] = getattr(mapped, key)
        seen = existing[key]
        fresh: list[Any] = []
        for item in items:
            k = _key(key, item)
            if k in seen or (
                key == "results" and item.source and item.source in existing["sources"]
            ):
                plan.duplicates[key] += 1
                continue
            seen.add(k)
            if key == "results" and item.source:
                existing["sources"].add(item.source)
            fresh.append(item)
        plan.new[key] = fresh
    _plan_person(journal, plan)
    plan.concern_id = concern_id if concern_id is not None else _first_open_concern(journal)
    plan.sha256 = hashlib.sha256(data).hexdigest()
    plan.file_bytes = data
    with journal.session() as s:
        t = table_of(Attachment)
        plan.already_attached = bool(
            s.connection().execute(select(func.count()).where(t.c.sha256 == plan.sha256)).scalar()
        )
    return plan


def read_format_name(data: bytes) -> str:
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"{"):
        return "FHIR R4 JSON"
    return "C-CDA" if b"ClinicalDocument" in head else "FHIR R4 XML"


def _first_open_concern(journal: Journal) -> int | None:
    with journal.session() as s:
        t = table_of(Concern)
        stmt = select(t.c.id).where(t.c.archived.is_(False)).order_by(t.c.id).limit(1)
        found = s.connection().execute(stmt).scalar()
    return int(found) if found is not None else None


def _plan_person(journal: Journal, plan: ImportPlan) -> None:
    mapped = plan.mapped
    with journal.session() as s:
        t = table_of(Person)
        row = s.connection().execute(select(t.c.name, t.c.date_of_birth).limit(1)).first()
    name, born = (row[0], row[1]) if row is not None else ("", None)
    if mapped.person_name:
        if not name.strip():
            plan.name_to_set = mapped.person_name[:200]
        elif _fold(name) != _fold(mapped.person_name):
            plan.name_differs = mapped.person_name[:200]
    if mapped.person_birth_date:
        if born is None:
            plan.birth_date_to_set = mapped.person_birth_date
        elif born != mapped.person_birth_date:
            plan.birth_date_differs = mapped.person_birth_date


# --- writing -------------------------------------------------------------------------------------

_TABLE_OF_KIND: dict[str, type[SQLModel]] = {
    "medications": Medication,
    "allergies": Allergy,
    "conditions": Condition,
    "procedures": Procedure,
    "results": Result,
}


def _rows(kind: str, items: list[Any], start: int) -> list[dict[str, Any]]:
    rows = []
    names = [f.name for f in fields(items[0])] if items else []
    for i, item in enumerate(items):
        row = {name: getattr(item, name) for name in names}  # asdict deep-copies: 10x slower
        if kind == "results":
            row.update(notes="")
        else:
            row["position"] = start + i
        if kind == "conditions":
            row.setdefault("notes", "")
        if kind == "procedures":
            row["notes"] = ""
        rows.append(row)
    return rows


def apply_import(
    journal: Journal, plan: ImportPlan, *, accept_person: bool = False
) -> ImportOutcome:
    """Write ``plan`` in one transaction; all of it or, on any error, nothing."""
    outcome = ImportOutcome()
    today = datetime.now().replace(microsecond=0)
    with journal.session() as s, _indexed_once(s.connection()):
        conn = s.connection()
        for key, _one, _many in KINDS:
            items = plan.new.get(key, [])
            if not items:
                continue
            table = table_of(_TABLE_OF_KIND[key])
            start = 0
            if "position" in table.c:
                start = (
                    int(
                        conn.execute(
                            select(func.coalesce(func.max(table.c.position), -1))
                        ).scalar_one()
                    )
                    + 1
                )
            before = int(conn.execute(select(func.coalesce(func.max(table.c.id), 0))).scalar_one())
            for first in range(0, len(items), 2000):  # a chunk at a time: bounded memory
                rows = _rows(key, items[first : first + 2000], start + first)
                for row in rows:  # Core inserts skip the session's checks (store/checks.py)
                    check_fields(table.name, row)
                conn.execute(insert(table), rows)
            ids = [int(i) for (i,) in conn.execute(select(table.c.id).where(table.c.id > before))]
            outcome.added[table.name] = ids
        _write_person(conn, plan, accept_person, outcome)
        if plan.attaches:
            assert plan.concern_id is not None
            mapped = plan.mapped
            notes = f"Imported from {plan.filename} ({plan.format})"
            if mapped.title:
                notes += f": {mapped.title}"
            if mapped.written_on:
                notes += f", {mapped.written_on.isoformat()}"
            request = table_of(RecordRequest)
            request_id = conn.execute(
                insert(request).values(
                    concern_id=plan.concern_id,
                    kind=mapped.kind.value,
                    source=mapped.author[:2000],
                    requested_on=None,
                    due_on=None,
                    status=RecordStatus.RECEIVED.value,
                    format=RecordFormat.ELECTRONIC.value,
                    notes=notes,
                    **_request_defaults(request),
                )
            ).inserted_primary_key[0]  # type: ignore[index]
            outcome.added[request.name] = [int(request_id)]
            media = check_type(plan.filename, plan.file_bytes[:SNIFF_BYTES]).media_type
            attachment = table_of(Attachment)
            attachment_id = conn.execute(
                insert(attachment).values(
                    record_request_id=request_id,
                    filename=plan.filename[:2000] or "records",
                    media_type=media,
                    size=len(plan.file_bytes),
                    sha256=plan.sha256,
                    added_at=today,
                    data=plan.file_bytes,
                )
            ).inserted_primary_key[0]  # type: ignore[index]
            outcome.added[attachment.name] = [int(attachment_id)]
    return outcome


def _request_defaults(request: Any) -> dict[str, Any]:
    """Values for record_request columns other revisions added (their model defaults)."""
    named = {
        "concern_id",
        "kind",
        "source",
        "requested_on",
        "due_on",
        "status",
        "format",
        "notes",
        "id",
    }
    values: dict[str, Any] = {}
    for column in request.c:
        if column.name in named or column.nullable:
            continue
        default = RecordRequest.model_fields.get(column.name)
        if default is not None and default.default is not None:
            values[column.name] = default.default
    return values


def _write_person(conn: Any, plan: ImportPlan, accept_person: bool, outcome: ImportOutcome) -> None:
    changes: dict[str, Any] = {}
    if plan.name_to_set or (accept_person and plan.name_differs):
        changes["name"] = plan.name_to_set or plan.name_differs
    if plan.birth_date_to_set or (accept_person and plan.birth_date_differs):
        changes["date_of_birth"] = plan.birth_date_to_set or plan.birth_date_differs
    if not changes:
        return
    t = table_of(Person)
    row = conn.execute(select(t).order_by(t.c.id).limit(1)).first()
    if row is None:
        values = {"name": "", "notes": "", "date_of_birth": None, **_person_defaults(t)} | changes
        person_id = conn.execute(insert(t).values(**values)).inserted_primary_key[0]
        outcome.person_id = int(person_id)
        outcome.added[t.name] = [int(person_id)]
        return
    before = dict(row._mapping)
    outcome.person_before = {k: before[k] for k in changes}
    outcome.person_after = changes
    outcome.person_id = int(before["id"])
    conn.execute(t.update().where(t.c.id == before["id"]).values(**changes))


def _person_defaults(table: Any) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for column in table.c:
        if column.name in ("id", "name", "notes", "date_of_birth") or column.nullable:
            continue
        default = Person.model_fields.get(column.name)
        if default is not None and default.default is not None:
            values[column.name] = default.default
    return values


# --- undo and redo (the GUI's Ctrl+Z) ---------------------------------------------------------

# Children first, so that deleting never trips a foreign key.
_UNDO_ORDER = (
    "attachment",
    "record_request",
    "result",
    "procedure",
    "condition",
    "allergy",
    "medication",
    "person",
)


@dataclass
class ImportSnapshot:
    """The rows an undone import had written, for redo to put back with the same ids."""

    rows: list[tuple[str, list[dict[str, Any]]]]
    outcome: ImportOutcome


def undo_import(journal: Journal, outcome: ImportOutcome) -> ImportSnapshot:
    """Take back everything one import wrote, in one transaction (later edits to it too)."""
    taken: list[tuple[str, list[dict[str, Any]]]] = []
    models = _models()
    with journal.session() as s:
        conn = s.connection()
        for name in _UNDO_ORDER:
            ids = outcome.added.get(name, [])
            if not ids:
                continue
            table = table_of(models[name])
            found: list[dict[str, Any]] = []
            for chunk in _chunks(ids, 500):
                found += [
                    dict(r._mapping)
                    for r in conn.execute(select(table).where(table.c.id.in_(chunk)))
                ]
                conn.execute(delete(table).where(table.c.id.in_(chunk)))
            taken.append((name, found))
        if outcome.person_before is not None and outcome.person_id is not None:
            t = table_of(Person)
            conn.execute(
                t.update().where(t.c.id == outcome.person_id).values(**outcome.person_before)
            )
    return ImportSnapshot(list(reversed(taken)), outcome)


def redo_import(journal: Journal, snapshot: ImportSnapshot) -> None:
    """Put back what :func:`undo_import` took, with the same ids."""
    models = _models()
    with journal.session() as s:
        conn = s.connection()
        for name, rows in snapshot.rows:
            if rows:
                conn.execute(insert(table_of(models[name])), rows)
        outcome = snapshot.outcome
        if outcome.person_after and outcome.person_id is not None:
            t = table_of(Person)
            conn.execute(
                t.update().where(t.c.id == outcome.person_id).values(**outcome.person_after)
            )


def _models() -> dict[str, type[SQLModel]]:
    found: list[type[SQLModel]] = [*_TABLE_OF_KIND.values(), RecordRequest, Attachment, Person]
    return {table_of(m).name: m for m in found}


def _chunks(ids: list[int], size: int) -> Iterable[list[int]]:
    for i in range(0, len(ids), size):
        yield ids[i : i + size]


# --- words -------------------------------------------------------------------------------------


def _example(kind: str, item: Any) -> str:
    if isinstance(item, MedicationItem):
        return " ".join(p for p in (item.name, item.dose) if p)
    if isinstance(item, AllergyItem):
        return item.substance
    if isinstance(item, ConditionItem):
        return item.name
    if isinstance(item, ProcedureItem):
        return " ".join(p for p in (item.what, item.when) if p)
    r: ResultItem = item
    value = r.value_text + (f"{r.value:g}" if r.value is not None else "")
    when = r.taken_at.date().isoformat() if r.taken_at else ""
    return " ".join(p for p in (r.test_name, value, r.unit, when) if p)


def examples(plan: ImportPlan, key: str, limit: int = EXAMPLES) -> list[str]:
    return [_example(key, item) for item in plan.new.get(key, [])[:limit]]


def _number(n: int) -> str:
    return f"{n:,}"


def kind_count(key: str, n: int, w: Words | None = None) -> str:
    """ "3 medications": a count of one kind of item, in the current language."""
    w = w or words()
    c = _number(n)
    if key == "medications":
        return w.ngettext("{count} medication", "{count} medications", n, count=c)
    if key == "allergies":
        return w.ngettext("{count} allergy", "{count} allergies", n, count=c)
    if key == "conditions":
        return w.ngettext("{count} condition", "{count} conditions", n, count=c)
    if key == "procedures":
        return w.ngettext("{count} procedure", "{count} procedures", n, count=c)
    return w.ngettext("{count} result", "{count} results", n, count=c)


def not_kept_count(kind: str, n: int, w: Words | None = None) -> str:
    """ "16 claims": a count of what a file holds and a journal does not keep."""
    w = w or words()
    c = _number(n)
    texts = {
        "Claim": lambda: w.ngettext("{count} claim", "{count} claims", n, count=c),
        "ExplanationOfBenefit": lambda: w.ngettext(
            "{count} explanation of benefit", "{count} explanations of benefit", n, count=c
        ),
        "Immunization": lambda: w.ngettext(
            "{count} immunization", "{count} immunizations", n, count=c
        ),
        "Encounter": lambda: w.ngettext("{count} encounter", "{count} encounters", n, count=c),
        "CarePlan": lambda: w.ngettext("{count} care plan", "{count} care plans", n, count=c),
        "CareTeam": lambda: w.ngettext("{count} care team", "{count} care teams", n, count=c),
        "Goal": lambda: w.ngettext("{count} goal", "{count} goals", n, count=c),
        "ServiceRequest": lambda: w.ngettext(
            "{count} service request", "{count} service requests", n, count=c
        ),
        "DocumentReference": lambda: w.ngettext(
            "{count} document reference", "{count} document references", n, count=c
        ),
        "ImagingStudy": lambda: w.ngettext(
            "{count} imaging study", "{count} imaging studies", n, count=c
        ),
        "Observation": lambda: w.ngettext(
            "{count} other observation (social history, surveys…)",
            "{count} other observations (social history, surveys…)",
            n,
            count=c,
        ),
        "Patient": lambda: w.ngettext("{count} more person", "{count} more people", n, count=c),
        "NoKnownAllergies": lambda: w.ngettext(
            "{count} statement of no known allergies",
            "{count} statements of no known allergies",
            n,
            count=c,
        ),
    }
    make = texts.get(kind)
    if make is not None:
        return make()
    return w.ngettext("{count} {kind} resource", "{count} {kind} resources", n, count=c, kind=kind)


def not_kept_words(plan: ImportPlan) -> str:
    """ "16 claims, 5 immunizations" — what the file holds and the journal does not keep."""
    w = words()
    ordered = sorted(plan.mapped.not_kept.items(), key=lambda kv: (-kv[1], kv[0]))
    return ", ".join(not_kept_count(kind, n, w) for kind, n in ordered)


def problem_words(plan: ImportPlan) -> str:
    """ "1 skipped: a result without a value" — resources left out for their missing parts."""
    w = words()
    return ", ".join(
        w.ngettext(
            "{count} skipped: {why}", "{count} skipped: {why}", n, count=_number(n), why=w._(why)
        )
        for why, n in sorted(plan.mapped.problems.items())
    )


def summary_line(plan: ImportPlan, *, dry_run: bool = False) -> str:
    """One line per file, as the command line prints it (PRODUCT.md, ``import records``)."""
    w = words()
    added = ", ".join(kind_count(k, plan.count(k), w) for k, _o, _m in KINDS if plan.count(k))
    if dry_run:
        text = w._("{file}: would add {what}", file=plan.filename, what=added or w._("nothing new"))
    else:
        text = w._("{file}: added {what}", file=plan.filename, what=added or w._("nothing new"))
    parts = [text]
    skipped = sum(plan.duplicates.values())
    if skipped:
        parts.append(
            w.ngettext(
                "skipped {count} duplicate",
                "skipped {count} duplicates",
                skipped,
                count=_number(skipped),
            )
        )
    if plan.attaches:
        parts.append(w._("file attached to a received record request"))
    elif plan.already_attached:
        parts.append(w._("file already attached"))
    elif plan.concern_id is None:
        parts.append(w._("file not attached (the journal has no open concern)"))
    elif len(plan.file_bytes) > MAX_ATTACHED_BYTES:
        parts.append(w._("file too large to attach"))
    not_kept = not_kept_words(plan)
    if not_kept:
        parts.append(w._("not imported: {what}", what=not_kept))
    problems = sum(plan.mapped.problems.values())
    if problems:
        parts.append(
            w.ngettext(
                "{count} entry skipped for missing parts",
                "{count} entries skipped for missing parts",
                problems,
                count=_number(problems),
            )
        )
    if plan.name_differs or plan.birth_date_differs:
        parts.append(
            w._("the person's name or date of birth in the file differs and was not changed")
        )
    return "; ".join(parts)


def plan_path(journal: Journal, path: Path, concern_id: int | None = None) -> ImportPlan:
    """:func:`plan_import` for a file on disk; an oversized one is refused before it is read."""
    if path.stat().st_size > MAX_FILE_BYTES:
        from secondopinion.services.records_read import read_path

        read_path(path)  # raises NotARecordsFile with the size in words
    return plan_import(journal, path.read_bytes(), path.name, concern_id)


def import_path(
    journal: Journal, path: Path, *, dry_run: bool = False, concern_id: int | None = None
) -> str:
    """The command line's one file: plan, and unless ``dry_run`` apply; returns its line."""
    plan = plan_path(journal, path, concern_id)
    if not dry_run and plan.changes_anything:
        apply_import(journal, plan)
    return summary_line(plan, dry_run=dry_run)


__all__ = [
    "ImportOutcome",
    "ImportPlan",
    "NotARecordsFile",
    "RecordKind",
    "apply_import",
    "examples",
    "import_path",
    "not_kept_words",
    "plan_import",
    "summary_line",
    "undo_import",
]
