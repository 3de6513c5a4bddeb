"""Small building blocks shared by the packet and the comparison: tables, rules, dates."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from reportlab.lib.colors import white
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from secondopinion.report.styles import ACCENT, ACCENT_TINT, RULE, Styles, data_table_style
from secondopinion.report.text import TextMarkup

Cell = Flowable | str


def fmt_date(day: date | datetime | None) -> str:
    """Unambiguous in every country: 1 Oct 2026."""
    if day is None:
        return ""
    return f"{day.day} {day:%b %Y}"


def fmt_datetime(when: datetime) -> str:
    return f"{fmt_date(when)}, {when:%H:%M}"


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


class Kit:
    """The renderer's tools for one document: styles plus the escaping markup."""

    def __init__(self, styles: Styles, markup: TextMarkup) -> None:
        self.s = styles
        self.markup = markup

    def p(self, text: str, style_name: str = "body") -> Paragraph:
        """A paragraph of typed text (escaped)."""
        return Paragraph(self.markup(text), getattr(self.s, style_name))

    def fixed(self, markup: str, style_name: str = "body") -> Paragraph:
        """A paragraph of our own markup (no typed text in it, or already escaped)."""
        return Paragraph(markup, getattr(self.s, style_name))

    def labelled(self, label: str, text: str, style_name: str = "cell") -> Paragraph:
        """'Label: typed text' with the label in bold."""
        return self.fixed(f"<b>{label}</b>  {self.markup(text)}", style_name)

    def none_recorded(self, what: str = "None recorded.") -> Paragraph:
        return self.fixed(what, "muted")

    def table(
        self,
        header: Sequence[str],
        rows: Sequence[Sequence[Cell]],
        widths: Sequence[float],
        *,
        zebra: bool = False,
        extra: Sequence[tuple[object, ...]] = (),
    ) -> Table:
        """A data table: header repeated on every page, rows split across pages when tall."""
        head = [self.fixed(h, "head") for h in header]
        body = [[self.p(c, "cell") if isinstance(c, str) else c for c in row] for row in rows]
        table = Table([head, *body], colWidths=list(widths), repeatRows=1, splitInRow=1,
                      hAlign="LEFT")  # fmt: skip
        style = data_table_style(zebra=zebra)
        for command in extra:
            style.add(*command)
        table.setStyle(style)
        return table

    def box(self, rows: Sequence[tuple[str, Flowable]], width: float) -> Table:
        """The page-one summary: labels on the left, a tinted panel with an accent bar."""
        label_w = 34 * mm
        data = [[self.fixed(label.upper(), "box_label"), value] for label, value in rows]
        table = Table(data, colWidths=[label_w, width - label_w], hAlign="LEFT", splitInRow=1)
        table.setStyle(TableStyle([
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
        ]))  # fmt: skip
        return table

    def heading(self, text: str) -> list[Flowable]:
        return [self.fixed(text, "h1")]

    def gap(self, height: float = 4) -> Spacer:
        return Spacer(1, height)
