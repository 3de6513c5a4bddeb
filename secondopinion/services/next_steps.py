"""Next steps: what is pending for a concern, most urgent first (the Next steps page).

The rules live here, once, with Qt-free tests; the page only words them. In order:

1. ``PLANNED_VISIT`` — the next visit ahead (not cancelled), with the questions marked to bring:
   prepare the packet for it.
2. ``OPINION_MISSING`` — each visit whose time has passed (not cancelled) with no opinion written
   (no diagnosis, no agreement, no treatment) or no feelings recorded yet; latest first.
3. ``RECORD_OVERDUE`` — each request still waiting after its due date; longest overdue first.
4. ``RECORD_MISSING`` — each record still to ask for (status "needed"), in the tracker's order.
5. ``OPEN_QUESTIONS`` — the questions a visit left open (asked but not answered), as one item.
6. ``RESULT_FLAGGED`` — each test whose latest result is flagged high, low or abnormal.
7. ``THIRD_OPINION`` — when the opinions written so far disagree (with each other, or with the
   original diagnosis) and no third opinion is planned yet.

An item goes away when what it asks is done: the visit happens (and then asks for its opinion),
the opinion is written, the records arrive, the question is answered, a newer normal result comes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time
from enum import StrEnum

from sqlmodel import col

from secondopinion.domain.enums import Agreement, RecordKind, RecordStatus, ResultFlag, VisitKind
from secondopinion.domain.rules import opinion_written, opinions_disagree, visit_is_ahead
from secondopinion.services.questions import QuestionState, list_questions, to_bring
from secondopinion.services.records import request_is_overdue
from secondopinion.services.report_words import standard_question_text
from secondopinion.store import commands
from secondopinion.store.journal import Journal
from secondopinion.store.tables import (
    Doctor,
    DoctorConcern,
    RecordRequest,
    Result,
    Visit,
    VisitFeelings,
)


class StepKind(StrEnum):
    PLANNED_VISIT = "planned_visit"
    OPINION_MISSING = "opinion_missing"
    RECORD_OVERDUE = "record_overdue"
    RECORD_MISSING = "record_missing"
    OPEN_QUESTIONS = "open_questions"
    RESULT_FLAGGED = "result_flagged"
    THIRD_OPINION = "third_opinion"


class Place(StrEnum):
    """Where an item is handled: the tab (by its object name) that opens on it."""

    VISITS = "visitsTab"
    RECORDS = "recordsTab"
    QUESTIONS = "questionsTab"
    RESULTS = "resultsPage"
    COMPARE = "compareTab"


FLAGGED = (ResultFlag.HIGH, ResultFlag.LOW, ResultFlag.ABNORMAL)

# The tables whose rows ``next_steps`` and ``suggestion`` read (here and in
# ``services.questions``): a change elsewhere (a symptom entry, a sign, a treatment change, the
# health summary) changes no step. A test holds this equal to the table classes they import.
TABLES_READ = frozenset(
    {
        "concern",
        "visit",
        "doctor",
        "doctor_concern",
        "visit_feelings",
        "record_request",
        "question",
        "answer",
        "result",
    }
)


@dataclass(frozen=True)
class NextStep:
    """One pending thing, as plain data; the page turns it into words."""

    kind: StepKind
    place: Place
    key: int | None = None  # the row the place selects (visit, request, result id)
    day: date | None = None  # the visit's date, the request's due date, the result's date
    at: time | None = None  # the visit's time of day
    doctor: str = ""
    where: str = ""  # the visit's place, the request's provider
    record_kind: RecordKind | None = None
    test: str = ""
    value: str = ""  # the result's value with its unit, as written
    flag: ResultFlag | None = None
    count: int = 0  # open questions
    needs_opinion: bool = False  # OPINION_MISSING: the opinion is not written
    needs_feelings: bool = False  # OPINION_MISSING: the feelings are not recorded
    questions: tuple[str, ...] = field(default=())  # PLANNED_VISIT: the questions to bring


def _moment(v: Visit) -> datetime:
    return datetime.combine(v.visit_on, v.visit_time or time(0, 0))


def _has_passed(v: Visit, now: datetime) -> bool:
    return not visit_is_ahead(v.visit_on, v.visit_time, now)


def _opinion_written(v: Visit) -> bool:
    return opinion_written(v.diagnosis, v.agreement, v.treatment)


def _value(r: Result) -> str:
    if r.value is not None:
        number = f"{r.value:g}"
        shown = f"{r.value_text}{number}" if r.value_text in ("<", "<=", ">", ">=") else number
    else:
        shown = r.value_text
    return f"{shown} {r.unit}".strip()


def flagged_results(journal: Journal) -> list[Result]:
    """The latest result of each test, where that latest one is flagged high, low or abnormal."""
    latest: dict[str, Result] = {}
    ordered = commands.rows(journal, Result, order_by=(col(Result.taken_at), col(Result.id)))
    for r in ordered:
        latest[(r.loinc or r.test_name).casefold()] = r
    return [r for r in latest.values() if r.interpretation in FLAGGED]


def next_steps(journal: Journal, concern_id: int, now: datetime) -> list[NextStep]:
    """Everything pending for the concern, most urgent first (see the module's rules)."""
    today = now.date()
    visits = commands.rows(
        journal,
        Visit,
        col(Visit.concern_id) == concern_id,
        order_by=(col(Visit.visit_on), col(Visit.visit_time), col(Visit.id)),
    )
    doctor_ids = {v.doctor_id for v in visits if v.doctor_id is not None}
    names = {
        d.id: d.name
        for d in (
            commands.rows(journal, Doctor, col(Doctor.id).in_(doctor_ids)) if doctor_ids else []
        )
    }
    steps: list[NextStep] = []

    ahead = [v for v in visits if not v.cancelled and not _has_passed(v, now)]
    if ahead:
        v = ahead[0]
        steps.append(
            NextStep(
                StepKind.PLANNED_VISIT,
                Place.VISITS,
                v.id,
                day=v.visit_on,
                at=v.visit_time,
                doctor=names.get(v.doctor_id, ""),
                where=v.place,
                questions=tuple(
                    standard_question_text(q.standard_key, q.text)
                    for q in to_bring(journal, concern_id)
                ),
            )
        )

    passed = [v for v in visits if not v.cancelled and _has_passed(v, now)]
    felt = (
        {
            f.visit_id
            for f in commands.rows(
                journal, VisitFeelings, col(VisitFeelings.visit_id).in_([v.id for v in passed])
            )
        }
        if passed
        else set()
    )
    for v in sorted(passed, key=_moment, reverse=True):
        needs_opinion = not _opinion_written(v)
        needs_feelings = v.id not in felt
        if needs_opinion or needs_feelings:
            steps.append(
                NextStep(
                    StepKind.OPINION_MISSING,
                    Place.VISITS,
                    v.id,
                    day=v.visit_on,
                    at=v.visit_time,
                    doctor=names.get(v.doctor_id, ""),
                    needs_opinion=needs_opinion,
                    needs_feelings=needs_feelings,
                )
            )

    requests = commands.rows(
        journal,
        RecordRequest,
        col(RecordRequest.concern_id) == concern_id,
        order_by=(col(RecordRequest.id),),
    )
    overdue = sorted(
        (r for r in requests if request_is_overdue(r, today)),
        key=lambda r: (r.due_on or today, r.id or 0),
    )
    steps.extend(_record_step(StepKind.RECORD_OVERDUE, r) for r in overdue)
    steps.extend(
        _record_step(StepKind.RECORD_MISSING, r)
        for r in requests
        if r.status == RecordStatus.NEEDED.value
    )

    still_open = sum(
        1 for q in list_questions(journal, concern_id, today) if q.state is QuestionState.STILL_OPEN
    )
    if still_open:
        steps.append(NextStep(StepKind.OPEN_QUESTIONS, Place.QUESTIONS, count=still_open))

    for r in flagged_results(journal):
        steps.append(
            NextStep(
                StepKind.RESULT_FLAGGED,
                Place.RESULTS,
                r.id,
                day=r.taken_at.date() if r.taken_at else None,
                test=r.test_name,
                value=_value(r),
                flag=ResultFlag(r.interpretation),
            )
        )

    written = [v for v in passed if _opinion_written(v)]
    agreements = [Agreement(v.agreement) if v.agreement else None for v in written]
    third_planned = any(v.kind == VisitKind.THIRD_OPINION.value for v in ahead)
    if (
        written
        and not third_planned
        and opinions_disagree((v.diagnosis for v in written), agreements)
    ):
        steps.append(NextStep(StepKind.THIRD_OPINION, Place.COMPARE))
    return steps


def _record_step(kind: StepKind, r: RecordRequest) -> NextStep:
    try:
        record_kind = RecordKind(r.kind)
    except ValueError:
        record_kind = RecordKind.OTHER
    return NextStep(
        kind, Place.RECORDS, r.id, day=r.due_on, where=r.source, record_kind=record_kind
    )


class Suggestion(StrEnum):
    """The next natural step when nothing is pending (the empty Next steps page says it)."""

    CHOOSE_DOCTOR = "choose_doctor"  # no doctor considered for this concern yet
    PLAN_VISIT = "plan_visit"  # doctors, but no visit yet
    COMPARE = "compare"  # two opinions or more: look at them side by side
    KEEP_NOTES = "keep_notes"  # otherwise: keep the symptom log going


def suggestion(journal: Journal, concern_id: int) -> Suggestion:
    if not commands.count(journal, DoctorConcern, col(DoctorConcern.concern_id) == concern_id):
        return Suggestion.CHOOSE_DOCTOR
    visits = commands.rows(journal, Visit, col(Visit.concern_id) == concern_id)
    if not visits:
        return Suggestion.PLAN_VISIT
    if sum(1 for v in visits if _opinion_written(v)) >= 2:
        return Suggestion.COMPARE
    return Suggestion.KEEP_NOTES
