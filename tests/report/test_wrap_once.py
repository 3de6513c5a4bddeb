"""Fast layout, same PDF: paragraphs wrapped once per width, and ReportLab's C accelerator.

A table asks its cells' paragraphs for their size several times at one width; ``report/
bidi_paragraph.Paragraph`` keeps the first answer. These tests lay the packet and the comparison
out with it and with ReportLab's own ``Paragraph.wrap``, and hold the two files equal byte for
byte (ReportLab's invariant mode fixes the dates and ids it would otherwise vary).
"""

from __future__ import annotations

import importlib
from dataclasses import replace

import pytest
from reportlab import rl_config
from reportlab.lib import rl_accel
from reportlab.platypus import Paragraph as ReportLabParagraph

from secondopinion.report import bidi_paragraph
from secondopinion.report.comparison import render_comparison
from secondopinion.report.data import ALL_SECTIONS, PacketOptions
from secondopinion.report.packet import render_packet
from secondopinion.services.comparison_pdf import build_comparison_data
from secondopinion.services.concerns import list_concerns
from secondopinion.services.packet import build_packet_data
from secondopinion.services.report_words import paper_size
from secondopinion.store.journal import Journal

RIGHT_TO_LEFT = "הרופא אמר: ניתוח 3 פעמים ביום. Dr. Levi قال الطبيب إنه بخير " * 6


def _both_ways(make, monkeypatch: pytest.MonkeyPatch) -> tuple[bytes, bytes]:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(rl_config, "invariant", 1)
    once = make()
    with monkeypatch.context() as plain:
        plain.setattr(bidi_paragraph.Paragraph, "wrap", ReportLabParagraph.wrap)
        every_time = make()
    return once, every_time


def _concern(journal: Journal) -> int:
    concern = next(c for c in list_concerns(journal, include_archived=True) if not c.archived)
    assert concern.id is not None
    return concern.id


@pytest.mark.parametrize("size", ["small", "large"])
@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_the_packet_is_the_one_reportlab_lays_out_alone(
    demo_journals: dict[str, Journal], size: str, paper: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    journal = demo_journals[size]
    data = build_packet_data(journal, _concern(journal), lang="en")
    if size == "large":  # long right-to-left cells, split across pages inside table rows
        opinions = tuple(
            replace(o, rationale=RIGHT_TO_LEFT, notes=RIGHT_TO_LEFT) if i % 3 == 0 else o
            for i, o in enumerate(data.opinions)
        )
        data = replace(data, opinions=opinions)
    options = PacketOptions(paper=paper_size(paper), sections=frozenset(ALL_SECTIONS), lang="en")
    once, every_time = _both_ways(lambda: render_packet(data, options).pdf, monkeypatch)
    assert once == every_time
    assert once.count(b"/Type /Page\n") > (2 if size == "small" else 10)


def test_the_comparison_is_the_one_reportlab_lays_out_alone(
    demo_journals: dict[str, Journal], monkeypatch: pytest.MonkeyPatch
) -> None:
    journal = demo_journals["large"]
    data = build_comparison_data(journal, _concern(journal), lang="es")
    once, every_time = _both_ways(lambda: render_comparison(data).pdf, monkeypatch)
    assert once == every_time


def test_a_paragraph_wrapped_again_at_another_width_is_wrapped_anew() -> None:
    from reportlab.lib.styles import ParagraphStyle

    p = bidi_paragraph.paragraph("word " * 60, ParagraphStyle("s", fontSize=9, leading=11))
    wide = p.wrap(400, 1000)
    narrow = p.wrap(100, 1000)
    assert narrow[1] > wide[1]
    assert p.wrap(400, 1000) == wide and len(p.blPara.lines) == wide[1] / 11


def test_reportlab_runs_with_its_c_accelerator() -> None:
    accelerator = importlib.import_module("_rl_accel")
    for name in ("fp_str", "instanceStringWidthTTF", "escapePDF", "asciiBase85Encode"):
        assert getattr(rl_accel, name) is getattr(accelerator, name), name
