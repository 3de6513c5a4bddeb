"""Turning what the person typed into safe Paragraph markup.

ReportLab's Paragraph parses a small XML dialect (``<b>``, ``<font>``, ``&amp;``…), so every typed
string is escaped before it meets the parser. Characters the bundled font lacks are set in a
system font that has them; characters no font has are printed as U+FFFD and reported, so the
export can say which text could not be shown instead of leaving silent boxes.
"""

from __future__ import annotations

import unicodedata
from html import escape as _escape_html

from secondopinion.report import direction, fonts
from secondopinion.report.joining import join_arabic

REPLACEMENT = "\ufffd"


def escape(text: str) -> str:
    """``&``, ``<`` and ``>`` as entities, as ``xml.sax.saxutils.escape`` does, without importing
    ``xml.sax`` (whose ``saxutils`` pulls in ``urllib.request``, ``http.client`` and ``email``)."""
    return _escape_html(text, quote=False)


_SKIP = ""  # an invisible mark no font draws: nothing to see, nothing lost
_MISSING = "\x00missing"  # no font on this computer draws it
_INVISIBLE = {"Cc", "Cf", "Zl", "Zp"}  # controls and format marks (ZWJ, bidi marks…)


class TextMarkup:
    """Escapes typed text into markup for one render, remembering what could not be shown."""

    def __init__(self) -> None:
        self._main = fonts.bundled_coverage()
        self._missing: dict[str, None] = {}  # insertion-ordered set

    @property
    def missing(self) -> tuple[str, ...]:
        return tuple(self._missing)

    def __call__(self, text: str) -> str:
        """Markup that prints ``text`` as typed; line breaks are kept."""
        text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
        typed = text
        text = direction.embedded(join_arabic(text))
        out: list[str] = []
        run: list[str] = []
        run_font: str | None = None
        lost: list[str] = []

        def flush() -> None:
            if run:
                chunk = escape("".join(run)).replace("\n", "<br/>")
                out.append(f'<font name="{run_font}">{chunk}</font>' if run_font else chunk)
                run.clear()

        for ch in text:
            font = self._font_for(ch)
            if font == _SKIP:
                continue
            if font == _MISSING:
                lost.append(ch)
                ch, font = REPLACEMENT, None
            if font != run_font:
                flush()
                run_font = font
            run.append(ch)
        flush()
        if lost:
            self._note_missing(lost, typed)
        return "".join(out)

    def plain(self, text: str) -> str:
        """``text`` with unprintable characters replaced (for the canvas and chart labels)."""
        kept = []
        for ch in text:
            font = self._font_for(ch)
            if font is None:
                kept.append(ch)
            elif font != _SKIP:
                kept.append(REPLACEMENT)
        return "".join(kept)

    def _font_for(self, ch: str) -> str | None:
        """None for the bundled font, a fallback font's name, ``_SKIP`` or ``_MISSING``."""
        code = ord(ch)
        if code in self._main or ch == "\n":
            return None
        category = unicodedata.category(ch)
        if category in _INVISIBLE or 0xFE00 <= code <= 0xFE0F or 0xE0100 <= code <= 0xE01EF:
            return _SKIP
        found = fonts.fallback_for(ch)
        if found is None:
            return _MISSING if category != "Mn" else _SKIP
        return found

    def _note_missing(self, lost: list[str], text: str) -> None:
        chars = "".join(dict.fromkeys(lost))
        excerpt = " ".join(text.split())
        if len(excerpt) > 40:
            excerpt = excerpt[:40] + "…"
        self._missing[f"{chars}{_IN}{excerpt}”)"] = None


_IN = " (in “"


def unshown_characters(note: str) -> str:
    """The characters a ``missing`` note is about, without the excerpt of text around them."""
    return note.split(_IN, 1)[0]
