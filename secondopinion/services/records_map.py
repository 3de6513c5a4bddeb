"""FHIR R4 resources → what a journal keeps: the mapper behind every records import.

:func:`map_resources` takes the resources of one file (plain dicts in FHIR's JSON shape, as
``records_read`` returns them for JSON, XML and C-CDA alike) and returns :class:`MappedRecords`:
health-summary items, results, the person's name and date of birth, what kind of record the file
is and who wrote it, and what the file holds that a journal does not keep. It knows nothing of a
journal: deciding what is new and writing it is ``records_import``'s work.

The items carry the journal's own field names (``MedicationItem.how_taken`` is
``Medication.how_taken``), so an exporter can run the other way with the same vocabulary.
They hold stored values, unlike ``report.data``'s items of the same names, which hold the
packet's printed words: an allergy's severity here is its code (``unknown`` when not given),
there the word in the packet's language; a procedure read from a file has no notes.

Tolerance: a field that FHIR allows to repeat may come as a list or, from XML, as a single value;
every read goes through ``_list``/``_one``. A resource that lacks what an item needs (an
Observation without a code, a Condition without a name) is skipped and counted in
``MappedRecords.problems``, never guessed.

Long module: one mapper per FHIR resource kind over shared tolerance helpers (lists or single
values, codings, dates); reading files is ``records_read``, deciding what is new
``records_import``.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from secondopinion.domain.enums import AllergySeverity, RecordKind, ResultFlag
from secondopinion.i18n import N_

LOINC = "http://loinc.org"


@dataclass(frozen=True)
class MedicationItem:
    name: str
    dose: str = ""
    how_taken: str = ""
    since: str = ""
    until: str = ""
    reason: str = ""


@dataclass(frozen=True)
class AllergyItem:
    substance: str
    reaction: str = ""
    severity: str = AllergySeverity.UNKNOWN.value


@dataclass(frozen=True)
class ConditionItem:
    name: str
    since: str = ""
    notes: str = ""


@dataclass(frozen=True)
class ProcedureItem:
    what: str
    when: str = ""
    where: str = ""


@dataclass(frozen=True)
class ResultItem:
    test_name: str
    loinc: str = ""
    value: float | None = None
    value_text: str = ""
    unit: str = ""
    range_low: float | None = None
    range_high: float | None = None
    range_text: str = ""
    interpretation: str = ResultFlag.NOT_GIVEN.value
    taken_at: datetime | None = None
    reported_by: str = ""
    source: str = ""  # the resource's identity in its file (identifier, else type/id)


@dataclass
class MappedRecords:
    person_name: str = ""
    person_birth_date: date | None = None
    medications: list[MedicationItem] = field(default_factory=list)
    allergies: list[AllergyItem] = field(default_factory=list)
    conditions: list[ConditionItem] = field(default_factory=list)
    procedures: list[ProcedureItem] = field(default_factory=list)
    results: list[ResultItem] = field(default_factory=list)
    # resource type -> count, for what the file holds and a journal does not keep
    not_kept: Counter[str] = field(default_factory=Counter)
    # short English reason -> count, for resources skipped because parts were missing
    problems: Counter[str] = field(default_factory=Counter)
    kind: RecordKind = RecordKind.OTHER
    author: str = ""  # the organisation (else the person) who wrote the document
    title: str = ""
    written_on: date | None = None


# Resources that only support others (who, where, which drug): read through references.
SUPPORTING = frozenset(
    {
        "Organization",
        "Practitioner",
        "PractitionerRole",
        "Location",
        "Medication",
        "Composition",
        "Provenance",
        "Device",
        "RelatedPerson",
        "DiagnosticReport",
        "Bundle",
    }
)


# --- small readers, tolerant of lists and single values ----------------------------------------


def _list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _one(value: Any) -> Any:
    return value[0] if isinstance(value, list) and value else (None if value == [] else value)


def _str(value: Any) -> str:
    if type(value) is str:  # the common case first: this runs for every field of every resource
        if "  " in value or "\n" in value or "\t" in value or "\r" in value:
            return " ".join(value.split())
        return value.strip()
    value = _one(value)
    if isinstance(value, str):
        return " ".join(value.split())
    if isinstance(value, int | float) and not isinstance(value, bool):
        return _number_text(float(value))
    return ""


def _float(value: Any) -> float | None:
    value = _one(value)
    if isinstance(value, bool) or value is None:
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None


def _number_text(number: float) -> str:
    return f"{number:g}" if abs(number) < 1e15 else str(number)


def concept_text(concept: Any) -> str:
    """A CodeableConcept in words: its text, else the first coding's display, else its code."""
    concept = _one(concept)
    if not isinstance(concept, dict):
        return ""
    text = _str(concept.get("text"))
    if text:
        return text
    for coding in _list(concept.get("coding")):
        if isinstance(coding, dict) and _str(coding.get("display")):
            return _str(coding.get("display"))
    for coding in _list(concept.get("coding")):
        if isinstance(coding, dict) and _str(coding.get("code")):
            return _str(coding.get("code"))
    return ""


def concept_code(concept: Any, system: str) -> str:
    concept = _one(concept)
    if not isinstance(concept, dict):
        return ""
    for coding in _list(concept.get("coding")):
        if isinstance(coding, dict) and _str(coding.get("system")) == system:
            return _str(coding.get("code"))
    return ""


def first_code(concept: Any) -> str:
    concept = _one(concept)
    if not isinstance(concept, dict):
        return ""
    for coding in _list(concept.get("coding")):
        if isinstance(coding, dict) and _str(coding.get("code")):
            return _str(coding.get("code"))
    return ""


_DATETIME = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?)?)?")


def parse_when(value: Any) -> datetime | None:
    """A FHIR date/dateTime/instant as the wall-clock time written in it (zone dropped)."""
    text = _str(value)
    m = _DATETIME.match(text)
    if not m:
        return None
    year, month, day, hour, minute, second = (int(g) if g else None for g in m.groups())
    try:
        return datetime(year or 1, month or 1, day or 1, hour or 0, minute or 0, second or 0)
    except ValueError:
        return None


def _day_text(value: Any) -> str:
    """A FHIR date as the journal's free-text date: as precise as the file (2015-03, 2019)."""
    text = _str(value)
    m = _DATETIME.match(text)
    if not m:
        return ""
    year, month, day = m.group(1), m.group(2), m.group(3)
    return "-".join(p for p in (year, month, day) if p)


def _period_start(resource: dict[str, Any], stem: str) -> str:
    for key in (f"{stem}DateTime", f"{stem}Date", f"{stem}Instant"):
        if key in resource:
            return _day_text(resource[key])
    period = _one(resource.get(f"{stem}Period"))
    if isinstance(period, dict):
        return _day_text(period.get("start"))
    if f"{stem}String" in resource:
        return _str(resource[f"{stem}String"])
    return ""


# --- references -------------------------------------------------------------------------------


class _Index:
    """Finds a referenced resource by ``Type/id``, full URL, ``urn:uuid:`` or contained ``#id``."""

    def __init__(self, resources: Iterable[dict[str, Any]]) -> None:
        self.by_ref: dict[str, dict[str, Any]] = {}
        for r in resources:
            kind, rid = _str(r.get("resourceType")), _str(r.get("id"))
            if rid:
                self.by_ref[f"{kind}/{rid}"] = r
                self.by_ref[f"urn:uuid:{rid}"] = r
            full = _str(r.get("_fullUrl"))
            if full:
                self.by_ref[full] = r
                tail = "/".join(full.rstrip("/").split("/")[-2:])
                self.by_ref.setdefault(tail, r)

    def get(self, reference: Any, within: dict[str, Any] | None = None) -> dict[str, Any] | None:
        reference = _one(reference)
        if not isinstance(reference, dict):
            return None
        ref = _str(reference.get("reference"))
        if not ref:
            return None
        if ref.startswith("#") and within is not None:
            for c in _list(within.get("contained")):
                if isinstance(c, dict) and _str(c.get("id")) == ref[1:]:
                    return c
            return None
        found = self.by_ref.get(ref)
        if found is None and "/" in ref:
            found = self.by_ref.get("/".join(ref.rstrip("/").split("/")[-2:]))
        return found

    def name_of(self, reference: Any, within: dict[str, Any] | None = None) -> str:
        """Who or what a reference points at, in words (its display when it cannot be followed)."""
        target = self.get(reference, within)
        if target is not None:
            name = _name_of_resource(target)
            if name:
                return name
        ref = _one(reference)
        return _str(ref.get("display")) if isinstance(ref, dict) else ""


def human_name(names: Any) -> str:
    chosen = None
    for n in _list(names):
        if isinstance(n, dict) and _str(n.get("use")) in ("official", "usual", ""):
            chosen = n
            break
    if chosen is None:
        chosen = next((n for n in _list(names) if isinstance(n, dict)), None)
    if chosen is None:
        return ""
    text = _str(chosen.get("text"))
    if text:
        return text
    parts = [_str(g) for g in _list(chosen.get("given"))]
    parts.append(_str(chosen.get("family")))
    return " ".join(p for p in parts if p)


def _name_of_resource(r: dict[str, Any]) -> str:
    kind = r.get("resourceType")
    if kind in ("Organization", "Location"):
        return _str(r.get("name"))
    if kind in ("Practitioner", "Patient", "RelatedPerson"):
        return human_name(r.get("name"))
    if kind == "Medication":
        return concept_text(r.get("code"))
    if kind == "Condition":
        return concept_text(r.get("code"))
    if kind == "PractitionerRole":
        return _str(_one(r.get("organization") or {}).get("display")) if r else ""
    return ""


# --- the mapping ---------------------------------------------------------------------------


_HIGH = {"H", "HH", "HU", "H>", ">"}
_LOW = {"L", "LL", "LU", "L<", "<"}
_ABNORMAL = {"A", "AA", "POS", "DET", "R", "W"}
_NORMAL = {"N", "NEG", "ND", "S"}

# C-CDA and FHIR document type codes (LOINC) -> the journal's record kinds
_DOCUMENT_KINDS: dict[str, RecordKind] = {
    "11502-2": RecordKind.LAB_REPORT,  # laboratory report
    "26436-6": RecordKind.LAB_REPORT,  # laboratory studies
    "18748-4": RecordKind.DIAGNOSTIC_IMAGES,  # diagnostic imaging study
    "11504-8": RecordKind.OPERATIVE_REPORT,  # surgical operation note
    "34874-7": RecordKind.OPERATIVE_REPORT,  # surgical operation note
    "28570-0": RecordKind.OPERATIVE_REPORT,  # procedure note
    "11526-1": RecordKind.PATHOLOGY,  # pathology study
    "60591-5": RecordKind.DOCTORS_NOTES,  # patient summary (IPS)
    "34133-9": RecordKind.DOCTORS_NOTES,  # summary of episode note (CCD)
    "11488-4": RecordKind.DOCTORS_NOTES,  # consultation note
    "18842-5": RecordKind.DOCTORS_NOTES,  # discharge summary
    "57133-1": RecordKind.DOCTORS_NOTES,  # referral note
    "11506-3": RecordKind.DOCTORS_NOTES,  # progress note
    "34117-2": RecordKind.DOCTORS_NOTES,  # history and physical
    "18776-5": RecordKind.TREATMENT_PLAN,  # plan of care
    "10160-0": RecordKind.MEDICATION_HISTORY,  # history of medication use
}


def flag_of(interpretation: Any) -> str:
    """FHIR's interpretation codes as the journal's flag (H/HH/… high, L/… low, A abnormal)."""
    for concept in _list(interpretation):
        if not isinstance(concept, dict):
            continue
        for coding in _list(concept.get("coding")):
            code = _str(coding.get("code")).upper() if isinstance(coding, dict) else ""
            if code in _HIGH:
                return ResultFlag.HIGH.value
            if code in _LOW:
                return ResultFlag.LOW.value
            if code in _ABNORMAL:
                return ResultFlag.ABNORMAL.value
            if code in _NORMAL:
                return ResultFlag.NORMAL.value
        text = _str(concept.get("text")).casefold()
        if text in ("high", "low", "abnormal", "normal"):
            return text
    return ResultFlag.NOT_GIVEN.value


def _identity(r: dict[str, Any]) -> str:
    for ident in _list(r.get("identifier")):
        if isinstance(ident, dict) and _str(ident.get("value")):
            system = _str(ident.get("system"))
            return f"{system}|{_str(ident.get('value'))}"[:500]
    rid = _str(r.get("id"))
    return f"{_str(r.get('resourceType'))}/{rid}"[:500] if rid else ""


def _value(holder: dict[str, Any]) -> tuple[float | None, str, str] | None:
    """(number, text, unit) of an Observation's or component's value[x]; None when it has none."""
    if "valueQuantity" in holder:
        q = _one(holder["valueQuantity"])
        if not isinstance(q, dict):
            return None
        number = _float(q.get("value"))
        unit = _str(q.get("unit")) or _str(q.get("code"))
        comparator = _str(q.get("comparator"))
        if number is None:
            return None
        return number, comparator, unit
    if "valueCodeableConcept" in holder:
        text = concept_text(holder["valueCodeableConcept"])
        return (None, text, "") if text else None
    if "valueString" in holder:
        text = _str(holder["valueString"])
        return (None, text, "") if text else None
    if "valueBoolean" in holder:
        raw = _one(holder["valueBoolean"])
        return None, "yes" if raw in (True, "true") else "no", ""
    if "valueInteger" in holder:
        number = _float(holder["valueInteger"])
        return (number, "", "") if number is not None else None
    for key in ("valueRange", "valueRatio"):
        if key in holder and isinstance(_one(holder[key]), dict):
            part = _one(holder[key])
            a = part.get("low") or part.get("numerator") or {}
            b = part.get("high") or part.get("denominator") or {}
            sep = "–" if key == "valueRange" else "/"
            text = f"{_str(_one(a).get('value'))}{sep}{_str(_one(b).get('value'))}"
            return None, text, _str(_one(a).get("unit"))
    return None


def _range(holder: dict[str, Any]) -> tuple[float | None, float | None, str]:
    ranges = [r for r in _list(holder.get("referenceRange")) if isinstance(r, dict)]
    if not ranges:
        return None, None, ""
    r = ranges[0]
    low = (
        _float(_one(r.get("low") or {}).get("value"))
        if isinstance(_one(r.get("low")), dict)
        else None
    )
    high = (
        _float(_one(r.get("high") or {}).get("value"))
        if isinstance(_one(r.get("high")), dict)
        else None
    )
    return low, high, _str(r.get("text"))


_NO_KNOWN_ALLERGY_CODES = {"716186003", "409137002", "428607008", "429625007", "428197003"}


def _no_known_allergy(r: dict[str, Any]) -> bool:
    """A statement that there are no known allergies: not an allergy to list."""
    if first_code(r.get("code")) in _NO_KNOWN_ALLERGY_CODES:
        return True
    for ext in _list(r.get("extension")):
        if isinstance(ext, dict) and "substanceExposureRisk" in _str(ext.get("url")):
            for inner in _list(ext.get("extension")):
                if isinstance(inner, dict) and _str(inner.get("url")) == "exposureRisk":
                    return first_code(inner.get("valueCodeableConcept")) == "no-known-reaction-risk"
    return False


class _Mapper:
    def __init__(self, resources: Iterable[dict[str, Any]]) -> None:
        self.resources = resources
        # Observations are not indexed: nothing but reports points at them (see report_of).
        kept = getattr(resources, "kept", resources)
        self.index = _Index(r for r in kept if r.get("resourceType") != "Observation")
        self.out = MappedRecords()
        self.report_members: dict[str, dict[str, Any]] = {}  # reference -> its report
        for r in kept:
            if r.get("resourceType") == "DiagnosticReport":
                for ref in _list(r.get("result")):
                    target = _str(ref.get("reference")) if isinstance(ref, dict) else ""
                    if target:
                        self.report_members[target] = r
                        self.report_members["/".join(target.rstrip("/").split("/")[-2:])] = r

    def report_of(self, r: dict[str, Any]) -> dict[str, Any] | None:
        """The DiagnosticReport that lists this Observation among its results, if any."""
        if not self.report_members:
            return None
        rid = _str(r.get("id"))
        for key in (f"Observation/{rid}", f"urn:uuid:{rid}", _str(r.get("_fullUrl"))):
            if key and key in self.report_members:
                return self.report_members[key]
        return None

    def run(self) -> MappedRecords:
        handlers = {
            "Patient": self.patient,
            "MedicationStatement": self.medication,
            "MedicationRequest": self.medication,
            "AllergyIntolerance": self.allergy,
            "Condition": self.condition,
            "Procedure": self.procedure,
            "Observation": self.observation,
        }
        for r in self.resources:
            kind = _str(r.get("resourceType"))
            handler = handlers.get(kind)
            if handler is not None:
                handler(r)
            elif kind not in SUPPORTING:
                self.out.not_kept[kind] += 1
        self.document()
        return self.out

    def skip(self, why: str) -> None:
        self.out.problems[why] += 1

    def patient(self, r: dict[str, Any]) -> None:
        if self.out.person_name or self.out.person_birth_date:
            self.out.not_kept["Patient"] += 1  # a second person: the file is not one person's
            return
        self.out.person_name = human_name(r.get("name"))
        born = parse_when(r.get("birthDate")) if len(_str(r.get("birthDate"))) >= 10 else None
        self.out.person_birth_date = born.date() if born else None

    def medication(self, r: dict[str, Any]) -> None:
        if _str(r.get("status")) == "entered-in-error":
            self.skip(N_("entered in error"))
            return
        name = concept_text(r.get("medicationCodeableConcept")) or self.index.name_of(
            r.get("medicationReference"), r
        )
        if not name:
            self.skip(N_("a medication without a name"))
            return
        dosages = _list(r.get("dosage")) or _list(r.get("dosageInstruction"))
        dose, how = "", ""
        if dosages and isinstance(dosages[0], dict):
            # IPS export (services/ips_export.py) writes the dose as dosage.text and how it is
            # taken as route.text; other writers put a structured dose and free instructions.
            d = dosages[0]
            for dr in _list(d.get("doseAndRate")):
                q = _one(dr.get("doseQuantity")) if isinstance(dr, dict) else None
                if isinstance(q, dict) and _float(q.get("value")) is not None:
                    number = _float(q.get("value"))
                    assert number is not None
                    unit = _str(q.get("unit")) or _str(q.get("code"))
                    dose = f"{_number_text(number)} {unit}".strip()
                    break
            text, route = _str(d.get("text")), concept_text(d.get("route"))
            if dose:
                how = text or route
            else:
                dose, how = (text, route) if route else ("", text)
            if _one(d.get("asNeededBoolean")) in (True, "true") and "needed" not in how:
                how = f"{how}, as needed" if how else "as needed"
        since = _period_start(r, "effective") or _day_text(r.get("authoredOn"))
        period = _one(r.get("effectivePeriod"))
        until = _day_text(period.get("end")) if isinstance(period, dict) else ""
        for n in _list(r.get("note")):
            text = _str(n.get("text")) if isinstance(n, dict) else ""
            if text.startswith("Since: ") and not since:
                since = text[len("Since: ") :]
            elif text.startswith("Until: ") and not until:
                until = text[len("Until: ") :]
        reason = concept_text(r.get("reasonCode")) or self.index.name_of(
            r.get("reasonReference"), r
        )
        self.out.medications.append(
            MedicationItem(
                name=name[:200], dose=dose, how_taken=how, since=since, until=until, reason=reason
            )
        )

    def allergy(self, r: dict[str, Any]) -> None:
        if _no_known_allergy(r):
            self.out.not_kept["NoKnownAllergies"] += 1
            return
        substance = concept_text(r.get("code"))
        reactions = [x for x in _list(r.get("reaction")) if isinstance(x, dict)]
        if not substance and reactions:
            substance = concept_text(reactions[0].get("substance"))
        if not substance:
            self.skip(N_("an allergy without a substance"))
            return
        words = []
        severity = AllergySeverity.UNKNOWN.value
        for x in reactions:
            for m in _list(x.get("manifestation")):
                text = concept_text(m)
                if text and text not in words:
                    words.append(text)
            found = _str(x.get("severity"))
            if found in ("mild", "moderate", "severe") and severity == "unknown":
                severity = found
        self.out.allergies.append(
            AllergyItem(substance=substance[:200], reaction=", ".join(words), severity=severity)
        )

    def condition(self, r: dict[str, Any]) -> None:
        verification = first_code(r.get("verificationStatus")) or concept_text(
            r.get("verificationStatus")
        )
        if verification.casefold() in ("entered-in-error", "refuted"):
            self.skip(N_("entered in error or refuted"))
            return
        name = concept_text(r.get("code"))
        if not name:
            self.skip(N_("a condition without a name"))
            return
        since = _period_start(r, "onset") or _day_text(r.get("recordedDate"))
        status = concept_text(r.get("clinicalStatus")).casefold()
        notes = []
        if status in ("resolved", "inactive", "remission"):
            ended = _period_start(r, "abatement")
            notes.append(f"{status} {ended}".strip())
        for n in _list(r.get("note")):
            if isinstance(n, dict) and _str(n.get("text")):
                notes.append(_str(n.get("text")))
        self.out.conditions.append(
            ConditionItem(name=name[:200], since=since, notes="; ".join(notes))
        )

    def procedure(self, r: dict[str, Any]) -> None:
        if _str(r.get("status")) in ("entered-in-error", "not-done"):
            self.skip(N_("not done or entered in error"))
            return
        what = concept_text(r.get("code"))
        if not what:
            self.skip(N_("a procedure without a name"))
            return
        when = _period_start(r, "performed")
        where = self.index.name_of(r.get("location"), r)
        if not where:
            for p in _list(r.get("performer")):
                if isinstance(p, dict):
                    where = self.index.name_of(p.get("onBehalfOf"), r)
                    if where:
                        break
        self.out.procedures.append(ProcedureItem(what=what[:200], when=when, where=where))

    def _is_result(self, r: dict[str, Any], report: dict[str, Any] | None) -> bool:
        if report is not None:
            return True
        categories = {
            concept_code(c, "http://terminology.hl7.org/CodeSystem/observation-category")
            or concept_text(c).casefold()
            for c in _list(r.get("category"))
        }
        if not categories:
            return "valueQuantity" in r or "component" in r
        return bool(categories & {"laboratory", "vital-signs"})

    def observation(self, r: dict[str, Any]) -> None:
        if _str(r.get("status")) in ("entered-in-error", "cancelled"):
            self.skip(N_("entered in error or cancelled"))
            return
        report = self.report_of(r)
        if not self._is_result(r, report):
            self.out.not_kept["Observation"] += 1
            return
        name = concept_text(r.get("code"))
        if not name:
            self.skip(N_("a result without a test name"))
            return
        taken = parse_when(
            r.get("effectiveDateTime")
            or r.get("effectiveInstant")
            or (_one(r.get("effectivePeriod")) or {}).get("start")
            or r.get("issued")
        )
        reported_by = ""
        for p in _list(r.get("performer")) + (_list(report.get("performer")) if report else []):
            reported_by = self.index.name_of(p, r)
            if reported_by:
                break
        source = _identity(r)
        found = _value(r)
        components = [c for c in _list(r.get("component")) if isinstance(c, dict)]
        if found is None and not components:
            if _list(r.get("hasMember")):
                return  # a panel: its members are results of their own
            self.skip(N_("a result without a value"))
            return
        if found is not None:
            self._result(
                r, name, concept_code(r.get("code"), LOINC), found, taken, reported_by, source
            )
        for i, c in enumerate(components):
            value = _value(c)
            cname = concept_text(c.get("code"))
            if value is None or not cname:
                self.skip(N_("a result without a value"))
                continue
            where = f"{source}#{i}" if source else ""
            self._result(
                c, cname, concept_code(c.get("code"), LOINC), value, taken, reported_by, where
            )

    def _result(
        self,
        holder: dict[str, Any],
        name: str,
        loinc: str,
        found: tuple[float | None, str, str],
        taken: datetime | None,
        reported_by: str,
        source: str,
    ) -> None:
        number, text, unit = found
        low, high, range_text = _range(holder)
        self.out.results.append(
            ResultItem(
                test_name=name[:200],
                loinc=loinc[:200],
                value=number,
                value_text=text[:2000],
                unit=unit[:200],
                range_low=low,
                range_high=high,
                range_text=range_text[:2000],
                interpretation=flag_of(holder.get("interpretation")),
                taken_at=taken,
                reported_by=reported_by[:2000],
                source=source,
            )
        )

    def document(self) -> None:
        """Kind, author and title from the Composition, else from what the file holds."""
        kept = list(getattr(self.resources, "kept", self.resources))
        composition = next((r for r in kept if r.get("resourceType") == "Composition"), None)
        out = self.out
        if composition is not None:
            out.title = _str(composition.get("title"))
            written = parse_when(composition.get("date"))
            out.written_on = written.date() if written else None
            code = concept_code(composition.get("type"), LOINC)
            out.kind = _DOCUMENT_KINDS.get(code, RecordKind.DOCTORS_NOTES)
            out.author = self.index.name_of(composition.get("custodian"), composition)
            if not out.author:
                for a in _list(composition.get("author")):
                    target = self.index.get(a, composition)
                    if target is not None and target.get("resourceType") == "Organization":
                        out.author = _name_of_resource(target)
                        break
            if not out.author:
                out.author = next(
                    (
                        n
                        for n in (self.index.name_of(a) for a in _list(composition.get("author")))
                        if n
                    ),
                    "",
                )
            return
        if not out.author:
            org = next((r for r in kept if r.get("resourceType") == "Organization"), None)
            out.author = _name_of_resource(org) if org else ""
        summary = out.medications or out.allergies or out.conditions or out.procedures
        if out.results and not summary:
            out.kind = RecordKind.LAB_REPORT
        elif out.medications and not (out.results or out.allergies or out.conditions):
            out.kind = RecordKind.MEDICATION_HISTORY


def map_resources(resources: Iterable[dict[str, Any]]) -> MappedRecords:
    """What a journal would keep of these FHIR R4 resources (see the module's docstring)."""
    return _Mapper(resources).run()
