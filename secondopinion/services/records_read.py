"""Reading a records file into FHIR R4 resources (plain dicts), or one line saying why not.

Three ways in, one way out:

- FHIR R4 JSON: a Bundle of any type (document, collection, transaction, searchset…) or a single
  resource;
- FHIR R4 XML: the same, converted element by element into the JSON shape (a field that occurs
  once is a value, one that repeats a list; the mapper accepts both, see ``records_map``);
- C-CDA (XML ``ClinicalDocument``): converted to a FHIR Bundle by the ``ccda-to-fhir`` library
  (wrapped here and nowhere else).

Everything else — older FHIR (DSTU2, STU3), JSON that is not FHIR, PDF, HTML, a file that is
truncated or not UTF-8 — raises :class:`NotARecordsFile` whose message is one line saying what
the file is and what the app reads.

XML is parsed with lxml with entity resolution, DTD loading and network access off, and a
document that declares a DTD at all is refused before anything is expanded, so neither external
entities (XXE) nor nested internal ones ("billion laughs") are ever resolved. The C-CDA library
parses the text again with its own parser only after this check has passed.

Long module: the three readers share the size limits, the sniffing of what a file is and the
one-line reasons a file is refused; mapping is ``records_map``.
"""

from __future__ import annotations

import json
import logging
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lxml import etree

from secondopinion.i18n import N_, Words, words

MAX_FILE_BYTES = 128 * 1024 * 1024  # a long life in Synthea is ~30 MB; 50,000 results ~40 MB
WHAT_WE_READ = N_("the app reads FHIR R4 (JSON or XML) and C-CDA (XML) records files")

FHIR_NS = "http://hl7.org/fhir"
CDA_NS = "urn:hl7-org:v3"
XHTML_NS = "http://www.w3.org/1999/xhtml"


class NotARecordsFile(ValueError):
    """A file the importer does not read; the message is one line for the person."""


class Resources:
    """A file's resources in file order, holding Observations as places in the text.

    A bundle of 50,000 lab values is mostly Observations; kept as parsed dicts they would take
    ~200 MB. Each Observation is decoded when iterated and dropped after, so only the few
    resources others point at (``kept``: patients, organisations, medications, reports…) stay
    parsed. Iterate it once per pass; ``kept`` is enough to resolve references.
    """

    def __init__(self, text: str = "") -> None:
        self._text = text
        self._items: list[dict[str, Any] | tuple[int, int, str]] = []
        self.kept: list[dict[str, Any]] = []

    @classmethod
    def of(cls, resources: list[dict[str, Any]]) -> Resources:
        found = cls()
        for r in resources:
            found.add(r)
        return found

    def add(self, resource: dict[str, Any]) -> None:
        self._items.append(resource)
        self.kept.append(resource)

    def add_lazy(self, start: int, end: int, full_url: str) -> None:
        self._items.append((start, end, full_url))

    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self) -> Iterator[dict[str, Any]]:
        decoder = json.JSONDecoder()
        for item in self._items:
            if isinstance(item, dict):
                yield item
                continue
            start, _end, full_url = item
            resource, _ = decoder.raw_decode(self._text, start)
            if full_url:
                resource["_fullUrl"] = full_url
            yield resource


@dataclass(frozen=True)
class RecordsFile:
    """What a file held: its format in words and its FHIR R4 resources, in file order."""

    format: str  # "FHIR R4 JSON", "FHIR R4 XML" or "C-CDA"
    resources: Resources
    bundle_type: str = ""  # document, collection, transaction… or "" for a single resource


def _w() -> Words:
    return words()


def _refuse(what: str) -> NotARecordsFile:
    return NotARecordsFile(_w()._("{what}; {we_read}.", what=what, we_read=_w()._(WHAT_WE_READ)))


def read_path(path: Path) -> RecordsFile:
    """Read a records file from disk, refusing an oversized one before reading a byte of it."""
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        mb = size / (1024 * 1024)
        limit = MAX_FILE_BYTES // (1024 * 1024)
        raise NotARecordsFile(
            _w()._(
                "This file is {mb} MB, larger than any records file the app reads "
                "(up to {limit} MB); it was not read.",
                mb=f"{mb:,.0f}",
                limit=limit,
            )
        )
    return read_bytes(path.read_bytes())


def read_bytes(data: bytes) -> RecordsFile:
    """Recognise the format of ``data`` and read it."""
    if len(data) > MAX_FILE_BYTES:
        raise NotARecordsFile(_w()._("This file is larger than any records file the app reads."))
    head = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n")
    if not head:
        raise _refuse(_w()._("This file is empty"))
    if head.startswith(b"%PDF"):
        raise _refuse(_w()._("This is a PDF document"))
    lowered = head[:200].lower()
    if lowered.startswith((b"<!doctype html", b"<html")):
        raise _refuse(_w()._("This is a web page (HTML)"))
    if head.startswith(b"PK\x03\x04"):
        raise _refuse(_w()._("This is a ZIP archive; unpack it and import the files inside"))
    if head[:1] in (b"{", b"["):
        return _read_json(data)
    if head[:1] == b"<" or data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _read_xml(data)
    raise _refuse(_w()._("This is not a records file (neither JSON nor XML)"))


# --- JSON ----------------------------------------------------------------------------------------


def _text(data: bytes) -> str:
    utf16 = data.startswith((b"\xff\xfe", b"\xfe\xff"))
    encoding = "utf-16" if utf16 else "utf-8-sig"
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise NotARecordsFile(
            _w()._(
                "This file is not UTF-8 text (a byte that is not, at position {position}); "
                "FHIR JSON files are UTF-8, so it may be damaged or in another encoding.",
                position=f"{exc.start:,}",
            )
        ) from None


_WS = re.compile(r"[ \t\n\r]*")


def _stream_bundle(text: str) -> RecordsFile | None:
    """Read a top-level Bundle entry by entry (see :class:`Resources`); None if not a Bundle.

    The top-level object is walked key by key with the standard decoder's ``raw_decode``, so
    every value is decoded by the same JSON parser as ``json.loads`` would use.
    """
    decoder = json.JSONDecoder()

    def skip(pos: int) -> int:
        m = _WS.match(text, pos)
        return m.end() if m else pos

    pos = skip(0)
    if text[pos : pos + 1] != "{":
        return None
    pos = skip(pos + 1)
    top: dict[str, Any] = {}
    resources = Resources(text)
    while text[pos : pos + 1] != "}":
        key, pos = decoder.raw_decode(text, pos)
        pos = skip(pos)
        if text[pos : pos + 1] != ":":
            raise json.JSONDecodeError("Expecting ':' delimiter", text, pos)
        pos = skip(pos + 1)
        if key == "entry" and text[pos : pos + 1] == "[":
            pos = skip(pos + 1)
            while text[pos : pos + 1] != "]":
                start = pos
                entry, pos = decoder.raw_decode(text, pos)
                _add_entry(resources, entry, text, start, pos)
                pos = skip(pos)
                if text[pos : pos + 1] == ",":
                    pos = skip(pos + 1)
                elif text[pos : pos + 1] != "]":
                    raise json.JSONDecodeError("Expecting ',' delimiter", text, pos)
            pos += 1
        else:
            top[key], pos = decoder.raw_decode(text, pos)
        pos = skip(pos)
        if text[pos : pos + 1] == ",":
            pos = skip(pos + 1)
        elif text[pos : pos + 1] != "}":
            raise json.JSONDecodeError("Expecting ',' delimiter", text, pos)
    if skip(pos + 1) != len(text):
        raise json.JSONDecodeError("Extra data", text, pos + 1)
    if top.get("resourceType") != "Bundle":
        return None
    if top.get("format") == "secondopinion-journal":
        return None
    bundle_type = top.get("type") if isinstance(top.get("type"), str) else ""
    return RecordsFile("FHIR R4 JSON", resources, str(bundle_type))


def _add_entry(resources: Resources, entry: Any, text: str, start: int, end: int) -> None:
    if not isinstance(entry, dict):
        return
    resource = entry.get("resource")
    if not isinstance(resource, dict) or not isinstance(resource.get("resourceType"), str):
        return
    full_url = entry["fullUrl"] if isinstance(entry.get("fullUrl"), str) else ""
    if resource["resourceType"] == "Observation":
        # Find where the resource's own object starts inside the entry, to decode it alone later.
        inner = text.find('"resource"', start, end)
        colon = text.find(":", inner, end) if inner >= 0 else -1
        brace = text.find("{", colon, end) if colon >= 0 else -1
        if brace >= 0:
            resources.add_lazy(brace, end, full_url)
            return
    if full_url:
        resource.setdefault("_fullUrl", full_url)
    resources.add(resource)


def _read_json(data: bytes) -> RecordsFile:
    text = _text(data)
    try:
        streamed = _stream_bundle(text)
        if streamed is not None:
            return _checked(streamed)
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        if exc.pos >= len(text.rstrip()) - 1 or not text.rstrip().endswith(("}", "]")):
            raise NotARecordsFile(
                _w()._(
                    "This JSON file breaks off before its end (it may be truncated or still "
                    "downloading); nothing was read."
                )
            ) from None
        raise NotARecordsFile(
            _w()._(
                "This file is not valid JSON (line {line}, column {column}: {why}); "
                "nothing was read.",
                line=exc.lineno,
                column=exc.colno,
                why=exc.msg,
            )
        ) from None
    del text
    if isinstance(doc, dict) and doc.get("format") == "secondopinion-journal":
        raise NotARecordsFile(
            _w()._("This is a Second Opinion JSON export; open it with File > Import JSON instead.")
        )
    if not isinstance(doc, dict) or not isinstance(doc.get("resourceType"), str):
        raise _refuse(_w()._("This is a JSON file but not FHIR (it has no resourceType)"))
    return _from_root(doc, "FHIR R4 JSON")


def _checked(found: RecordsFile) -> RecordsFile:
    version = older_fhir_version(found.resources.kept)
    if version:
        raise _refuse(_w()._("This is FHIR {version}, an older version than R4", version=version))
    return found


def _from_root(doc: dict[str, Any], fmt: str) -> RecordsFile:
    if doc["resourceType"] == "Bundle":
        resources = Resources()
        entries = doc.get("entry") or []
        if isinstance(entries, dict):
            entries = [entries]
        for entry in entries if isinstance(entries, list) else []:
            if not isinstance(entry, dict):
                continue
            resource = entry.get("resource")
            if isinstance(resource, dict) and isinstance(resource.get("resourceType"), str):
                if "fullUrl" in entry and isinstance(entry["fullUrl"], str):
                    resource.setdefault("_fullUrl", entry["fullUrl"])
                resources.add(resource)
        bundle_type = doc.get("type") if isinstance(doc.get("type"), str) else ""
        found = RecordsFile(fmt, resources, str(bundle_type))
    else:
        found = RecordsFile(fmt, Resources.of([doc]), "")
    return _checked(found)


# Resource types that exist only before R4 (DSTU2: 1.0, STU3: 3.0).
_DSTU2_ONLY = {"MedicationOrder", "DiagnosticOrder", "Order", "OrderResponse", "DeviceUseRequest"}
_STU3_ONLY = {"ProcedureRequest", "ReferralRequest", "Sequence", "EligibilityRequest"}


def older_fhir_version(resources: Iterable[dict[str, Any]]) -> str:
    """ "DSTU2" or "STU3" when the resources are clearly of that version, else ""."""
    for r in resources:
        kind = r.get("resourceType")
        if kind in _DSTU2_ONLY:
            return "DSTU2"
        if kind in _STU3_ONLY:
            return "STU3"
        if kind in ("Condition", "AllergyIntolerance") and (
            isinstance(r.get("clinicalStatus"), str) or isinstance(r.get("verificationStatus"), str)
        ):
            return "DSTU2" if "patient" in r and kind == "Condition" else "STU3"
        if kind == "AllergyIntolerance" and isinstance(r.get("status"), str):
            return "DSTU2"
        if kind == "MedicationStatement" and ("taken" in r or "wasNotTaken" in r):
            return "STU3" if "taken" in r else "DSTU2"
    return ""


# --- XML -----------------------------------------------------------------------------------------


def _safe_parser() -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False,
        load_dtd=False,
        no_network=True,
        dtd_validation=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
    )


def _read_xml(data: bytes) -> RecordsFile:
    if b"<!DOCTYPE" in data or b"<!ENTITY" in data:
        raise NotARecordsFile(
            _w()._(
                "This XML file declares a document type (DTD) or entities, which records files "
                "never do; it was not read, for safety."
            )
        )
    try:
        root = etree.fromstring(data, _safe_parser())
    except etree.XMLSyntaxError as exc:
        message = str(exc.msg or exc)
        if "Premature end" in message or not data.rstrip().endswith(b">"):
            raise NotARecordsFile(
                _w()._(
                    "This XML file breaks off before its end (it may be truncated); "
                    "nothing was read."
                )
            ) from None
        if "encoding" in message.lower() or "Input is not proper UTF-8" in message:
            raise NotARecordsFile(
                _w()._(
                    "This XML file's bytes do not match its declared encoding (it may be damaged "
                    "or saved in another encoding); nothing was read."
                )
            ) from None
        raise NotARecordsFile(
            _w()._(
                "This file is not well-formed XML (line {line}); nothing was read.",
                line=exc.lineno,
            )
        ) from None
    if root.getroottree().docinfo.doctype:
        raise NotARecordsFile(
            _w()._("This XML file declares a document type (DTD); it was not read.")
        )
    namespace = etree.QName(root).namespace or ""
    local = etree.QName(root).localname
    if namespace == CDA_NS and local == "ClinicalDocument":
        return _read_ccda(data)
    if namespace == FHIR_NS:
        doc = _fhir_element(root)
        doc["resourceType"] = local
        return _from_root(doc, "FHIR R4 XML")
    if local.lower() == "html":
        raise _refuse(_w()._("This is a web page (XHTML)"))
    raise _refuse(_w()._("This is an XML file of another kind (its root is <{root}>)", root=local))


def _fhir_element(element: etree._Element) -> dict[str, Any]:
    """One FHIR XML element as the JSON shape: primitives' ``value`` attributes become values."""
    out: dict[str, Any] = {}
    for attribute in ("id", "url"):
        if attribute in element.attrib:
            out[attribute] = str(element.attrib[attribute])
    for child in element:
        if not isinstance(child.tag, str):
            continue
        q = etree.QName(child)
        if q.namespace == XHTML_NS:
            continue  # narrative text is for people reading the file; the mapper ignores it
        name = q.localname
        if name in ("resource", "contained"):
            inner = next((c for c in child if isinstance(c.tag, str)), None)
            if inner is None:
                continue
            value: Any = _fhir_element(inner)
            value["resourceType"] = etree.QName(inner).localname
        elif len(child) == 0 and "value" in child.attrib:
            value = str(child.attrib["value"])  # a primitive
        elif len(child) == 0 and not child.attrib:
            continue
        else:
            value = _fhir_element(child)
            if "value" in child.attrib:
                value["value"] = str(child.attrib["value"])
        if name in out:
            existing = out[name]
            if isinstance(existing, list):
                existing.append(value)
            else:
                out[name] = [existing, value]
        else:
            out[name] = value
    return out


# --- C-CDA through ccda-to-fhir ---------------------------------------------------------------


def _quiet_ccda_library() -> None:
    """Keep the C-CDA library's log lines (which quote the document) out of stdout and stderr.

    Its ``get_logger`` attaches a stdout handler to a module's logger unless that logger has one;
    giving each of its loggers a NullHandler, and not passing records up, keeps the person's
    records out of any output. Pinned by tests/unit/test_records_read.py.
    """
    for name in list(sys.modules):
        if name == "ccda_to_fhir" or name.startswith("ccda_to_fhir."):
            logger = logging.getLogger(name)
            for handler in list(logger.handlers):
                logger.removeHandler(handler)
            logger.addHandler(logging.NullHandler())
            logger.propagate = False


def _read_ccda(data: bytes) -> RecordsFile:
    import ccda_to_fhir.convert  # imported on first use: it is large

    _quiet_ccda_library()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        # The safe parse above honoured the declared encoding; hand the library UTF-8.
        root = etree.fromstring(data, _safe_parser())
        text = etree.tostring(root, encoding="unicode")
    try:
        result = ccda_to_fhir.convert.convert_document(text)
    except Exception:  # the library raises many kinds; each means "could not convert"
        # Neither the class nor the text of the library's error: the one tells the person
        # nothing, the other may quote the document.
        raise NotARecordsFile(
            _w()._("This C-CDA document could not be converted; nothing was read.")
        ) from None
    finally:
        _quiet_ccda_library()
    bundle = result.get("bundle") if isinstance(result, dict) else None
    if not isinstance(bundle, dict):
        raise NotARecordsFile(
            _w()._("This C-CDA document could not be converted; nothing was read.")
        )
    found = _from_root(bundle, "C-CDA")
    return RecordsFile("C-CDA", found.resources, "document")
