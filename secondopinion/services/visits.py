"""Visits: the list with doctors' names, a new visit with the questions brought, answers and
the feelings after the visit."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlmodel import col

from secondopinion.domain.enums import VisitKind
from secondopinion.domain.rules import opinion_written, visit_is_ahead
from secondopinion.domain.validation import FieldError, check_fields
from secondopinion.domain.wording import Sentence
from secondopinion.services import doctors as doctor_service
from secondopinion.services.questions import to_bring
from secondopinion.store import commands
from secondopinion.store.commands import Snapshot
from secondopinion.store.journal import Journal
from secondopinion.store.tables import Answer, Doctor, DoctorConcern, Question, Visit, VisitFeelings


@dataclass
class VisitListing:
    visit: Visit
    doctor_name: str = ""
    asked: int = 0  # questions recorded for the visit
    answered: int = 0  # of which with an answer
    trust: int | None = None
    has_feelings: bool = False

    @property
    def id(self) -> int | None:
        return self.visit.id

    def is_planned(self, now: datetime) -> bool:
        """Still ahead (cancelled or not): listed apart from the visits that happened."""
        return visit_is_ahead(self.visit.visit_on, self.visit.visit_time, now)

    def asks_for_opinion(self, now: datetime) -> bool:
        """It happened (and was not cancelled), but its opinion or feelings are not written."""
        v = self.visit
        return (
            not v.cancelled
            and not self.is_planned(now)
            and not (opinion_written(v.diagnosis, v.agreement, v.treatment) and self.has_feelings)
        )


@dataclass
class AnswerListing:
    """One question brought to a visit, side by side with what the doctor said."""

    answer: Answer
    question: Question

    @property
    def id(self) -> int | None:
        return self.answer.id


def list_visits(journal: Journal, concern_id: int) -> list[VisitListing]:
    visits = commands.rows(
        journal,
        Visit,
        col(Visit.concern_id) == concern_id,
        order_by=[col(Visit.visit_on), col(Visit.id)],
    )
    ids = [v.id for v in visits]
    doctor_ids = sorted({v.doctor_id for v in visits if v.doctor_id is not None})
    asked: dict[int, int] = {}
    answered: dict[int, int] = {}
    trust: dict[int, int | None] = {}
    with journal.session() as s:
        names = dict(
            s.execute(
                select(col(Doctor.id), col(Doctor.name)).where(col(Doctor.id).in_(doctor_ids))
            ).all()
        )
        if ids:
            given = select(col(Answer.visit_id), col(Answer.answer)).where(
                col(Answer.visit_id).in_(ids)
            )
            for visit_id, text in s.execute(given):
                asked[visit_id] = asked.get(visit_id, 0) + 1
                answered[visit_id] = answered.get(visit_id, 0) + (1 if text.strip() else 0)
            felt = select(col(VisitFeelings.visit_id), col(VisitFeelings.trust)).where(
                col(VisitFeelings.visit_id).in_(ids)
            )
            trust = dict(s.execute(felt).all())
    return [
        VisitListing(
            visit=v,
            doctor_name=names.get(v.doctor_id, "") if v.doctor_id is not None else "",
            asked=asked.get(v.id or 0, 0),
            answered=answered.get(v.id or 0, 0),
            trust=trust.get(v.id or 0),
            has_feelings=(v.id or 0) in trust,
        )
        for v in visits
    ]


def doctor_choices(journal: Journal, concern_id: int | None) -> list[tuple[int, str, str]]:
    """(id, name, specialty) of every doctor a visit can be with: the concern's doctors first,
    then the others, each by name (case-folded)."""
    mine_stmt = select(col(DoctorConcern.doctor_id)).where(
        col(DoctorConcern.concern_id) == concern_id
    )
    stmt = select(col(Doctor.id), col(Doctor.name), col(Doctor.specialty)).order_by(
        col(Doctor.name), col(Doctor.id)
    )
    with journal.session() as s:
        mine = set(s.execute(mine_stmt).scalars()) if concern_id is not None else set()
        doctors = [(int(i), name, specialty) for i, name, specialty in s.execute(stmt)]
    by_name = sorted(doctors, key=lambda d: d[1].casefold())
    return [d for d in by_name if d[0] in mine] + [d for d in by_name if d[0] not in mine]


def listing(journal: Journal, concern_id: int, visit_id: int) -> VisitListing | None:
    return next((v for v in list_visits(journal, concern_id) if v.id == visit_id), None)


def default_kind(journal: Journal, concern_id: int) -> VisitKind:
    """What the next visit most likely is: the second opinion, then the third, then follow-ups.

    The original diagnosis is usually written on the concern itself, so a first visit entered
    is taken to be the second opinion; the person can change it.
    """
    kinds = {v.kind for v in commands.rows(journal, Visit, col(Visit.concern_id) == concern_id)}
    if VisitKind.SECOND_OPINION.value not in kinds:
        return VisitKind.SECOND_OPINION
    if VisitKind.THIRD_OPINION.value not in kinds:
        return VisitKind.THIRD_OPINION
    return VisitKind.FOLLOW_UP


def create_visit(
    journal: Journal,
    concern_id: int,
    visit_on: date,
    kind: VisitKind,
    doctor_id: int | None = None,
) -> Visit:
    """A new visit, with a blank answer for every question marked "bring to the next visit"
    (those are the questions brought; a blank one left blank stays "still open")."""
    visit = commands.add(
        journal,
        Visit(concern_id=concern_id, visit_on=visit_on, kind=kind.value, doctor_id=doctor_id),
    )
    assert visit.id is not None
    brought = [
        Answer(visit_id=visit.id, question_id=q.id)
        for q in to_bring(journal, concern_id)
        if q.id is not None
    ]
    if brought:
        commands.add_all(journal, brought)
    if doctor_id is not None:
        doctor_service.set_link(journal, doctor_id, concern_id, True)
    return visit


def answers_for(journal: Journal, visit_id: int) -> list[AnswerListing]:
    """The visit's answers in the order of the questions."""
    answers = commands.rows(journal, Answer, col(Answer.visit_id) == visit_id)
    if not answers:
        return []
    questions = {
        q.id: q
        for q in commands.rows(
            journal, Question, col(Question.id).in_([a.question_id for a in answers])
        )
    }
    found = [AnswerListing(a, questions[a.question_id]) for a in answers]
    found.sort(key=lambda x: (x.question.position, x.question.id or 0))
    return found


def askable(journal: Journal, visit: Visit) -> list[Question]:
    """Active questions of the visit's concern that have no answer row at this visit yet."""
    have = {a.question_id for a in commands.rows(journal, Answer, col(Answer.visit_id) == visit.id)}
    return [
        q
        for q in commands.rows(
            journal,
            Question,
            col(Question.concern_id) == visit.concern_id,
            col(Question.retired).is_(False),
            order_by=[col(Question.position), col(Question.id)],
        )
        if q.id not in have
    ]


def feelings(journal: Journal, visit_id: int) -> VisitFeelings | None:
    return commands.get(journal, VisitFeelings, visit_id)


def set_feelings(journal: Journal, visit_id: int, **changes: Any) -> VisitFeelings:
    """Save some feelings of a visit; the row is created on the first one (FieldError first).

    LookupError when the visit itself is gone (deleted while a change was pending)."""
    if commands.get(journal, VisitFeelings, visit_id) is None:
        if commands.get(journal, Visit, visit_id) is None:
            raise LookupError(Sentence("visit {id} no longer exists", id=visit_id))
        return commands.add(journal, VisitFeelings(visit_id=visit_id, **changes))
    return commands.update(journal, VisitFeelings, visit_id, **changes)


def link_doctor_to_concern(journal: Journal, visit: Visit) -> None:
    """A doctor seen at a visit is one of the visit's concern's doctors (saving a visit says so)."""
    if visit.doctor_id is not None:
        doctor_service.set_link(journal, visit.doctor_id, visit.concern_id, True)


def add_doctor_at_visit(journal: Journal, visit_id: int, doctor: Doctor) -> Doctor:
    """A doctor met at the visit and not in the list yet, in one transaction: stored (fields
    checked first), linked to the visit's concern, and made the visit's doctor."""
    check_fields("doctor", {c.name: getattr(doctor, c.name) for c in commands.table_of(Doctor).c})
    with journal.session() as s:
        visit = s.get(Visit, visit_id)
        if visit is None:
            raise FieldError("visit", Sentence("The visit is gone."))
        s.add(doctor)
        s.flush()
        s.refresh(doctor)
        assert doctor.id is not None
        if s.get(DoctorConcern, (doctor.id, visit.concern_id)) is None:
            s.add(DoctorConcern(doctor_id=doctor.id, concern_id=visit.concern_id))
        visit.doctor_id = doctor.id
        s.add(visit)
    return doctor


def undo_doctor_at_visit(
    journal: Journal, doctor_id: int, visit_id: int, previous_doctor_id: int | None
) -> Snapshot:
    """Take back ``add_doctor_at_visit``: the doctor goes, the visit gets its earlier doctor.
    ``commands.restore`` of the snapshot brings the doctor, the link and the choice back."""
    snapshot = commands.delete_row(journal, Doctor, doctor_id)
    if previous_doctor_id is not None:
        commands.update(journal, Visit, visit_id, doctor_id=previous_doctor_id)
    return snapshot
