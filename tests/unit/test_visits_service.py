"""Visits: a new visit brings the questions, feelings are created on the first edit."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from secondopinion.domain.enums import VisitKind
from secondopinion.domain.validation import FieldError
from secondopinion.services import doctors as doctor_service
from secondopinion.services import questions as question_service
from secondopinion.services import visits as service
from secondopinion.services.concerns import create_concern
from secondopinion.store import commands
from secondopinion.store.journal import Journal
from secondopinion.store.tables import Doctor, VisitFeelings


@pytest.fixture
def fresh(tmp_path: Path):  # type: ignore[no-untyped-def]
    j = Journal.create(tmp_path / "fresh.sojournal")
    yield j
    j.close()


def test_new_visit_brings_the_ticked_questions_and_links_the_doctor(fresh) -> None:
    cid = create_concern(fresh, "Hip").id or 0
    questions = question_service.list_questions(fresh, cid)
    question_service.set_retired(fresh, [questions[0].id or 0], True)
    commands.update(fresh, type(questions[1].question), questions[1].id, bring_next=False)
    doctor = commands.add(fresh, Doctor(name="Dr. Hip"))
    visit = service.create_visit(fresh, cid, date(2026, 5, 1), VisitKind.SECOND_OPINION, doctor.id)
    brought = service.answers_for(fresh, visit.id or 0)
    assert [a.question.id for a in brought] == [q.id for q in questions[2:]]
    assert all(a.answer.answer == "" for a in brought)
    assert doctor_service.concerns_of(fresh, doctor.id or 0) == {cid}
    # Questions 2 (not ticked) can still be added; the retired one cannot.
    assert [q.id for q in service.askable(fresh, visit)] == [questions[1].id]
    listing = service.listing(fresh, cid, visit.id or 0)
    assert listing is not None and (listing.asked, listing.answered) == (3, 0)
    assert listing.doctor_name == "Dr. Hip"


def test_default_kind_goes_second_third_then_follow_up(fresh) -> None:
    cid = create_concern(fresh, "Hip").id or 0
    for expected in (VisitKind.SECOND_OPINION, VisitKind.THIRD_OPINION, VisitKind.FOLLOW_UP):
        kind = service.default_kind(fresh, cid)
        assert kind is expected
        service.create_visit(fresh, cid, date(2026, 5, 1), kind)


def test_feelings_row_is_created_on_first_edit(fresh) -> None:
    cid = create_concern(fresh, "Hip").id or 0
    visit = service.create_visit(fresh, cid, date(2026, 5, 1), VisitKind.SECOND_OPINION)
    assert service.feelings(fresh, visit.id or 0) is None
    service.set_feelings(fresh, visit.id or 0, heard=3)
    service.set_feelings(fresh, visit.id or 0, trust=5, reflection="Calm")
    found = service.feelings(fresh, visit.id or 0)
    assert found is not None and (found.heard, found.trust, found.reflection) == (3, 5, "Calm")
    with pytest.raises(FieldError):
        service.set_feelings(fresh, visit.id or 0, trust=9)
    with pytest.raises(FieldError):
        service.set_feelings(fresh, visit.id or 0, hurried=5)
    assert commands.count(fresh, VisitFeelings) == 1
    assert service.listing(fresh, cid, visit.id or 0).trust == 5  # type: ignore[union-attr]


def test_demo_visits_in_date_order_with_counts(journal) -> None:
    visits = service.list_visits(journal, 1)
    assert [v.visit.visit_on for v in visits] == sorted(v.visit.visit_on for v in visits)
    assert visits[0].doctor_name == "Dr. Helen Brandt"
    assert visits[-1].asked == 6 and visits[-1].answered == 5


def test_feelings_of_a_deleted_visit_are_refused(fresh) -> None:
    cid = create_concern(fresh, "Hip").id or 0
    visit = service.create_visit(fresh, cid, date(2026, 5, 1), VisitKind.SECOND_OPINION)
    commands.delete_row(fresh, type(visit), visit.id)
    with pytest.raises(LookupError):
        service.set_feelings(fresh, visit.id or 0, heard=1)
