"""Doctors: the shortlist with its fit score, the concerns each is for, and the system check.

"Another healthcare system" is one of the article's choice criteria: a second opinion from
inside the same system tends to repeat the first. The person ticks it by hand, but the journal
also knows, or can infer, which system made the original diagnosis; a doctor in that system is
flagged so a mistaken tick does not push them up the shortlist (see ``original_systems``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlmodel import col

from secondopinion.domain.enums import VisitKind
from secondopinion.domain.rules import doctor_fit, same_text_key
from secondopinion.store import commands
from secondopinion.store.journal import Journal
from secondopinion.store.tables import Concern, Doctor, DoctorConcern, Visit

CRITERIA: tuple[str, ...] = ("other_system", "specialises", "complex_cases", "teaching_hospital")


normalise = same_text_key  # names compare the way a person reads them


def describe(doctor: Doctor | None) -> str:
    """A doctor's specialty and institution, as far as they are known ("Cardiology · St Mary's"),
    the same on the screen and in the PDFs."""
    if doctor is None:
        return ""
    return " · ".join(p for p in (doctor.specialty.strip(), doctor.institution.strip()) if p)


def doctors_by_id(journal: Journal, ids: Iterable[int | None]) -> dict[int, Doctor]:
    """The doctors with these ids (``None`` and repeats skipped), by id."""
    wanted = sorted({i for i in ids if i is not None})
    if not wanted:
        return {}
    found = commands.rows(journal, Doctor, col(Doctor.id).in_(wanted))
    return {d.id: d for d in found if d.id is not None}


@dataclass(frozen=True, slots=True)
class DoctorRow:
    """A doctor as the shortlist reads them: every stored field, as plain values (a journal may
    hold a thousand doctors; ORM objects for each would cost ten times more to make)."""

    id: int
    name: str
    specialty: str
    institution: str
    healthcare_system: str
    phone: str
    email: str
    address: str
    website: str
    cost_notes: str
    status: str
    notes: str
    other_system: bool
    specialises: bool
    complex_cases: bool
    teaching_hospital: bool


_ROW_COLUMNS = tuple(getattr(Doctor, f) for f in DoctorRow.__slots__)


@dataclass
class DoctorListing:
    """One row of the shortlist: the stored doctor plus what the journal knows about them."""

    doctor: Doctor | DoctorRow
    concern_ids: frozenset[int] = frozenset()
    same_system: bool = False  # in the healthcare system that made the original diagnosis
    systems: tuple[str, ...] = field(default=())  # the original diagnosis's system(s), as typed

    @property
    def id(self) -> int | None:
        return self.doctor.id

    @property
    def fit(self) -> int:
        """The choice criteria met; "another system" does not count for a same-system doctor."""
        d = self.doctor
        return doctor_fit(
            d.other_system and not self.same_system,
            d.specialises,
            d.complex_cases,
            d.teaching_hospital,
        )

    @property
    def contradicts(self) -> bool:
        """Ticked "another healthcare system" although they are in the original one."""
        return self.same_system and self.doctor.other_system


def _memo(function: Callable[[str], str]) -> Callable[[str], str]:
    """``function`` remembering its answers (for one listing: texts repeat across doctors)."""
    answers: dict[str, str] = {}

    def remembered(text: str) -> str:
        found = answers.get(text)
        if found is None:
            found = answers[text] = function(text)
        return found

    return remembered


def original_systems(
    concern: Concern | None, doctors: Sequence[Doctor | DoctorRow], visits: Iterable[Visit]
) -> tuple[str, ...]:
    """The healthcare system(s) that made the concern's original diagnosis.

    Two sources, both used because either may be missing:
    1. the healthcare system of the doctor of every visit of kind "original" (exact, when the
       person recorded that visit and its doctor);
    2. the concern's free-text "diagnosed by" line (e.g. "Dr. Helen Brandt, gynaecology,
       Riverside Medical Group"): a doctor whose name, institution or system appears in it
       lends their system. Names shorter than four letters are ignored so that initials or a
       bare "Dr." match nothing by accident.
    The result is each system as the person typed it, in a stable order.
    """
    by_id = {d.id: d for d in doctors}
    found: dict[str, str] = {}
    norm = _memo(normalise)  # a thousand doctors share a few institutions and systems

    def keep(system: str) -> None:
        if system.strip():
            found.setdefault(normalise(system), system.strip())

    for v in visits:
        if v.kind == VisitKind.ORIGINAL.value and v.doctor_id in by_id:
            keep(by_id[v.doctor_id].healthcare_system)
    said = normalise(concern.diagnosed_by) if concern is not None else ""
    if said:
        for d in doctors:
            keys = (norm(d.name), norm(d.institution), norm(d.healthcare_system))
            if any(len(k) >= 4 and k in said for k in keys):
                keep(d.healthcare_system)
    return tuple(found[k] for k in sorted(found))


def list_doctors(journal: Journal, concern_id: int | None) -> list[DoctorListing]:
    """Every doctor in the journal, with their concerns and the same-system flag for
    ``concern_id`` (the tab filters to the concern's doctors itself)."""
    links: dict[int, set[int]] = {}
    with journal.session() as s:
        found = s.execute(select(*_ROW_COLUMNS).order_by(col(Doctor.name), col(Doctor.id)))
        doctors = [DoctorRow(*row) for row in found]
        pairs = select(col(DoctorConcern.doctor_id), col(DoctorConcern.concern_id))
        for doctor_id, linked in s.execute(pairs):
            links.setdefault(doctor_id, set()).add(linked)
    systems: tuple[str, ...] = ()
    if concern_id is not None:
        concern = commands.get(journal, Concern, concern_id)
        originals = commands.rows(
            journal,
            Visit,
            col(Visit.concern_id) == concern_id,
            col(Visit.kind) == VisitKind.ORIGINAL.value,
        )
        systems = original_systems(concern, doctors, originals)
    wanted = {normalise(s) for s in systems}
    norm = _memo(normalise)
    return [
        DoctorListing(
            doctor=d,
            concern_ids=frozenset(links.get(d.id or 0, ())),
            same_system=bool(d.healthcare_system.strip()) and norm(d.healthcare_system) in wanted,
            systems=systems,
        )
        for d in doctors
    ]


def listing(journal: Journal, doctor_id: int, concern_id: int | None) -> DoctorListing | None:
    for found in list_doctors(journal, concern_id):
        if found.id == doctor_id:
            return found
    return None


def add_doctor(journal: Journal, doctor: Doctor, concern_ids: Iterable[int] = ()) -> Doctor:
    """Store a new doctor (fields checked first) and say which concerns they are for."""
    stored = commands.add(journal, doctor)
    assert stored.id is not None
    links = [DoctorConcern(doctor_id=stored.id, concern_id=c) for c in sorted(set(concern_ids))]
    if links:
        commands.add_all(journal, links)
    return stored


def concerns_of(journal: Journal, doctor_id: int) -> set[int]:
    return {
        link.concern_id
        for link in commands.rows(journal, DoctorConcern, col(DoctorConcern.doctor_id) == doctor_id)
    }


def set_link(journal: Journal, doctor_id: int, concern_id: int, linked: bool) -> None:
    """Say whether the doctor is one of the concern's (idempotent)."""
    # The link's key has two columns, which commands.delete_row (one-column keys) cannot take.
    with journal.session() as s:
        present = s.get(DoctorConcern, (doctor_id, concern_id))
        if linked and present is None:
            s.add(DoctorConcern(doctor_id=doctor_id, concern_id=concern_id))
        elif not linked and present is not None:
            s.delete(present)
