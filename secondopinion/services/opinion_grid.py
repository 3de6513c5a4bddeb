"""The Compare tab's opinion grid: which visits to compare, the rows of the grid, where they differ.

Plain data for the Compare tab (and anything else that wants it): values stay raw (enum values,
numbers, ``None`` for "not recorded") so the screen can word them in the person's language;
differences are decided here, on normalised text, so every view agrees on them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func
from sqlalchemy import select as select_columns
from sqlmodel import col, select

from secondopinion.domain.enums import Agreement, DoctorStatus, Feeling, RecordStatus
from secondopinion.domain.rules import (
    is_overdue,
    opinions_disagree,
    same_text_key,
    visit_is_ahead,
)
from secondopinion.domain.validation import check_fields
from secondopinion.services.doctors import describe, doctors_by_id
from secondopinion.store import commands
from secondopinion.store.journal import Journal
from secondopinion.store.tables import (
    Answer,
    Attachment,
    Concern,
    Doctor,
    DoctorConcern,
    Question,
    RecordRequest,
    TreatmentChange,
    Visit,
    VisitFeelings,
)

MAX_COLUMNS = 3

Value = str | int | None


@dataclass(frozen=True)
class VisitChoice:
    """One visit as the picker lists it."""

    id: int
    visit_on: date
    kind: str
    doctor_id: int | None
    doctor_name: str


@dataclass(frozen=True)
class GridColumn:
    """One visit as a column of the grid."""

    id: int
    visit_on: date
    kind: str
    doctor_name: str
    doctor_detail: str  # specialty and institution, as far as they are known


@dataclass(frozen=True)
class GridRow:
    """One aspect of the opinions, with a raw value per column.

    ``key`` names the aspect: ``doctor``, ``kind``, ``diagnosis``, ``agreement``, ``treatment``,
    ``tests``, ``rationale``, ``in_my_place``, ``question:<id>``, ``feeling:<value>``, ``trust``;
    ``section:opinion|answers|feelings`` rows only title a group. ``None`` means not recorded
    (for an answer: not asked at that visit). ``cell_differs`` marks each cell whose value no
    other column shares (see ``differing_cells``).
    """

    key: str
    values: tuple[Value, ...]
    cell_differs: tuple[bool, ...] = ()
    compared: bool = True
    label: str = ""  # the question's text for question rows
    standard_key: str | None = None  # the standard question this row is, if any

    @property
    def differs(self) -> bool:
        return any(self.cell_differs)

    @property
    def is_section(self) -> bool:
        return self.key.startswith("section:")


@dataclass(frozen=True)
class Comparison:
    visits: tuple[GridColumn, ...]
    rows: tuple[GridRow, ...]
    different_diagnoses: bool = False
    not_agreeing: tuple[int, ...] = ()  # columns whose agreement is "partly" or "disagrees"
    disagree: bool = False


OPINION_ROWS = ("diagnosis", "agreement", "treatment", "tests", "rationale", "in_my_place")


def normalise(value: Value) -> Value:
    """What two cells are compared on: text without case or spacing differences."""
    if isinstance(value, str):
        return same_text_key(value) or None
    return value


def values_differ(values: Iterable[Value]) -> bool:
    """Do the recorded values differ? Cells with nothing recorded take no part."""
    seen = {normalise(v) for v in values}
    seen.discard(None)
    return len(seen) > 1


def differing_cells(values: Sequence[Value]) -> tuple[bool, ...]:
    """Which cells to highlight: recorded values that no other column shares, when the row's
    recorded values are not all the same. With A, B, A only B stands out; with A, B, C all
    do; a cell with nothing recorded never does."""
    folded = [normalise(v) for v in values]
    if not values_differ(folded):
        return tuple(False for _ in folded)
    return tuple(v is not None and folded.count(v) == 1 for v in folded)


def visit_choices(
    journal: Journal, concern_id: int, now: datetime | None = None
) -> list[VisitChoice]:
    """The concern's visits that happened (not planned ones, not cancelled ones), newest first:
    a visit still ahead has no opinion to compare yet."""
    moment = now or datetime.now()
    stmt = (
        select_columns(
            col(Visit.id),
            col(Visit.visit_on),
            col(Visit.visit_time),
            col(Visit.kind),
            col(Visit.doctor_id),
            col(Doctor.name),
        )
        .outerjoin(Doctor, col(Doctor.id) == col(Visit.doctor_id))
        .where(col(Visit.concern_id) == concern_id, col(Visit.cancelled).is_(False))
        .order_by(col(Visit.visit_on).desc(), col(Visit.id).desc())
    )
    with journal.session() as s:
        rows = s.execute(stmt).all()
    return [
        VisitChoice(
            id=int(vid or 0), visit_on=on, kind=kind, doctor_id=doctor_id, doctor_name=name or ""
        )
        for vid, on, at, kind, doctor_id, name in rows
        if not visit_is_ahead(on, at, moment)
    ]


def default_visit_ids(choices: Sequence[VisitChoice], limit: int = MAX_COLUMNS) -> list[int]:
    """The latest visit with each doctor seen, the most recent ``limit`` of them, oldest first."""
    latest: dict[object, VisitChoice] = {}
    for v in choices:
        who: object = v.doctor_id if v.doctor_id is not None else ("visit", v.id)
        best = latest.get(who)
        if best is None or (v.visit_on, v.id) > (best.visit_on, best.id):
            latest[who] = v
    newest = sorted(latest.values(), key=lambda v: (v.visit_on, v.id), reverse=True)[:limit]
    return [v.id for v in sorted(newest, key=lambda v: (v.visit_on, v.id))]


def _row(
    key: str,
    values: Sequence[Value],
    *,
    compared: bool = True,
    label: str = "",
    standard_key: str | None = None,
) -> GridRow:
    cells = differing_cells(values) if compared else tuple(False for _ in values)
    return GridRow(key, tuple(values), cells, compared, label, standard_key)


def compare(journal: Journal, concern_id: int, visit_ids: Sequence[int]) -> Comparison:
    """The grid for the chosen visits of one concern, in the order given."""
    wanted = list(dict.fromkeys(visit_ids))[:MAX_COLUMNS]
    found = {
        v.id: v
        for v in commands.rows(
            journal, Visit, col(Visit.id).in_(wanted), col(Visit.concern_id) == concern_id
        )
    }
    visits = [found[i] for i in wanted if i in found]
    ids = [int(v.id or 0) for v in visits]
    doctors = doctors_by_id(journal, (v.doctor_id for v in visits))
    columns = tuple(
        GridColumn(
            id=int(v.id or 0),
            visit_on=v.visit_on,
            kind=v.kind,
            doctor_name=doctors[v.doctor_id].name if v.doctor_id in doctors else "",
            doctor_detail=describe(doctors.get(v.doctor_id or -1)),
        )
        for v in visits
    )
    if not visits:
        return Comparison(visits=(), rows=())
    answers = commands.rows(journal, Answer, col(Answer.visit_id).in_(ids))
    feelings = {
        f.visit_id: f
        for f in commands.rows(journal, VisitFeelings, col(VisitFeelings.visit_id).in_(ids))
    }
    asked = {(a.visit_id, a.question_id): a.answer for a in answers}
    question_ids = {a.question_id for a in answers}
    questions = commands.rows(
        journal,
        Question,
        col(Question.id).in_(sorted(question_ids)),
        order_by=[col(Question.position), col(Question.id)],
    )

    rows: list[GridRow] = [
        _row("section:opinion", [None] * len(visits), compared=False),
        _row("doctor", [c.doctor_name for c in columns], compared=False),
        _row("kind", [v.kind for v in visits], compared=False),
    ]
    for name in OPINION_ROWS:
        rows.append(_row(name, [getattr(v, name) for v in visits]))
    if questions:
        rows.append(_row("section:answers", [None] * len(visits), compared=False))
    for q in questions:
        values = [asked.get((i, int(q.id or 0))) for i in ids]
        rows.append(_row(f"question:{q.id}", values, label=q.text, standard_key=q.standard_key))
    rows.append(_row("section:feelings", [None] * len(visits), compared=False))
    for feeling in Feeling:
        rows.append(
            _row(
                f"feeling:{feeling.value}",
                [getattr(feelings[i], feeling.value) if i in feelings else None for i in ids],
            )
        )
    rows.append(_row("trust", [feelings[i].trust if i in feelings else None for i in ids]))

    agreements = [Agreement(v.agreement) if v.agreement else None for v in visits]
    not_agreeing = tuple(
        i for i, a in enumerate(agreements) if a in (Agreement.PARTLY, Agreement.DISAGREES)
    )
    different = values_differ([v.diagnosis for v in visits])
    return Comparison(
        visits=columns,
        rows=tuple(rows),
        different_diagnoses=different,
        not_agreeing=not_agreeing,
        disagree=opinions_disagree([v.diagnosis for v in visits], agreements),
    )


# --- the concern's timeline ---------------------------------------------------------------------


@dataclass(frozen=True)
class TimelineEvent:
    """Something that happened (or is due) on a day, and the row it comes from.

    ``kind``: ``diagnosis`` (the original one), ``visit``, ``treatment``, ``requested``,
    ``received`` (the day the first file was added to a received record) and ``due`` (a record
    still awaited). ``title`` is what the person wrote (doctor, change, source); ``detail`` a
    stable value (visit kind, record kind) the screen words.
    """

    on: date
    kind: str
    table: str
    row_id: int
    title: str
    detail: str = ""
    overdue: bool = False


_EVENT_ORDER = {"diagnosis": 0, "visit": 1, "treatment": 2, "requested": 3, "received": 4, "due": 5}


def timeline(journal: Journal, concern_id: int, today: date | None = None) -> list[TimelineEvent]:
    """Visits, treatment changes and record milestones of one concern, oldest first."""
    today = today or date.today()
    events: list[TimelineEvent] = []
    concern = commands.get(journal, Concern, concern_id)
    if concern is None:
        return []
    if concern.diagnosed_on is not None:
        who = concern.diagnosed_by.strip()
        events.append(
            TimelineEvent(
                concern.diagnosed_on,
                "diagnosis",
                "concern",
                concern_id,
                concern.original_diagnosis.strip(),
                who,
            )
        )
    # Only the columns each line shows: a concern may have thousands of events.
    visits = (
        select_columns(col(Visit.id), col(Visit.visit_on), col(Visit.kind), col(Doctor.name))
        .outerjoin(Doctor, col(Doctor.id) == col(Visit.doctor_id))
        .where(col(Visit.concern_id) == concern_id)
    )
    changes = select_columns(
        col(TreatmentChange.id), col(TreatmentChange.changed_on), col(TreatmentChange.description)
    ).where(col(TreatmentChange.concern_id) == concern_id)
    asked = select_columns(
        col(RecordRequest.id),
        col(RecordRequest.source),
        col(RecordRequest.status),
        col(RecordRequest.kind),
        col(RecordRequest.requested_on),
        col(RecordRequest.due_on),
    ).where(col(RecordRequest.concern_id) == concern_id)
    with journal.session() as s:
        visit_rows, change_rows = s.execute(visits).all(), s.execute(changes).all()
        request_rows = s.execute(asked).all()
    for vid, on, kind, name in visit_rows:
        events.append(TimelineEvent(on, "visit", "visit", int(vid or 0), name or "", kind))
    for cid, changed_on, description in change_rows:
        events.append(
            TimelineEvent(changed_on, "treatment", "treatment_change", int(cid or 0), description)
        )
    received = _first_files(journal, [int(r[0] or 0) for r in request_rows])
    for request_id, request_source, request_status, kind, requested_on, due_on in request_rows:
        rid, source, status = (
            int(request_id or 0),
            request_source.strip(),
            RecordStatus(request_status),
        )
        if requested_on is not None:
            events.append(
                TimelineEvent(requested_on, "requested", "record_request", rid, source, kind)
            )
        if status in (RecordStatus.RECEIVED, RecordStatus.SENT_ON) and rid in received:
            events.append(
                TimelineEvent(received[rid], "received", "record_request", rid, source, kind)
            )
        if status is RecordStatus.REQUESTED and due_on is not None:
            late = is_overdue(status, due_on, today)
            events.append(TimelineEvent(due_on, "due", "record_request", rid, source, kind, late))
    events.sort(key=lambda e: (e.on, _EVENT_ORDER[e.kind], e.row_id))
    return events


def _first_files(journal: Journal, request_ids: list[int]) -> dict[int, date]:
    """The day the first file was attached to each record request (without reading files)."""
    if not request_ids:
        return {}
    stmt = (
        select(Attachment.record_request_id, func.min(Attachment.added_at))
        .where(col(Attachment.record_request_id).in_(request_ids))
        .group_by(col(Attachment.record_request_id))
    )
    with journal.session() as s:
        return {int(rid): added.date() for rid, added in s.exec(stmt) if added is not None}


# --- the next step when opinions disagree --------------------------------------------------------


def add_third_opinion_candidate(
    journal: Journal, concern_id: int, name: str, notes: str = ""
) -> Doctor:
    """A new doctor to consider for this concern, linked to it, in one transaction."""
    doctor = Doctor(name=name, status=DoctorStatus.CONSIDERING.value, notes=notes)
    check_fields("doctor", {"name": doctor.name, "notes": doctor.notes})
    with journal.session() as s:
        s.add(doctor)
        s.flush()
        assert doctor.id is not None
        s.add(DoctorConcern(doctor_id=doctor.id, concern_id=concern_id))
        s.flush()
        s.refresh(doctor)
    return doctor
