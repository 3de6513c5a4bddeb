"""Arabic letters in their joined (contextual) forms, as code points the bundled font draws.

ReportLab draws one glyph per character, so an Arabic word would print as isolated letters.
HarfBuzz shapes each run of Arabic with the bundled DejaVu Sans (initial, medial and final forms,
the lam-alef ligature); every glyph it picks that the font maps from a presentation-form code point
(U+FB50–U+FDFF, U+FE70–U+FEFF) replaces the letters it stands for. The text stays in typed order,
so wrapping measures the real widths and the bidi reordering after wrapping works as for any text;
``fonts.py`` maps presentation forms back to the letters in the PDF's ToUnicode table, so the text
copies and searches as typed. A glyph with no code point leaves its letters as they were.
"""

from __future__ import annotations

import re
import threading
from functools import cache
from typing import Any

import uharfbuzz as hb
from reportlab.pdfbase import pdfmetrics

from secondopinion.paths import resource
from secondopinion.report.fonts import REGULAR, register_bundled

# Arabic letters and marks (with ZWJ/ZWNJ, which decide joining) in runs to shape together.
_ARABIC_RUN = re.compile(
    "[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufefe\u200c\u200d]+"
)
_lock = threading.Lock()


def is_presentation_form(code: int) -> bool:
    return 0xFB50 <= code <= 0xFDFF or 0xFE70 <= code <= 0xFEFE


def join_arabic(text: str) -> str:
    """``text`` with each Arabic run in joined forms; everything else unchanged."""
    if _ARABIC_RUN.search(text) is None:
        return text
    return _ARABIC_RUN.sub(lambda m: _shape_run(m.group()), text)


@cache
def _font() -> tuple[Any, dict[int, list[int]]]:
    """HarfBuzz's view of the bundled font, and its glyph -> code points map."""
    register_bundled()
    blob = hb.Blob(resource("fonts", "DejaVuSans.ttf").read_bytes())
    font = hb.Font(hb.Face(blob))
    chars: dict[int, list[int]] = {}
    for code, glyph in pdfmetrics.getFont(REGULAR).face.charToGlyph.items():
        if code < 0xE000 or code > 0xF8FF:  # never a private-use code
            chars.setdefault(glyph, []).append(code)
    return font, chars


def _shape_run(run: str) -> str:
    font, chars = _font()
    buf = hb.Buffer()
    buf.add_str(run)
    buf.guess_segment_properties()
    buf.cluster_level = hb.BufferClusterLevel.MONOTONE_CHARACTERS
    with _lock:  # one hb.Font shared by export threads
        hb.shape(font, buf, {})
    by_cluster: dict[int, list[int]] = {}
    for info in buf.glyph_infos:  # visual order: right to left for Arabic
        by_cluster.setdefault(info.cluster, []).insert(0, info.codepoint)
    starts = sorted(by_cluster)
    out: list[str] = []
    for n, start in enumerate(starts):
        stop = starts[n + 1] if n + 1 < len(starts) else len(run)
        typed = run[start:stop]
        drawn = [_code_for(glyph, typed, chars) for glyph in by_cluster[start]]
        if all(code is not None for code in drawn):
            out.append("".join(chr(code) for code in drawn if code is not None))
        else:
            out.append(typed)
    return "".join(out)


def _code_for(glyph: int, typed: str, chars: dict[int, list[int]]) -> int | None:
    """The code point that draws ``glyph``: a typed one when it does, else a presentation form.

    None for anything else (an invisible glyph for a joiner, a glyph with no code point): the
    cluster then keeps its typed letters.
    """
    codes = chars.get(glyph)
    if not codes or glyph == 0:
        return None
    for ch in typed:
        if ord(ch) in codes:
            return ord(ch)
    forms = [c for c in codes if is_presentation_form(c)]
    return min(forms) if forms else None
