"""The packet's look: one palette, one type scale, paragraph and table styles made here only."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import TableStyle

from secondopinion.report.fonts import BOLD, REGULAR, register_bundled

INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#5b6675")
ACCENT = colors.HexColor("#1d4e89")
RULE = colors.HexColor("#c5ced8")
FAINT_RULE = colors.HexColor("#e1e6ec")
TINT = colors.HexColor("#f2f5f8")
ACCENT_TINT = colors.HexColor("#e8eff7")
WARN = colors.HexColor("#8a3b12")
WARN_TINT = colors.HexColor("#fbf1e9")
SERIES = [
    ACCENT,
    colors.HexColor("#c2571a"),
    colors.HexColor("#2f7d4f"),
    colors.HexColor("#7a3f91"),
    colors.HexColor("#8c6d1f"),
]


@dataclass(frozen=True)
class Styles:
    """Every paragraph style the renderer uses, made once per render."""

    body: ParagraphStyle
    small: ParagraphStyle
    muted: ParagraphStyle
    label: ParagraphStyle
    kicker: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    head: ParagraphStyle
    number: ParagraphStyle
    footer: ParagraphStyle
    box_label: ParagraphStyle
    box_text: ParagraphStyle
    warn: ParagraphStyle
    sign: ParagraphStyle
    sign_note: ParagraphStyle
    letter: ParagraphStyle  # the request letter's running text, a size up from the packet's
    letter_item: ParagraphStyle
    letter_aside: ParagraphStyle  # the sender and recipient blocks
    letter_line: ParagraphStyle  # an indented line of an address within the body


def make_styles(scale: float = 1.0) -> Styles:
    """The stylesheet; ``scale`` shrinks the type for the dense landscape comparison."""
    register_bundled()

    def style(name: str, size: float, leading: float, **kw: object) -> ParagraphStyle:
        base: dict[str, object] = {
            "fontName": REGULAR,
            "textColor": INK,
            "splitLongWords": 1,
            "allowWidows": 0,
            "allowOrphans": 0,
        }
        base.update(kw)
        return ParagraphStyle(name, fontSize=size * scale, leading=leading * scale, **base)

    return Styles(
        body=style("body", 9.5, 13.5, spaceAfter=4),
        small=style("small", 8.5, 11.5),
        muted=style("muted", 8.5, 11.5, textColor=MUTED),
        label=style("label", 7.5, 10, fontName=BOLD, textColor=MUTED),
        kicker=style("kicker", 8, 10, fontName=BOLD, textColor=ACCENT, spaceAfter=4),
        title=style("title", 20, 24, fontName=BOLD, spaceAfter=2),
        subtitle=style("subtitle", 12, 16, textColor=INK, spaceAfter=10),
        h1=style("h1", 13, 17, fontName=BOLD, textColor=ACCENT, spaceBefore=16, spaceAfter=6),
        h2=style("h2", 10, 13, fontName=BOLD, spaceBefore=10, spaceAfter=4),
        cell=style("cell", 8.5, 11),
        cell_bold=style("cell_bold", 8.5, 11, fontName=BOLD),
        head=style("head", 7.5, 9.5, fontName=BOLD, textColor=MUTED),
        number=style("number", 8.5, 11, alignment=TA_RIGHT),
        footer=style("footer", 7.5, 9, textColor=MUTED),
        box_label=style("box_label", 7.5, 10, fontName=BOLD, textColor=ACCENT),
        box_text=style("box_text", 9, 12.5),
        warn=style("warn", 9, 12.5, fontName=BOLD, textColor=WARN),
        sign=style(
            "sign",
            9.5,
            13,
            leftIndent=14,
            bulletIndent=0,
            bulletFontName=BOLD,
            bulletColor=WARN,
            spaceBefore=5,
        ),
        sign_note=style("sign_note", 9, 12.5, leftIndent=14, textColor=MUTED),
        letter=style("letter", 10, 13.8, spaceAfter=6),
        letter_item=style(
            "letter_item",
            10,
            13.8,
            leftIndent=18,
            bulletIndent=6,
            bulletFontName=REGULAR,
            spaceAfter=1,
        ),
        letter_aside=style("letter_aside", 9.5, 12.8),
        letter_line=style("letter_line", 10, 13.2, leftIndent=18),
    )


def data_table_style(*, zebra: bool = False) -> TableStyle:
    """Light rules: a ruled header, hairlines between rows, no vertical lines."""
    commands: list[tuple[object, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
    ]
    if zebra:
        commands.append(("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, TINT]))
    return TableStyle(commands)
