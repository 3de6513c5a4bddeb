"""The journal's tables, one class per thing in PRODUCT.md's domain table.

Closed vocabularies are stored as the stable string values of ``domain.enums``. Dates that people
remember only roughly (a medication "since 2019") are free text; dates the app computes with
(due dates, visit dates, symptom times) are real dates.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime, time

from pydantic import ConfigDict
from sqlalchemy import (
    Column,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    LargeBinary,
    UniqueConstraint,
)
from sqlmodel import Field, SQLModel

from secondopinion.domain.enums import (
    AllergySeverity,
    ConcernStatus,
    Delivery,
    DoctorStatus,
    RecordFormat,
    RecordKind,
    RecordStatus,
    ResultFlag,
    VisitKind,
)


class _Table(SQLModel):
    """The tables' common base: pydantic builds a class's validator when first asked.

    The journal's rows are made by SQLAlchemy from the file or by the app's own code, never
    validated by pydantic (a table model does not validate on creation); building the 18
    validators when the module is imported took about a third of its import (~30 ms of every
    start and command).
    """

    model_config = ConfigDict(defer_build=True)  # type: ignore[assignment]  # SQLModel's is a ConfigDict


def _when(*, index: bool = False) -> Column[datetime]:
    """Local wall-clock time, as the person lived it (a diary has no time zones)."""
    return Column(DateTime(timezone=False), nullable=False, index=index)


def _fk(target: str, *, nullable: bool = False, ondelete: str = "CASCADE") -> Column[int]:
    return Column(Integer, ForeignKey(target, ondelete=ondelete), nullable=nullable, index=True)


# --- the health summary (once per journal) ---------------------------------------------------


class Person(_Table, table=True):
    id: int | None = Field(default=None, primary_key=True)
    name: str = ""
    date_of_birth: date | None = None
    notes: str = ""
    # Contact details, printed as the sender of request letters (all optional).
    address: str = ""  # postal address, as many lines as it takes
    phone: str = ""
    email: str = ""
    # Whose right of access the letters cite: a ``domain.jurisdiction.Jurisdiction`` value,
    # or "" to follow the computer's locale.
    jurisdiction: str = ""


class Medication(_Table, table=True):
    id: int | None = Field(default=None, primary_key=True)
    name: str
    dose: str = ""
    how_taken: str = ""
    since: str = ""
    until: str = ""  # empty while it is still taken
    reason: str = ""
    position: int = 0


class Allergy(_Table, table=True):
    id: int | None = Field(default=None, primary_key=True)
    substance: str
    reaction: str = ""
    severity: str = AllergySeverity.UNKNOWN.value
    position: int = 0


class Condition(_Table, table=True):
    id: int | None = Field(default=None, primary_key=True)
    name: str
    since: str = ""
    notes: str = ""
    position: int = 0


class Procedure(_Table, table=True):
    id: int | None = Field(default=None, primary_key=True)
    what: str
    when: str = ""
    where: str = ""
    notes: str = ""
    position: int = 0


class Result(_Table, table=True):
    """One measured value from a test (PRODUCT.md, "result"), imported or typed by hand.

    ``value`` holds a number; ``value_text`` a value that is not one ("positive", "see note"), or
    the comparator of a bounded number ("<", ">="). ``taken_at`` is the wall-clock time the lab
    wrote, without its zone. ``source`` says where an imported result came from (the resource's
    identity in its file) so the same file imported twice adds nothing; empty for typed ones.
    """

    id: int | None = Field(default=None, primary_key=True)
    test_name: str
    loinc: str = ""
    value: float | None = Field(default=None, sa_column=Column(Float, nullable=True))
    value_text: str = ""
    unit: str = ""
    range_low: float | None = Field(default=None, sa_column=Column(Float, nullable=True))
    range_high: float | None = Field(default=None, sa_column=Column(Float, nullable=True))
    range_text: str = ""
    interpretation: str = ResultFlag.NOT_GIVEN.value
    taken_at: datetime | None = Field(
        default=None, sa_column=Column(DateTime(timezone=False), nullable=True, index=True)
    )
    reported_by: str = ""
    notes: str = ""
    source: str = ""


# --- concerns and what hangs off them ---------------------------------------------------------


class Concern(_Table, table=True):
    id: int | None = Field(default=None, primary_key=True)
    title: str
    original_diagnosis: str = ""
    diagnosed_by: str = ""
    diagnosed_on: date | None = None
    proposed_treatment: str = ""
    to_clarify: str = ""
    status: str = ConcernStatus.OPEN.value
    archived: bool = False
    created_at: datetime = Field(default_factory=datetime.now, sa_column=_when())


class Sign(_Table, table=True):
    id: int | None = Field(default=None, primary_key=True)
    concern_id: int = Field(sa_column=_fk("concern.id"))
    standard_key: str | None = None  # None for the person's own signs
    text: str
    ticked: bool = False
    note: str = ""
    position: int = 0


class SymptomEntry(_Table, table=True):
    __tablename__ = "symptom_entry"
    id: int | None = Field(default=None, primary_key=True)
    concern_id: int = Field(sa_column=_fk("concern.id"))
    recorded_at: datetime = Field(sa_column=_when(index=True))
    symptom: str
    severity: int
    notes: str = ""


class TreatmentChange(_Table, table=True):
    __tablename__ = "treatment_change"
    id: int | None = Field(default=None, primary_key=True)
    concern_id: int = Field(sa_column=_fk("concern.id"))
    changed_on: date
    description: str


class RecordRequest(_Table, table=True):
    __tablename__ = "record_request"
    id: int | None = Field(default=None, primary_key=True)
    concern_id: int = Field(sa_column=_fk("concern.id"))
    kind: str = RecordKind.OTHER.value
    source: str = ""
    requested_on: date | None = None
    due_on: date | None = None
    status: str = RecordStatus.NEEDED.value
    format: str = RecordFormat.ELECTRONIC.value
    notes: str = ""
    # What the request letter needs (revision 0003).
    provider_address: str = ""
    provider_email: str = ""
    provider_fax: str = ""
    record_number: str = ""  # the person's record (patient) number at the provider
    range_from: date | None = None  # the period the records should cover; open at either end
    range_to: date | None = None
    delivery: str = Delivery.POST.value
    delivery_doctor_id: int | None = Field(  # set when delivery is "to a doctor"
        default=None, sa_column=_fk("doctor.id", nullable=True, ondelete="SET NULL")
    )
    letter_sent_on: date | None = None
    extension_notified_on: date | None = None  # the provider's notice of an extension
    follow_up_sent_on: date | None = None


class Attachment(_Table, table=True):
    id: int | None = Field(default=None, primary_key=True)
    record_request_id: int = Field(sa_column=_fk("record_request.id"))
    filename: str
    media_type: str = "application/octet-stream"
    size: int = 0
    sha256: str = ""
    added_at: datetime = Field(default_factory=datetime.now, sa_column=_when())
    data: bytes = Field(default=b"", sa_column=Column(LargeBinary, nullable=False))


class Doctor(_Table, table=True):
    id: int | None = Field(default=None, primary_key=True)
    name: str
    specialty: str = ""
    institution: str = ""
    healthcare_system: str = ""
    phone: str = ""
    email: str = ""
    address: str = ""
    website: str = ""
    cost_notes: str = ""  # in-network and cost
    status: str = DoctorStatus.CONSIDERING.value
    notes: str = ""
    other_system: bool = False
    specialises: bool = False
    complex_cases: bool = False
    teaching_hospital: bool = False


class DoctorConcern(_Table, table=True):
    __tablename__ = "doctor_concern"
    doctor_id: int = Field(
        sa_column=Column(Integer, ForeignKey("doctor.id", ondelete="CASCADE"), primary_key=True)
    )
    concern_id: int = Field(
        sa_column=Column(
            Integer, ForeignKey("concern.id", ondelete="CASCADE"), primary_key=True, index=True
        )
    )


class Question(_Table, table=True):
    id: int | None = Field(default=None, primary_key=True)
    concern_id: int = Field(sa_column=_fk("concern.id"))
    standard_key: str | None = None
    text: str
    position: int = 0
    retired: bool = False
    bring_next: bool = True


class Visit(_Table, table=True):
    id: int | None = Field(default=None, primary_key=True)
    concern_id: int = Field(sa_column=_fk("concern.id"))
    doctor_id: int | None = Field(
        default=None, sa_column=_fk("doctor.id", nullable=True, ondelete="SET NULL")
    )
    visit_on: date
    # A planned visit has a time of day and a place; the time is local wall-clock time in the
    # person's time zone (exported to calendars with that zone). Visits typed after the fact
    # usually have neither.
    visit_time: time | None = None
    duration_minutes: int | None = None
    place: str = ""
    cancelled: bool = False
    # The visit's identity in calendars (iCalendar UID): random, so that two journals (a caregiver
    # keeps one per family member) never collide, and kept for life, so that importing a new
    # export updates the event instead of adding a second one.
    calendar_uid: str = Field(
        default_factory=lambda: uuid.uuid4().hex,
        # Also for rows inserted through Core (JSON import of a document from before 0004).
        sa_column_kwargs={"default": lambda: uuid.uuid4().hex},
    )
    kind: str = VisitKind.SECOND_OPINION.value
    diagnosis: str = ""
    agreement: str | None = None
    treatment: str = ""
    tests: str = ""
    rationale: str = ""
    in_my_place: str = ""
    notes: str = ""


class Answer(_Table, table=True):
    __table_args__ = (UniqueConstraint("visit_id", "question_id"),)
    id: int | None = Field(default=None, primary_key=True)
    visit_id: int = Field(sa_column=_fk("visit.id"))
    question_id: int = Field(sa_column=_fk("question.id"))
    answer: str = ""


class VisitFeelings(_Table, table=True):
    __tablename__ = "visit_feelings"
    visit_id: int = Field(
        sa_column=Column(Integer, ForeignKey("visit.id", ondelete="CASCADE"), primary_key=True)
    )
    heard: int | None = None
    respected: int | None = None
    validated: int | None = None
    included: int | None = None
    encouraged: int | None = None
    brushed_off: int | None = None
    hurried: int | None = None
    minimized: int | None = None
    trust: int | None = None
    reflection: str = ""


# Every table in the order that satisfies foreign keys (export, import and tests walk it).
ALL_TABLES: tuple[type[SQLModel], ...] = (
    Person,
    Medication,
    Allergy,
    Condition,
    Procedure,
    Result,
    Concern,
    Sign,
    SymptomEntry,
    TreatmentChange,
    Doctor,  # before record_request, which may name a doctor to send the records to
    RecordRequest,
    Attachment,
    DoctorConcern,
    Question,
    Visit,
    Answer,
    VisitFeelings,
)
