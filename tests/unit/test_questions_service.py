"""Questions: the definition of "still open", ordering, retiring, answers given."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from secondopinion.services import questions as service
from secondopinion.services.concerns import create_concern
from secondopinion.services.questions import QuestionState, moved_order, still_open
from secondopinion.store import commands
from secondopinion.store.journal import Journal
from secondopinion.store.tables import Answer, Question, Visit

TODAY = date(2026, 6, 1)


def _q(qid: int, *, bring: bool = True, retired: bool = False) -> Question:
    return Question(id=qid, concern_id=1, text=f"Q{qid}", bring_next=bring, retired=retired)


def _v(vid: int, day: date) -> Visit:
    return Visit(id=vid, concern_id=1, visit_on=day)


def _a(vid: int, qid: int, text: str) -> Answer:
    return Answer(id=vid * 100 + qid, visit_id=vid, question_id=qid, answer=text)


def test_blank_answer_at_the_last_visit_it_was_asked_is_still_open() -> None:
    visits = [_v(1, date(2026, 1, 1)), _v(2, date(2026, 2, 1))]
    answers = [_a(1, 1, "yes"), _a(2, 1, "   "), _a(1, 2, ""), _a(2, 2, "answered later")]
    found = still_open([_q(1), _q(2)], visits, answers, TODAY)
    assert set(found) == {1}
    assert found[1].id == 2


def test_brought_but_not_recorded_at_the_latest_visit_is_still_open() -> None:
    visits = [_v(1, date(2026, 1, 1))]
    answers = [_a(1, 1, "yes")]
    found = still_open([_q(1), _q(2), _q(3, bring=False)], visits, answers, TODAY)
    assert set(found) == {2}


def test_retired_questions_are_never_open_and_answered_ones_are_not() -> None:
    visits = [_v(1, date(2026, 1, 1))]
    answers = [_a(1, 1, "fine"), _a(1, 2, "")]
    assert still_open([_q(1), _q(2, retired=True)], visits, answers, TODAY) == {}


def test_future_visits_and_visits_without_questions_do_not_count() -> None:
    past, empty, future = (
        _v(1, date(2026, 1, 1)),
        _v(2, date(2026, 3, 1)),
        _v(3, date(2026, 9, 1)),
    )
    answers = [_a(1, 1, "yes"), _a(1, 2, "no"), _a(3, 1, "")]
    # Visit 3 is booked (after today): its blank row says nothing yet. Visit 2 recorded no
    # questions, so the latest visit is still visit 1, where both were answered.
    assert still_open([_q(1), _q(2)], [past, empty, future], answers, TODAY) == {}


def test_no_visits_means_nothing_is_open() -> None:
    assert still_open([_q(1)], [], [], TODAY) == {}


def test_demo_states(journal) -> None:
    rows = service.list_questions(journal, 1)
    states = {q.question.text: q.state for q in rows}
    own = "How would each option affect my work and recovery time?"
    assert states[own] is QuestionState.STILL_OPEN
    assert states["Do you agree with the original diagnosis?"] is QuestionState.ANSWERED
    assert states["Can I wait until after the summer?"] is QuestionState.RETIRED
    listing = next(q for q in rows if q.question.text == own)
    assert listing.open_at is not None and listing.open_with == "Dr. Ana Iyer"
    assert [q.question.position for q in rows] == sorted(q.question.position for q in rows)


@pytest.fixture
def fresh(tmp_path: Path):  # type: ignore[no-untyped-def]
    j = Journal.create(tmp_path / "fresh.sojournal")
    yield j
    j.close()


def test_moved_order() -> None:
    assert moved_order([1, 2, 3, 4], 4, before=2) == [1, 4, 2, 3]
    assert moved_order([1, 2, 3, 4], 1, after=3) == [2, 3, 1, 4]
    assert moved_order([1, 2, 3, 4], 2) == [1, 3, 4, 2]


def test_move_renumbers_and_set_positions_undoes(fresh) -> None:
    concern = create_concern(fresh, "Back")
    cid = concern.id or 0
    ids = [q.id for q in service.list_questions(fresh, cid)]
    old = service.positions(fresh, cid)
    service.move(fresh, cid, ids[4] or 0, before=ids[0])
    assert [q.id for q in service.list_questions(fresh, cid)] == [ids[4], *ids[:4]]
    assert sorted(service.positions(fresh, cid).values()) == [0, 1, 2, 3, 4]
    service.set_positions(fresh, old)
    assert [q.id for q in service.list_questions(fresh, cid)] == ids


def test_retire_restore_and_what_to_bring(fresh) -> None:
    concern = create_concern(fresh, "Back")
    cid = concern.id or 0
    assert service.next_position(fresh, cid) == 5
    first = service.to_bring(fresh, cid)[0]
    service.set_retired(fresh, [first.id or 0], True)
    assert first.id not in {q.id for q in service.to_bring(fresh, cid)}
    service.set_retired(fresh, [first.id or 0], False)
    assert service.to_bring(fresh, cid)[0].id == first.id


def test_answers_to_a_question_oldest_first(journal) -> None:
    given = service.answers_to(journal, 1)
    assert [g.visit.visit_on for g in given] == sorted(g.visit.visit_on for g in given)
    assert given[0].doctor_name == "Dr. Helen Brandt"
    assert service.answer_count(journal, [1]) == len(given)
    assert commands.count(journal, Answer) >= len(given)
