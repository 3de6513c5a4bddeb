"""ReportLab's advertising comments are blanked whatever wording the installed release uses."""

from __future__ import annotations

import pytest

from secondopinion.report.templates import _without_library_comments

BODY = b"1 0 obj\n<< /Type /Catalog >>\nendobj\n" * 40  # long enough to have a middle


@pytest.mark.parametrize(
    ("head", "tail"),
    [
        (  # the pinned release (5.1)
            b"% ReportLab Generated PDF document (opensource)",
            b"% ReportLab generated PDF document -- digest (opensource)",
        ),
        (  # ReportLab 4.2, our lowest supported release
            b"% ReportLab Generated PDF document http://www.reportlab.com",
            b"% ReportLab generated PDF document -- digest (http://www.reportlab.com)",
        ),
    ],
)
def test_comments_are_blanked_in_place(head: bytes, tail: bytes) -> None:
    pdf = b"%PDF-1.4\n" + head + b"\n" + BODY + b"trailer\n<< >>\n" + tail + b"\n%%EOF\n"
    cleaned = _without_library_comments(pdf)
    assert len(cleaned) == len(pdf)
    assert b"ReportLab" not in cleaned and b"reportlab" not in cleaned
    assert cleaned.startswith(b"%PDF-1.4\n%") and cleaned.endswith(b"\n%%EOF\n")


def test_typed_text_in_the_middle_is_left_alone() -> None:
    typed = b"(ReportLab generated PDF document is what I typed) Tj"
    pdf = b"%PDF-1.4\n" + BODY + typed + BODY + b"%%EOF\n"
    assert _without_library_comments(pdf) == pdf
