"""Small FHIR R4 files built here, so the records-import tests never need the shared samples."""

from __future__ import annotations

import json
from typing import Any

LAB = {
    "coding": [
        {
            "system": "http://terminology.hl7.org/CodeSystem/observation-category",
            "code": "laboratory",
        }
    ]
}


def observation(i: int, *, value: float = 13.2, flag: str = "N", when: str = "") -> dict[str, Any]:
    return {
        "resourceType": "Observation",
        "id": f"obs-{i}",
        "status": "final",
        "category": [LAB],
        "code": {
            "coding": [{"system": "http://loinc.org", "code": "718-7", "display": "Hemoglobin"}]
        },
        "effectiveDateTime": when or f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}T08:30:00+01:00",
        "valueQuantity": {"value": value, "unit": "g/dL"},
        "referenceRange": [{"low": {"value": 12.0}, "high": {"value": 15.5}}],
        "interpretation": [
            {
                "coding": [
                    {
                        "system": "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation",
                        "code": flag,
                    }
                ]
            }
        ],
    }


def resources() -> list[dict[str, Any]]:
    """One of each kind the importer keeps, plus some it does not."""
    return [
        {
            "resourceType": "Composition",
            "id": "comp",
            "type": {"coding": [{"system": "http://loinc.org", "code": "60591-5"}]},
            "title": "Patient summary",
            "date": "2025-02-01",
            "custodian": {"reference": "Organization/org"},
        },
        {
            "resourceType": "Patient",
            "id": "pat",
            "name": [{"family": "Quintana", "given": ["Rosa", "María"]}],
            "birthDate": "1971-04-09",
        },
        {"resourceType": "Organization", "id": "org", "name": "Valley Clinic"},
        {"resourceType": "Medication", "id": "med", "code": {"text": "Metformin 500 mg tablet"}},
        {
            "resourceType": "MedicationStatement",
            "id": "ms",
            "status": "active",
            "medicationReference": {"reference": "Medication/med"},
            "effectivePeriod": {"start": "2019-03"},
            "dosage": [
                {
                    "route": {"text": "By mouth"},
                    "doseAndRate": [{"doseQuantity": {"value": 1, "unit": "tablet"}}],
                }
            ],
            "reasonCode": [{"text": "Type 2 diabetes"}],
        },
        {
            "resourceType": "AllergyIntolerance",
            "id": "al",
            "code": {"coding": [{"display": "Sulfonamide"}]},
            "reaction": [{"manifestation": [{"text": "Rash"}], "severity": "moderate"}],
        },
        {
            "resourceType": "Condition",
            "id": "co",
            "code": {"text": "Type 2 diabetes"},
            "onsetDateTime": "2019-02-11",
        },
        {
            "resourceType": "Procedure",
            "id": "pr",
            "status": "completed",
            "code": {"text": "Cataract surgery"},
            "performedDateTime": "2022-06-30",
            "location": {"display": "Eye Center"},
        },
        observation(1, value=16.1, flag="H"),
        observation(2, value=13.0, flag="N"),
        {
            "resourceType": "Observation",
            "id": "bp",
            "status": "final",
            "category": [
                {
                    "coding": [
                        {
                            "system": "http://terminology.hl7.org/CodeSystem/observation-category",
                            "code": "vital-signs",
                        }
                    ]
                }
            ],
            "code": {"text": "Blood pressure"},
            "effectiveDateTime": "2024-05-05",
            "component": [
                {"code": {"text": "Systolic"}, "valueQuantity": {"value": 141, "unit": "mm[Hg]"}},
                {"code": {"text": "Diastolic"}, "valueQuantity": {"value": 88, "unit": "mm[Hg]"}},
            ],
        },
        {
            "resourceType": "Observation",
            "id": "smoke",
            "status": "final",
            "category": [{"coding": [{"code": "social-history"}]}],
            "code": {"text": "Tobacco use"},
            "valueCodeableConcept": {"text": "Never smoked"},
        },
        {"resourceType": "Observation", "id": "nocode", "status": "final", "category": [LAB]},
        {"resourceType": "Claim", "id": "c1"},
        {"resourceType": "Claim", "id": "c2"},
        {"resourceType": "Immunization", "id": "i1"},
    ]


def bundle(entries: list[dict[str, Any]] | None = None, kind: str = "document") -> dict[str, Any]:
    found = resources() if entries is None else entries
    return {
        "resourceType": "Bundle",
        "type": kind,
        "entry": [
            {
                "fullUrl": f"urn:uuid:{r['id'] if isinstance(r, dict) and 'id' in r else i}",
                "resource": r,
            }
            for i, r in enumerate(found)
        ],
    }


def bundle_json(entries: list[dict[str, Any]] | None = None) -> bytes:
    return json.dumps(bundle(entries)).encode("utf-8")


def _xml_value(name: str, value: Any) -> str:
    if isinstance(value, dict):
        if "resourceType" in value:
            inner = _xml_resource(value)
            return f"<{name}>{inner}</{name}>"
        body = "".join(_xml_value(k, v) for k, v in value.items())
        return f"<{name}>{body}</{name}>"
    if isinstance(value, list):
        return "".join(_xml_value(name, v) for v in value)
    if isinstance(value, bool):
        value = "true" if value else "false"
    text = str(value).replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")
    return f'<{name} value="{text}"/>'


def _xml_resource(resource: dict[str, Any]) -> str:
    kind = resource["resourceType"]
    body = "".join(_xml_value(k, v) for k, v in resource.items() if k != "resourceType")
    return f'<{kind} xmlns="http://hl7.org/fhir">{body}</{kind}>'


def bundle_xml(entries: list[dict[str, Any]] | None = None) -> bytes:
    """The same bundle in FHIR's XML form (element order as in the JSON, which FHIR permits
    readers to accept; our reader does not depend on order)."""
    return ('<?xml version="1.0" encoding="UTF-8"?>\n' + _xml_resource(bundle(entries))).encode()


def many_observations(n: int) -> bytes:
    """A collection Bundle of one person and ``n`` lab Observations (the 50,000 case)."""
    tests = [
        ("718-7", "Hemoglobin", "g/dL", 12.0, 15.5),
        ("2345-7", "Glucose", "mg/dL", 70.0, 99.0),
        ("2160-0", "Creatinine", "mg/dL", 0.6, 1.2),
    ]
    parts = [
        '{"resourceType": "Bundle", "type": "collection", "entry": [',
        json.dumps(
            {
                "fullUrl": "urn:uuid:p1",
                "resource": {"resourceType": "Patient", "id": "p1", "birthDate": "1980-02-03"},
            }
        ),
    ]
    for i in range(n):
        code, name, unit, low, high = tests[i % 3]
        resource = {
            "resourceType": "Observation",
            "id": f"o{i}",
            "status": "final",
            "category": [LAB],
            "code": {"coding": [{"system": "http://loinc.org", "code": code, "display": name}]},
            "subject": {"reference": "urn:uuid:p1"},
            "effectiveDateTime": f"{2000 + i // 5000}-{1 + (i // 400) % 12:02d}-"
            f"{1 + (i // 13) % 28:02d}T08:{i % 60:02d}:00+00:00",
            "valueQuantity": {"value": low + (i % 17) / 10, "unit": unit},
            "referenceRange": [{"low": {"value": low}, "high": {"value": high}}],
        }
        parts.append("," + json.dumps({"fullUrl": f"urn:uuid:o{i}", "resource": resource}))
    parts.append("]}")
    return "".join(parts).encode()
