"""The packet's reads, in plain SQL: each section's rows straight into ``report.data`` items.

``secondopinion export pdf`` reads a few hundred rows; building SQLModel's table classes and
configuring the ORM to read them took longer than reading them. Here every read goes through
``Journal.reading`` (one read transaction, the driver's rows), so an export imports neither
SQLAlchemy, SQLModel nor ``store.tables``. Each query keeps the filters and the order the table
classes' reads had; SQLite holds dates as ISO text (``2026-06-13``, times as
``2026-06-13 10:20:00.000000``) and booleans as 0/1, read back here as the table classes read them.
``tests/report/test_packet_reads.py`` holds every section equal to the table-class reads.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, NamedTuple

from secondopinion.domain import lab_results
from secondopinion.domain.enums import DoctorStatus, RecordStatus, ResultFlag
from secondopinion.domain.wording import Sentence
from secondopinion.i18n import Words
from secondopinion.report.data import (
    AllergyItem,
    AppointmentInfo,
    ConcernInfo,
    ConditionItem,
    MedicationItem,
    OpinionItem,
    PersonInfo,
    ProcedureItem,
    RecordItem,
    ResultItem,
    SignItem,
    SymptomItem,
    TreatmentChangeItem,
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

if TYPE_CHECKING:
    import sqlcipher3


def day(value: str | None) -> date | None:
    """A stored date (its first ten characters, as SQLAlchemy's SQLite date type reads it)."""
    return None if value is None else date.fromisoformat(value[:10])


def when(value: str | None) -> datetime | None:
    """A stored time (``2026-06-13 10:20:00.000000``)."""
    return None if value is None else datetime.fromisoformat(value)


def _all(conn: sqlcipher3.Connection, sql: str, *args: Any) -> list[tuple[Any, ...]]:
    return list(conn.execute(sql, args).fetchall())


class ConcernName(NamedTuple):
    """What picking a concern by title needs."""

    id: int
    title: str
    archived: bool


def concern_names(conn: sqlcipher3.Connection) -> list[ConcernName]:
    """Every concern, archived ones too, in the order they were made."""
    found = _all(conn, "SELECT id, title, archived FROM concern ORDER BY id")
    return [ConcernName(i, title, bool(archived)) for i, title, archived in found]


def concern(conn: sqlcipher3.Connection, concern_id: int) -> ConcernInfo:
    found = _all(
        conn,
        "SELECT title, original_diagnosis, diagnosed_by, diagnosed_on, proposed_treatment, "
        "to_clarify, status FROM concern WHERE id = ?",
        concern_id,
    )
    if not found:
        raise LookupError(Sentence("concern {id} does not exist", id=concern_id))
    title, original, by, on, proposed, to_clarify, status = found[0]
    return ConcernInfo(title, original, by, day(on), proposed, to_clarify, status)


def person(conn: sqlcipher3.Connection) -> tuple[PersonInfo, str]:
    """The person (name, date of birth) and their notes."""
    found = _all(conn, "SELECT name, date_of_birth, notes FROM person ORDER BY id LIMIT 1")
    if not found:
        return PersonInfo(), ""
    name, born, notes = found[0]
    return PersonInfo(name, day(born)), notes


@dataclass(frozen=True)
class _Visit:
    id: int
    doctor_id: int | None
    visit_on: date
    kind: str
    diagnosis: str
    agreement: str | None
    treatment: str
    tests: str
    rationale: str
    in_my_place: str
    notes: str


_VISIT_COLUMNS = (
    "id, doctor_id, visit_on, kind, diagnosis, agreement, treatment, tests, rationale, "
    "in_my_place, notes"
)


def _visit(row: tuple[Any, ...]) -> _Visit:
    vid, doctor_id, on, *rest = row
    return _Visit(vid, doctor_id, date.fromisoformat(on[:10]), *rest)


def appointment(
    conn: sqlcipher3.Connection, concern_id: int, visit_id: int | None, doctor_id: int | None
) -> AppointmentInfo | None:
    """Who the packet is for: the chosen visit or doctor, else the doctor booked for it."""
    visit = None
    if visit_id is not None:
        found = _all(conn, f"SELECT {_VISIT_COLUMNS} FROM visit WHERE id = ?", visit_id)
        visit = _visit(found[0]) if found else None
    on = visit.visit_on if visit is not None else None
    if visit is not None:
        doctor_id = visit.doctor_id
    if doctor_id is None:
        booked = _all(
            conn,
            "SELECT id FROM doctor WHERE id IN "
            "(SELECT doctor_id FROM doctor_concern WHERE concern_id = ?) AND status = ? "
            "ORDER BY id",
            concern_id,
            DoctorStatus.BOOKED.value,
        )
        if not booked:
            return AppointmentInfo(on=on) if visit is not None else None
        doctor_id = booked[0][0]
    doctor = _all(conn, "SELECT name, specialty, institution FROM doctor WHERE id = ?", doctor_id)
    if not doctor:
        return AppointmentInfo(on=on)
    name, specialty, institution = doctor[0]
    return AppointmentInfo(name, specialty, institution, on)


def medications(conn: sqlcipher3.Connection) -> tuple[MedicationItem, ...]:
    found = _all(
        conn,
        "SELECT name, dose, how_taken, since, until, reason FROM medication ORDER BY position",
    )
    return tuple(MedicationItem(*row) for row in found)


def allergies(conn: sqlcipher3.Connection, t: Words) -> tuple[AllergyItem, ...]:
    found = _all(conn, "SELECT substance, reaction, severity FROM allergy ORDER BY position")
    return tuple(AllergyItem(s, r, word(SEVERITY_WORDS, severity, t)) for s, r, severity in found)


def conditions(conn: sqlcipher3.Connection) -> tuple[ConditionItem, ...]:
    found = _all(conn, "SELECT name, since, notes FROM condition ORDER BY position")
    return tuple(ConditionItem(*row) for row in found)


def procedures(conn: sqlcipher3.Connection) -> tuple[ProcedureItem, ...]:
    found = _all(conn, 'SELECT what, "when", "where", notes FROM procedure ORDER BY position')
    return tuple(ProcedureItem(*row) for row in found)


@dataclass(frozen=True)
class _Result:
    """A stored result's fields the packet words (``domain.lab_results``)."""

    test_name: str
    loinc: str
    value: float | None
    value_text: str
    unit: str
    range_low: float | None
    range_high: float | None
    range_text: str
    interpretation: str
    taken_at: datetime | None


def results(conn: sqlcipher3.Connection, t: Words) -> tuple[ResultItem, ...]:
    """The "Recent results": flagged latest results first, then the other latest ones."""
    found = _all(
        conn,
        "SELECT test_name, loinc, value, value_text, unit, range_low, range_high, range_text, "
        "interpretation, taken_at FROM result ORDER BY taken_at, id",
    )
    ordered = [
        _Result(name, loinc, value, text, unit, low, high, range_, flag, when(at))
        for name, loinc, value, text, unit, low, high, range_, flag, at in found
    ]
    flag_words = {
        ResultFlag.HIGH: "▲ " + t._("High"),
        ResultFlag.LOW: "▼ " + t._("Low"),
        ResultFlag.ABNORMAL: "◆ " + t._("Abnormal"),
        ResultFlag.NORMAL: t._("Normal"),
        ResultFlag.NOT_GIVEN: "",
    }
    items = []
    for r in lab_results.recent_for_packet(ordered):
        flag = lab_results.flag_of(r)
        items.append(
            ResultItem(
                test=r.test_name,
                value=lab_results.value_text(r),
                unit=r.unit,
                reference_range=lab_results.range_text(r),
                flag=flag_words[flag],
                abnormal=flag.is_abnormal,
                taken_on=r.taken_at.date() if r.taken_at else None,
            )
        )
    return tuple(items)


def signs(conn: sqlcipher3.Connection, concern_id: int, t: Words) -> tuple[SignItem, ...]:
    """The reasons ticked, in the person's order."""
    found = _all(
        conn,
        "SELECT standard_key, text, note FROM sign WHERE concern_id = ? AND ticked IS 1 "
        "ORDER BY position, id",
        concern_id,
    )
    return tuple(SignItem(standard_sign_text(key, text, t), note) for key, text, note in found)


def questions(conn: sqlcipher3.Connection, concern_id: int, t: Words) -> tuple[str, ...]:
    """The questions chosen for the next visit (not retired), in the person's order."""
    found = _all(
        conn,
        "SELECT standard_key, text FROM question WHERE concern_id = ? AND retired IS 0 "
        "AND bring_next IS 1 ORDER BY position, id",
        concern_id,
    )
    return tuple(standard_question_text(key, text, t) for key, text in found)


def opinions(
    conn: sqlcipher3.Connection, concern_id: int, visit_id: int | None, t: Words
) -> tuple[OpinionItem, ...]:
    """Every visit so far, oldest first, except the one the packet is for."""
    found = _all(
        conn,
        f"SELECT {_VISIT_COLUMNS} FROM visit WHERE concern_id = ? ORDER BY visit_on, id",
        concern_id,
    )
    visits = [v for v in map(_visit, found) if v.id != visit_id]
    names = dict(
        _all(
            conn,
            "SELECT id, name FROM doctor WHERE id IN "
            "(SELECT doctor_id FROM visit WHERE concern_id = ?)",
            concern_id,
        )
    )
    unknown = t._("Doctor unknown")
    return tuple(
        OpinionItem(
            on=v.visit_on,
            doctor=names.get(v.doctor_id, unknown),
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


def symptoms(conn: sqlcipher3.Connection, concern_id: int) -> tuple[SymptomItem, ...]:
    """The concern's symptom log, oldest first: 20,000 entries become their items without a
    table object each."""
    found = _all(
        conn,
        "SELECT recorded_at, symptom, severity, notes FROM symptom_entry "
        "WHERE concern_id = ? ORDER BY recorded_at, id",
        concern_id,
    )
    at = datetime.fromisoformat
    return tuple(
        SymptomItem(at(stamp), symptom, severity, notes)
        for stamp, symptom, severity, notes in found
    )


def treatment_changes(
    conn: sqlcipher3.Connection, concern_id: int
) -> tuple[TreatmentChangeItem, ...]:
    found = _all(
        conn,
        "SELECT changed_on, description FROM treatment_change WHERE concern_id = ? "
        "ORDER BY changed_on, id",
        concern_id,
    )
    return tuple(TreatmentChangeItem(date.fromisoformat(on[:10]), text) for on, text in found)


def records(conn: sqlcipher3.Connection, concern_id: int, t: Words) -> tuple[RecordItem, ...]:
    """The record requests, in the order they were made, with their files' names (only)."""
    found = _all(
        conn,
        "SELECT id, kind, source, status, format, requested_on, notes FROM record_request "
        "WHERE concern_id = ? ORDER BY id",
        concern_id,
    )
    files: dict[int, list[str]] = {}
    for rid, filename in _all(
        conn,
        "SELECT record_request_id, filename FROM attachment WHERE record_request_id IN "
        "(SELECT id FROM record_request WHERE concern_id = ?) ORDER BY id",
        concern_id,
    ):
        files.setdefault(rid, []).append(filename)
    in_hand = (RecordStatus.RECEIVED.value, RecordStatus.SENT_ON.value)
    return tuple(
        RecordItem(
            kind=word(RECORD_WORDS, kind, t),
            source=source,
            status=word(STATUS_WORDS, status, t),
            in_hand=status in in_hand,
            format=word(FORMAT_WORDS, fmt, t),
            requested_on=day(requested_on),
            notes=notes,
            files=tuple(files.get(rid, ())),
        )
        for rid, kind, source, status, fmt, requested_on, notes in found
    )
