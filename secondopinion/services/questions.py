"""Questions: their order, which ones are still open, and what each visit made of them.

"Still open" is defined here, once, for the Questions tab, the packet and tests:

A question that is not retired is *still open* when either
  (a) the last visit at which it was asked left it unanswered: it has an answer row there and
      the row's text is blank; or
  (b) it is marked "bring to the next visit" and the latest visit has no answer row for it at
      all: it was meant to be brought and nothing came back.
"The latest visit" is the most recent visit, dated today or earlier, at which at least one
question was recorded (has an answer row): a booked visit that has not happened yet, or one
whose questions were never written down, says nothing about what was answered. Visits are
ordered by date, then by when they were entered (id).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Protocol

from sqlalchemy import select
from sqlmodel import col

from secondopinion.services import positions as positions_service
from secondopinion.store import commands
from secondopinion.store.journal import Journal
from secondopinion.store.tables import Answer, Doctor, Question, Visit


class QuestionState(StrEnum):
    NOT_ASKED = "not_asked"
    STILL_OPEN = "still_open"
    ANSWERED = "answered"
    RETIRED = "retired"


@dataclass
class QuestionListing:
    question: Question
    state: QuestionState
    answered: int = 0  # visits that gave it a (non-blank) answer
    open_at: Visit | None = None  # the visit that left it open
    open_with: str = ""  # the name of that visit's doctor

    @property
    def id(self) -> int | None:
        return self.question.id


def _doctor_names(journal: Journal, ids: Iterable[int | None]) -> dict[int | None, str]:
    """The names of these doctors only (a journal may hold a thousand)."""
    wanted = sorted({i for i in ids if i is not None})
    if not wanted:
        return {}
    stmt = select(col(Doctor.id), col(Doctor.name)).where(col(Doctor.id).in_(wanted))
    with journal.session() as s:
        return {i: name for i, name in s.execute(stmt)}


def _when(v: Visit) -> tuple[date, int]:
    return (v.visit_on, v.id or 0)


class AnswerText(Protocol):
    """What ``still_open`` reads of an answer: an ``Answer``, or a row of these columns."""

    @property
    def visit_id(self) -> int: ...
    @property
    def question_id(self) -> int: ...
    @property
    def answer(self) -> str: ...


@dataclass(frozen=True, slots=True)
class _Given:
    visit_id: int
    question_id: int
    answer: str


def still_open(
    questions: Iterable[Question],
    visits: Iterable[Visit],
    answers: Iterable[AnswerText],
    today: date,
) -> dict[int, Visit]:
    """Question id -> the visit that left it open, for every question still open (see above)."""
    past = sorted((v for v in visits if v.visit_on <= today), key=_when)
    rank = {v.id: i for i, v in enumerate(past)}
    by_visit: dict[int, dict[int, AnswerText]] = {}
    for a in answers:
        if a.visit_id in rank:
            by_visit.setdefault(a.visit_id, {})[a.question_id] = a
    asked_at = [v for v in past if by_visit.get(v.id or 0)]
    latest = asked_at[-1] if asked_at else None
    found: dict[int, Visit] = {}
    for q in questions:
        if q.retired or q.id is None:
            continue
        last = next((v for v in reversed(asked_at) if q.id in by_visit[v.id or 0]), None)
        if last is not None and not by_visit[last.id or 0][q.id].answer.strip():
            found[q.id] = last
        elif latest is not None and q.bring_next and q.id not in by_visit[latest.id or 0]:
            found[q.id] = latest
    return found


def list_questions(
    journal: Journal, concern_id: int, today: date | None = None
) -> list[QuestionListing]:
    """The concern's questions in their order, retired ones included, with their state."""
    questions = commands.rows(
        journal,
        Question,
        col(Question.concern_id) == concern_id,
        order_by=[col(Question.position), col(Question.id)],
    )
    visits = commands.rows(journal, Visit, col(Visit.concern_id) == concern_id)
    ids = [v.id for v in visits]
    answers: list[_Given] = []
    if ids:  # three columns of each: a concern may have thousands of answers
        given = select(col(Answer.visit_id), col(Answer.question_id), col(Answer.answer))
        with journal.session() as s:
            found_rows = s.execute(
                given.where(col(Answer.visit_id).in_(ids)).order_by(col(Answer.id))
            )
            answers = [_Given(v, q, text) for v, q, text in found_rows]
    open_at = still_open(questions, visits, answers, today or date.today())
    names = _doctor_names(journal, (v.doctor_id for v in open_at.values()))
    answered: dict[int, int] = {}
    for a in answers:
        if a.answer.strip():
            answered[a.question_id] = answered.get(a.question_id, 0) + 1
    found = []
    for q in questions:
        qid = q.id or 0
        if q.retired:
            state = QuestionState.RETIRED
        elif qid in open_at:
            state = QuestionState.STILL_OPEN
        elif answered.get(qid):
            state = QuestionState.ANSWERED
        else:
            state = QuestionState.NOT_ASKED
        visit = open_at.get(qid)
        who = names.get(visit.doctor_id, "") if visit is not None else ""
        found.append(QuestionListing(q, state, answered.get(qid, 0), visit, who))
    return found


def next_position(journal: Journal, concern_id: int) -> int:
    """Where a new question of the concern goes: at the end of its list."""
    return positions_service.next_position(journal, Question, concern_id)


def positions(journal: Journal, concern_id: int) -> dict[int, int]:
    """Question id -> position, for every question of the concern (to undo a move)."""
    rows = commands.rows(journal, Question, col(Question.concern_id) == concern_id)
    return {q.id: q.position for q in rows if q.id is not None}


def set_positions(journal: Journal, wanted: dict[int, int]) -> None:
    with journal.session() as s:
        for qid, position in wanted.items():
            q = s.get(Question, qid)
            if q is not None and q.position != position:
                q.position = position
                s.add(q)


def moved_order(
    order: Sequence[int], question_id: int, *, before: int | None = None, after: int | None = None
) -> list[int]:
    """``order`` with ``question_id`` taken out and put back just before ``before`` or just
    after ``after`` (last when neither is in the list)."""
    rest = [q for q in order if q != question_id]
    if before in rest:
        at = rest.index(before)
    elif after in rest:
        at = rest.index(after) + 1
    else:
        at = len(rest)
    return [*rest[:at], question_id, *rest[at:]]


def planned_move(
    journal: Journal,
    concern_id: int,
    question_id: int,
    *,
    before: int | None = None,
    after: int | None = None,
) -> tuple[dict[int, int], dict[int, int]]:
    """(positions now, positions after moving ``question_id`` just before or after another),
    every position renumbered 0, 1, 2…; ``set_positions`` applies either."""
    old = positions(journal, concern_id)
    ids = sorted(old, key=lambda qid: (old[qid], qid))
    order = moved_order(ids, question_id, before=before, after=after)
    return old, {qid: i for i, qid in enumerate(order)}


def move(
    journal: Journal,
    concern_id: int,
    question_id: int,
    *,
    before: int | None = None,
    after: int | None = None,
) -> None:
    """Move one question just before or after another; positions become 0, 1, 2…"""
    _old, new = planned_move(journal, concern_id, question_id, before=before, after=after)
    set_positions(journal, new)


def set_retired(journal: Journal, question_ids: Iterable[int], retired: bool) -> None:
    """Retire (or restore) questions. A retired question keeps its "bring" mark for when it is
    restored, but is never brought (``to_bring``) nor counted as still open."""
    with journal.session() as s:
        for qid in question_ids:
            q = s.get(Question, qid)
            if q is not None:
                q.retired = retired
                s.add(q)


def to_bring(journal: Journal, concern_id: int) -> list[Question]:
    """The questions to bring to the next visit, in their order."""
    return commands.rows(
        journal,
        Question,
        col(Question.concern_id) == concern_id,
        col(Question.retired).is_(False),
        col(Question.bring_next).is_(True),
        order_by=[col(Question.position), col(Question.id)],
    )


def answer_count(journal: Journal, question_ids: Iterable[int]) -> int:
    """How many answers (blank or not) hang off these questions: deleting them deletes those."""
    ids = list(question_ids)
    return commands.count(journal, Answer, col(Answer.question_id).in_(ids)) if ids else 0


@dataclass
class GivenAnswer:
    """What one visit answered to a question (blank when it was asked but not answered)."""

    answer: Answer
    visit: Visit
    doctor_name: str

    @property
    def id(self) -> int | None:
        return self.answer.id


def answers_to(journal: Journal, question_id: int) -> list[GivenAnswer]:
    """Every answer a question got, oldest visit first."""
    answers = commands.rows(journal, Answer, col(Answer.question_id) == question_id)
    if not answers:
        return []
    visits = {
        v.id: v
        for v in commands.rows(journal, Visit, col(Visit.id).in_([a.visit_id for a in answers]))
    }
    names = _doctor_names(journal, (v.doctor_id for v in visits.values()))
    found = [
        GivenAnswer(a, visits[a.visit_id], names.get(visits[a.visit_id].doctor_id, ""))
        for a in answers
        if a.visit_id in visits
    ]
    found.sort(key=lambda g: _when(g.visit))
    return found
