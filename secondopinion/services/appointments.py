"""What a packet can be prepared for: a doctor linked to the concern, or one of its visits.

The export dialog lists these choices; two queries in one session, whatever the number of visits.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlmodel import col, select

from secondopinion.domain.enums import DoctorStatus
from secondopinion.store.journal import Journal
from secondopinion.store.tables import Doctor, DoctorConcern, Visit


@dataclass(frozen=True)
class DoctorChoice:
    doctor_id: int
    name: str


@dataclass(frozen=True)
class VisitChoice:
    visit_id: int
    visit_on: date
    kind: str  # a VisitKind value
    doctor_name: str | None  # None when the visit names no doctor (or the doctor was deleted)


@dataclass(frozen=True)
class AppointmentChoices:
    doctors: tuple[DoctorChoice, ...]  # booked doctors first, then by name
    visits: tuple[VisitChoice, ...]  # newest first


def appointment_choices(journal: Journal, concern_id: int) -> AppointmentChoices:
    """The doctors linked to the concern and its visits, each visit with its doctor's name."""
    linked = (
        select(Doctor)
        .join(DoctorConcern, col(DoctorConcern.doctor_id) == col(Doctor.id))
        .where(col(DoctorConcern.concern_id) == concern_id)
    )
    visits = (
        select(Visit, Doctor)
        .join(Doctor, col(Visit.doctor_id) == col(Doctor.id), isouter=True)
        .where(col(Visit.concern_id) == concern_id)
        .order_by(col(Visit.visit_on).desc(), col(Visit.id).desc())
    )
    with journal.session() as s:
        doctors = list(s.exec(linked).all())
        seen = list(s.exec(visits).all())
    doctors.sort(key=lambda d: (d.status != DoctorStatus.BOOKED, d.name))
    return AppointmentChoices(
        doctors=tuple(DoctorChoice(int(d.id or 0), d.name) for d in doctors),
        visits=tuple(
            VisitChoice(int(v.id or 0), v.visit_on, v.kind, d.name if d is not None else None)
            for v, d in seen
        ),
    )
