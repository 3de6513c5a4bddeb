"""Next steps: what is pending for a concern, in order, and each item gone once done."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest

from secondopinion.domain.enums import Agreement, RecordKind, RecordStatus, ResultFlag, VisitKind
from secondopinion.services import next_steps as service
from secondopinion.services import questions as question_service
from secondopinion.services.concerns import create_concern
from secondopinion.services.next_steps import Place, StepKind
from secondopinion.store import commands
from secondopinion.store.journal import Journal
from secondopinion.store.tables import (
    Answer,
    Doctor,
    RecordRequest,
    Result,
    Visit,
    VisitFeelings,
)

NOW = datetime(2026, 12, 3, 10, 0)
TODAY = NOW.date()


@pytest.fixture
def journal(tmp_path: Path):  # type: ignore[no-untyped-def]
    j = Journal.create(tmp_path / "steps.sojournal")
    yield j
    j.close()


def _kinds(j: Journal, cid: int, now: datetime = NOW) -> list[StepKind]:
    return [s.kind for s in service.next_steps(j, cid, now)]


def _concern(j: Journal) -> int:
    return create_concern(j, "Recommended hysterectomy").id or 0


def test_a_new_concern_has_nothing_pending(journal: Journal) -> None:
    cid = _concern(journal)
    assert service.next_steps(journal, cid, NOW) == []


def test_everything_pending_comes_in_order_of_urgency(journal: Journal) -> None:
    cid = _concern(journal)
    dr_a = commands.add(journal, Doctor(name="Dr. A")).id
    dr_b = commands.add(journal, Doctor(name="Dr. B")).id
    # Two opinions that disagree, both with feelings; the second left a question open.
    first = commands.add(
        journal,
        Visit(
            concern_id=cid,
            doctor_id=dr_a,
            visit_on=TODAY - timedelta(days=60),
            kind=VisitKind.ORIGINAL.value,
            diagnosis="Fibroids",
        ),
    )
    second = commands.add(
        journal,
        Visit(
            concern_id=cid,
            doctor_id=dr_b,
            visit_on=TODAY - timedelta(days=20),
            diagnosis="Adenomyosis",
            agreement=Agreement.DISAGREES.value,
        ),
    )
    for v in (first, second):
        commands.add(journal, VisitFeelings(visit_id=v.id, trust=3))
    question = question_service.list_questions(journal, cid)[0].question
    commands.add(journal, Answer(visit_id=second.id, question_id=question.id, answer=""))
    # A visit this morning, nothing written yet, and one planned next week.
    this_morning = commands.add(
        journal,
        Visit(concern_id=cid, doctor_id=dr_a, visit_on=TODAY, visit_time=time(8, 30)),
    )
    planned = commands.add(
        journal,
        Visit(
            concern_id=cid,
            doctor_id=dr_b,
            visit_on=TODAY + timedelta(days=7),
            visit_time=time(9, 15),
            place="Clinic 4",
        ),
    )

    # Records: one overdue by 10 days, one overdue by 2, one still to ask for, one received.
    def request(status: RecordStatus, due: date | None, kind: RecordKind) -> int:
        row = RecordRequest(
            concern_id=cid, kind=kind.value, source="City Lab", status=status.value, due_on=due
        )
        return commands.add(journal, row).id or 0

    late2 = request(RecordStatus.REQUESTED, TODAY - timedelta(days=2), RecordKind.PATHOLOGY)
    late10 = request(RecordStatus.REQUESTED, TODAY - timedelta(days=10), RecordKind.LAB_REPORT)
    needed = request(RecordStatus.NEEDED, None, RecordKind.DIAGNOSTIC_IMAGES)
    request(RecordStatus.RECEIVED, TODAY - timedelta(days=30), RecordKind.DOCTORS_NOTES)
    # Results: haemoglobin low then normal (no longer pending), ferritin low.
    for name, flag, days in (
        ("Haemoglobin", ResultFlag.LOW, 40),
        ("Haemoglobin", ResultFlag.NORMAL, 5),
        ("Ferritin", ResultFlag.LOW, 5),
    ):
        commands.add(
            journal,
            Result(
                test_name=name,
                value=9.0,
                unit="g/dL",
                interpretation=flag.value,
                taken_at=NOW - timedelta(days=days),
            ),
        )

    steps = service.next_steps(journal, cid, NOW)
    assert [s.kind for s in steps] == [
        StepKind.PLANNED_VISIT,
        StepKind.OPINION_MISSING,
        StepKind.RECORD_OVERDUE,
        StepKind.RECORD_OVERDUE,
        StepKind.RECORD_MISSING,
        StepKind.OPEN_QUESTIONS,
        StepKind.RESULT_FLAGGED,
        StepKind.THIRD_OPINION,
    ]
    visit_step, opinion, overdue_a, overdue_b, missing, open_q, result, third = steps
    assert (visit_step.place, visit_step.key) == (Place.VISITS, planned.id)
    assert (visit_step.doctor, visit_step.at, visit_step.where) == (
        "Dr. B",
        time(9, 15),
        "Clinic 4",
    )
    assert visit_step.questions[0] == "Do you agree with the original diagnosis?"
    assert (opinion.key, opinion.needs_opinion, opinion.needs_feelings) == (
        this_morning.id,
        True,
        True,
    )
    assert [overdue_a.key, overdue_b.key] == [late10, late2]  # longest overdue first
    assert overdue_a.place is Place.RECORDS and overdue_a.record_kind is RecordKind.LAB_REPORT
    assert (missing.key, missing.where) == (needed, "City Lab")
    # Still open, as the Questions tab says: the one left blank, and the four others marked to
    # bring that the latest visit did not take up.
    assert (open_q.place, open_q.count) == (Place.QUESTIONS, 5)
    assert (result.place, result.test, result.flag, result.value) == (
        Place.RESULTS,
        "Ferritin",
        ResultFlag.LOW,
        "9 g/dL",
    )
    assert third.place is Place.COMPARE


def test_items_go_away_when_done(journal: Journal) -> None:
    cid = _concern(journal)
    visit = commands.add(
        journal, Visit(concern_id=cid, visit_on=TODAY + timedelta(days=1), visit_time=time(9, 0))
    )
    assert _kinds(journal, cid) == [StepKind.PLANNED_VISIT]
    # Once its time has passed, the planned visit asks for its opinion and feelings instead.
    later = datetime.combine(TODAY + timedelta(days=1), time(9, 1))
    assert _kinds(journal, cid, later) == [StepKind.OPINION_MISSING]
    commands.update(journal, Visit, visit.id, diagnosis="Fibroids")
    (step,) = service.next_steps(journal, cid, later)
    assert (step.needs_opinion, step.needs_feelings) == (False, True)
    commands.add(journal, VisitFeelings(visit_id=visit.id, trust=4))
    assert _kinds(journal, cid, later) == []


def test_a_cancelled_visit_asks_for_nothing(journal: Journal) -> None:
    cid = _concern(journal)
    commands.add(
        journal,
        Visit(
            concern_id=cid,
            visit_on=TODAY + timedelta(days=3),
            visit_time=time(9, 0),
            cancelled=True,
        ),
    )
    commands.add(journal, Visit(concern_id=cid, visit_on=TODAY - timedelta(days=3), cancelled=True))
    assert _kinds(journal, cid) == []


def test_a_visit_without_a_time_is_ahead_until_its_day(journal: Journal) -> None:
    cid = _concern(journal)
    commands.add(journal, Visit(concern_id=cid, visit_on=TODAY + timedelta(days=1)))
    assert _kinds(journal, cid) == [StepKind.PLANNED_VISIT]
    # On its day, without a time, it is a visit being written down: it asks for its opinion.
    assert _kinds(journal, cid, NOW + timedelta(days=1)) == [StepKind.OPINION_MISSING]


def test_a_planned_third_opinion_silences_the_suggestion(journal: Journal) -> None:
    cid = _concern(journal)
    v = commands.add(
        journal,
        Visit(
            concern_id=cid,
            visit_on=TODAY - timedelta(days=10),
            diagnosis="Adenomyosis",
            agreement=Agreement.DISAGREES.value,
        ),
    )
    commands.add(journal, VisitFeelings(visit_id=v.id))
    assert _kinds(journal, cid) == [StepKind.THIRD_OPINION]
    commands.add(
        journal,
        Visit(
            concern_id=cid,
            visit_on=TODAY + timedelta(days=10),
            kind=VisitKind.THIRD_OPINION.value,
        ),
    )
    assert _kinds(journal, cid) == [StepKind.PLANNED_VISIT]


def test_the_natural_next_step_when_nothing_is_pending(journal: Journal) -> None:
    from secondopinion.services.doctors import set_link

    cid = _concern(journal)
    assert service.suggestion(journal, cid) is service.Suggestion.CHOOSE_DOCTOR
    doctor = commands.add(journal, Doctor(name="Dr. A")).id or 0
    set_link(journal, doctor, cid, True)
    assert service.suggestion(journal, cid) is service.Suggestion.PLAN_VISIT
    commands.add(journal, Visit(concern_id=cid, visit_on=TODAY, diagnosis="Fibroids"))
    assert service.suggestion(journal, cid) is service.Suggestion.KEEP_NOTES
    commands.add(journal, Visit(concern_id=cid, visit_on=TODAY, diagnosis="Fibroids too"))
    assert service.suggestion(journal, cid) is service.Suggestion.COMPARE


def test_the_gui_demo_has_a_planned_visit_so_next_steps_is_full(tmp_path: Path) -> None:
    from secondopinion.services.demo import write_demo
    from secondopinion.services.opinion_grid import visit_choices

    with write_demo(tmp_path / "demo.sojournal", today=TODAY, planned_visit=True) as j:
        cid = 1
        kinds = _kinds(j, cid)
        assert kinds[0] is StepKind.PLANNED_VISIT
        assert {StepKind.RECORD_OVERDUE, StepKind.RECORD_MISSING, StepKind.OPEN_QUESTIONS} <= set(
            kinds
        )
        (planned,) = [v for v in commands.rows(j, Visit) if v.visit_time is not None]
        # Compare offers only visits that happened: a planned one has no opinion yet.
        assert planned.id not in {c.id for c in visit_choices(j, cid, NOW)}
        assert planned.id in {c.id for c in visit_choices(j, cid, NOW + timedelta(days=30))}


def test_the_steps_read_only_the_tables_they_say(demo_path: Path) -> None:
    """``TABLES_READ`` (which changes make the page recompute) holds every table the steps and
    the suggestion read, for each concern of the demo."""
    import re

    from sqlalchemy import event
    from sqlmodel import SQLModel

    from secondopinion.services import next_steps as service
    from secondopinion.store.journal import Journal

    names = set(SQLModel.metadata.tables)
    read: set[str] = set()
    with Journal.open(demo_path) as journal:
        with journal.session():
            pass  # the engine exists

        def seen(_conn, _cursor, statement, *_args) -> None:  # type: ignore[no-untyped-def]
            read.update(n for n in names if re.search(rf'\b"?{n}"?\b(?!_)', statement))

        event.listen(journal.engine, "before_cursor_execute", seen)
        for cid in (1, 2):
            service.next_steps(journal, cid, datetime(2026, 9, 1, 12))
            service.suggestion(journal, cid)
        event.remove(journal.engine, "before_cursor_execute", seen)
    assert {"visit", "question", "record_request"} <= read
    assert read <= service.TABLES_READ
