"""Small building blocks shared by the packet and the comparison: tables, rules, dates."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from io import BytesIO
from typing import TypeAlias

from reportlab.lib.colors import white
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from secondopinion.i18n import Words
from secondopinion.report.bidi_paragraph import Parsed
from secondopinion.report.fonts import REGULAR
from secondopinion.report.styles import ACCENT, ACCENT_TINT, RULE, Styles, data_table_style
from secondopinion.report.text import TextMarkup

Cell: TypeAlias = Flowable | str


class RuledLines(Flowable):  # type: ignore[misc]
    """Writing lines: room to note an answer by hand."""

    def __init__(self, count: int, gap: float = 7.5 * mm) -> None:
        super().__init__()
        self.count = count
        self.gap = gap

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return avail_width, self.count * self.gap + 2

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        for i in range(1, self.count + 1):
            y = self.count * self.gap + 2 - i * self.gap
            canvas.line(0, y, self.width, y)
        canvas.restoreState()


def excerpt(text: str, limit: int) -> str:
    """The start of ``text`` on one line, for summaries whose full text prints elsewhere."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def keep_headings_with_next(story: list[Flowable], width: float, height: float) -> list[Flowable]:
    """Before each heading (with the sub-headings right under it), a page break unless there is
    room below for the headings and the start of their section: all of a block that cannot
    split (a chart kept with its key, ruled lines), or a few lines of one that may (a table).

    The CondPageBreak each heading brings asks for a guessed room only; a chart kept together
    can need more, and the heading was left alone at the foot of the page.
    """
    canvas = Canvas(BytesIO())

    def needs(flowable: Flowable, whole: bool) -> float:
        _w, h = flowable.wrapOn(canvas, width, height)
        if isinstance(flowable, KeepTogether):
            h = getattr(flowable, "_H", h)
        elif not whole and type(flowable).split is not Flowable.split:  # it may split
            h = min(h, SECTION_START)
        return float(h + flowable.getSpaceBefore() + flowable.getSpaceAfter())

    out: list[Flowable] = []
    group: list[Flowable] = []
    for flowable in story:
        if getattr(flowable, "so_heading", False):
            group.append(flowable)
        elif group and isinstance(flowable, CondPageBreak):
            continue  # the room it asks for is asked for below, for the whole group
        elif group:
            room = sum(needs(h, True) for h in group) + needs(flowable, False)
            out += [CondPageBreak(min(room, height)), *group, flowable]
            group = []
        else:
            out.append(flowable)
    out.extend(group)
    return out


SECTION_START = 30 * mm  # the least of a splittable section that must follow its heading


class Kit:
    """The renderer's tools for one document: styles, the escaping markup, and overflow notes.

    A table cell holds at most ``cell_limit`` characters of typed text. Longer text starts in the
    cell and prints in full in a numbered note right after the table, so rows stay short enough
    to fit a page (and lay out quickly) while nothing typed is cut off.
    """

    def __init__(
        self, styles: Styles, markup: TextMarkup, words: Words, cell_limit: int = 400
    ) -> None:
        self.s = styles
        self.markup = markup
        self.t = words  # the reader's language: every word the document prints comes from here
        self.cell_limit = cell_limit
        self._pending: list[tuple[int, str, str]] = []
        self._numbered = 0
        self._parsed = Parsed()  # markup repeated in the document is parsed once

    def cell(self, text: str, style_name: str = "cell", *, label: str = "") -> Paragraph:
        """Typed text for a table cell; long text is continued in a note after the table."""
        return self.fixed(self.cell_markup(text, label=label), style_name)

    def cell_markup(self, text: str, *, label: str = "") -> str:
        if len(text) <= self.cell_limit:
            return self.markup(text)
        self._numbered += 1
        self._pending.append((self._numbered, label, text))
        start = self.markup(excerpt(text, self.cell_limit // 2))
        more = self.t._("(continued in note {number} below)", number=self._numbered)
        return f"{start} <i>{more}</i>"

    def overflow_notes(self) -> list[Flowable]:
        """The full text of the cells that were too long, numbered; call after each table."""
        if not self._pending:
            return []
        out: list[Flowable] = [Spacer(1, 6)]
        for number, label, text in self._pending:
            head = (
                "<b>"
                + self.t._("Note {number}", number=number)
                + "</b>"
                + (f" ({self.markup(label)})" if label else "")
            )
            out.append(self.fixed(f"{head}: {self.markup(text)}", "small"))
            out.append(Spacer(1, 4))
        self._pending.clear()
        return out

    def p(self, text: str, style_name: str = "body") -> Paragraph:
        """A paragraph of typed text (escaped)."""
        return self.fixed(self.markup(text), style_name)

    def fixed(self, markup: str, style_name: str = "body") -> Paragraph:
        """A paragraph of our own markup (no typed text in it, or already escaped)."""
        return self._parsed.paragraph(markup, getattr(self.s, style_name))

    def labelled(self, label: str, text: str, style_name: str = "cell") -> Paragraph:
        """'Label: typed text' with the label in bold (for table cells: long text overflows)."""
        return self.fixed(f"<b>{label}</b>  {self.cell_markup(text, label=label)}", style_name)

    def none_recorded(self, what: str | None = None) -> Paragraph:
        return self.fixed(self.t._("None recorded.") if what is None else what, "muted")

    def date(self, day: date | datetime | None) -> str:
        return self.t.date(day)

    def datetime(self, when: datetime) -> str:
        return self.t.datetime(when)

    def table(
        self,
        header: Sequence[str],
        rows: Sequence[Sequence[Cell]],
        widths: Sequence[float],
        *,
        zebra: bool = False,
        extra: Sequence[tuple[object, ...]] = (),
    ) -> list[Flowable]:
        """A data table (header repeated on every page), then the notes its long cells need."""
        head = [self.fixed(h, "head") for h in header]
        body = [
            [self.cell(c, label=header[i]) if isinstance(c, str) else c for i, c in enumerate(row)]
            for row in rows
        ]
        table = Table(
            [head, *body], colWidths=list(widths), repeatRows=1, splitInRow=1, hAlign="LEFT"
        )
        style = data_table_style(zebra=zebra)
        for command in extra:
            style.add(*command)
        table.setStyle(style)
        return [table, *self.overflow_notes()]

    def box(self, rows: Sequence[tuple[str, Flowable]], width: float) -> Table:
        """The page-one summary: labels on the left, a tinted panel with an accent bar."""
        label_w = 34 * mm
        data = [[self.fixed(label.upper(), "box_label"), value] for label, value in rows]
        table = Table(data, colWidths=[label_w, width - label_w], hAlign="LEFT", splitInRow=1)
        table.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                    ("BACKGROUND", (0, 0), (-1, -1), ACCENT_TINT),
                    ("LINEBEFORE", (0, 0), (0, -1), 2.5, ACCENT),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 8),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                    ("TOPPADDING", (0, 0), (-1, -1), 4),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                    ("TOPPADDING", (0, 0), (-1, 0), 9),
                    ("BOTTOMPADDING", (0, -1), (-1, -1), 9),
                    ("LINEBELOW", (0, 0), (-1, -2), 0.25, white),
                ]
            )
        )
        return table

    def heading(self, text: str) -> list[Flowable]:
        """A section heading; starts a new page rather than sit alone at the bottom of one."""
        return [CondPageBreak(45 * mm), self._kept_with_next(self.fixed(text, "h1"))]

    def sub(self, text: str) -> list[Flowable]:
        """A sub-heading, kept off the foot of a page the same way."""
        return [CondPageBreak(30 * mm), self._kept_with_next(self.fixed(text, "h2"))]

    @staticmethod
    def _kept_with_next(heading: Paragraph) -> Paragraph:
        """Marks a heading for ``keep_headings_with_next``."""
        heading.so_heading = True
        return heading

    def gap(self, height: float = 4) -> Spacer:
        return Spacer(1, height)
