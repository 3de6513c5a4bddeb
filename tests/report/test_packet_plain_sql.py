"""The packet's data read in plain SQL (``services.packet_reads``) equals what the table classes
read: the reference below is the packet's reader as it was before, through SQLModel, kept here.

Every section, every concern of the small and the large demo, in English and Spanish, for each
visit and each doctor the packet can be made for; and a journal holding the odd values (empty
dates, results without numbers or ranges, a booked doctor, a visit without a doctor, files).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlmodel import col, select

from secondopinion.domain.enums import DoctorStatus, RecordStatus, ResultFlag
from secondopinion.i18n import Words, words
from secondopinion.report.data import (
    ALL_SECTIONS,
    AllergyItem,
    AppointmentInfo,
    ConditionItem,
    MedicationItem,
    OpinionItem,
    PacketData,
    ProcedureItem,
    RecordItem,
    ResultItem,
    SignItem,
    SymptomItem,
    TreatmentChangeItem,
)
from secondopinion.services import results as results_service
from secondopinion.services.concerns import list_concerns
from secondopinion.services.packet import build_packet_data
from secondopinion.services.packet_reads import concern_names
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
    standard_question_text,
    standard_sign_text,
    word,
)
from secondopinion.store import commands
from secondopinion.store.journal import Journal
from secondopinion.store.tables import (
    Allergy,
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
    Result,
    Sign,
    SymptomEntry,
    TreatmentChange,
    Visit,
)

TODAY = date(2026, 12, 3)

# --- the reference: the packet's reader through the table classes ------------------------------


def _appointment(
    journal: Journal, concern_id: int, visit: Visit | None, doctor_id: int | None
) -> AppointmentInfo | None:
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


def _results(journal: Journal, t: Words) -> tuple[ResultItem, ...]:
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


def _records(journal: Journal, concern_id: int, t: Words) -> tuple[RecordItem, ...]:
    found = commands.rows(
        journal,
        RecordRequest,
        RecordRequest.concern_id == concern_id,
        order_by=[col(RecordRequest.id)],
    )
    names: dict[int, list[str]] = {}
    ids = [r.id for r in found if r.id is not None]
    if ids:
        stmt = (
            select(Attachment.record_request_id, Attachment.filename)
            .where(col(Attachment.record_request_id).in_(ids))
            .order_by(col(Attachment.id))
        )
        with journal.session() as s:
            for rid, filename in s.exec(stmt).all():
                names.setdefault(rid, []).append(filename)
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
            files=tuple(names.get(r.id or -1, ())),
        )
        for r in found
    )


def through_the_table_classes(
    journal: Journal,
    concern_id: int,
    visit_id: int | None = None,
    doctor_id: int | None = None,
    *,
    lang: str,
) -> PacketData:
    t = words(lang)
    concern = concern_row(journal, concern_id)
    person, notes = person_info(journal)
    visit = commands.get(journal, Visit, visit_id) if visit_id is not None else None
    data = PacketData(
        person=person,
        concern=concern_info(concern),
        generated_on=TODAY,
        appointment=_appointment(journal, concern_id, visit, doctor_id),
        notes=notes,
    )
    meds = commands.rows(journal, Medication, order_by=[col(Medication.position)])
    allergies = commands.rows(journal, Allergy, order_by=[col(Allergy.position)])
    conditions = commands.rows(journal, Condition, order_by=[col(Condition.position)])
    procedures = commands.rows(journal, Procedure, order_by=[col(Procedure.position)])
    ticked = commands.rows(
        journal,
        Sign,
        Sign.concern_id == concern_id,
        col(Sign.ticked).is_(True),
        order_by=[col(Sign.position), col(Sign.id)],
    )
    asked = commands.rows(
        journal,
        Question,
        Question.concern_id == concern_id,
        col(Question.retired).is_(False),
        col(Question.bring_next).is_(True),
        order_by=[col(Question.position), col(Question.id)],
    )
    visits = [v for v in concern_visits(journal, concern_id) if v.id != visit_id]
    doctors = doctors_by_id(journal, (v.doctor_id for v in visits))
    entries = commands.rows(
        journal,
        SymptomEntry,
        SymptomEntry.concern_id == concern_id,
        order_by=[col(SymptomEntry.recorded_at), col(SymptomEntry.id)],
    )
    changes = commands.rows(
        journal,
        TreatmentChange,
        TreatmentChange.concern_id == concern_id,
        order_by=[col(TreatmentChange.changed_on), col(TreatmentChange.id)],
    )
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
        results=_results(journal, t),
        signs=tuple(
            SignItem(standard_sign_text(s.standard_key, s.text, t), s.note) for s in ticked
        ),
        questions=tuple(standard_question_text(q.standard_key, q.text, t) for q in asked),
        opinions=tuple(
            OpinionItem(
                on=v.visit_on,
                doctor=doctors[v.doctor_id].name
                if v.doctor_id in doctors
                else t._("Doctor unknown"),
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
        ),
        symptoms=tuple(SymptomItem(e.recorded_at, e.symptom, e.severity, e.notes) for e in entries),
        treatment_changes=tuple(TreatmentChangeItem(c.changed_on, c.description) for c in changes),
        records=_records(journal, concern_id, t),
    )


def _plain(
    journal: Journal,
    concern_id: int,
    visit_id: int | None = None,
    doctor_id: int | None = None,
    *,
    lang: str,
) -> PacketData:
    return build_packet_data(
        journal, concern_id, visit_id, doctor_id, ALL_SECTIONS, today=TODAY, lang=lang
    )


def _holds_everything(data: PacketData) -> None:
    """A comparison that says something: the data has rows in every section."""
    for name in ("opinions", "symptoms", "records", "signs", "questions", "results"):
        assert getattr(data, name), name


# --- the tests -----------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["en", "es"])
def test_every_concern_reads_as_through_the_table_classes(
    demo_journals: dict[str, Journal], lang: str
) -> None:
    for size, journal in demo_journals.items():
        concerns = list_concerns(journal, include_archived=True)
        assert len(concerns) >= 2, size
        for concern in concerns:
            assert concern.id is not None
            plain = _plain(journal, concern.id, lang=lang)
            assert plain == through_the_table_classes(journal, concern.id, lang=lang), size
        _holds_everything(_plain(journal, concerns[0].id or 0, lang=lang))


def test_each_visit_and_doctor_the_packet_is_for_reads_the_same(
    demo_journals: dict[str, Journal],
) -> None:
    journal = demo_journals["small"]
    concern = list_concerns(journal)[0]
    assert concern.id is not None
    visits = commands.rows(journal, Visit)
    doctors = commands.rows(journal, Doctor)
    assert visits and doctors
    for visit in [*visits, None]:
        vid = visit.id if visit is not None else 10_000  # one that does not exist
        assert _plain(journal, concern.id, vid, lang="en") == through_the_table_classes(
            journal, concern.id, vid, lang="en"
        )
    for doctor in [*doctors, None]:
        did = doctor.id if doctor is not None else 10_000
        assert _plain(journal, concern.id, None, did, lang="en") == through_the_table_classes(
            journal, concern.id, None, did, lang="en"
        )


def test_odd_values_read_as_through_the_table_classes(demo_path: Path) -> None:
    with Journal.open(demo_path) as journal:
        first = list_concerns(journal)[0]
        bare = commands.add(journal, Concern(title="Nothing in it yet"))
        assert first.id is not None and bare.id is not None
        for person in commands.rows(journal, Person):
            commands.update(journal, Person, person.id, date_of_birth=None, notes="")
        booked = commands.add(journal, Doctor(name="Dr Booked", status=DoctorStatus.BOOKED.value))
        commands.add(journal, DoctorConcern(doctor_id=booked.id, concern_id=first.id))
        commands.add(journal, Visit(concern_id=first.id, visit_on=date(2020, 2, 29)))
        commands.add(
            journal,
            Visit(concern_id=first.id, visit_on=date(2020, 2, 29), doctor_id=booked.id),
        )
        commands.add_all(
            journal,
            [
                Result(test_name="No number", value_text="positive"),
                # entered out of time order: the later one is the latest
                Result(test_name="Twice", value=1.0, taken_at=datetime(2026, 2, 1, 8, 0)),
                Result(test_name="twice", value=2.0, taken_at=datetime(2025, 1, 1, 8, 0)),
                Result(test_name="no number", taken_at=datetime(2026, 1, 1, 0, 0)),
                Result(test_name="Ranged", value=3.0, range_low=1.0, range_high=2.5),
                Result(test_name="Low", value=-0.5, range_low=0.0, loinc="1-8"),
                Result(test_name="Only high", value=1e-7, range_high=1e-6, value_text="<"),
                Result(
                    test_name="Flagged",
                    value=12,
                    interpretation=ResultFlag.ABNORMAL.value,
                    taken_at=datetime(2026, 1, 1, 0, 0, 0, 1),
                ),
                Allergy(substance="Severe", severity="severe"),
                Medication(name="Only a name"),
                Condition(name="Since nothing"),
                Procedure(what='Where "quoted"', where="<b>here</b>"),
                Sign(concern_id=first.id, text="Mine", ticked=True, note="שלום 🙂"),
                Question(concern_id=first.id, text="Retired", retired=True),
                Question(concern_id=first.id, text="Not now", bring_next=False),
                TreatmentChange(concern_id=first.id, changed_on=date(2000, 1, 1), description="x"),
            ],
        )
        request = commands.add(
            journal, RecordRequest(concern_id=first.id, status=RecordStatus.SENT_ON.value)
        )
        for name in ("b.pdf", "a.pdf"):
            commands.add(journal, Attachment(record_request_id=request.id, filename=name))
        for concern_id in (first.id, bare.id):
            for lang in ("en", "es"):
                assert _plain(journal, concern_id, lang=lang) == through_the_table_classes(
                    journal, concern_id, lang=lang
                )
        with pytest.raises(LookupError):
            _plain(journal, 10_000, lang="en")


def test_concerns_are_named_as_the_table_classes_list_them(
    demo_journals: dict[str, Journal],
) -> None:
    for journal in demo_journals.values():
        with journal.reading() as conn:
            names = concern_names(conn)
        listed = list_concerns(journal, include_archived=True)
        assert [(c.id, c.title, c.archived) for c in names] == [
            (c.id, c.title, c.archived) for c in listed
        ]
