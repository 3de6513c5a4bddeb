"""Paragraphs that print right-to-left text in display order, right-aligned when it leads.

ReportLab wraps a Paragraph in typed (logical) order, which is what wrapping needs. Just before
drawing, :class:`BidiParagraph` reorders each wrapped line for display (``direction.py``) and
rebuilds its style runs (bold, fallback fonts) in that order. Every line that ends at a typed line
break starts a new bidi paragraph with its own direction: one whose first strong character is
right-to-left is right-aligned, as the person saw it while typing. Nothing changes for text
without right-to-left characters: :func:`paragraph` then returns a plain ``Paragraph``.

Both wrap once per width. A table asks its cells' paragraphs for their size several times at
the same width (the page-break planning, the frame, the split, the drawing), and ReportLab
breaks the lines anew each time; the answer, and everything the wrap leaves on the paragraph,
is kept and handed back instead. ``tests/report/test_wrap_once.py`` holds the PDFs equal, byte
for byte, to those ReportLab makes without it.

A document parses each markup once per style (:class:`Parsed`), and breaks its lines once per
width: a long table repeats its words (a status, a format, a source, an empty cell) hundreds of
times, and ReportLab's parser and line breaking cost more than copying what they made. Paragraphs
of one markup share the broken lines until one of them is split across pages, which breaks lines
of its own first (ReportLab's split edits the lines it cuts). ``tests/report/test_parse_once.py``
holds those PDFs equal, byte for byte, to the ones made parsing every paragraph.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from reportlab import rl_config
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable
from reportlab.platypus import Paragraph as _Paragraph

from secondopinion.report import direction
from secondopinion.report.direction import LTR, RTL

_Wrapped = tuple[float, float, float, Any, Any, float]


class Paragraph(_Paragraph):  # type: ignore[misc]
    """ReportLab's Paragraph, its lines broken once per width (see the module's docstring)."""

    _wrapped: _Wrapped | None = None
    # Made by ``Parsed``: the lines broken for this markup and style, by width, shared by every
    # paragraph of it; and its fragments as parsed, for a paragraph that must break its own.
    _shelf: dict[float, _Wrapped] | None = None
    _pristine: list[Any] | None = None

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        kept = self._wrapped
        if (kept is None or kept[0] != avail_width) and self._shelf is not None:
            kept = self._wrapped = self._shelf.get(avail_width)
        if kept is not None and kept[0] == avail_width:
            _, self.width, self.height, self.blPara, self._wrapWidths, self._width_max = kept
            return self.width, self.height
        size: tuple[float, float] = super().wrap(avail_width, avail_height)
        if avail_width >= rl_config._FUZZ:  # below it ReportLab wraps nothing
            self._wrapped = (
                avail_width,
                self.width,
                self.height,
                self.blPara,
                self._wrapWidths,
                getattr(self, "_width_max", 0),
            )
            if self._shelf is not None:
                self._shelf[avail_width] = self._wrapped
        return size

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        if self._shelf is not None:
            # ReportLab's split edits the wrapped lines it cuts: break lines of our own first,
            # from the fragments as parsed, at the width they were broken for (or, never
            # wrapped, let ReportLab's split wrap them without the shelf).
            self._shelf = None
            kept = self._wrapped
            if kept is not None and self._pristine is not None:
                self.frags = [f.clone() for f in self._pristine]
                self._wrapped = None
                self.wrap(kept[0], avail_height)
        parts: list[Flowable] = super().split(avail_width, avail_height)
        return parts


class Parsed:
    """One document's parsed markup: ``(markup, style)`` -> ReportLab's fragments for it, and
    the lines broken from them at each width (the paragraphs' shared shelf).

    A paragraph made again from the same markup and style gets copies of the fragments
    (``ParaFrag.clone``), as ReportLab would have parsed them, instead of a second parse; wrapped
    at a width one of them was already wrapped at, it takes those lines.
    """

    def __init__(self) -> None:
        self._frags: dict[tuple[str, ParagraphStyle], tuple[str, list[Any], dict[float, Any]]] = {}

    def paragraph(self, markup: str, style: ParagraphStyle) -> Paragraph:
        kind = BidiParagraph if direction.may_have_rtl(markup) else Paragraph
        kept = self._frags.get((markup, style))
        if kept is not None:
            text, frags, shelf = kept
            made = kind(text, style, frags=[f.clone() for f in frags])
        else:
            made = kind(markup, style)
            frags, shelf = [f.clone() for f in made.frags], {}
            self._frags[(markup, style)] = (made.text, frags, shelf)
        made._pristine, made._shelf = frags, shelf
        return made


def paragraph(
    markup: str, style: ParagraphStyle, *, bullet: str | None = None, ltr: bool = False
) -> Paragraph:
    """A Paragraph for ``markup``; ``ltr`` keeps our own left-to-right layout (running heads)."""
    if not direction.may_have_rtl(markup):
        return Paragraph(markup, style, bulletText=bullet)
    made = BidiParagraph(markup, style, bulletText=bullet)
    made.forced_level = LTR if ltr else None
    return made


@dataclass
class _Group:
    """Wrapped lines that form one bidi paragraph (up to a typed line break)."""

    first: int
    stop: int
    base: int


class BidiParagraph(Paragraph):
    """A Paragraph whose lines are put in display order when drawn."""

    blPara: Any  # ReportLab's wrapped lines (set by wrap)
    style: ParagraphStyle
    forced_level: int | None = None  # our layout's direction, for every bidi paragraph in it
    lead_level: int | None = None  # the direction of a bidi paragraph continued from a split

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        parts: list[Flowable] = super().split(avail_width, avail_height)
        if len(parts) == 2 and all(isinstance(p, BidiParagraph) for p in parts):
            first, rest = parts
            lines = self.blPara.lines
            cut = len(first.blPara.lines)
            for part in parts:
                part.forced_level = self.forced_level
            first.lead_level = self.lead_level
            if 0 < cut < len(lines) and not _ends_typed_line(lines[cut - 1]):
                # the text after the cut continues the same bidi paragraph, in its direction
                rest.lead_level = next(g.base for g in self._groups(lines) if g.stop > cut - 1)
        return parts

    def draw(self) -> None:
        shown = self._display_lines()
        if shown is None:
            super().draw()
            return
        lines, right = shown
        logical: Any = self.blPara
        style: ParagraphStyle = self.style
        self.blPara = logical.clone(lines=lines)
        if right:
            self.style = style.clone(f"{style.name}-rtl", alignment=TA_RIGHT)
        try:
            super().draw()
        finally:
            self.blPara, self.style = logical, style

    # --- reordering ---------------------------------------------------------------------------

    def _display_lines(self) -> tuple[list[Any], bool] | None:
        """The wrapped lines in display order, and whether to draw them right-aligned."""
        para = self.blPara
        lines = list(para.lines)
        simple = para.kind == 0
        if not lines or (not simple and any(_has_objects(line) for line in lines)):
            return None  # images and anchors in a line: leave ReportLab's drawing alone
        texts = [_line_text(line, simple) for line in lines]
        groups = self._groups(lines, texts)
        if not any(direction.may_have_rtl(t) for t in texts) and all(g.base == LTR for g in groups):
            return None
        right = self.style.alignment == TA_LEFT and any(g.base == RTL for g in groups)
        shown: list[Any] = []
        for group in groups:
            members = range(group.first, group.stop)
            joined = " ".join(texts[i] for i in members)
            if group.base == LTR and not direction.may_have_rtl(joined):
                shown += [
                    _set_extra_space(lines[i], 0.0, simple) if right else lines[i] for i in members
                ]
                continue
            found = direction.levels(joined, group.base)
            start = 0
            for i in members:
                line_levels = found[start : start + len(texts[i])]
                start += len(texts[i]) + 1
                line = _reorder(lines[i], texts[i], line_levels, group.base, simple)
                if right and group.base == LTR:
                    line = _set_extra_space(line, 0.0, simple)
                shown.append(line)
        return shown, right

    def _groups(self, lines: Sequence[Any], texts: Sequence[str] | None = None) -> list[_Group]:
        simple = self.blPara.kind == 0
        if texts is None:
            texts = [_line_text(line, simple) for line in lines]
        groups: list[_Group] = []
        first = 0
        for i, line in enumerate(lines):
            if i == len(lines) - 1 or (not simple and _ends_typed_line(line)):
                base = self._base(" ".join(texts[first : i + 1]), leading=not groups)
                groups.append(_Group(first, i + 1, base))
                first = i + 1
        return groups

    def _base(self, text: str, leading: bool) -> int:
        if self.forced_level is not None:
            return self.forced_level
        if leading and self.lead_level is not None:
            return self.lead_level
        return direction.base_level(text)


def _line_text(line: Any, simple: bool) -> str:
    if simple:
        return " ".join(line[1])
    return "".join(getattr(f, "text", "") for f in line.words)


def _ends_typed_line(line: Any) -> bool:
    return bool(getattr(line, "lineBreak", False))


def _has_objects(line: Any) -> bool:
    return any(hasattr(f, "cbDefn") for f in line.words)


def _set_extra_space(line: Any, space: float, simple: bool) -> Any:
    extra = line[0] if simple else line.extraSpace
    if extra < 0:  # an overfull line is squeezed the same way whatever the alignment
        return line
    return (space, line[1]) if simple else line.clone(extraSpace=space)


def _reorder(line: Any, text: str, line_levels: Sequence[int], base: int, simple: bool) -> Any:
    """One wrapped line with its characters, and the style runs holding them, in display order."""
    order = direction.visual_order(text, line_levels, base)
    order = [i for i in order if not direction.is_control(text[i])]  # typed ones too: invisible
    if simple:
        shown = "".join(direction.mirrored(text[i], line_levels[i]) for i in order)
        return (line[0], [shown])
    owner: list[int] = []  # the style run (frag) each character of the line belongs to
    for index, frag in enumerate(line.words):
        owner += [index] * len(getattr(frag, "text", ""))
    runs: list[Any] = []
    current, chars = -1, list[str]()
    for i in order:
        if owner[i] != current and chars:
            runs.append(line.words[current].clone(text="".join(chars)))
            chars = []
        current = owner[i]
        chars.append(direction.mirrored(text[i], line_levels[i]))
    if chars:
        runs.append(line.words[current].clone(text="".join(chars)))
    runs += [f for f in line.words if not getattr(f, "text", "")]  # the line-break marker
    return line.clone(words=runs)
