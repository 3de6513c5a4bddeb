"""Records import: FHIR JSON/XML into a real journal, duplicates, undo, and what is refused."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import pytest

from secondopinion.services import records_import as ri
from secondopinion.services.records_map import map_resources
from secondopinion.services.records_read import NotARecordsFile, read_bytes
from secondopinion.services.search import search
from secondopinion.store import commands
from secondopinion.store.journal import Journal
from secondopinion.store.tables import (
    Allergy,
    Attachment,
    Condition,
    Medication,
    Person,
    Procedure,
    RecordRequest,
    Result,
)
from tests.unit import records_fixtures as fx


@pytest.fixture
def empty(tmp_path: Path):  # type: ignore[no-untyped-def]
    from secondopinion.services.concerns import create_concern

    with Journal.create(tmp_path / "empty.sojournal") as journal:
        create_concern(journal, "Tiredness")
        yield journal


def _counts(plan: ri.ImportPlan) -> dict[str, int]:
    return {key: plan.count(key) for key, _, _ in ri.KINDS}


EXPECTED = {"medications": 1, "allergies": 1, "conditions": 1, "procedures": 1, "results": 4}


@pytest.mark.parametrize("form", ["json", "xml"])
def test_a_bundle_imports_every_kind_and_a_second_time_adds_nothing(empty, form) -> None:
    data = fx.bundle_json() if form == "json" else fx.bundle_xml()
    plan = ri.plan_import(empty, data, f"summary.{form}")
    assert _counts(plan) == EXPECTED
    assert plan.mapped.not_kept == {"Claim": 2, "Immunization": 1, "Observation": 1}
    assert plan.mapped.problems == {"a result without a test name": 1}
    assert "not imported: 2 claims, 1 immunization, 1 other observation" in ri.summary_line(plan)
    assert plan.name_to_set == "Rosa María Quintana"
    assert plan.birth_date_to_set == date(1971, 4, 9)
    assert commands.count(empty, Result) == 0  # planning writes nothing

    ri.apply_import(empty, plan)
    (med,) = commands.rows(empty, Medication)
    assert (med.name, med.dose, med.how_taken, med.since, med.reason) == (
        "Metformin 500 mg tablet",
        "1 tablet",
        "By mouth",
        "2019-03",
        "Type 2 diabetes",
    )
    (allergy,) = commands.rows(empty, Allergy)
    assert (allergy.substance, allergy.reaction, allergy.severity) == (
        "Sulfonamide",
        "Rash",
        "moderate",
    )
    assert [(c.name, c.since) for c in commands.rows(empty, Condition)] == [
        ("Type 2 diabetes", "2019-02-11")
    ]
    assert [(p.what, p.when, p.where) for p in commands.rows(empty, Procedure)] == [
        ("Cataract surgery", "2022-06-30", "Eye Center")
    ]
    results = {(r.test_name, r.value): r for r in commands.rows(empty, Result)}
    high = results[("Hemoglobin", 16.1)]
    assert (high.loinc, high.unit, high.range_low, high.range_high, high.interpretation) == (
        "718-7",
        "g/dL",
        12.0,
        15.5,
        "high",
    )
    assert high.taken_at == datetime(2024, 2, 2, 8, 30)  # the lab's wall-clock time
    assert {("Systolic", 141.0), ("Diastolic", 88.0)} <= set(results)
    (person,) = commands.rows(empty, Person)
    assert (person.name, person.date_of_birth) == ("Rosa María Quintana", date(1971, 4, 9))
    (request,) = commands.rows(empty, RecordRequest)
    assert (request.kind, request.status, request.source) == (
        "doctors_notes",
        "received",
        "Valley Clinic",
    )
    (attachment,) = commands.rows(empty, Attachment)
    assert attachment.data == data and attachment.record_request_id == request.id
    # The search index learned the new rows.
    assert {h.table for h in search(empty, "hemoglobin")} == {"result"}
    assert {h.table for h in search(empty, "metformin")} == {"medication"}

    again = ri.plan_import(empty, data, f"summary.{form}")
    assert again.total_new == 0 and not again.changes_anything
    assert sum(again.duplicates.values()) == sum(EXPECTED.values())
    assert again.already_attached


def test_json_and_xml_forms_map_to_the_same_items() -> None:
    from_json = map_resources(read_bytes(fx.bundle_json()).resources)
    from_xml = map_resources(read_bytes(fx.bundle_xml()).resources)
    for key, _, _ in ri.KINDS:
        assert getattr(from_json, key) == getattr(from_xml, key), key


def test_a_different_name_is_changed_only_when_confirmed(journal) -> None:
    plan = ri.plan_import(journal, fx.bundle_json(), "f.json")
    assert plan.name_to_set == "" and plan.name_differs == "Rosa María Quintana"
    ri.apply_import(journal, plan)
    assert commands.rows(journal, Person)[0].name == "Alex Morgan"
    plan = ri.plan_import(journal, fx.bundle_json(), "f.json")
    ri.apply_import(journal, plan, accept_person=True)
    assert commands.rows(journal, Person)[0].name == "Rosa María Quintana"


def test_same_result_from_another_file_is_a_duplicate_by_test_time_and_value(empty) -> None:
    first = fx.bundle_json([fx.observation(1, value=14.0)])
    ri.apply_import(empty, ri.plan_import(empty, first, "a.json"))
    renamed = fx.observation(1, value=14.0)
    renamed["id"] = "another-id"
    plan = ri.plan_import(empty, fx.bundle_json([renamed, fx.observation(2)]), "b.json")
    assert plan.duplicates["results"] == 1 and plan.count("results") == 1


def test_undo_takes_back_the_whole_import_and_redo_puts_it_back(journal) -> None:
    before = {cls: commands.count(journal, cls) for cls in (Medication, Result, RecordRequest)}
    plan = ri.plan_import(journal, fx.bundle_json(), "f.json")
    outcome = ri.apply_import(journal, plan, accept_person=True)
    assert commands.count(journal, Result) == before[Result] + 4
    snapshot = ri.undo_import(journal, outcome)
    assert {cls: commands.count(journal, cls) for cls in before} == before
    assert commands.rows(journal, Person)[0].name == "Alex Morgan"
    assert search(journal, "metformin") == []
    ri.redo_import(journal, snapshot)
    assert commands.count(journal, Result) == before[Result] + 4
    assert commands.rows(journal, Person)[0].name == "Rosa María Quintana"
    assert {h.table for h in search(journal, "metformin")} == {"medication"}


def test_a_single_resource_and_a_searchset_are_read() -> None:
    single = json.dumps(fx.observation(3)).encode()
    assert len(map_resources(read_bytes(single).resources).results) == 1
    searchset = fx.bundle([fx.observation(1), fx.observation(2)], kind="searchset")
    found = read_bytes(json.dumps(searchset).encode())
    assert found.bundle_type == "searchset" and len(map_resources(found.resources).results) == 2


def test_missing_required_parts_are_skipped_and_said() -> None:
    broken = [
        {"resourceType": "Condition", "id": "x"},
        {"resourceType": "MedicationStatement", "id": "y", "status": "active"},
        {"resourceType": "Observation", "id": "z", "category": [fx.LAB], "code": {"text": "K"}},
        {"resourceType": "AllergyIntolerance"},
        "not a resource",
    ]
    mapped = map_resources(read_bytes(fx.bundle_json(broken)).resources)  # type: ignore[arg-type]
    assert mapped.problems == {
        "a condition without a name": 1,
        "a medication without a name": 1,
        "a result without a value": 1,
        "an allergy without a substance": 1,
    }
    assert not (mapped.conditions or mapped.medications or mapped.results or mapped.allergies)


# --- refused files --------------------------------------------------------------------------


REFUSED = [
    (b"%PDF-1.7\n...", "PDF document"),
    (b"<!DOCTYPE html><html><body>Portal</body></html>", "web page"),
    (b'{"patients": []}', "not FHIR"),
    (b'{"format": "secondopinion-journal", "version": 1}', "Import JSON"),
    (
        json.dumps(fx.bundle([{"resourceType": "MedicationOrder", "id": "m"}])).encode(),
        "FHIR DSTU2",
    ),
    (
        json.dumps(
            fx.bundle([{"resourceType": "Condition", "clinicalStatus": "active", "code": {}}])
        ).encode(),
        "FHIR STU3",
    ),
    (fx.bundle_json()[:-300], "breaks off"),
    ('{"resourceType": "Patient", "name": [{"text": "Ré"}]}'.encode("latin-1"), "not UTF-8"),
    (fx.bundle_xml()[:-200], "breaks off"),
    (fx.bundle_xml().replace(b"Quintana", "Quintaña".encode("latin-1")), "encoding"),
    (b"", "empty"),
    (b"just some notes", "neither JSON nor XML"),
    (b'<?xml version="1.0"?><note>hi</note>', "another kind"),
]


@pytest.mark.parametrize(("data", "said"), REFUSED, ids=[s for _, s in REFUSED])
def test_other_files_are_refused_with_one_line_saying_what_they_are(data, said) -> None:
    with pytest.raises(NotARecordsFile) as caught:
        read_bytes(data)
    message = str(caught.value)
    assert said in message
    assert "\n" not in message


XXE = b"""<?xml version="1.0"?>
<!DOCTYPE Bundle [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<Bundle xmlns="http://hl7.org/fhir"><type value="collection"/><id value="&secret;"/></Bundle>"""

LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
<!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
<!ENTITY lol9 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">]>
<ClinicalDocument xmlns="urn:hl7-org:v3"><title>&lol9;</title></ClinicalDocument>"""

REMOTE_DTD = b"""<?xml version="1.0"?>
<!DOCTYPE Bundle SYSTEM "http://example.invalid/fhir.dtd">
<Bundle xmlns="http://hl7.org/fhir"><type value="collection"/></Bundle>"""


@pytest.mark.parametrize("data", [XXE, LAUGHS, REMOTE_DTD], ids=["xxe", "laughs", "dtd"])
def test_hostile_xml_is_refused_before_any_entity_is_expanded(data) -> None:
    with pytest.raises(NotARecordsFile, match="document type"):
        read_bytes(data)


def test_an_oversized_file_is_refused_without_being_read(tmp_path: Path, empty) -> None:
    import time

    big = tmp_path / "huge.json"
    with big.open("wb") as fh:  # sparse: 200 MB on paper, nothing on disk
        fh.write(b'{"resourceType": "Bundle", "entry": [')
        fh.truncate(200 * 1024 * 1024)
    started = time.monotonic()
    with pytest.raises(NotARecordsFile, match="200 MB"):
        ri.import_path(empty, big)
    assert time.monotonic() - started < 2
    assert commands.count(empty, RecordRequest) == 0


def test_an_ips_export_imports_back_into_an_empty_journal_as_the_same_health_summary(
    journal, tmp_path: Path
) -> None:
    """The IPS export (issue 15) and this importer read and write the same places."""
    from zoneinfo import ZoneInfo

    from secondopinion.services.ips_export import build_ips

    document = build_ips(journal, datetime(2026, 10, 1, 9, 0), ZoneInfo("UTC"))
    data = json.dumps(document).encode()
    with Journal.create(tmp_path / "copy.sojournal") as copy:
        ri.apply_import(copy, ri.plan_import(copy, data, "ips.json"))

        def summary(j: Journal) -> dict[str, list[tuple[object, ...]]]:
            return {
                "medication": [
                    (m.name, m.dose, m.how_taken, m.since, m.until, m.reason)
                    for m in commands.rows(j, Medication)
                ],
                "allergy": [
                    (a.substance, a.reaction, a.severity) for a in commands.rows(j, Allergy)
                ],
                "condition": [(c.name, c.since) for c in commands.rows(j, Condition)],
                "procedure": [(p.what, p.when, p.where) for p in commands.rows(j, Procedure)],
                "result": sorted(
                    (
                        r.test_name,
                        r.loinc,
                        r.value,
                        r.unit,
                        r.range_low,
                        r.range_high,
                        r.interpretation,
                        r.taken_at,
                        r.reported_by,
                    )
                    for r in commands.rows(j, Result)
                ),
                "person": [(p.name, p.date_of_birth) for p in commands.rows(j, Person)],
            }

        assert summary(copy) == summary(journal)
