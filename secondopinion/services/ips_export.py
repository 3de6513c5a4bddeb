"""The health summary as an International Patient Summary: a FHIR R4 document Bundle (JSON).

A doctor's system reads it; our own records import reads it back (same health summary). The shape
follows the IPS implementation guide: a Composition typed LOINC 60591-5 first, then the Patient
and one resource per item, every section with its LOINC code and a generated narrative. The three
sections the IPS requires (medications, allergies, problems) are always present; when the journal
has nothing for one, it says so with ``emptyReason`` "unavailable" (we cannot tell "none" from
"not written down").

Where each journal field goes (the records import reads the same places):

- person name, date of birth: Patient.name[0].text, Patient.birthDate;
- medication name, dose, how taken, reason: MedicationStatement.medicationCodeableConcept.text,
  dosage[0].text, dosage[0].route.text, reasonCode[0].text; since / until: effectivePeriod.start /
  .end when they are FHIR dates (2019, 2019-05, 2019-05-02), otherwise a note "Since: …"/"Until: …";
- allergy substance, reaction, severity: AllergyIntolerance.code.text,
  reaction[0].manifestation[0].text, reaction[0].severity (mild, moderate, severe);
- condition name, since, notes: Condition.code.text, onsetString, note[0].text;
- procedure what, when, where, notes: Procedure.code.text, performedString, location.display,
  note[0].text;
- result: Observation code (LOINC coding when known, and text), valueQuantity (with comparator) or
  valueString, referenceRange low/high/text, interpretation (v3 H/L/A/N), effectiveDateTime (the
  wall-clock time in the person's time zone), performer[0].display, note[0].text.
"""

from __future__ import annotations

import html
import json
import re
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, tzinfo
from pathlib import Path
from typing import Any

from secondopinion.domain.enums import ResultFlag
from secondopinion.i18n import N_, words
from secondopinion.services.files import write_private_atomic
from secondopinion.services.local_time import local_zone
from secondopinion.store import commands
from secondopinion.store.journal import Journal
from secondopinion.store.tables import Allergy, Condition, Medication, Person, Procedure, Result

LOINC = "http://loinc.org"
IPS_TYPE = {"system": LOINC, "code": "60591-5", "display": "Patient summary Document"}
INTERPRETATION_SYSTEM = "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation"
INTERPRETATION = {
    ResultFlag.HIGH.value: ("H", "High"),
    ResultFlag.LOW.value: ("L", "Low"),
    ResultFlag.ABNORMAL.value: ("A", "Abnormal"),
    ResultFlag.NORMAL.value: ("N", "Normal"),
}
XHTML = "http://www.w3.org/1999/xhtml"
FHIR_DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    code: str
    display: str
    required: bool


SECTIONS = (
    Section(
        "medications",
        N_("Medication Summary"),
        "10160-0",
        "History of Medication use Narrative",
        True,
    ),
    Section(
        "allergies",
        N_("Allergies and Intolerances"),
        "48765-2",
        "Allergies and adverse reactions Document",
        True,
    ),
    Section("problems", N_("Problem List"), "11450-4", "Problem list - Reported", True),
    Section(
        "procedures",
        N_("History of Procedures"),
        "47519-4",
        "History of Procedures Document",
        False,
    ),
    Section(
        "results",
        N_("Results"),
        "30954-2",
        "Relevant diagnostic tests/laboratory data Narrative",
        False,
    ),
)


def _id() -> str:
    return str(uuid.uuid4())


def _narrative(lines: Iterable[str]) -> dict[str, str]:
    items = "".join(f"<li>{html.escape(line)}</li>" for line in lines)
    div = (
        f'<div xmlns="{XHTML}"><ul>{items}</ul></div>'
        if items
        else '<div xmlns="{}"><p>{}</p></div>'.format(
            XHTML, html.escape(words()._("No information"))
        )
    )
    return {"status": "generated", "div": div}


def _join(*parts: str) -> str:
    return ", ".join(p for p in parts if p.strip())


def _patient(person: Person | None) -> dict[str, Any]:
    patient: dict[str, Any] = {"resourceType": "Patient"}
    if person and person.name.strip():
        patient["name"] = [{"text": person.name}]
    if person and person.date_of_birth:
        patient["birthDate"] = person.date_of_birth.isoformat()
    return patient


def _medication(m: Medication, subject: dict[str, str]) -> tuple[dict[str, Any], str]:
    resource: dict[str, Any] = {
        "resourceType": "MedicationStatement",
        "status": "completed" if m.until.strip() else "active",
        "medicationCodeableConcept": {"text": m.name},
        "subject": subject,
    }
    period: dict[str, str] = {}
    notes: list[dict[str, str]] = []
    for field_name, value, label in (("start", m.since, "Since"), ("end", m.until, "Until")):
        value = value.strip()
        if not value:
            continue
        if FHIR_DATE.match(value):
            period[field_name] = value
        else:
            notes.append({"text": f"{label}: {value}"})
    if period:
        resource["effectivePeriod"] = period
    dosage: dict[str, Any] = {}
    if m.dose.strip():
        dosage["text"] = m.dose
    if m.how_taken.strip():
        dosage["route"] = {"text": m.how_taken}
    if dosage:
        resource["dosage"] = [dosage]
    if m.reason.strip():
        resource["reasonCode"] = [{"text": m.reason}]
    if notes:
        resource["note"] = notes
    w = words()
    since = w._("since {when}", when=m.since) if m.since.strip() else ""
    until = w._("until {when}", when=m.until) if m.until.strip() else ""
    return resource, _join(m.name, m.dose, m.how_taken, since, until, m.reason)


def _allergy(a: Allergy, patient: dict[str, str]) -> tuple[dict[str, Any], str]:
    resource: dict[str, Any] = {
        "resourceType": "AllergyIntolerance",
        "clinicalStatus": {
            "coding": [
                {
                    "system": "http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical",
                    "code": "active",
                }
            ]
        },
        "code": {"text": a.substance},
        "patient": patient,
    }
    reaction: dict[str, Any] = {}
    if a.reaction.strip():
        reaction["manifestation"] = [{"text": a.reaction}]
    if a.severity in ("mild", "moderate", "severe"):
        reaction["severity"] = a.severity
        reaction.setdefault("manifestation", [{"text": "Not recorded"}])
    if reaction:
        resource["reaction"] = [reaction]
    severity = a.severity if a.severity in ("mild", "moderate", "severe") else ""
    return resource, _join(a.substance, a.reaction, severity)


def _condition(c: Condition, subject: dict[str, str]) -> tuple[dict[str, Any], str]:
    resource: dict[str, Any] = {
        "resourceType": "Condition",
        "code": {"text": c.name},
        "subject": subject,
    }
    if c.since.strip():
        resource["onsetString"] = c.since
    if c.notes.strip():
        resource["note"] = [{"text": c.notes}]
    since = words()._("since {when}", when=c.since) if c.since.strip() else ""
    return resource, _join(c.name, since, c.notes)


def _procedure(p: Procedure, subject: dict[str, str]) -> tuple[dict[str, Any], str]:
    resource: dict[str, Any] = {
        "resourceType": "Procedure",
        "status": "completed",
        "code": {"text": p.what},
        "subject": subject,
    }
    if p.when.strip():
        resource["performedString"] = p.when
    if p.where.strip():
        resource["location"] = {"display": p.where}
    if p.notes.strip():
        resource["note"] = [{"text": p.notes}]
    return resource, _join(p.what, p.when, p.where, p.notes)


def _quantity(value: float, unit: str) -> dict[str, Any]:
    quantity: dict[str, Any] = {"value": value}
    if unit.strip():
        quantity["unit"] = unit
    return quantity


def _result(r: Result, subject: dict[str, str], zone: tzinfo) -> tuple[dict[str, Any], str]:
    code: dict[str, Any] = {"text": r.test_name}
    if r.loinc.strip():
        code["coding"] = [{"system": LOINC, "code": r.loinc, "display": r.test_name}]
    resource: dict[str, Any] = {
        "resourceType": "Observation",
        "status": "final",
        "category": [
            {
                "coding": [
                    {
                        "system": "http://terminology.hl7.org/CodeSystem/observation-category",
                        "code": "laboratory",
                    }
                ]
            }
        ],
        "code": code,
        "subject": subject,
    }
    comparator = r.value_text if r.value_text in ("<", "<=", ">", ">=") else ""
    if r.value is not None:
        quantity = _quantity(r.value, r.unit)
        if comparator:
            quantity["comparator"] = comparator
        resource["valueQuantity"] = quantity
        shown = f"{comparator}{r.value:g} {r.unit}".strip()
    else:
        resource["valueString"] = r.value_text or "(no value)"
        shown = r.value_text
    if r.taken_at is not None:
        # FHIR wants a zone with a time of day: the journal's wall clock is the person's zone.
        taken = r.taken_at.replace(microsecond=0, tzinfo=zone)
        resource["effectiveDateTime"] = taken.isoformat()
    if r.reported_by.strip():
        resource["performer"] = [{"display": r.reported_by}]
    reference: dict[str, Any] = {}
    if r.range_low is not None:
        reference["low"] = _quantity(r.range_low, r.unit)
    if r.range_high is not None:
        reference["high"] = _quantity(r.range_high, r.unit)
    if r.range_text.strip():
        reference["text"] = r.range_text
    if reference:
        resource["referenceRange"] = [reference]
    flag = INTERPRETATION.get(r.interpretation)
    if flag:
        resource["interpretation"] = [
            {"coding": [{"system": INTERPRETATION_SYSTEM, "code": flag[0], "display": flag[1]}]}
        ]
    if r.notes.strip():
        resource["note"] = [{"text": r.notes}]
    when = r.taken_at.date().isoformat() if r.taken_at else ""
    return resource, _join(r.test_name, shown, flag[1] if flag else "", when)


def build_ips(journal: Journal, now: datetime, zone: tzinfo | None = None) -> dict[str, Any]:
    """The IPS document for the journal's health summary and results, as a JSON-ready dict.

    ``now`` (with its zone) stamps the document; ``zone`` is the person's time zone.
    """
    zone = zone or local_zone()
    w = words()
    people = commands.rows(journal, Person)
    person = people[0] if people else None
    patient_id = _id()
    subject = {"reference": f"Patient/{patient_id}"}
    found: dict[str, list[tuple[dict[str, Any], str]]] = {
        "medications": [_medication(m, subject) for m in _ordered(journal, Medication)],
        "allergies": [_allergy(a, subject) for a in _ordered(journal, Allergy)],
        "problems": [_condition(c, subject) for c in _ordered(journal, Condition)],
        "procedures": [_procedure(p, subject) for p in _ordered(journal, Procedure)],
        "results": [_result(r, subject, zone) for r in commands.rows(journal, Result)],
    }
    stamp = now.replace(microsecond=0).isoformat()
    composition_id = _id()
    entries: list[dict[str, Any]] = []
    sections: list[dict[str, Any]] = []
    patient = {**_patient(person), "id": patient_id}
    for section in SECTIONS:
        items = found[section.key]
        if not items and not section.required:
            continue
        body: dict[str, Any] = {
            "title": w._(section.title),
            "code": {
                "coding": [{"system": LOINC, "code": section.code, "display": section.display}]
            },
            "text": _narrative(line for _, line in items),
        }
        refs = []
        for resource, _ in items:
            rid = _id()
            resource["id"] = rid
            entries.append({"fullUrl": f"urn:uuid:{rid}", "resource": resource})
            refs.append({"reference": f"{resource['resourceType']}/{rid}"})
        if refs:
            body["entry"] = refs
        else:
            body["emptyReason"] = {
                "coding": [
                    {
                        "system": "http://terminology.hl7.org/CodeSystem/list-empty-reason",
                        "code": "unavailable",
                        "display": "Unavailable",
                    }
                ]
            }
        sections.append(body)
    who = person.name if person and person.name.strip() else w._("the patient")
    composition = {
        "resourceType": "Composition",
        "id": composition_id,
        "status": "final",
        "type": {"coding": [IPS_TYPE]},
        "subject": subject,
        "date": stamp,
        # The person wrote this summary themselves (patient-authored, from their own journal).
        "author": [subject],
        "title": w._("Patient summary of {who}, written by the patient", who=who),
        "section": sections,
    }
    return {
        "resourceType": "Bundle",
        "identifier": {"system": "urn:ietf:rfc:3986", "value": f"urn:uuid:{_id()}"},
        "type": "document",
        "timestamp": stamp,
        "entry": [
            {"fullUrl": f"urn:uuid:{composition_id}", "resource": composition},
            {"fullUrl": f"urn:uuid:{patient_id}", "resource": patient},
            *entries,
        ],
    }


def _ordered(journal: Journal, cls: Any) -> list[Any]:
    return commands.rows(journal, cls, order_by=(cls.position, cls.id))


def export_ips(
    journal: Journal, out: Path, *, now: datetime | None = None, zone: tzinfo | None = None
) -> dict[str, int]:
    """Write the IPS to ``out`` (owner-only, atomically); returns how many entries per section."""
    zone = zone or local_zone()
    moment = now or datetime.now(zone)
    document = build_ips(journal, moment, zone)
    text = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    write_private_atomic(Path(out), text.encode("utf-8"))
    sections = document["entry"][0]["resource"]["section"]
    codes = {s.code: s.key for s in SECTIONS}
    return {codes[s["code"]["coding"][0]["code"]]: len(s.get("entry", [])) for s in sections}
