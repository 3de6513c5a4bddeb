"""Pages: first and later page templates, a canvas that numbers "Page x of y", clean metadata."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial
from io import BytesIO
from typing import Any

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfdoc import PDFDate, PDFDictionary, PDFInfo, PDFName, PDFString
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageTemplate,
    Paragraph,
)

from secondopinion.report.bidi_paragraph import paragraph
from secondopinion.report.blocks import Kit, keep_headings_with_next
from secondopinion.report.data import Paper, RenderResult
from secondopinion.report.fonts import REGULAR
from secondopinion.report.styles import RULE, Styles

APP = "Second Opinion"
MARGIN_X = 18 * mm
MARGIN_TOP = 16 * mm
MARGIN_BOTTOM = 18 * mm
HEADER_BAND = 9 * mm  # room for the running header on later pages


def page_size(paper: Paper, *, wide: bool = False) -> tuple[float, float]:
    width, height = LETTER if paper == "letter" else A4
    return (float(height), float(width)) if wide else (float(width), float(height))


@dataclass(frozen=True)
class PageDecor:
    """What every page carries. Both strings are Paragraph markup (already escaped)."""

    running_title: str
    footer_name: str
    footer_note: str = ""
    page_of: str = "Page {page} of {pages}"  # in the reader's language, with both fields


class _Info(PDFInfo):  # type: ignore[misc]
    """Document information with only what the person chose: no 'anonymous', no blanks."""

    def format(self, document: Any) -> bytes:
        found: dict[str, Any] = {"Title": PDFString(self.title)}
        if self.author:
            found["Author"] = PDFString(self.author)
        found["Creator"] = PDFString(APP)
        found["Producer"] = PDFString(APP)
        found["CreationDate"] = found["ModDate"] = PDFDate(ts=document._timeStamp)
        found["Trapped"] = PDFName("False")
        result: bytes = PDFDictionary(found).format(document)
        return result


class NumberedCanvas(Canvas):  # type: ignore[misc]
    """Keeps every page until the end so the footer can say "Page x of y"."""

    def __init__(self, *args: Any, decor: PageDecor, styles: Styles, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._doc.info = _Info()
        self._decor = decor
        self._styles = styles
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self._footer(number, total)
            super().showPage()
        super().save()

    def _footer(self, number: int, total: int) -> None:
        width, _ = self._pagesize
        y = MARGIN_BOTTOM - 9 * mm
        self.saveState()
        self.setStrokeColor(RULE)
        self.setLineWidth(0.5)
        self.line(MARGIN_X, y + 11, width - MARGIN_X, y + 11)
        self.restoreState()
        style = self._styles.footer
        pages = Paragraph(self._decor.page_of.format(page=number, pages=total), style)
        pages.wrapOn(self, 30 * mm, 20)
        pages.drawOn(self, width - MARGIN_X - pages.getActualLineWidths0()[0], y)
        left = self._decor.footer_name
        if self._decor.footer_note:
            left = f"{left}   ·   {self._decor.footer_note}" if left else self._decor.footer_note
        name = paragraph(left, style, ltr=True)
        name.wrapOn(self, width - 2 * MARGIN_X - 35 * mm, 20)
        name.drawOn(self, MARGIN_X, y)


def _running_header(
    canvas: Canvas, doc: BaseDocTemplate, *, decor: PageDecor, styles: Styles
) -> None:
    width, height = doc.pagesize
    canvas.saveState()
    title = paragraph(decor.running_title, styles.footer, ltr=True)
    _, h = title.wrapOn(canvas, width - 2 * MARGIN_X, 20)
    top = height - MARGIN_TOP
    title.drawOn(canvas, MARGIN_X, top - h)
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN_X, top - h - 3, width - MARGIN_X, top - h - 3)
    canvas.restoreState()


def one_line(text: str, limit: int) -> str:
    """Running heads and footers hold one line; the full text prints in the body."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def finish_pdf(
    story: Sequence[Flowable],
    kit: Kit,
    *,
    pagesize: tuple[float, float],
    running_title: str,
    footer_note: str,
    title: str,
    signed_by: str,
    name_in_metadata: bool,
) -> RenderResult:
    """Every document's last step: its pages decorated (``signed_by`` in the footer, on one
    line), laid out, and returned with any text no font on this computer could draw."""
    decor = PageDecor(
        running_title=running_title,
        footer_name=kit.markup(one_line(signed_by, 45)),
        footer_note=footer_note,
        page_of=kit.t._("Page {page} of {pages}"),
    )
    pdf = build_pdf(
        story,
        pagesize=pagesize,
        decor=decor,
        styles=kit.s,
        title=title,
        author=signed_by if name_in_metadata else "",
    )
    return RenderResult(pdf, kit.markup.missing)


def build_pdf(
    story: Sequence[Flowable],
    *,
    pagesize: tuple[float, float],
    decor: PageDecor,
    styles: Styles,
    title: str,
    author: str,
) -> bytes:
    """Lay out ``story`` on a first page and later pages, and return the finished PDF."""
    buffer = BytesIO()
    width, height = pagesize
    doc = BaseDocTemplate(
        buffer,
        pagesize=pagesize,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=title,
        author=author,
        subject="",
        creator=APP,
        producer=APP,
        keywords="",
        initialFontName=REGULAR,
        initialFontSize=9,
    )
    body_w = width - 2 * MARGIN_X
    first = Frame(
        MARGIN_X,
        MARGIN_BOTTOM,
        body_w,
        height - MARGIN_TOP - MARGIN_BOTTOM,
        id="first",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    later = Frame(
        MARGIN_X,
        MARGIN_BOTTOM,
        body_w,
        height - MARGIN_TOP - MARGIN_BOTTOM - HEADER_BAND,
        id="later",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    header = partial(_running_header, decor=decor, styles=styles)
    doc.addPageTemplates(
        [
            PageTemplate(id="first", frames=[first], autoNextPageTemplate="later"),
            PageTemplate(id="later", frames=[later], onPage=header),
        ]
    )
    doc.build(
        [
            NextPageTemplate("later"),
            *keep_headings_with_next(list(story), body_w, height - MARGIN_TOP - MARGIN_BOTTOM),
        ],
        canvasmaker=partial(NumberedCanvas, decor=decor, styles=styles),
    )
    return _without_library_comments(buffer.getvalue())


# ReportLab's advertising comments: one after the header, one in the trailer. Their wording
# changed between releases ("(opensource)" or a web address), so match the words they share.
_LIBRARY_COMMENT = re.compile(rb"ReportLab [Gg]enerated PDF document[^\r\n]*")


def _without_library_comments(pdf: bytes) -> bytes:
    """Blank ReportLab's advertising comments in place (same length, so offsets stay right).

    Only the file's first and last few hundred bytes are looked at: the comments sit there, and
    text the person typed never does.
    """
    edge = 512
    head = _LIBRARY_COMMENT.sub(lambda m: b" " * len(m.group()), pdf[:edge], count=1)
    tail = _LIBRARY_COMMENT.sub(lambda m: b" " * len(m.group()), pdf[-edge:], count=1)
    if len(pdf) <= 2 * edge:
        return _LIBRARY_COMMENT.sub(lambda m: b" " * len(m.group()), pdf, count=2)
    return head + pdf[edge:-edge] + tail
