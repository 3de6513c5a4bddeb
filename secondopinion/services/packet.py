"""The appointment packet and the comparison PDF: journal rows -> report data -> file.

The renderer in ``report/`` takes plain data; this module reads the journal through the store's
functions, turns stored vocabularies into words, and writes the result atomically (owner-only).
"""

from __future__ import annotations

import locale
import os
from collections.abc import Iterable
from datetime import date
from pathlib import Path

from sqlmodel import col, select

from secondopinion.domain.enums import (
    Agreement,
    AllergySeverity,
    DoctorStatus,
    Feeling,
    RecordFormat,
    RecordKind,
    RecordStatus,
    VisitKind,
)
from secondopinion.domain.rules import opinions_disagree
from secondopinion.report.comparison import render_comparison
from secondopinion.report.data import (
    ALL_SECTIONS,
    AllergyItem,
    AppointmentInfo,
    ComparisonData,
    ConcernInfo,
    ConditionItem,
    FeelingScore,
    MedicationItem,
    OpinionItem,
    PacketData,
    PacketOptions,
    Paper,
    PersonInfo,
    ProcedureItem,
    RecordItem,
    RenderResult,
    Section,
    SignItem,
    SymptomItem,
    TreatmentChangeItem,
    VisitColumn,
)
from secondopinion.report.packet import render_packet
from secondopinion.services.files import write_private_atomic
from secondopinion.store import commands
from secondopinion.store.journal import Journal
from secondopinion.store.tables import (
    Allergy,
    Answer,
    Attachment,
    Concern,
    Condition,
    Doctor,
    DoctorConcern,
    Medication,
    Person,
    Procedure,
    Question,
    RecordRequest,
    Sign,
    SymptomEntry,
    TreatmentChange,
    Visit,
    VisitFeelings,
)

# Countries whose printers default to US Letter (the CLDR paper-size list, by region code).
LETTER_REGIONS = frozenset({"US", "CA", "MX", "PR", "CL", "CO", "CR", "GT", "NI", "PA", "PH",
                            "SV", "VE", "DO", "BZ"})  # fmt: skip

KIND_WORDS = {
    VisitKind.ORIGINAL: "original diagnosis",
    VisitKind.SECOND_OPINION: "second opinion",
    VisitKind.THIRD_OPINION: "third opinion",
    VisitKind.FOLLOW_UP: "follow-up",
}
AGREEMENT_WORDS = {
    Agreement.AGREES: "agrees with the original diagnosis",
    Agreement.PARTLY: "partly agrees with the original diagnosis",
    Agreement.DISAGREES: "disagrees with the original diagnosis",
    Agreement.UNSURE: "unsure about the original diagnosis",
}
RECORD_WORDS = {
    RecordKind.LAB_REPORT: "Lab report",
    RecordKind.DIAGNOSTIC_IMAGES: "Diagnostic images",
    RecordKind.DOCTORS_NOTES: "Doctor's notes",
    RecordKind.MEDICATION_HISTORY: "Medication history",
    RecordKind.TREATMENT_PLAN: "Treatment plan",
    RecordKind.OPERATIVE_REPORT: "Surgical/operative report",
    RecordKind.PATHOLOGY: "Pathology",
    RecordKind.OTHER: "Other",
}
STATUS_WORDS = {
    RecordStatus.NEEDED: "needed",
    RecordStatus.REQUESTED: "requested",
    RecordStatus.RECEIVED: "received",
    RecordStatus.SENT_ON: "sent on",
}
FORMAT_WORDS = {RecordFormat.ELECTRONIC: "electronic", RecordFormat.PAPER: "paper",
                RecordFormat.CD_IMAGES: "CD/images"}  # fmt: skip
FEELING_WORDS = {
    Feeling.HEARD: "Heard",
    Feeling.RESPECTED: "Respected",
    Feeling.VALIDATED: "Validated",
    Feeling.INCLUDED: "Included",
    Feeling.ENCOURAGED: "Encouraged",
    Feeling.BRUSHED_OFF: "Brushed off",
    Feeling.HURRIED: "Hurried",
    Feeling.MINIMIZED: "Minimized",
}


def default_paper(locale_name: str | None = None) -> Paper:
    """Letter where the locale's region uses it (US, Canada…), A4 everywhere else."""
    name = locale_name
    if name is None:
        name = next((os.environ[v] for v in ("LC_ALL", "LC_PAPER", "LANG")
                     if os.environ.get(v)), None)  # fmt: skip
    if name is None:
        name = locale.getlocale()[0] or ""
    region = name.split(".")[0].split("@")[0].replace("-", "_").split("_")[1:2]
    return "letter" if region and region[0].upper() in LETTER_REGIONS else "a4"


def _word(words: dict[object, str], value: str | None) -> str:
    if not value:
        return ""
    return next((w for k, w in words.items() if str(k) == value), value)


def _concern(journal: Journal, concern_id: int) -> Concern:
    concern = commands.get(journal, Concern, concern_id)
    if concern is None:
        raise LookupError(f"concern {concern_id} does not exist")
    return concern


def _person(journal: Journal) -> tuple[PersonInfo, str]:
    found = commands.rows(journal, Person)
    if not found:
        return PersonInfo(), ""
    return PersonInfo(found[0].name, found[0].date_of_birth), found[0].notes


def _concern_info(concern: Concern) -> ConcernInfo:
    return ConcernInfo(
        title=concern.title,
        original_diagnosis=concern.original_diagnosis,
        diagnosed_by=concern.diagnosed_by,
        diagnosed_on=concern.diagnosed_on,
        proposed_treatment=concern.proposed_treatment,
        to_clarify=concern.to_clarify,
        status=concern.status,
    )


def _doctors(journal: Journal, ids: Iterable[int | None]) -> dict[int, Doctor]:
    wanted = sorted({i for i in ids if i is not None})
    if not wanted:
        return {}
    return {d.id: d for d in commands.rows(journal, Doctor, col(Doctor.id).in_(wanted))
            if d.id is not None}  # fmt: skip


def _appointment(
    journal: Journal, concern_id: int, visit: Visit | None, doctor_id: int | None
) -> AppointmentInfo | None:
    if visit is not None:
        doctor_id = visit.doctor_id
    if doctor_id is None:  # the doctor booked for this concern, if there is one
        booked = commands.rows(
            journal, Doctor,
            col(Doctor.id).in_(select(DoctorConcern.doctor_id)
                               .where(DoctorConcern.concern_id == concern_id)),
            Doctor.status == DoctorStatus.BOOKED.value, order_by=[col(Doctor.id)],
        )  # fmt: skip
        if not booked:
            return None
        doctor_id = booked[0].id
    doctor = commands.get(journal, Doctor, doctor_id)
    if doctor is None:
        return AppointmentInfo(on=visit.visit_on if visit else None)
    return AppointmentInfo(doctor.name, doctor.specialty, doctor.institution,
                           visit.visit_on if visit else None)  # fmt: skip


def _visits(journal: Journal, concern_id: int) -> list[Visit]:
    return commands.rows(journal, Visit, Visit.concern_id == concern_id,
                         order_by=[col(Visit.visit_on), col(Visit.id)])  # fmt: skip


def _attachment_names(journal: Journal, request_ids: list[int]) -> dict[int, list[str]]:
    """File names only: the attachments' contents stay in the journal."""
    names: dict[int, list[str]] = {}
    if not request_ids:
        return names
    stmt = (select(Attachment.record_request_id, Attachment.filename)
            .where(col(Attachment.record_request_id).in_(request_ids))
            .order_by(col(Attachment.id)))  # fmt: skip
    with journal.session() as s:
        for rid, filename in s.exec(stmt).all():
            names.setdefault(rid, []).append(filename)
    return names


def build_packet_data(
    journal: Journal,
    concern_id: int,
    visit_id: int | None = None,
    doctor_id: int | None = None,
    sections: Iterable[Section] = ALL_SECTIONS,
    *,
    today: date | None = None,
) -> PacketData:
    """Everything the chosen sections need for one concern's packet (only what they need)."""
    chosen = frozenset(sections)
    concern = _concern(journal, concern_id)
    person, notes = _person(journal)
    visit = commands.get(journal, Visit, visit_id) if visit_id is not None else None
    need_health = Section.HEALTH in chosen
    by_position = [col(Medication.position), col(Medication.id)]
    data = PacketData(
        person=person,
        concern=_concern_info(concern),
        generated_on=today or date.today(),
        appointment=_appointment(journal, concern_id, visit, doctor_id),
        notes=notes if Section.NOTES in chosen else "",
        medications=tuple(
            MedicationItem(m.name, m.dose, m.how_taken, m.since, m.until, m.reason)
            for m in commands.rows(journal, Medication, order_by=by_position)
        ) if need_health else (),
        allergies=tuple(
            AllergyItem(a.substance, a.reaction, _word({s: s.value for s in AllergySeverity},
                                                       a.severity))
            for a in commands.rows(journal, Allergy, order_by=[col(Allergy.position)])
        ) if need_health else (),
        conditions=tuple(
            ConditionItem(c.name, c.since, c.notes)
            for c in commands.rows(journal, Condition, order_by=[col(Condition.position)])
        ) if need_health else (),
        procedures=tuple(
            ProcedureItem(p.what, p.when, p.where, p.notes)
            for p in commands.rows(journal, Procedure, order_by=[col(Procedure.position)])
        ) if need_health else (),
    )  # fmt: skip
    return _with_concern_parts(journal, data, concern_id, chosen, visit_id)


def _with_concern_parts(
    journal: Journal, data: PacketData, concern_id: int, chosen: frozenset[Section],
    visit_id: int | None,
) -> PacketData:  # fmt: skip
    from dataclasses import replace

    signs = questions = opinions = symptoms = changes = records = ()  # type: ignore[var-annotated]
    if Section.REASONS in chosen:
        signs = tuple(
            SignItem(s.text, s.note)
            for s in commands.rows(journal, Sign, Sign.concern_id == concern_id,
                                   col(Sign.ticked).is_(True), order_by=[col(Sign.position)])
        )  # fmt: skip
    if Section.QUESTIONS in chosen:
        questions = tuple(
            q.text
            for q in commands.rows(journal, Question, Question.concern_id == concern_id,
                                   col(Question.retired).is_(False),
                                   col(Question.bring_next).is_(True),
                                   order_by=[col(Question.position), col(Question.id)])
        )  # fmt: skip
    if Section.HISTORY in chosen or Section.COVER in chosen:
        visits = [v for v in _visits(journal, concern_id) if v.id != visit_id]
        doctors = _doctors(journal, (v.doctor_id for v in visits))
        opinions = tuple(
            OpinionItem(
                on=v.visit_on,
                doctor=doctors[v.doctor_id].name if v.doctor_id in doctors else "Doctor unknown",
                kind=_word(KIND_WORDS, v.kind), diagnosis=v.diagnosis,
                agreement=_word(AGREEMENT_WORDS, v.agreement), treatment=v.treatment,
                tests=v.tests, rationale=v.rationale, in_my_place=v.in_my_place, notes=v.notes,
            )
            for v in visits
        )  # fmt: skip
    if Section.SYMPTOMS in chosen:
        symptoms = tuple(
            SymptomItem(e.recorded_at, e.symptom, e.severity, e.notes)
            for e in commands.rows(journal, SymptomEntry, SymptomEntry.concern_id == concern_id,
                                   order_by=[col(SymptomEntry.recorded_at)])
        )  # fmt: skip
        changes = tuple(
            TreatmentChangeItem(t.changed_on, t.description)
            for t in commands.rows(journal, TreatmentChange,
                                   TreatmentChange.concern_id == concern_id,
                                   order_by=[col(TreatmentChange.changed_on)])
        )  # fmt: skip
    if Section.RECORDS in chosen:
        found = commands.rows(journal, RecordRequest, RecordRequest.concern_id == concern_id,
                              order_by=[col(RecordRequest.id)])  # fmt: skip
        files = _attachment_names(journal, [r.id for r in found if r.id is not None])
        records = tuple(
            RecordItem(
                kind=_word(RECORD_WORDS, r.kind), source=r.source,
                status=_word(STATUS_WORDS, r.status),
                in_hand=r.status in (RecordStatus.RECEIVED.value, RecordStatus.SENT_ON.value),
                format=_word(FORMAT_WORDS, r.format), requested_on=r.requested_on,
                notes=r.notes, files=tuple(files.get(r.id or -1, ())),
            )
            for r in found
        )  # fmt: skip
    return replace(data, signs=signs, questions=questions, opinions=opinions,
                   symptoms=symptoms, treatment_changes=changes, records=records)  # fmt: skip


def export_packet(
    journal: Journal,
    concern_id: int,
    out: Path,
    paper: str | None = None,
    *,
    sections: Iterable[Section] = ALL_SECTIONS,
    visit_id: int | None = None,
    doctor_id: int | None = None,
    name_in_metadata: bool = True,
) -> RenderResult:
    """Write the appointment packet to ``out``; returns the render (with any missing text)."""
    chosen = frozenset(sections)
    data = build_packet_data(journal, concern_id, visit_id, doctor_id, chosen)
    options = PacketOptions(paper=_paper(paper), sections=chosen,
                            name_in_metadata=name_in_metadata)  # fmt: skip
    result = render_packet(data, options)
    write_private_atomic(Path(out), result.pdf)
    return result


def _paper(paper: str | None) -> Paper:
    if paper is None:
        return default_paper()
    if paper.lower() not in ("a4", "letter"):
        raise ValueError(f"unknown paper size {paper!r}; use a4 or letter")
    return "letter" if paper.lower() == "letter" else "a4"


def build_comparison_data(
    journal: Journal, concern_id: int, visit_ids: Iterable[int] | None = None,
    *, today: date | None = None,
) -> ComparisonData:  # fmt: skip
    """The concern's visits (or the chosen ones), side by side, with their answers."""
    concern = _concern(journal, concern_id)
    person, _ = _person(journal)
    visits = _visits(journal, concern_id)
    if visit_ids is not None:
        wanted = set(visit_ids)
        visits = [v for v in visits if v.id in wanted]
    ids = [v.id for v in visits if v.id is not None]
    doctors = _doctors(journal, (v.doctor_id for v in visits))
    answers = commands.rows(journal, Answer, col(Answer.visit_id).in_(ids)) if ids else []
    feelings = {f.visit_id: f for f in commands.rows(
        journal, VisitFeelings, col(VisitFeelings.visit_id).in_(ids))} if ids else {}  # fmt: skip
    answered = {a.question_id for a in answers if a.answer.strip()}
    questions = [q for q in commands.rows(journal, Question, Question.concern_id == concern_id,
                                          order_by=[col(Question.position), col(Question.id)])
                 if not q.retired or q.id in answered]  # fmt: skip
    by_visit: dict[tuple[int, int], str] = {(a.visit_id, a.question_id): a.answer for a in answers}
    baseline = " ".join(concern.original_diagnosis.casefold().split())
    columns = []
    for v in visits:
        doctor = doctors.get(v.doctor_id) if v.doctor_id is not None else None
        written = " ".join(v.diagnosis.casefold().split())
        feeling = feelings.get(v.id) if v.id is not None else None
        columns.append(VisitColumn(
            doctor=doctor.name if doctor else "Doctor unknown",
            doctor_detail=", ".join(x for x in (doctor.specialty, doctor.institution) if x)
            if doctor else "",
            on=v.visit_on, kind=_word(KIND_WORDS, v.kind), diagnosis=v.diagnosis,
            diagnosis_differs=bool(written and baseline and written != baseline),
            agreement=_word(AGREEMENT_WORDS, v.agreement), treatment=v.treatment,
            tests=v.tests, rationale=v.rationale, in_my_place=v.in_my_place,
            answers=tuple(by_visit.get((v.id or -1, q.id or -1), "") for q in questions),
            feelings=tuple(FeelingScore(FEELING_WORDS[f], getattr(feeling, f.value, None),
                                        f.is_positive) for f in Feeling) if feeling else (),
            trust=feeling.trust if feeling else None,
            reflection=feeling.reflection if feeling else "",
        ))  # fmt: skip
    agreements = [Agreement(v.agreement) if v.agreement else None for v in visits]
    return ComparisonData(
        person=person, concern=_concern_info(concern), generated_on=today or date.today(),
        visits=tuple(columns), questions=tuple(q.text for q in questions),
        disagree=opinions_disagree([v.diagnosis for v in visits], agreements),
    )  # fmt: skip


def export_comparison(
    journal: Journal, concern_id: int, out: Path, *, paper: str | None = None,
    visit_ids: Iterable[int] | None = None, name_in_metadata: bool = True,
) -> RenderResult:  # fmt: skip
    """Write the side-by-side comparison of the concern's visits to ``out``."""
    from dataclasses import replace

    data = replace(build_comparison_data(journal, concern_id, visit_ids),
                   paper=_paper(paper), name_in_metadata=name_in_metadata)  # fmt: skip
    result = render_comparison(data)
    write_private_atomic(Path(out), result.pdf)
    return result
