"""No section heading ends a page with its section on the next one: read from the PDF itself
(``pdftotext -bbox-layout``), for every concern of the demo journals, the packet and the
comparison, on A4 and on Letter.

The headings are the texts the renderer set as headings (``Kit.heading`` and ``Kit.sub``,
recorded while it ran); on each page, the last line of the body (the running footer left out)
must not be one of them (except on the last page, where the ruled lines for notes by hand
follow their heading: lines, not text).
"""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from secondopinion.report import blocks
from secondopinion.services.comparison_pdf import export_comparison
from secondopinion.services.concerns import list_concerns
from secondopinion.services.packet import export_packet
from secondopinion.store.journal import Journal

FOOTER = 52  # points at the foot of a page that hold the page number and the person's name
NS = "{http://www.w3.org/1999/xhtml}"


def last_body_lines(pdf: Path) -> list[str]:
    """The last line of text above the footer, page by page."""
    xml = subprocess.run(
        ["pdftotext", "-bbox-layout", "-enc", "UTF-8", str(pdf), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    root = ET.fromstring(xml)
    lasts = []
    for page in root.iter(f"{NS}page"):
        height = float(page.get("height", "0"))
        lines = []
        for line in page.iter(f"{NS}line"):
            words = [w.text or "" for w in line.iter(f"{NS}word")]
            bottom = float(line.get("yMax", "0"))
            if words and bottom < height - FOOTER:
                lines.append((bottom, " ".join(words)))
        lasts.append(max(lines)[1] if lines else "")
    return lasts


@pytest.fixture
def headings(monkeypatch: pytest.MonkeyPatch) -> set[str]:
    """Every heading text the renderer sets from now on."""
    seen: set[str] = set()
    for name in ("heading", "sub"):
        original = getattr(blocks.Kit, name)

        def recording(self, text: str, _original=original):  # type: ignore[no-untyped-def]
            seen.add(" ".join(text.split()))
            return _original(self, text)

        monkeypatch.setattr(blocks.Kit, name, recording)
    return seen


@pytest.mark.parametrize("paper", ["a4", "letter"])
@pytest.mark.parametrize("size", ["small", "large"])
@pytest.mark.parametrize("what", ["packet", "comparison"])
def test_no_heading_is_the_last_text_on_a_page(
    demo_journals: dict[str, Journal], headings: set[str], tmp_path: Path, paper, size, what
) -> None:
    journal = demo_journals[size]
    alone = []
    for concern in list_concerns(journal):
        assert concern.id is not None
        out = tmp_path / f"{what}-{concern.id}.pdf"
        headings.clear()
        if what == "packet":
            export_packet(journal, concern.id, out, paper, lang="en")
        else:
            export_comparison(journal, concern.id, out, paper=paper, lang="en")
        assert headings or what == "comparison"
        pages = last_body_lines(out)
        # The last page may end with a heading: what it heads is drawn, not written (ruled
        # lines for notes by hand); on any other page the section went on without it.
        for number, last in enumerate(pages[:-1], start=1):
            if last in headings:
                alone.append(f"“{last}” ends page {number} of the {what} for “{concern.title}”")
    assert not alone, "\n".join(alone)
