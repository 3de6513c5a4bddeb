"""A realistic, deterministic sample journal: the same seed gives the same file contents.

``small`` is for looking around and for tests: two concerns, about sixty symptom entries and a
handful of everything else. ``large`` is for benchmarks: five concerns, 20,000 symptom entries,
500 record requests, 200 doctors and 300 visits with answers and feelings; ``huge`` (benchmarks
of size) the same with 100,000 entries, 2,000 requests, 1,000 doctors and 1,500 visits.
All people and places in it are invented: they live in ``demo_words.py``, the attachments'
bytes are made by ``demo_files.py``; this module builds the rows and writes the journal.

Long module: ``build`` lays the journal out in the order its rows depend on one another
(person, concerns, doctors, visits, answers, requests…) with one random stream, so the same seed
gives the same file; cut into modules, the builder's state and the stream's order would have to
travel between them, and the file would change with the cut.
"""

from __future__ import annotations

import hashlib
import random
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import Table, insert

from secondopinion.domain.enums import (
    DoctorStatus,
    Feeling,
    RecordFormat,
    RecordKind,
    RecordStatus,
    VisitKind,
)
from secondopinion.domain.rules import default_due_date
from secondopinion.domain.standard import STANDARD_QUESTIONS, STANDARD_SIGNS
from secondopinion.domain.validation import check_fields
from secondopinion.services.demo_files import tiny_pdf, tiny_png
from secondopinion.services.demo_words import (
    ANSWERS,
    CONCERNS,
    DIAGNOSES,
    FIRST_NAMES,
    INSTITUTIONS,
    LAST_NAMES,
    OTHER_ANSWERS,
    OTHER_OPINIONS,
    OWN_QUESTION_ANSWERS,
    RESULT_SERIES,
    SPECIALTIES,
)
from secondopinion.store.commands import table_of
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
    Result,
    Sign,
    SymptomEntry,
    TreatmentChange,
    Visit,
    VisitFeelings,
)

Size = Literal["small", "large", "huge"]

# How many of each thing a size holds: concerns, symptom entries, record requests, doctors, visits.
SIZES: dict[str, tuple[int, int, int, int, int]] = {
    "small": (2, 60, 9, 5, 4),
    "large": (5, 20_000, 500, 200, 300),
    "huge": (5, 100_000, 2_000, 1_000, 1_500),
}
ANCHOR = date(2026, 10, 1)  # the demo's "today": fixed, so the file is the same every time


class _Builder:
    def __init__(self, seed: int, today: date) -> None:
        self.rng = random.Random(seed)
        self.today = today
        self.rows: dict[str, list[dict[str, Any]]] = {}
        self.next_id: dict[str, int] = {}

    def add(self, cls: type[Any], **values: Any) -> int:
        name = table_of(cls).name
        if "id" in table_of(cls).c and "id" not in values:
            values["id"] = self.next_id.get(name, 1)
            self.next_id[name] = values["id"] + 1
        self.rows.setdefault(name, []).append(values)
        return int(values.get("id", 0))


def _health_summary(b: _Builder) -> None:
    b.add(
        Person,
        name="Alex Morgan",
        date_of_birth=date(1984, 5, 17),
        notes="Prefers morning appointments.",
        address="14 Orchard Lane\nSpringfield, IL 62704",
        phone="(217) 555-0142",
        email="alex.morgan@example.org",
        jurisdiction="us",  # Springfield, IL: the letters cite HIPAA whatever the locale
    )
    meds = [
        ("Ferrous sulfate", "200 mg", "By mouth, twice daily", "2025-11", "", "Anaemia"),
        ("Ibuprofen", "400 mg", "By mouth, as needed", "2024", "", "Pain"),
        (
            "Tranexamic acid",
            "1 g",
            "By mouth, three times daily during periods",
            "2025-06",
            "2026-02",
            "Heavy bleeding",
        ),
        ("Levothyroxine", "50 µg", "By mouth, mornings", "2019", "", "Hypothyroidism"),
    ]
    for i, (name, dose, how, since, until, why) in enumerate(meds):
        b.add(
            Medication,
            name=name,
            dose=dose,
            how_taken=how,
            since=since,
            until=until,
            reason=why,
            position=i,
        )
    b.add(Allergy, substance="Penicillin", reaction="Hives", severity="moderate", position=0)
    b.add(Allergy, substance="Latex", reaction="Skin rash", severity="mild", position=1)
    b.add(
        Condition, name="Hypothyroidism", since="2019", notes="Stable on levothyroxine", position=0
    )
    b.add(Condition, name="Iron-deficiency anaemia", since="2025", notes="", position=1)
    b.add(Procedure, what="Appendectomy", when="2003", where="Riverside General", position=0)
    b.add(
        Procedure, what="Pelvic ultrasound", when="2026-05", where="Riverside Imaging", position=1
    )


# (test, LOINC, unit, low, high, values oldest first: days before today and value)
def _results(b: _Builder) -> None:
    """A few lab results over the past year: anaemia improving, one TSH just above its range."""
    for name, loinc, unit, low, high, values in RESULT_SERIES:
        for days, value in values:
            flag = "high" if value > high else "low" if value < low else "normal"
            b.add(
                Result,
                test_name=name,
                loinc=loinc,
                value=value,
                value_text="",
                unit=unit,
                range_low=low,
                range_high=high,
                range_text="",
                interpretation=flag,
                taken_at=datetime.combine(b.today - timedelta(days=days), time(8, 15)),
                reported_by="Riverside Laboratory",
                notes="",
                source="",
            )


def _doctors(b: _Builder, count: int) -> list[int]:
    ids = []
    for i in range(count):
        inst, system, teaching = INSTITUTIONS[i % len(INSTITUTIONS)]
        first, last = FIRST_NAMES[i % 20], LAST_NAMES[(i * 7 + i // 20) % 20]
        suffix = "" if i < 20 else f" ({i // 20 + 1})"
        status = (
            list(DoctorStatus)[b.rng.randrange(5)]
            if i >= 5
            else [
                DoctorStatus.SEEN,
                DoctorStatus.SEEN,
                DoctorStatus.BOOKED,
                DoctorStatus.CONSIDERING,
                DoctorStatus.SEEN,
            ][i]
        )
        ids.append(
            b.add(
                Doctor,
                name=f"Dr. {first} {last}{suffix}",
                specialty=SPECIALTIES[i % 8],
                institution=inst,
                healthcare_system=system,
                phone=f"+1 555 01{i % 100:02d}",
                email=f"{first.lower()}.{last.lower()}@example.org",
                address=f"{10 + i} Harbour Road, Springfield",
                website=f"https://example.org/doctors/{first.lower()}-{last.lower()}",
                cost_notes="In network" if i % 3 else "Out of network; about $350 per visit",
                status=status.value,
                notes="Recommended by a patient group." if i % 4 == 1 else "",
                other_system=system != "Riverside Health",
                specialises=i % 2 == 0,
                complex_cases=i % 3 == 0,
                teaching_hospital=teaching,
            )
        )
    return ids


def build(
    size: Size = "small",
    seed: int = 20261001,
    today: date = ANCHOR,
    *,
    planned_visit: bool = False,
) -> dict[str, list[dict[str, Any]]]:
    """Every row of the demo journal, table by table."""
    b = _Builder(seed, today)
    large = size != "small"
    n_concerns, n_symptoms, n_requests, n_doctors, n_visits = SIZES[size]

    _health_summary(b)
    _results(b)
    doctors = _doctors(b, n_doctors)
    concern_ids, questions = [], {}
    for ci in range(n_concerns):
        spec = CONCERNS[ci]
        cid = b.add(
            Concern,
            title=spec["title"],
            original_diagnosis=spec["original_diagnosis"],
            diagnosed_by=spec["diagnosed_by"],
            diagnosed_on=b.today - timedelta(days=120 - 10 * ci),
            proposed_treatment=spec["proposed_treatment"],
            to_clarify=spec["to_clarify"],
            status="open",
            archived=False,
            created_at=datetime.combine(b.today - timedelta(days=110), time(9, 0)),
        )
        concern_ids.append(cid)
        ticked = {0, 1, 4} if ci == 0 else {0, 2}
        for i, (key, text) in enumerate(STANDARD_SIGNS):
            b.add(
                Sign,
                concern_id=cid,
                standard_key=key,
                text=text,
                ticked=i in ticked,
                note={
                    0: "Nobody explained why surgery rather than anything else.",
                    1: "Bleeding still heavy after six months of tranexamic acid.",
                    4: "Hysterectomy was the only option mentioned.",
                    2: "The appointment lasted seven minutes.",
                }.get(i, "")
                if i in ticked
                else "",
                position=i,
            )
        b.add(
            Sign,
            concern_id=cid,
            standard_key=None,
            ticked=True,
            position=6,
            text="My sister had the same diagnosis and was offered three options",
            note="Different hospital, two years ago.",
        )
        qids = []
        for i, (key, text) in enumerate(STANDARD_QUESTIONS):
            qids.append(
                (
                    key,
                    b.add(
                        Question,
                        concern_id=cid,
                        standard_key=key,
                        text=text,
                        position=i,
                        retired=False,
                        bring_next=True,
                    ),
                )
            )
        qids.append(
            (
                "own",
                b.add(
                    Question,
                    concern_id=cid,
                    standard_key=None,
                    text="How would each option affect my work and recovery time?",
                    position=5,
                    retired=False,
                    bring_next=True,
                ),
            )
        )
        b.add(
            Question,
            concern_id=cid,
            standard_key=None,
            position=6,
            retired=True,
            bring_next=False,
            text="Can I wait until after the summer?",
        )
        questions[cid] = qids
        for i, (days, what) in enumerate(
            [
                (100, "Started tranexamic acid 1 g"),
                (60, "Started iron supplements"),
                (25, "Stopped tranexamic acid"),
            ]
        ):
            b.add(
                TreatmentChange,
                concern_id=cid,
                changed_on=b.today - timedelta(days=days),
                description=what
                if ci == 0
                else [
                    "Started physiotherapy twice weekly",
                    "Added naproxen 500 mg",
                    "Stopped naproxen",
                ][i],
            )
        for d in doctors[ci % len(doctors) :: max(1, n_concerns)][: max(2, n_doctors // 3)]:
            b.add(DoctorConcern, doctor_id=d, concern_id=cid)

    # Symptom log: a daily-ish rhythm per concern, severity drifting with the treatment changes.
    per = n_symptoms // n_concerns
    # At most one entry an hour: a long log starts far enough back to end by today.
    days_back = max(110, per // 24 + 2) if size == "huge" else 110
    start = datetime.combine(b.today - timedelta(days=days_back), time(8, 0))
    for ci, cid in enumerate(concern_ids):
        names = CONCERNS[ci]["symptoms"]
        step = timedelta(minutes=max(60, (110 * 24 * 60) // per))
        for k in range(per):
            stamp = start + step * k
            # Entries are written in waking hours, as a person would.
            when = datetime.combine(stamp.date(), time(b.rng.randrange(7, 22), b.rng.randrange(60)))
            name = names[k % len(names)]
            trend = 6 + 2 * ((k * 3 // per) % 2) - (3 * k) // per
            severity = max(0, min(10, trend + b.rng.randint(-2, 2)))
            b.add(
                SymptomEntry,
                concern_id=cid,
                recorded_at=when,
                symptom=name,
                severity=severity,
                notes="Worse after climbing stairs." if k % 9 == 0 else "",
            )

    kinds = list(RecordKind)
    for r in range(n_requests):
        cid = concern_ids[r % n_concerns]
        requested = b.today - timedelta(days=b.rng.randrange(5, 70))
        status = [
            RecordStatus.RECEIVED,
            RecordStatus.REQUESTED,
            RecordStatus.NEEDED,
            RecordStatus.SENT_ON,
            RecordStatus.REQUESTED,
        ][r % 5]
        rid = b.add(
            RecordRequest,
            concern_id=cid,
            kind=kinds[r % len(kinds)].value,
            source=INSTITUTIONS[r % 5][0],
            requested_on=None if status is RecordStatus.NEEDED else requested,
            due_on=None if status is RecordStatus.NEEDED else default_due_date(requested),
            status=status.value,
            format=list(RecordFormat)[r % 3].value,
            notes="Asked at the front desk; they said two weeks." if r % 4 == 1 else "",
        )
        if r < 2:
            data = (
                b"Lab report (demo)\nHaemoglobin 10.9 g/dL (low)\nFerritin 8 ng/mL (low)\n"
                if r == 0
                else tiny_png()
            )
            b.add(
                Attachment,
                record_request_id=rid,
                filename="haemoglobin-2026-08.txt" if r == 0 else "ultrasound-still.png",
                media_type="text/plain" if r == 0 else "image/png",
                size=len(data),
                sha256=hashlib.sha256(data).hexdigest(),
                data=data,
                added_at=datetime.combine(b.today - timedelta(days=20), time(18, 30)),
            )

    feelings = [f.value for f in Feeling]
    for v in range(n_visits):
        ci = 0 if not large else v % n_concerns
        cid = concern_ids[ci]
        if not large and v == 3:
            cid, ci = concern_ids[1], 1
        kind = (
            [
                VisitKind.ORIGINAL,
                VisitKind.SECOND_OPINION,
                VisitKind.THIRD_OPINION,
                VisitKind.ORIGINAL,
            ][v]
            if not large
            else list(VisitKind)[v % 4]
        )
        if ci == 0:
            diagnosis, agreement = (
                DIAGNOSES[v % len(DIAGNOSES)]
                if v % 4 != 0
                else (CONCERNS[ci]["original_diagnosis"], None)
            )
            treatment = [
                "Hysterectomy",
                "Uterine artery embolisation",
                "Hormonal IUD, iron and MRI",
                "Hysterectomy",
            ][v % 4]
            tests = ["None", "Pelvic MRI", "MRI, iron studies, thyroid panel", "None"][v % 4]
            rationale = (
                "Size and number of fibroids; bleeding has not responded."
                if v % 2 == 0
                else "Fibroids of this size often shrink after embolisation."
            )
            in_my_place = [
                "Have the surgery",
                "Try embolisation first",
                "Get an MRI, then decide",
                "Have the surgery",
            ][v % 4]
        elif kind is VisitKind.ORIGINAL:
            spec = CONCERNS[ci]
            diagnosis, agreement = spec["original_diagnosis"], None
            treatment, tests = spec["proposed_treatment"], "None"
            rationale, in_my_place = "Common presentation.", "Follow the plan"
        else:
            opinion = OTHER_OPINIONS[ci][v % 3]
            diagnosis, agreement, treatment, tests, rationale, in_my_place = opinion
        doctor = doctors[v % len(doctors)] if v % 4 != 3 or large else doctors[4 % len(doctors)]
        vid = b.add(
            Visit,
            concern_id=cid,
            doctor_id=doctor,
            visit_on=b.today - timedelta(days=100 - 25 * (v % 4) - v // 4 % 20),
            kind=kind.value,
            diagnosis=diagnosis,
            agreement=None if agreement is None else agreement.value,
            treatment=treatment,
            tests=tests,
            rationale=rationale,
            in_my_place=in_my_place,
            notes="Brought the ultrasound report." if v % 3 == 0 and ci == 0 else "",
            # Derived, not random, so that the demo file stays the same from run to run.
            calendar_uid=hashlib.sha256(f"demo-visit-{ci}-{v}".encode()).hexdigest()[:32],
        )
        for qi, (key, qid) in enumerate(questions[cid]):
            if kind is VisitKind.ORIGINAL and qi > 1:
                continue
            if v % 4 == 1 and qi == 2:
                continue  # asked but not answered: comes back as still open
            if ci == 0:
                answers = ANSWERS.get(key, OWN_QUESTION_ANSWERS)
            else:
                answers = OTHER_ANSWERS[qi % 5 :] + OTHER_ANSWERS[: qi % 5]
            b.add(Answer, visit_id=vid, question_id=qid, answer=answers[v % len(answers)])
        positive = v % 4 in (1, 2)
        scores = {
            f: (b.rng.randint(3, 4) if positive else b.rng.randint(0, 2))
            if i < 5
            else (b.rng.randint(0, 1) if positive else b.rng.randint(2, 4))
            for i, f in enumerate(feelings)
        }
        b.add(
            VisitFeelings,
            visit_id=vid,
            **scores,
            trust=5 if positive else 2,
            reflection="I finally felt listened to."
            if positive
            else "I left with more questions than I came with.",
        )
    if planned_visit:
        _planned_visit(b, concern_ids[0], doctors[2 % len(doctors)])
    _link_visit_doctors(b)
    _record_details(b, concern_ids[0])
    return b.rows


def _planned_visit(b: _Builder, concern_id: int, doctor_id: int) -> None:
    """A visit still ahead, with the booked doctor: the calendar export and the Next steps page
    have something to show. Only for a demo dated today (the GUI's --demo): in the fixed-date
    demo of the command line it would lie in the past by the time anyone reads it."""
    b.add(
        Visit,
        concern_id=concern_id,
        doctor_id=doctor_id,
        visit_on=b.today + timedelta(days=12),
        visit_time=time(10, 30),
        duration_minutes=45,
        place=f"{INSTITUTIONS[2][0]}, Women's Health Clinic, 2nd floor",
        kind=VisitKind.FOLLOW_UP.value,
        calendar_uid=hashlib.sha256(b"demo-planned-visit").hexdigest()[:32],
    )


def _link_visit_doctors(b: _Builder) -> None:
    """Every doctor seen about a concern is one of its doctors, and the first concern has one
    more candidate, so the Doctors tab shows a realistic shortlist (seen, booked, considering)."""
    links = {(r["doctor_id"], r["concern_id"]) for r in b.rows.get("doctor_concern", [])}
    wanted = [(v["doctor_id"], v["concern_id"]) for v in b.rows.get("visit", [])]
    doctors = [d["id"] for d in b.rows.get("doctor", [])]
    if len(doctors) > 3:
        wanted.append((doctors[3], 1))
    for doctor_id, concern_id in wanted:
        if doctor_id is not None and (doctor_id, concern_id) not in links:
            links.add((doctor_id, concern_id))
            b.add(DoctorConcern, doctor_id=doctor_id, concern_id=concern_id)


def _uniform(table: Table, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Rows with the same keys: a many-row insert takes its columns from the first row only."""
    keys = {k for row in rows for k in row}
    defaults = {k: getattr(table.c[k].default, "arg", None) for k in keys}
    return [{**{k: v for k, v in defaults.items() if k not in row}, **row} for row in rows]


def write_demo(
    out: Path,
    size: Size = "small",
    passphrase: str | None = None,
    today: date = ANCHOR,
    *,
    planned_visit: bool = False,
) -> Journal:
    """Create a new journal at ``out`` filled with the demo; returns it open.

    ``today`` anchors every date; the command line keeps the fixed default so its file is the
    same every time, the GUI's ``--demo`` passes the real date so due dates look current, and
    asks for a ``planned_visit`` twelve days ahead.
    """
    journal = Journal.create(out, passphrase)
    rows = build(size, today=today, planned_visit=planned_visit)
    with journal.session() as s:
        conn = s.connection()
        from secondopinion.store.tables import ALL_TABLES

        for cls in ALL_TABLES:
            table = table_of(cls)
            found = rows.get(table.name)
            if found:
                for row in found:  # bulk inserts skip the session's checks: make them here
                    check_fields(table.name, row)
                conn.execute(insert(table), _uniform(table, found))
    return journal


# --- records: what a person gathering records really has (Records tab) -------------------------


def _record_details(b: _Builder, concern_id: int) -> None:
    """Notes on a late request and a PDF report, so the first concern's records look lived-in."""
    requests = [r for r in b.rows.get("record_request", []) if r["concern_id"] == concern_id]
    late = next((r for r in requests if r["status"] == RecordStatus.REQUESTED.value), None)
    if late is not None and not late["notes"]:
        late["notes"] = "Called the records office twice; they say it is in the post. Ref. RQ-4471."
    if late is not None:
        # Asked for by letter, to go straight to the first doctor on the list.
        late.update(
            provider_address="Health Information Management\n200 Main Street\nSpringfield",
            provider_email="records@example.org",
            record_number="MRN 0048213",
            range_from=date(b.today.year - 1, 1, 1),
            delivery="to_doctor",
            delivery_doctor_id=1,
            letter_sent_on=late["requested_on"],
        )
    sent = next((r for r in requests if r["status"] == RecordStatus.SENT_ON.value), None)
    if sent is not None:
        data = tiny_pdf(
            [
                "Ferritin and haemoglobin, last 12 months (demo)",
                "2025-10  Hb 11.8 g/dL   Ferritin 14 ng/mL",
                "2026-04  Hb 11.1 g/dL   Ferritin 10 ng/mL",
                "2026-08  Hb 10.9 g/dL   Ferritin 8 ng/mL",
            ]
        )
        b.add(
            Attachment,
            record_request_id=sent["id"],
            filename="blood-count-trend.pdf",
            media_type="application/pdf",
            size=len(data),
            sha256=hashlib.sha256(data).hexdigest(),
            data=data,
            added_at=datetime.combine(b.today - timedelta(days=12), time(20, 5)),
        )
