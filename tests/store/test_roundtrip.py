"""Every table written to a real journal file comes back the same after closing and reopening."""

from datetime import date, datetime
from pathlib import Path

from sqlmodel import SQLModel

from secondopinion.store import commands
from secondopinion.store.journal import Journal
from secondopinion.store.tables import (
    ALL_TABLES,
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
    Result,
    Sign,
    SymptomEntry,
    TreatmentChange,
    Visit,
    VisitFeelings,
)

HOSTILE = "<b>&amp;</b> שלום 😀 ' \" ; DROP TABLE concern; --"


def _one_of_each() -> list[SQLModel]:
    when = datetime(2026, 9, 1, 8, 30)
    return [
        Person(id=1, name=HOSTILE, date_of_birth=date(1984, 5, 17), notes="n"),
        Medication(id=1, name="Iron", dose="200 mg", how_taken="mouth", since="2025", reason="x"),
        Allergy(id=1, substance="Penicillin", reaction="Hives", severity="moderate"),
        Condition(id=1, name="Hypothyroidism", since="2019", notes=HOSTILE),
        Procedure(id=1, what="Appendectomy", when="2003", where="Riverside"),
        Result(
            id=1,
            test_name="Hemoglobin",
            loinc="718-7",
            value=11.25,
            unit="g/dL",
            range_low=12.0,
            range_high=15.5,
            interpretation="low",
            taken_at=when,
            reported_by=HOSTILE,
            source="Observation/abc",
        ),
        Concern(
            id=1,
            title=HOSTILE,
            original_diagnosis="Fibroids",
            diagnosed_on=date(2026, 6, 1),
            created_at=when,
        ),
        Sign(id=1, concern_id=1, standard_key=None, text="own", ticked=True, note=HOSTILE),
        SymptomEntry(id=1, concern_id=1, recorded_at=when, symptom="Pain", severity=7, notes="x"),
        TreatmentChange(id=1, concern_id=1, changed_on=date(2026, 8, 1), description="Started"),
        RecordRequest(
            id=1,
            concern_id=1,
            kind="pathology",
            source="Lab",
            requested_on=date(2026, 8, 1),
            due_on=date(2026, 8, 31),
            status="requested",
            format="paper",
            notes="",
        ),
        Attachment(
            id=1,
            record_request_id=1,
            filename="a.bin",
            media_type="application/pdf",
            size=256,
            sha256="0" * 64,
            added_at=when,
            data=bytes(range(256)),
        ),
        Doctor(
            id=1, name="Dr. Ng", email="ng@example.org", other_system=True, teaching_hospital=True
        ),
        DoctorConcern(doctor_id=1, concern_id=1),
        Question(id=1, concern_id=1, text="Why?", position=0, retired=True, bring_next=False),
        Visit(
            id=1,
            concern_id=1,
            doctor_id=1,
            visit_on=date(2026, 9, 2),
            kind="second_opinion",
            diagnosis="Adenomyosis",
            agreement="disagrees",
            treatment="t",
            tests="MRI",
        ),
        Answer(id=1, visit_id=1, question_id=1, answer=HOSTILE),
        VisitFeelings(visit_id=1, heard=4, hurried=0, trust=5, reflection=HOSTILE),
    ]


def _as_dict(obj: SQLModel) -> dict:
    return {c.name: getattr(obj, c.name) for c in commands.table_of(type(obj)).columns}


def test_every_table_round_trips_through_a_real_file(tmp_path: Path) -> None:
    path = tmp_path / "j.sojournal"
    rows = _one_of_each()
    assert {commands.table_of(type(r)).name for r in rows} == {
        commands.table_of(c).name for c in ALL_TABLES
    }
    expected = [_as_dict(r) for r in rows]
    with Journal.create(path) as journal:
        for row in rows:
            commands.add(journal, row)
    with Journal.open(path) as journal:
        for want, cls in zip(expected, [type(r) for r in rows], strict=True):
            found = commands.rows(journal, cls)
            assert len(found) == 1
            assert _as_dict(found[0]) == want


def test_delete_then_restore_brings_back_dependents(tmp_path: Path) -> None:
    path = tmp_path / "j.sojournal"
    with Journal.create(path) as journal:
        for row in _one_of_each():
            commands.add(journal, row)
        snapshot = commands.delete_row(journal, Concern, 1)
        assert commands.count(journal, Visit) == 0
        assert commands.count(journal, Answer) == 0
        assert commands.count(journal, Attachment) == 0
        assert commands.count(journal, Doctor) == 1  # doctors outlive a concern
        commands.restore(journal, snapshot)
        assert commands.get(journal, Attachment, 1).data == bytes(range(256))
        assert commands.get(journal, Answer, 1).answer == HOSTILE
        assert commands.count(journal, DoctorConcern) == 1


def test_deleting_a_doctor_keeps_visits_and_undo_relinks(tmp_path: Path) -> None:
    with Journal.create(tmp_path / "j.sojournal") as journal:
        for row in _one_of_each():
            commands.add(journal, row)
        snapshot = commands.delete_row(journal, Doctor, 1)
        assert commands.get(journal, Visit, 1).doctor_id is None
        commands.restore(journal, snapshot)
        assert commands.get(journal, Visit, 1).doctor_id == 1


def test_files_are_private(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "j.sojournal"
    Journal.create(path).close()
    assert path.stat().st_mode & 0o777 == 0o600
    assert path.parent.stat().st_mode & 0o777 == 0o700


def test_pragmas(journal) -> None:
    with journal.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
