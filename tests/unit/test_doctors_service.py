"""The shortlist: fit, the same-system flag and which concerns a doctor is for."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from secondopinion.domain.validation import FieldError
from secondopinion.services import doctors as service
from secondopinion.services.concerns import create_concern
from secondopinion.store import commands
from secondopinion.store.journal import Journal
from secondopinion.store.tables import Concern, Doctor, DoctorConcern, Visit


@pytest.fixture
def fresh(tmp_path: Path):  # type: ignore[no-untyped-def]
    j = Journal.create(tmp_path / "fresh.sojournal")
    yield j
    j.close()


def _doctor(name: str, system: str = "", institution: str = "", **kw: object) -> Doctor:
    return Doctor(name=name, healthcare_system=system, institution=institution, **kw)


def test_original_system_from_the_doctor_of_an_original_visit() -> None:
    first = _doctor("Dr. One", "North Health")
    first.id = 1
    other = _doctor("Dr. Two", "South Care")
    other.id = 2
    visits = [
        Visit(id=1, concern_id=1, doctor_id=1, visit_on=date(2026, 1, 1), kind="original"),
        Visit(id=2, concern_id=1, doctor_id=2, visit_on=date(2026, 2, 1), kind="second_opinion"),
    ]
    assert service.original_systems(None, [first, other], visits) == ("North Health",)


def test_original_system_inferred_from_diagnosed_by_text() -> None:
    concern = Concern(title="x", diagnosed_by="dr. helen brandt,  RIVERSIDE medical group")
    by_place = _doctor("Dr. Someone Else", "Riverside Health", "Riverside Medical Group")
    by_place.id = 1
    unrelated = _doctor("Dr. Ana Iyer", "Lakeshore Care", "Lakeshore Clinic")
    unrelated.id = 2
    short = _doctor("Dr", "Tiny System")  # too short a name to match anything by accident
    short.id = 3
    found = service.original_systems(concern, [by_place, unrelated, short], [])
    assert found == ("Riverside Health",)


def test_no_original_system_when_nothing_is_known() -> None:
    assert service.original_systems(Concern(title="x"), [_doctor("Dr. A", "")], []) == ()


def test_demo_flags_the_original_doctor_and_fit_ignores_a_contradicted_tick(journal) -> None:
    listings = {d.doctor.name: d for d in service.list_doctors(journal, 1)}
    brandt = listings["Dr. Helen Brandt"]
    assert brandt.same_system and brandt.systems == ("Riverside Health",)
    assert not listings["Dr. Ana Iyer"].same_system
    # Tick "another system" for the original doctor: flagged, and the fit does not count it.
    before = brandt.fit
    commands.update(journal, Doctor, brandt.id, other_system=True)
    again = service.listing(journal, brandt.id or 0, 1)
    assert again is not None and again.contradicts and again.fit == before


def test_fit_counts_the_four_criteria() -> None:
    d = _doctor("Dr. X", other_system=True, specialises=True, complex_cases=True)
    assert service.DoctorListing(d).fit == 3
    assert service.DoctorListing(d, same_system=True).fit == 2


def test_add_doctor_links_concerns_and_links_are_idempotent(fresh) -> None:
    concern = create_concern(fresh, "Knee")
    assert concern.id is not None
    doctor = service.add_doctor(fresh, Doctor(name="Dr. Knee"), [concern.id, concern.id])
    assert doctor.id is not None
    assert service.concerns_of(fresh, doctor.id) == {concern.id}
    service.set_link(fresh, doctor.id, concern.id, True)
    assert commands.count(fresh, DoctorConcern) == 1
    service.set_link(fresh, doctor.id, concern.id, False)
    service.set_link(fresh, doctor.id, concern.id, False)
    assert service.concerns_of(fresh, doctor.id) == set()


def test_add_doctor_refuses_bad_fields_before_writing(fresh) -> None:
    with pytest.raises(FieldError) as bad:
        service.add_doctor(fresh, Doctor(name="x" * 300))
    assert bad.value.field == "name"
    with pytest.raises(FieldError) as bad:
        service.add_doctor(fresh, Doctor(name="Dr. Mail", email="not an email"))
    assert bad.value.field == "email"
    assert commands.count(fresh, Doctor) == 0
