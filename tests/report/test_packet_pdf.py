"""The appointment packet, rendered from the demo journals and read back."""

from __future__ import annotations

import re
import stat
from pathlib import Path

import pytest
from pypdf import PdfReader

from secondopinion.domain.standard import STANDARD_QUESTIONS
from secondopinion.report.data import Section
from secondopinion.services.packet import build_packet_data, export_packet
from secondopinion.services.report_words import default_paper
from secondopinion.store.journal import Journal
from tests.report.conftest import fonts, pdf_text, qpdf_check, squeeze

SIZES = {"a4": (595.28, 841.89), "letter": (612.0, 792.0)}

# A piece of text each section prints from the demo journal (and only that section prints).
SECTION_TEXT = {
    Section.COVER: "THE QUESTION",
    Section.REASONS: "Why I am seeking another opinion",
    Section.HEALTH: "Procedures and surgeries",
    Section.RESULTS: "Recent results",
    Section.HISTORY: "History of diagnoses and opinions",
    Section.SYMPTOMS: "Severity over time",
    Section.RECORDS: "Records enclosed",
    Section.QUESTIONS: "Questions for this appointment",
    Section.NOTES: "Notes from the appointment",
}
SECTION_DETAIL = {
    Section.REASONS: "Nobody explained why surgery rather than anything else.",
    Section.HEALTH: "Appendectomy",
    Section.RESULTS: "mIU/L",
    Section.HISTORY: "Uterine artery embolisation",
    Section.SYMPTOMS: "Stopped tranexamic acid",
    Section.RECORDS: "haemoglobin-2026-08.txt",
    Section.NOTES: "Prefers morning appointments.",
}


def _first_concern(journal: Journal) -> int:
    from secondopinion.services.concerns import list_concerns

    found = list_concerns(journal)[0].id
    assert found is not None
    return found


@pytest.mark.parametrize("size", ["small", "large"])
@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_packet_from_demo_reads_back(
    demo_journals: dict[str, Journal], tmp_path: Path, size: str, paper: str
) -> None:
    journal = demo_journals[size]
    out = tmp_path / "packet.pdf"
    result = export_packet(journal, _first_concern(journal), out, paper)

    assert result.missing == ()
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert out.read_bytes() == result.pdf
    qpdf_check(out)
    reader = PdfReader(out)
    for page in reader.pages:
        box = page.mediabox
        assert (float(box.width), float(box.height)) == pytest.approx(SIZES[paper], abs=0.5)
    used = fonts(out)
    assert used, "no fonts at all?"
    assert all(embedded for _, embedded in used), used
    assert any("DejaVuSans" in name for name, _ in used)

    text = pdf_text(out)
    flat = squeeze(text)
    pages = len(reader.pages)
    assert f"Page 1 of {pages}" in text
    assert f"Page {pages} of {pages}" in text
    assert "Alex Morgan" in text and "Recommended hysterectomy" in text
    for heading in SECTION_TEXT.values():
        assert squeeze(heading) in flat, heading
    for detail in SECTION_DETAIL.values():
        assert squeeze(detail) in flat, detail
    for _, question in STANDARD_QUESTIONS:
        assert squeeze(question) in flat, question
    assert "Can I wait until after the summer?" not in text  # retired


def test_first_page_alone_tells_who_what_and_what_was_said(
    demo_journals: dict[str, Journal], tmp_path: Path
) -> None:
    journal = demo_journals["small"]
    out = tmp_path / "packet.pdf"
    export_packet(journal, _first_concern(journal), out, "a4")
    first = squeeze(PdfReader(out).pages[0].extract_text())
    for expected in (
        "AlexMorgan",
        "born17May1984",
        "Whetherauterus-sparingtreatment",  # the question
        "Uterinefibroidscausingheavybleedingandanaemia",  # original diagnosis
        "Dr.SamuelWhitfield",  # an opinion so far
        "Penicillin",  # allergies
        "Levothyroxine",  # current medication
    ):
        assert expected in first, expected


@pytest.mark.parametrize(
    "chosen",
    [
        {Section.COVER, Section.QUESTIONS},
        {Section.HEALTH, Section.SYMPTOMS},
        {Section.REASONS, Section.HISTORY, Section.RECORDS, Section.NOTES},
    ],
)
def test_sections_left_out_are_absent(
    demo_journals: dict[str, Journal], tmp_path: Path, chosen: set[Section]
) -> None:
    journal = demo_journals["small"]
    out = tmp_path / "packet.pdf"
    export_packet(journal, _first_concern(journal), out, "letter", sections=chosen)
    flat = squeeze(pdf_text(out))
    for section, heading in SECTION_TEXT.items():
        present = squeeze(heading) in flat
        assert present == (section in chosen), (section, present)
    for section, detail in SECTION_DETAIL.items():
        if section not in chosen and not (section is Section.HISTORY and Section.COVER in chosen):
            assert squeeze(detail) not in flat, (section, detail)
    assert "Page1of" in flat


def test_metadata_holds_only_title_and_chosen_name(
    demo_journals: dict[str, Journal], tmp_path: Path
) -> None:
    journal = demo_journals["small"]
    named, anonymous = tmp_path / "named.pdf", tmp_path / "anon.pdf"
    export_packet(journal, _first_concern(journal), named, "a4")
    export_packet(journal, _first_concern(journal), anonymous, "a4", name_in_metadata=False)

    meta = PdfReader(named).metadata
    assert meta is not None
    assert meta.title == "Appointment packet"
    assert meta.author == "Alex Morgan"
    assert meta.producer == meta.creator == "Second Opinion"
    assert not meta.subject
    anon = PdfReader(anonymous).metadata
    assert anon is not None and anon.author is None
    for path in (named, anonymous):
        raw = path.read_bytes()
        assert b"anonymous" not in raw.lower()
        assert b"ReportLab" not in raw and b"reportlab" not in raw


def test_packet_for_a_chosen_visit_names_it_and_leaves_it_out_of_history(
    demo_journals: dict[str, Journal],
) -> None:
    journal = demo_journals["small"]
    data = build_packet_data(journal, _first_concern(journal), visit_id=3)
    assert data.appointment is not None
    assert data.appointment.doctor and data.appointment.on is not None
    assert all(
        o.on != data.appointment.on or o.doctor != data.appointment.doctor for o in data.opinions
    )
    assert len(data.opinions) == 2


def test_unknown_concern_is_a_lookup_error(
    demo_journals: dict[str, Journal], tmp_path: Path
) -> None:
    with pytest.raises(LookupError):
        export_packet(demo_journals["small"], 999, tmp_path / "x.pdf", "a4")
    assert not (tmp_path / "x.pdf").exists()


@pytest.mark.parametrize(
    ("name", "paper"),
    [
        ("en_US.UTF-8", "letter"),
        ("fr_CA.UTF-8", "letter"),
        ("es_MX", "letter"),
        ("de_DE.UTF-8", "a4"),
        ("en_GB.UTF-8", "a4"),
        ("C.UTF-8", "a4"),
        ("POSIX", "a4"),
        ("", "a4"),
    ],
)
def test_default_paper_follows_the_locale(name: str, paper: str) -> None:
    assert default_paper(name) == paper


def test_default_paper_reads_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.setenv("LC_PAPER", "en_US.UTF-8")
    assert default_paper() == "letter"
    monkeypatch.setenv("LC_ALL", "nl_NL.UTF-8")
    assert default_paper() == "a4"


def test_page_numbers_count_every_page(demo_journals: dict[str, Journal], tmp_path: Path) -> None:
    journal = demo_journals["large"]
    out = tmp_path / "packet.pdf"
    export_packet(journal, _first_concern(journal), out, "a4")
    numbers = re.findall(r"Page (\d+) of (\d+)", pdf_text(out))
    total = len(PdfReader(out).pages)
    assert [int(n) for n, _ in numbers] == list(range(1, total + 1))
    assert {int(t) for _, t in numbers} == {total}
