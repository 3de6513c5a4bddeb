"""The comparison PDF: visits side by side on landscape pages."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from pypdf import PdfReader

from secondopinion.report.comparison import DIFFERS
from secondopinion.services.comparison_pdf import build_comparison_data, export_comparison
from secondopinion.store.journal import Journal
from tests.report.conftest import fonts, pdf_text, qpdf_check, squeeze


@pytest.mark.parametrize("size", ["small", "large"])
def test_comparison_from_demo_reads_back(
    demo_journals: dict[str, Journal], tmp_path: Path, size: str
) -> None:
    journal = demo_journals[size]
    out = tmp_path / "compare.pdf"
    result = export_comparison(journal, 1, out, paper="a4")

    assert result.missing == ()
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    qpdf_check(out)
    reader = PdfReader(out)
    for page in reader.pages:
        assert float(page.mediabox.width) == pytest.approx(841.89, abs=0.5)
        assert float(page.mediabox.height) == pytest.approx(595.28, abs=0.5)
    assert all(embedded for _, embedded in fonts(out))
    text = pdf_text(out, raw=True)  # content order: each cell's lines stay together
    flat = squeeze(text)
    assert f"Page 1 of {len(reader.pages)}" in text
    for expected in (
        "Dr. Helen Brandt",
        "Uterine artery embolisation",
        "Pelvic MRI",
        "I would take the time for an MRI before deciding.",
        "Adenomyosis with fibroids",
        "Do you agree with the original diagnosis?",
        "What they would do",
        "Brushed off",
        "Trust",
        "I finally felt listened to.",
        "These opinions disagree",
    ):
        assert squeeze(expected) in flat, expected
    assert squeeze(DIFFERS) in flat  # a written marker, not colour alone


def test_only_differing_diagnoses_are_marked(demo_journals: dict[str, Journal]) -> None:
    data = build_comparison_data(demo_journals["small"], 1)
    marked = {v.diagnosis: v.diagnosis_differs for v in data.visits}
    assert marked["Uterine fibroids causing heavy bleeding and anaemia"] is False
    assert marked["Adenomyosis with fibroids"] is True
    assert data.disagree is True
    assert all(len(v.answers) == len(data.questions) for v in data.visits)


def test_chosen_visits_only(demo_journals: dict[str, Journal], tmp_path: Path) -> None:
    out = tmp_path / "two.pdf"
    export_comparison(demo_journals["small"], 1, out, paper="letter", visit_ids=[1, 2])
    text = pdf_text(out)
    assert "2 visits side by side" in text
    assert "Dr. Ana Iyer" not in text
    assert float(PdfReader(out).pages[0].mediabox.width) == pytest.approx(792.0)


def test_a_concern_without_visits_still_exports(
    demo_journals: dict[str, Journal], tmp_path: Path
) -> None:
    out = tmp_path / "none.pdf"
    export_comparison(demo_journals["small"], 1, out, visit_ids=[])
    qpdf_check(out)
    assert "No visits recorded" in pdf_text(out)
