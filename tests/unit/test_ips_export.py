"""The International Patient Summary export: a FHIR document Bundle that validates, says it all."""

from __future__ import annotations

import json
import stat
import xml.etree.ElementTree as ET
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from fhir.resources.R4B.bundle import Bundle

from secondopinion.services.ips_export import build_ips, export_ips
from secondopinion.store import commands
from secondopinion.store.journal import Journal
from secondopinion.store.tables import (
    Allergy,
    Condition,
    Medication,
    Person,
    Procedure,
    Result,
)
from tests.cli_process import run_secondopinion

NOW = datetime(2026, 12, 3, 10, 0, tzinfo=UTC)
MADRID = ZoneInfo("Europe/Madrid")
HOSTILE = "<b>&</b> مرحبا 🙂 " + "x" * 300


def _resources(doc: dict, kind: str) -> list[dict]:  # type: ignore[type-arg]
    return [e["resource"] for e in doc["entry"] if e["resource"]["resourceType"] == kind]


def _section(doc: dict, code: str) -> dict:  # type: ignore[type-arg]
    composition = doc["entry"][0]["resource"]
    return next(s for s in composition["section"] if s["code"]["coding"][0]["code"] == code)


@pytest.fixture
def journal(tmp_path: Path):  # type: ignore[no-untyped-def]
    j = Journal.create(tmp_path / "ips.sojournal")
    commands.add(j, Person(name="Ana María Núñez", date_of_birth=date(1984, 5, 2)))
    commands.add(
        j,
        Medication(
            name="Levothyroxine",
            dose="75 µg",
            how_taken="By mouth, mornings",
            since="2019-05",
            until="",
            reason="Hypothyroidism",
        ),
    )
    commands.add(j, Medication(name="Iron", since="childhood", until="2024", reason=HOSTILE))
    commands.add(j, Allergy(substance="Penicillin", reaction="Hives", severity="moderate"))
    commands.add(j, Condition(name="Hypothyroidism", since="2019", notes="Stable"))
    commands.add(j, Procedure(what="Appendectomy", when="2003", where="Riverside General"))
    commands.add(
        j,
        Result(
            test_name="Ferritin",
            loinc="2276-4",
            value=8.0,
            unit="ng/mL",
            range_low=15.0,
            range_high=150.0,
            interpretation="low",
            taken_at=datetime(2026, 11, 20, 8, 15),
            reported_by="City Lab",
        ),
    )
    commands.add(j, Result(test_name="Pregnancy test", value_text="negative"))
    yield j
    j.close()


def test_the_document_validates_with_the_r4b_models(journal: Journal) -> None:
    doc = build_ips(journal, NOW, MADRID)
    bundle = Bundle.model_validate(doc)
    assert bundle.type == "document"
    composition = doc["entry"][0]["resource"]
    assert composition["resourceType"] == "Composition"
    assert composition["type"]["coding"][0] == {
        "system": "http://loinc.org",
        "code": "60591-5",
        "display": "Patient summary Document",
    }
    codes = [s["code"]["coding"][0]["code"] for s in composition["section"]]
    assert codes == ["10160-0", "48765-2", "11450-4", "47519-4", "30954-2"]
    # Every reference in a section points at an entry of the bundle.
    ids = {f"{e['resource']['resourceType']}/{e['resource']['id']}" for e in doc["entry"]}
    for section in composition["section"]:
        assert {r["reference"] for r in section["entry"]} <= ids
        ET.fromstring(section["text"]["div"])  # well-formed XHTML


def test_each_item_lands_in_its_place(journal: Journal) -> None:
    doc = build_ips(journal, NOW, MADRID)
    (patient,) = _resources(doc, "Patient")
    assert patient["name"] == [{"text": "Ana María Núñez"}]
    assert patient["birthDate"] == "1984-05-02"
    levo, iron = _resources(doc, "MedicationStatement")
    assert levo["medicationCodeableConcept"]["text"] == "Levothyroxine"
    assert levo["dosage"] == [{"text": "75 µg", "route": {"text": "By mouth, mornings"}}]
    assert levo["effectivePeriod"] == {"start": "2019-05"}
    assert levo["status"] == "active"
    assert iron["status"] == "completed"
    assert iron["effectivePeriod"] == {"end": "2024"}
    assert iron["note"] == [{"text": "Since: childhood"}]
    assert iron["reasonCode"] == [{"text": HOSTILE}]
    (allergy,) = _resources(doc, "AllergyIntolerance")
    assert allergy["code"]["text"] == "Penicillin"
    assert allergy["reaction"] == [{"manifestation": [{"text": "Hives"}], "severity": "moderate"}]
    (condition,) = _resources(doc, "Condition")
    assert (condition["code"]["text"], condition["onsetString"]) == ("Hypothyroidism", "2019")
    (procedure,) = _resources(doc, "Procedure")
    assert procedure["performedString"] == "2003"
    assert procedure["location"] == {"display": "Riverside General"}
    ferritin, pregnancy = _resources(doc, "Observation")
    assert ferritin["code"]["coding"][0]["code"] == "2276-4"
    assert ferritin["valueQuantity"] == {"value": 8.0, "unit": "ng/mL"}
    assert ferritin["referenceRange"][0]["low"]["value"] == 15.0
    assert ferritin["interpretation"][0]["coding"][0]["code"] == "L"
    assert ferritin["effectiveDateTime"] == "2026-11-20T08:15:00+01:00"
    assert pregnancy["valueString"] == "negative"


def test_hostile_text_is_escaped_in_the_narrative(journal: Journal) -> None:
    doc = build_ips(journal, NOW, MADRID)
    div = _section(doc, "10160-0")["text"]["div"]
    assert "&lt;b&gt;&amp;&lt;/b&gt;" in div
    assert "<b>" not in div
    text = "".join(ET.fromstring(div).itertext())
    assert HOSTILE in text


def test_an_empty_journal_still_has_the_three_required_sections(tmp_path: Path) -> None:
    with Journal.create(tmp_path / "empty.sojournal") as j:
        doc = build_ips(j, NOW, MADRID)
    Bundle.model_validate(doc)
    composition = doc["entry"][0]["resource"]
    assert [s["code"]["coding"][0]["code"] for s in composition["section"]] == [
        "10160-0",
        "48765-2",
        "11450-4",
    ]
    for section in composition["section"]:
        assert section["emptyReason"]["coding"][0]["code"] == "unavailable"
        assert "entry" not in section


def test_export_writes_an_owner_only_file(journal: Journal, tmp_path: Path) -> None:
    out = tmp_path / "ips.json"
    counts = export_ips(journal, out, now=NOW)
    assert counts == {
        "medications": 2,
        "allergies": 1,
        "problems": 1,
        "procedures": 1,
        "results": 2,
    }
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    Bundle.model_validate(json.loads(out.read_text(encoding="utf-8")))


def test_cli_export_ips(journal: Journal, tmp_path: Path) -> None:
    out = tmp_path / "cli-ips.json"
    journal.close()  # the command line is another process: one writer at a time
    done = run_secondopinion("export", "ips", "--journal", str(journal.path), "--out", str(out))
    assert done.returncode == 0, done.stderr
    doc = json.loads(out.read_text(encoding="utf-8"))
    Bundle.model_validate(doc)
    assert len(_resources(doc, "Observation")) == 2
