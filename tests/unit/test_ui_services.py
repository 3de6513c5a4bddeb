"""The rules and reads the tabs used to keep themselves, now in services: tested without Qt."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import event

from secondopinion.domain.enums import DoctorStatus
from secondopinion.domain.standard import STANDARD_QUESTIONS, STANDARD_SIGNS
from secondopinion.domain.validation import FieldError
from secondopinion.services import appointments, concerns, health_summary, positions, signs
from secondopinion.services import journal_rows as rows
from secondopinion.services.journal_rows import (
    Doctor,
    DoctorConcern,
    Medication,
    Question,
    Visit,
)
from secondopinion.services.journals import Journal


@pytest.fixture
def fresh(tmp_path: Path) -> Iterator[Journal]:
    j = Journal.create(tmp_path / "fresh.sojournal")
    yield j
    j.close()


def _concern(journal: Journal, title: str = "Back pain") -> int:
    return int(concerns.create_concern(journal, title).id or 0)


# --- standard signs ----------------------------------------------------------------------------


def test_a_standard_sign_cannot_be_reworded_but_its_translation_is_no_rewording(
    fresh: Journal,
) -> None:
    cid = _concern(fresh)
    standard = signs.signs_of(fresh, cid)[0]
    assert standard.standard_key is not None
    with pytest.raises(FieldError, match="cannot be reworded"):
        signs.check_sign_change(standard, "text", "My own words")
    signs.check_sign_change(standard, "text", standard.text)  # unchanged
    signs.check_sign_change(standard, "text", "Diagnóstico vago", shown_as="Diagnóstico vago")
    signs.check_sign_change(standard, "note", "Anything")  # notes and ticks are theirs
    signs.check_sign_change(standard, "ticked", False)
    with pytest.raises(FieldError, match="Nicht"):
        signs.check_sign_change(standard, "text", "x", problem="Nicht umformulieren")


def test_only_own_signs_can_be_removed(fresh: Journal) -> None:
    cid = _concern(fresh)
    own = rows.add(fresh, signs.own_sign(fresh, cid, "My sister was offered three options"))
    signs.check_removal([own])
    with pytest.raises(FieldError, match="stay in the list"):
        signs.check_removal([own, signs.signs_of(fresh, cid)[0]])


def test_an_imported_standard_sign_keeps_its_standard_wording() -> None:
    key, text = STANDARD_SIGNS[0]
    signs.check_imported_sign({"standard_key": key, "text": text})
    signs.check_imported_sign({"standard_key": None, "text": "Anything of my own"})
    with pytest.raises(FieldError):
        signs.check_imported_sign({"standard_key": key, "text": "Reworded"})
    with pytest.raises(FieldError):
        signs.check_imported_sign({"standard_key": "no_such_sign", "text": text})


# --- positions ---------------------------------------------------------------------------------


def test_a_new_sign_question_or_summary_item_goes_at_the_end_of_its_own_list(
    fresh: Journal,
) -> None:
    first, second = _concern(fresh, "One"), _concern(fresh, "Two")
    standard = len(STANDARD_SIGNS)
    assert signs.own_sign(fresh, first, "x").position == standard
    rows.add(fresh, signs.own_sign(fresh, first, "mine"))
    assert signs.own_sign(fresh, first, "y").position == standard + 1
    assert signs.own_sign(fresh, second, "z").position == standard  # per concern
    assert positions.next_position(fresh, Question, first) == len(STANDARD_QUESTIONS)
    assert health_summary.new_summary_item(fresh, Medication, name="Iron").position == 0
    rows.add(fresh, health_summary.new_summary_item(fresh, Medication, name="Iron"))
    added = health_summary.new_summary_item(fresh, Medication, name="Tranexamic acid")
    assert added.position == 1
    rows.add(fresh, added)
    names = [m.name for m in health_summary.summary_items(fresh, Medication)]
    assert names == ["Iron", "Tranexamic acid"]


# --- concerns ----------------------------------------------------------------------------------


def test_renaming_and_archiving_a_concern(fresh: Journal) -> None:
    cid = _concern(fresh)
    concerns.rename_concern(fresh, cid, "Chronic back pain")
    concerns.set_archived(fresh, cid, True)
    found = concerns.get_concern(fresh, cid)
    assert found is not None and found.title == "Chronic back pain" and found.archived
    assert concerns.list_concerns(fresh) == []
    with pytest.raises(FieldError):
        concerns.rename_concern(fresh, cid, "")


# --- the export dialog's appointments ----------------------------------------------------------


def test_appointment_choices_list_booked_doctors_first_and_visits_newest_first_in_two_queries(
    fresh: Journal,
) -> None:
    cid = _concern(fresh)
    other = _concern(fresh, "Other")
    ids = {}
    for name, status in (
        ("Dr Zed", DoctorStatus.BOOKED),
        ("Dr Adams", DoctorStatus.CONSIDERING),
        ("Dr Booked", DoctorStatus.BOOKED),
        ("Dr Elsewhere", DoctorStatus.BOOKED),
    ):
        ids[name] = rows.add(fresh, Doctor(name=name, status=status.value)).id
    for name in ("Dr Zed", "Dr Adams", "Dr Booked"):
        rows.add(fresh, DoctorConcern(doctor_id=ids[name], concern_id=cid))
    rows.add(fresh, DoctorConcern(doctor_id=ids["Dr Elsewhere"], concern_id=other))
    for day, doctor in ((1, "Dr Zed"), (20, None), (9, "Dr Adams")) * 10:
        rows.add(
            fresh,
            Visit(
                concern_id=cid,
                visit_on=date(2026, 3, day),
                doctor_id=ids[doctor] if doctor else None,
            ),
        )
    statements: list[str] = []

    def seen(_conn: object, _cursor: object, statement: str, *_rest: object) -> None:
        statements.append(statement)

    event.listen(fresh.engine, "before_cursor_execute", seen)
    try:
        found = appointments.appointment_choices(fresh, cid)
    finally:
        event.remove(fresh.engine, "before_cursor_execute", seen)
    selects = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
    assert len(selects) == 2  # not one more per visit
    assert [d.name for d in found.doctors] == ["Dr Booked", "Dr Zed", "Dr Adams"]
    assert [v.visit_on.day for v in found.visits][:4] == [20, 20, 20, 20]
    assert len(found.visits) == 30
    assert {v.doctor_name for v in found.visits} == {None, "Dr Zed", "Dr Adams"}


# --- a doctor added from the visit form --------------------------------------------------------


def test_a_doctor_added_at_a_visit_is_stored_linked_and_chosen_at_once_and_undone_whole(
    fresh: Journal,
) -> None:
    from secondopinion.services import doctors, visits

    cid = _concern(fresh)
    earlier = rows.add(fresh, Doctor(name="Dr Earlier"))
    visit = rows.add(fresh, Visit(concern_id=cid, visit_on=date(2026, 3, 1), doctor_id=earlier.id))
    with pytest.raises(FieldError):  # checked before anything is written
        visits.add_doctor_at_visit(fresh, int(visit.id or 0), Doctor(name="X" * 300))
    assert [d.name for d in rows_named(fresh)] == ["Dr Earlier"]

    added = visits.add_doctor_at_visit(fresh, int(visit.id or 0), Doctor(name="Dr Mei Chen"))
    stored = rows.find(fresh, Visit, visit.id)
    assert stored is not None and stored.doctor_id == added.id
    assert doctors.concerns_of(fresh, int(added.id or 0)) == {cid}

    snapshot = visits.undo_doctor_at_visit(
        fresh, int(added.id or 0), int(visit.id or 0), earlier.id
    )
    assert [d.name for d in rows_named(fresh)] == ["Dr Earlier"]
    back = rows.find(fresh, Visit, visit.id)
    assert back is not None and back.doctor_id == earlier.id
    rows.restore(fresh, snapshot)  # redo
    again = rows.find(fresh, Visit, visit.id)
    assert again is not None and again.doctor_id == added.id
    assert doctors.concerns_of(fresh, int(added.id or 0)) == {cid}


def test_saving_a_visit_links_its_doctor_to_the_concern(fresh: Journal) -> None:
    from secondopinion.services import doctors, visits

    cid = _concern(fresh)
    doctor = rows.add(fresh, Doctor(name="Dr Seen"))
    visit = rows.add(fresh, Visit(concern_id=cid, visit_on=date(2026, 3, 1)))
    visits.link_doctor_to_concern(fresh, visit)  # no doctor: nothing to link
    visit = rows.change(fresh, Visit, visit.id, doctor_id=doctor.id)
    visits.link_doctor_to_concern(fresh, visit)
    assert doctors.concerns_of(fresh, int(doctor.id or 0)) == {cid}


def rows_named(journal: Journal) -> list[Doctor]:
    from secondopinion.services.doctors import list_doctors

    return [d.doctor for d in list_doctors(journal, None)]
