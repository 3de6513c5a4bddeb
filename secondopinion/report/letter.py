"""The request letter (and its follow-up): one or two pages the person signs and sends.

The service words the letter (``services/letter_words.py``) and hands it over as plain strings;
this module lays them out in the packet's house style: the sender's block, the date, the
provider's block, a subject line, the body with the records asked for as a list, the closing,
lines to sign and date, and a box to note when and how the letter was sent. Every string may
hold typed text, so every string is escaped and wrapped, never cut.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Table, TableStyle

from secondopinion.i18n import words
from secondopinion.report.bidi_paragraph import paragraph
from secondopinion.report.blocks import Kit
from secondopinion.report.data import Paper, RenderResult
from secondopinion.report.fonts import REGULAR
from secondopinion.report.styles import ACCENT, INK, MUTED, TINT, make_styles
from secondopinion.report.templates import MARGIN_X, finish_pdf, page_size
from secondopinion.report.text import TextMarkup


@dataclass(frozen=True)
class LetterBlock:
    """A paragraph of the body, or (with ``items``) a paragraph followed by a bulleted list."""

    text: str = ""
    items: tuple[str, ...] = ()
    bulleted: bool = True  # False: the items are the lines of an address, indented


@dataclass(frozen=True)
class LetterData:
    """A worded letter. Every string is plain text (typed or ours); none is markup."""

    title: str  # the PDF's title and the running header of a second page
    kicker: str
    sender: tuple[str, ...]  # the person's name first, then address lines, phone, email
    date_line: str
    recipient: tuple[str, ...]  # the provider's name first
    subject: str
    greeting: str
    blocks: tuple[LetterBlock, ...]
    closing: str
    signer: str
    signature_label: str
    date_label: str
    sent_on: str
    sent_how: str
    footer_note: str = ""
    paper: Paper = "a4"
    name_in_metadata: bool = True
    lang: str | None = None  # the page numbers' language (i18n code); None = the current one


def render_letter(data: LetterData) -> RenderResult:
    kit = Kit(make_styles(), TextMarkup(), words(data.lang))
    pagesize = page_size(data.paper)
    width = pagesize[0] - 2 * MARGIN_X
    story: list[Flowable] = [kit.p(data.kicker, "kicker"), kit.gap(4)]
    story += [_heading_blocks(kit, data, width), kit.gap(12)]
    story += [_bold(kit, data.subject), kit.gap(4), kit.p(data.greeting, "letter")]
    for block in data.blocks:
        if block.text:
            story.append(kit.p(block.text, "letter"))
        for item in block.items:
            if block.bulleted:
                story.append(paragraph(kit.markup(item), kit.s.letter_item, bullet="•"))
            else:
                story.append(kit.p(item, "letter_line"))
        if block.items:
            story.append(kit.gap(6))
    story.append(
        KeepTogether(
            [
                kit.p(data.closing, "letter"),
                kit.gap(22),
                _signature_lines(kit, data, width),
                kit.p(data.signer, "letter_aside"),
                kit.gap(14),
                _sent_box(kit, data, width),
            ]
        )
    )
    return finish_pdf(
        story,
        kit,
        pagesize=pagesize,
        running_title=kit.markup(data.title),
        footer_note=kit.markup(data.footer_note),
        title=data.title,
        signed_by=data.signer.strip(),
        name_in_metadata=data.name_in_metadata,
    )


def _bold(kit: Kit, text: str) -> Flowable:
    return kit.fixed(f"<b>{kit.markup(text)}</b>", "letter")


def _heading_blocks(kit: Kit, data: LetterData, width: float) -> Table:
    """The provider's block on the left, the sender's block and the date on the right.

    Rows may split across pages (``splitInRow``), so a block of any length prints whole.
    """
    left_w = width * 0.52
    sender = [*_address(kit, data.sender), kit.gap(8), kit.p(data.date_line, "letter_aside")]
    table = Table(
        [[_address(kit, data.recipient), sender]],
        colWidths=[left_w, width - left_w],
        hAlign="LEFT",
        splitInRow=1,
    )
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (0, -1), 12),
                ("RIGHTPADDING", (1, 0), (1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def _address(kit: Kit, lines: tuple[str, ...]) -> list[Flowable]:
    """A block of lines, the first (a name) in bold; a typed line break starts a new line."""
    out: list[Flowable] = []
    for index, line in enumerate(x for x in lines if x.strip()):
        markup = kit.markup(line.strip())
        out.append(kit.fixed(f"<b>{markup}</b>" if index == 0 else markup, "letter_aside"))
    return out


def _signature_lines(kit: Kit, data: LetterData, width: float) -> Table:
    """Two lines to fill in by hand, labelled underneath: the signature and the date."""
    gap = 12 * mm
    sign_w = width * 0.58
    cells = [
        ["", "", ""],
        [
            kit.p(data.signature_label, "muted"),
            "",
            kit.p(data.date_label, "muted"),
        ],
    ]
    table = Table(
        cells, colWidths=[sign_w, gap, width - sign_w - gap], rowHeights=[4, None], hAlign="LEFT"
    )
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                ("LINEBELOW", (0, 0), (0, 0), 0.8, INK),
                ("LINEBELOW", (2, 0), (2, 0), 0.8, INK),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return table


def _sent_box(kit: Kit, data: LetterData, width: float) -> Table:
    """A tinted box to note, once sent, when and how: the proof a follow-up will cite."""
    table = Table(
        [
            [kit.p(data.sent_on, "letter_aside")],
            [kit.p(data.sent_how, "muted")],
        ],
        colWidths=[width],
        hAlign="LEFT",
    )
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                ("BACKGROUND", (0, 0), (-1, -1), TINT),
                ("LINEBEFORE", (0, 0), (0, -1), 2.5, ACCENT),
                ("TEXTCOLOR", (0, 0), (-1, -1), MUTED),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, 0), 12),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 7),
            ]
        )
    )
    return table
