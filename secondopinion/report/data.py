"""The plain data the PDF renderer takes: frozen dataclasses of strings, numbers and dates.

Labels are already human text here (the service turns stored enum values into words), so the
renderer only lays things out. Nothing in this package knows about SQL or Qt.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Literal

Paper = Literal["a4", "letter"]


class Section(StrEnum):
    """The packet's optional sections, in the order they print."""

    COVER = "cover"
    REASONS = "reasons"
    HEALTH = "health"
    RESULTS = "results"
    HISTORY = "history"
    SYMPTOMS = "symptoms"
    RECORDS = "records"
    QUESTIONS = "questions"
    NOTES = "notes"


ALL_SECTIONS: frozenset[Section] = frozenset(Section)


@dataclass(frozen=True)
class PersonInfo:
    name: str = ""
    date_of_birth: date | None = None


@dataclass(frozen=True)
class ConcernInfo:
    title: str
    original_diagnosis: str = ""
    diagnosed_by: str = ""
    diagnosed_on: date | None = None
    proposed_treatment: str = ""
    to_clarify: str = ""
    status: str = ""


@dataclass(frozen=True)
class AppointmentInfo:
    """Who the packet is for: a doctor, and the visit's date when one is booked."""

    doctor: str = ""
    specialty: str = ""
    institution: str = ""
    on: date | None = None


@dataclass(frozen=True)
class SignItem:
    text: str
    note: str = ""


@dataclass(frozen=True)
class MedicationItem:
    name: str
    dose: str = ""
    how_taken: str = ""
    since: str = ""
    until: str = ""
    reason: str = ""


@dataclass(frozen=True)
class AllergyItem:
    substance: str
    reaction: str = ""
    severity: str = ""


@dataclass(frozen=True)
class ConditionItem:
    name: str
    since: str = ""
    notes: str = ""


@dataclass(frozen=True)
class ProcedureItem:
    what: str
    when: str = ""
    where: str = ""
    notes: str = ""


@dataclass(frozen=True)
class ResultItem:
    """One test's result as the packet prints it: the words are already in the packet's language."""

    test: str
    value: str
    unit: str = ""
    reference_range: str = ""
    flag: str = ""  # "▲ High", "▼ Low", "◆ Abnormal", "Normal" or ""
    abnormal: bool = False
    taken_on: date | None = None


@dataclass(frozen=True)
class OpinionItem:
    """One earlier visit, as the history section tells it."""

    on: date
    doctor: str
    kind: str
    diagnosis: str = ""
    agreement: str = ""
    treatment: str = ""
    tests: str = ""
    rationale: str = ""
    in_my_place: str = ""
    notes: str = ""


@dataclass(frozen=True)
class SymptomItem:
    recorded_at: datetime
    symptom: str
    severity: int
    notes: str = ""


@dataclass(frozen=True)
class TreatmentChangeItem:
    on: date
    description: str


@dataclass(frozen=True)
class RecordItem:
    kind: str
    source: str = ""
    status: str = ""
    in_hand: bool = False  # received or sent on: enclosed or already with the doctor
    format: str = ""
    requested_on: date | None = None
    notes: str = ""
    files: tuple[str, ...] = ()


@dataclass(frozen=True)
class PacketData:
    """Everything one appointment packet can show; each section uses its own part."""

    person: PersonInfo
    concern: ConcernInfo
    generated_on: date
    appointment: AppointmentInfo | None = None
    signs: tuple[SignItem, ...] = ()
    medications: tuple[MedicationItem, ...] = ()
    allergies: tuple[AllergyItem, ...] = ()
    conditions: tuple[ConditionItem, ...] = ()
    procedures: tuple[ProcedureItem, ...] = ()
    results: tuple[ResultItem, ...] = ()  # abnormal first, then the latest of each test
    opinions: tuple[OpinionItem, ...] = ()
    symptoms: tuple[SymptomItem, ...] = ()  # every entry, oldest first (the chart uses all)
    treatment_changes: tuple[TreatmentChangeItem, ...] = ()
    records: tuple[RecordItem, ...] = ()
    questions: tuple[str, ...] = ()
    notes: str = ""


@dataclass(frozen=True)
class PacketOptions:
    paper: Paper = "a4"
    sections: frozenset[Section] = ALL_SECTIONS
    name_in_metadata: bool = True
    recent_symptoms: int = 20  # rows in the recent-entries table
    lang: str | None = None  # the reader's language (i18n code); None = the current one


@dataclass(frozen=True)
class FeelingScore:
    label: str
    score: int | None
    positive: bool = True


@dataclass(frozen=True)
class VisitColumn:
    """One visit in the comparison, with its answers aligned to ``ComparisonData.questions``."""

    doctor: str
    on: date
    kind: str
    doctor_detail: str = ""
    diagnosis: str = ""
    diagnosis_differs: bool = False
    agreement: str = ""
    treatment: str = ""
    tests: str = ""
    rationale: str = ""
    in_my_place: str = ""
    notes: str = ""
    answers: tuple[str, ...] = ()
    feelings: tuple[FeelingScore, ...] = ()
    trust: int | None = None
    reflection: str = ""


@dataclass(frozen=True)
class ComparisonData:
    person: PersonInfo
    concern: ConcernInfo
    generated_on: date
    visits: tuple[VisitColumn, ...] = ()
    questions: tuple[str, ...] = ()
    disagree: bool = False
    feeling_max: int = 4
    trust_max: int = 5
    paper: Paper = "a4"
    name_in_metadata: bool = True
    lang: str | None = None  # the reader's language (i18n code); None = the current one


@dataclass(frozen=True)
class RenderResult:
    """The PDF, and the pieces of text no available font could draw (empty when all printed)."""

    pdf: bytes
    missing: tuple[str, ...] = field(default=())
