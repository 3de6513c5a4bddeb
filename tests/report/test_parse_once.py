"""Markup repeated in a document is parsed once (``bidi_paragraph.Parsed``), and the PDF is the
one ReportLab makes parsing every paragraph: equal byte for byte (ReportLab's invariant mode
fixes the dates and ids it would otherwise vary), in English and Spanish, with right-to-left
text and emoji repeated in table cells.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pytest
from reportlab import rl_config
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import paraparser

from secondopinion.report import bidi_paragraph
from secondopinion.report.bidi_paragraph import BidiParagraph, Paragraph, Parsed
from secondopinion.report.comparison import render_comparison
from secondopinion.report.data import ALL_SECTIONS, PacketData, PacketOptions
from secondopinion.report.packet import render_packet
from secondopinion.services.comparison_pdf import build_comparison_data
from secondopinion.services.concerns import list_concerns
from secondopinion.services.packet import build_packet_data
from secondopinion.services.report_words import paper_size
from secondopinion.store.journal import Journal

RIGHT_TO_LEFT = "הרופא אמר: ניתוח 3 פעמים ביום 🙂 Dr. Levi قال الطبيب إنه بخير"


def _parsing_every_time(self: Parsed, markup: str, style: ParagraphStyle) -> Paragraph:
    kind = BidiParagraph if bidi_paragraph.direction.may_have_rtl(markup) else Paragraph
    return kind(markup, style)


def _both_ways(make: Callable[[], bytes], monkeypatch: pytest.MonkeyPatch) -> tuple[bytes, bytes]:
    monkeypatch.setattr(rl_config, "invariant", 1)
    once = make()
    with monkeypatch.context() as plain:
        plain.setattr(Parsed, "paragraph", _parsing_every_time)
        every_time = make()
    return once, every_time


def _concern(journal: Journal) -> int:
    concern = next(c for c in list_concerns(journal, include_archived=True) if not c.archived)
    assert concern.id is not None
    return concern.id


def _with_repeated_hostile_text(data: PacketData) -> PacketData:
    """Right-to-left text, emoji, markup characters and long text, repeated in many cells."""
    opinions = tuple(
        replace(o, rationale=RIGHT_TO_LEFT, tests="<b>&amp; é 🙂</b>", notes=RIGHT_TO_LEFT * 6)
        if i % 2 == 0
        else o
        for i, o in enumerate(data.opinions)
    )
    records = tuple(
        replace(r, source=RIGHT_TO_LEFT, notes="Ñandú 🙂 & <x>") if i % 2 else r
        for i, r in enumerate(data.records)
    )
    return replace(data, opinions=opinions, records=records)


@pytest.mark.parametrize(
    ("size", "lang", "paper"),
    [("small", "es", "letter"), ("large", "en", "a4"), ("large", "es", "letter")],
)
def test_the_packet_is_the_one_made_parsing_every_paragraph(
    demo_journals: dict[str, Journal],
    size: str,
    lang: str,
    paper: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    journal = demo_journals[size]
    data = _with_repeated_hostile_text(build_packet_data(journal, _concern(journal), lang=lang))
    assert len(data.opinions) >= 2 and len(data.records) >= 2
    options = PacketOptions(paper=paper_size(paper), sections=frozenset(ALL_SECTIONS), lang=lang)
    once, every_time = _both_ways(lambda: render_packet(data, options).pdf, monkeypatch)
    assert once == every_time
    assert once.count(b"/Type /Page\n") > 2


def test_the_comparison_is_the_one_made_parsing_every_paragraph(
    demo_journals: dict[str, Journal], monkeypatch: pytest.MonkeyPatch
) -> None:
    journal = demo_journals["large"]
    data = build_comparison_data(journal, _concern(journal), lang="es")
    once, every_time = _both_ways(lambda: render_comparison(data).pdf, monkeypatch)
    assert once == every_time


def test_repeated_markup_is_parsed_once_per_style(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    parse = paraparser.ParaParser.parse

    def counted(self: paraparser.ParaParser, text: str, style: ParagraphStyle) -> object:
        calls.append(text)
        return parse(self, text, style)

    monkeypatch.setattr(paraparser.ParaParser, "parse", counted)
    body = ParagraphStyle("body", fontSize=9, leading=11)
    bold = ParagraphStyle("bold", parent=body, fontSize=10)
    parsed = Parsed()
    made = [
        parsed.paragraph(m, s)
        for _ in range(50)
        for m in ("received", "<b>a</b> b")
        for s in (body, bold)
    ]
    made.append(parsed.paragraph(RIGHT_TO_LEFT, body))
    made.append(parsed.paragraph(RIGHT_TO_LEFT, body))
    assert len(calls) == 5  # two markups in two styles, and the right-to-left one
    assert isinstance(made[-1], BidiParagraph) and isinstance(made[-2], BidiParagraph)
    # each paragraph has fragments of its own, equal to the parsed ones
    first, again = made[1], made[5]
    assert first.frags is not again.frags and first.frags[0] is not again.frags[0]
    assert [f.__dict__ for f in first.frags] == [f.__dict__ for f in again.frags]
    assert again.wrap(200, 1000) == first.wrap(200, 1000)


def _line_texts(p: Paragraph) -> list[str]:
    return ["".join(getattr(f, "text", "") for f in line.words) for line in p.blPara.lines]


def test_paragraphs_of_one_markup_share_their_lines_until_one_is_split() -> None:
    style = ParagraphStyle("cell", fontSize=9, leading=11)
    markup = "<b>Notes:</b>  " + "a word or two and then some more " * 12
    parsed = Parsed()
    first, second, third = (parsed.paragraph(markup, style) for _ in range(3))
    size = first.wrap(120, 1000)
    assert second.wrap(120, 1000) == size and second.blPara is first.blPara  # broken once
    lines = _line_texts(second)
    assert len(lines) > 4
    # ReportLab's split edits the lines it cuts; the paragraph splits lines of its own
    top, rest = first.split(120, 3 * 11)
    assert first.blPara is not second.blPara
    assert _line_texts(second) == lines
    alone = Paragraph(markup, style)
    alone.wrap(120, 1000)
    top_alone, rest_alone = alone.split(120, 3 * 11)
    for mine, theirs in ((top, top_alone), (rest, rest_alone)):
        assert mine.wrap(120, 1000) == theirs.wrap(120, 1000)
        assert _line_texts(mine) == _line_texts(theirs)
    assert third.wrap(120, 1000) == size and _line_texts(third) == lines


def test_a_paragraph_split_before_any_wrap_leaves_the_shared_lines_alone() -> None:
    style = ParagraphStyle("cell", fontSize=9, leading=11)
    markup = "<b>Notes:</b>  " + "a word or two and then some more " * 12
    parsed = Parsed()
    first, second = parsed.paragraph(markup, style), parsed.paragraph(markup, style)
    first.wrap(120, 1000)
    lines = _line_texts(first)
    parts = second.split(120, 3 * 11)  # ReportLab's split wraps it itself
    assert len(parts) == 2 and second.blPara is not first.blPara
    assert _line_texts(first) == lines
