"""The appointment packet: journal rows -> ``report.data`` -> a PDF file.

The renderer in ``report/`` takes plain data; this module reads the journal through the store's
functions, turns stored vocabularies into words, and writes the PDF atomically (owner-only).
The comparison PDF is ``services.comparison_pdf``'s, not imported here: the packet needs none of it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

from sqlmodel import col, select

from secondopinion.domain.enums import DoctorStatus, RecordStatus
from secondopinion.i18n import Words, words
from secondopinion.report.data import (
    ALL_SECTIONS,
    AllergyItem,
    AppointmentInfo,
    ConditionItem,
    MedicationItem,
    OpinionItem,
    PacketData,
    PacketOptions,
    ProcedureItem,
    RecordItem,
    RenderResult,
    ResultItem,
    Section,
    SignItem,
    SymptomItem,
    TreatmentChangeItem,
)
from secondopinion.report.packet import render_packet
from secondopinion.services.files import write_private_atomic
from secondopinion.services.pdf_protect import protect
from secondopinion.services.readers import (
    concern_info,
    concern_row,
    concern_visits,
    doctors_by_id,
    person_info,
)
from secondopinion.services.report_words import (
    AGREEMENT_WORDS,
    FORMAT_WORDS,
    KIND_WORDS,
    RECORD_WORDS,
    SEVERITY_WORDS,
    STATUS_WORDS,
    default_paper,
    paper_size,
    standard_question_text,
    standard_sign_text,
    word,
)
from secondopinion.store import commands
from secondopinion.store.journal import Journal
from secondopinion.store.tables import (
    Allergy,
    Attachment,
    Condition,
    Doctor,
    DoctorConcern,
    Medication,
    Procedure,
    Question,
    RecordRequest,
    Sign,
    TreatmentChange,
    Visit,
)

__all__ = ["build_packet_data", "default_paper", "export_packet"]


def _appointment(
    journal: Journal, concern_id: int, visit: Visit | None, doctor_id: int | None
) -> AppointmentInfo | None:
    """Who the packet is for: the chosen visit or doctor, else the doctor booked for it."""
    if visit is not None:
        doctor_id = visit.doctor_id
    if doctor_id is None:
        linked = select(DoctorConcern.doctor_id).where(DoctorConcern.concern_id == concern_id)
        booked = commands.rows(
            journal,
            Doctor,
            col(Doctor.id).in_(linked),
            Doctor.status == DoctorStatus.BOOKED.value,
            order_by=[col(Doctor.id)],
        )
        if not booked:
            return AppointmentInfo(on=visit.visit_on) if visit is not None else None
        doctor_id = booked[0].id
    doctor = commands.get(journal, Doctor, doctor_id)
    on = visit.visit_on if visit is not None else None
    if doctor is None:
        return AppointmentInfo(on=on)
    return AppointmentInfo(doctor.name, doctor.specialty, doctor.institution, on)


def _attachment_names(journal: Journal, request_ids: list[int]) -> dict[int, list[str]]:
    """File names only: the attachments' contents stay in the journal."""
    names: dict[int, list[str]] = {}
    if not request_ids:
        return names
    stmt = (
        select(Attachment.record_request_id, Attachment.filename)
        .where(col(Attachment.record_request_id).in_(request_ids))
        .order_by(col(Attachment.id))
    )
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
    lang: str | None = None,
) -> PacketData:
    """Everything the chosen sections need for one concern's packet, and nothing more.

    ``visit_id`` or ``doctor_id`` says which appointment the packet is for; without either,
    the doctor marked as booked for this concern (if any) is named on the cover. Stored
    vocabularies and the standard signs and questions are put in ``lang``'s words.
    """
    t = words(lang)
    chosen = frozenset(sections)
    concern = concern_row(journal, concern_id)
    person, notes = person_info(journal)
    visit = commands.get(journal, Visit, visit_id) if visit_id is not None else None
    data = PacketData(
        person=person,
        concern=concern_info(concern),
        generated_on=today or date.today(),
        appointment=_appointment(journal, concern_id, visit, doctor_id),
        notes=notes if Section.NOTES in chosen else "",
    )
    if Section.HEALTH in chosen:
        data = _with_health(journal, data, t)
    if Section.RESULTS in chosen:
        data = replace(data, results=_results(journal, t))
    if Section.REASONS in chosen:
        ticked = commands.rows(
            journal,
            Sign,
            Sign.concern_id == concern_id,
            col(Sign.ticked).is_(True),
            order_by=[col(Sign.position), col(Sign.id)],
        )
        signs = (SignItem(standard_sign_text(s.standard_key, s.text, t), s.note) for s in ticked)
        data = replace(data, signs=tuple(signs))
    if Section.QUESTIONS in chosen:
        asked = commands.rows(
            journal,
            Question,
            Question.concern_id == concern_id,
            col(Question.retired).is_(False),
            col(Question.bring_next).is_(True),
            order_by=[col(Question.position), col(Question.id)],
        )
        texts = (standard_question_text(q.standard_key, q.text, t) for q in asked)
        data = replace(data, questions=tuple(texts))
    if Section.HISTORY in chosen or Section.COVER in chosen:
        data = replace(data, opinions=_opinions(journal, concern_id, visit_id, t))
    if Section.SYMPTOMS in chosen:
        data = _with_symptoms(journal, data, concern_id)
    if Section.RECORDS in chosen:
        data = replace(data, records=_records(journal, concern_id, t))
    return data


def _with_health(journal: Journal, data: PacketData, t: Words) -> PacketData:
    meds = commands.rows(journal, Medication, order_by=[col(Medication.position)])
    allergies = commands.rows(journal, Allergy, order_by=[col(Allergy.position)])
    conditions = commands.rows(journal, Condition, order_by=[col(Condition.position)])
    procedures = commands.rows(journal, Procedure, order_by=[col(Procedure.position)])
    return replace(
        data,
        medications=tuple(
            MedicationItem(m.name, m.dose, m.how_taken, m.since, m.until, m.reason) for m in meds
        ),
        allergies=tuple(
            AllergyItem(a.substance, a.reaction, word(SEVERITY_WORDS, a.severity, t))
            for a in allergies
        ),
        conditions=tuple(ConditionItem(c.name, c.since, c.notes) for c in conditions),
        procedures=tuple(ProcedureItem(p.what, p.when, p.where, p.notes) for p in procedures),
    )


def _results(journal: Journal, t: Words) -> tuple[ResultItem, ...]:
    from secondopinion.domain.enums import ResultFlag
    from secondopinion.services import results as results_service

    flag_words = {
        ResultFlag.HIGH: "▲ " + t._("High"),
        ResultFlag.LOW: "▼ " + t._("Low"),
        ResultFlag.ABNORMAL: "◆ " + t._("Abnormal"),
        ResultFlag.NORMAL: t._("Normal"),
        ResultFlag.NOT_GIVEN: "",
    }
    found = []
    for r in results_service.recent_for_packet(journal):
        flag = results_service.flag_of(r)
        found.append(
            ResultItem(
                test=r.test_name,
                value=results_service.value_text(r),
                unit=r.unit,
                reference_range=results_service.range_text(r),
                flag=flag_words[flag],
                abnormal=flag.is_abnormal,
                taken_on=r.taken_at.date() if r.taken_at else None,
            )
        )
    return tuple(found)


def _opinions(
    journal: Journal, concern_id: int, visit_id: int | None, t: Words
) -> tuple[OpinionItem, ...]:
    """Every visit so far, oldest first, except the one the packet is for."""
    visits = [v for v in concern_visits(journal, concern_id) if v.id != visit_id]
    doctors = doctors_by_id(journal, (v.doctor_id for v in visits))
    return tuple(
        OpinionItem(
            on=v.visit_on,
            doctor=doctors[v.doctor_id].name if v.doctor_id in doctors else t._("Doctor unknown"),
            kind=word(KIND_WORDS, v.kind, t),
            diagnosis=v.diagnosis,
            agreement=word(AGREEMENT_WORDS, v.agreement, t),
            treatment=v.treatment,
            tests=v.tests,
            rationale=v.rationale,
            in_my_place=v.in_my_place,
            notes=v.notes,
        )
        for v in visits
    )


def symptom_items(journal: Journal, concern_id: int) -> tuple[SymptomItem, ...]:
    """The concern's symptom log, oldest first, read in plain SQL: a log of 20,000 entries
    becomes its items without a table object per entry. Times are stored as SQLAlchemy writes
    them (``2026-06-13 10:20:00.000000``), which ``datetime.fromisoformat`` reads back as the
    table class would (a test holds the two equal)."""
    with journal.reading() as conn:
        found = conn.execute(
            "SELECT recorded_at, symptom, severity, notes FROM symptom_entry "
            "WHERE concern_id = ? ORDER BY recorded_at, id",
            (concern_id,),
        ).fetchall()
    when = datetime.fromisoformat
    return tuple(
        SymptomItem(when(at), symptom, severity, notes) for at, symptom, severity, notes in found
    )


def _with_symptoms(journal: Journal, data: PacketData, concern_id: int) -> PacketData:
    changes = commands.rows(
        journal,
        TreatmentChange,
        TreatmentChange.concern_id == concern_id,
        order_by=[col(TreatmentChange.changed_on), col(TreatmentChange.id)],
    )
    return replace(
        data,
        symptoms=symptom_items(journal, concern_id),
        treatment_changes=tuple(TreatmentChangeItem(t.changed_on, t.description) for t in changes),
    )


def _records(journal: Journal, concern_id: int, t: Words) -> tuple[RecordItem, ...]:
    found = commands.rows(
        journal,
        RecordRequest,
        RecordRequest.concern_id == concern_id,
        order_by=[col(RecordRequest.id)],
    )
    files = _attachment_names(journal, [r.id for r in found if r.id is not None])
    in_hand = (RecordStatus.RECEIVED.value, RecordStatus.SENT_ON.value)
    return tuple(
        RecordItem(
            kind=word(RECORD_WORDS, r.kind, t),
            source=r.source,
            status=word(STATUS_WORDS, r.status, t),
            in_hand=r.status in in_hand,
            format=word(FORMAT_WORDS, r.format, t),
            requested_on=r.requested_on,
            notes=r.notes,
            files=tuple(files.get(r.id or -1, ())),
        )
        for r in found
    )


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
    password: str | None = None,
    lang: str | None = None,
) -> RenderResult:
    """Write the appointment packet to ``out`` in ``lang`` (default: the current language);
    returns the render (with any text not shown).

    With ``password`` the file is encrypted (AES-256) before it touches the disk.
    """
    chosen = frozenset(sections)
    lang = words(lang).code
    data = build_packet_data(journal, concern_id, visit_id, doctor_id, chosen, lang=lang)
    options = PacketOptions(
        paper=paper_size(paper), sections=chosen, name_in_metadata=name_in_metadata, lang=lang
    )
    result = render_packet(data, options)
    write_private_atomic(Path(out), protect(result.pdf, password) if password else result.pdf)
    return result
