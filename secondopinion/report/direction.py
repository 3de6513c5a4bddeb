"""The Unicode bidirectional algorithm for wrapped lines: typed order in, display order out.

Levels are resolved once for a whole bidi paragraph (``bidi_levels.py``: the algorithm's rules
X1–I2, paired brackets included); lines are then reordered one by one after wrapping (rules L1,
L2, L4), so a long right-to-left paragraph reads top to bottom and each line right to left.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

LTR, RTL = 0, 1

# Characters whose bidi class is R or AL live in these blocks; a quick test before real work.
_RTL_BLOCKS = re.compile(
    "[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefe\U00010800-\U00010fff\U0001e800-\U0001efff]"
)
# reset to the paragraph level at a line's end (L1; controls removed by X9 count as BN)
_TRAILING = {"WS", "BN", "LRI", "RLI", "FSI", "PDI", "S", "LRE", "RLE", "LRO", "RLO", "PDF"}
_STRONG_RTL = {"R", "AL"}
_OPENERS = {"LRE", "RLE", "LRO", "RLO", "LRI", "RLI", "FSI"}
_CLOSERS = {"PDF", "PDI"}
_EMBED = ("\u202a", "\u202b")  # LRE, RLE: zero-width glyphs in DejaVu Sans, so wrapping is exact
_POP = "\u202c"
_AS_ISOLATES = str.maketrans("\u202a\u202b\u202c", "\u2066\u2067\u2069")
_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def may_have_rtl(text: str) -> bool:
    """False when ``text`` surely has no right-to-left character (then nothing is reordered)."""
    return _RTL_BLOCKS.search(text) is not None


def embedded(text: str) -> str:
    """Each typed line that has right-to-left text, wrapped in an embedding of its own direction.

    Typed text is often set inside our own words ("Name, born 1 May 1984", "1. question"): the
    embedding keeps its neutrals (a closing "?", a number) with it, and lets our words decide
    the direction of the whole line (:func:`base_level`). The marks are drawn by no one.
    """
    if not may_have_rtl(text):
        return text
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if may_have_rtl(line):
            lines[i] = f"{_EMBED[base_level(line)]}{line}{_POP}"
    return "\n".join(lines)


def base_level(text: str, default: int = LTR) -> int:
    """The direction of a bidi paragraph: its first strong character outside embedded text.

    Rules P2, P3, with embeddings treated like isolates; when every strong character is embedded
    (a line that is all typed text), the first of them decides.
    """
    depth = 0
    first: int | None = None
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in _OPENERS:
            depth += 1
        elif kind in _CLOSERS:
            depth = max(0, depth - 1)
        elif kind in _STRONG_RTL or kind == "L":
            level = RTL if kind in _STRONG_RTL else LTR
            if depth == 0:
                return level
            if first is None:
                first = level
    return default if first is None else first


def is_control(ch: str) -> bool:
    """Explicit embeddings and isolates: they steer the algorithm and are never drawn."""
    return ch in _CONTROLS


def levels(text: str, base: int) -> list[int]:
    """The resolved embedding level of each character of one bidi paragraph (before L1).

    Explicit embeddings (LRE, RLE … PDF) are resolved as isolates (LRI, RLI … PDI), which
    Unicode recommends instead since 6.3: the marks :func:`embedded` puts around typed text are
    embeddings only because the bundled font has zero-width glyphs for those and none for
    isolates. As isolates, typed text cannot pull our neighbouring words or numbers into its
    direction ("<name> · 3 visits" stays in that order).
    """
    # imported here: only text with right-to-left characters (may_have_rtl) gets this far
    from secondopinion.report.bidi_levels import resolved_levels

    return resolved_levels(text.translate(_AS_ISOLATES), base)


def visual_order(text: str, line_levels: Sequence[int], base: int) -> list[int]:
    """The indices of one line's characters in display order, left to right (rules L1, L2).

    Combining marks end up before their right-to-left base letter (rule L3 is not applied):
    right-to-left fonts such as DejaVu Sans draw a mark to the right of where it stands, over the
    letter that follows it on the page, as HarfBuzz orders them too.

    ``line_levels`` are the line's slice of :func:`levels` for its whole paragraph.
    """
    adjusted = list(line_levels)
    trailing = True
    for i in range(len(text) - 1, -1, -1):  # L1: trailing whitespace takes the paragraph level
        kind = unicodedata.bidirectional(text[i])
        if kind in ("S", "B"):
            adjusted[i] = base
            trailing = True
        elif trailing and kind in _TRAILING:
            adjusted[i] = base
        else:
            trailing = False
    if not adjusted:
        return []
    highest = max(adjusted)
    lowest_odd = min(adjusted) | 1
    order = list(range(len(text)))
    for level in range(highest, lowest_odd - 1, -1):  # L2: reverse runs at or above each level
        i = 0
        while i < len(order):
            if adjusted[order[i]] >= level:
                j = i
                while j < len(order) and adjusted[order[j]] >= level:
                    j += 1
                order[i:j] = order[i:j][::-1]
                i = j
            else:
                i += 1
    return order


def mirrored(ch: str, level: int) -> str:
    """The glyph to draw for ``ch`` at ``level``: brackets face the other way in RTL runs (L4)."""
    if level % 2 and unicodedata.mirrored(ch):
        from secondopinion.report.bidi_levels import MIRRORS

        return MIRRORS.get(ch, ch)
    return ch


def display(text: str, base: int | None = None) -> str:
    """``text`` as one line in display order (for single-line labels and for tests)."""
    if base is None:
        base = base_level(text)
    found = levels(text, base)
    return "".join(mirrored(text[i], found[i]) for i in visual_order(text, found, base))
