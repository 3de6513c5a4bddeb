"""No message a person reads names an exception class (issue 10) or quotes a library's text."""

from __future__ import annotations

import pytest

from secondopinion.services.records_read import NotARecordsFile, read_bytes

CCDA = b"""<?xml version="1.0"?>
<ClinicalDocument xmlns="urn:hl7-org:v3"><title>Summary</title></ClinicalDocument>"""


def test_a_ccda_the_library_cannot_convert(monkeypatch: pytest.MonkeyPatch) -> None:
    import ccda_to_fhir.convert

    def broken(_text: str) -> None:
        raise KeyError("Alex Morgan's diagnosis")

    monkeypatch.setattr(ccda_to_fhir.convert, "convert_document", broken)
    with pytest.raises(NotARecordsFile) as caught:
        read_bytes(CCDA)
    assert str(caught.value) == "This C-CDA document could not be converted; nothing was read."
    assert caught.value.__cause__ is None and caught.value.__suppress_context__
