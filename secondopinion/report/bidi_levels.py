"""The resolved embedding levels of the Unicode Bidirectional Algorithm (UAX #9, rules X1–I2).

Given one bidi paragraph and its direction, this gives the level of every character before any
line is reordered; ``direction.py`` reorders each wrapped line from them (L1, L2) and mirrors
(L4). It is the whole resolution part of the algorithm as Unicode 6.3 and later define it:
explicit embeddings, overrides and isolates (X1–X10), weak types (W1–W7), paired brackets (N0),
neutrals (N1, N2) and implicit levels (I1, I2). Character classes come from ``unicodedata``.

Why our own: python-bidi (the Rust ``unicode-bidi`` crate) gives only whole reordered lines in
public; the levels wrapped lines need were read from its debug dump. ReportLab's own RTL support
needs ``rlbidi`` (not on PyPI) and reorders no paragraph with markup. See docs/packet.md.
``tests/report/test_bidi_levels.py`` checks every line against python-bidi's ``get_display``
on thousands of mixed strings.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

MAX_DEPTH = 125  # BD2
_MAX_BRACKETS = 63  # BD16: the stack of open brackets

_STRONG = {"L", "R", "AL"}
_ISOLATE_INITIATORS = {"LRI", "RLI", "FSI"}
_EMBEDDING_INITIATORS = {"LRE", "RLE", "LRO", "RLO"}
REMOVED = {"LRE", "RLE", "LRO", "RLO", "PDF", "BN"}  # X9
_NEUTRAL_OR_ISOLATE = {"B", "S", "WS", "ON", "LRI", "RLI", "FSI", "PDI"}  # NI in N1, N2

# Bidi_Mirroring_Glyph pairs (BidiMirroring.txt, Unicode 14): each pair is two characters that
# mirror each other. The paired brackets of N0 are those of general category Ps/Pe among them.
_MIRROR_PAIRS = (
    "()<>[]{}\u00ab\u00bb\u0f3a\u0f3b\u0f3c\u0f3d\u169b\u169c\u2039\u203a\u2045\u2046"
    "\u207d\u207e\u208d\u208e\u2208\u220b\u2209\u220c\u220a\u220d\u2215\u29f5\u223c\u223d"
    "\u2243\u22cd\u2252\u2253\u2254\u2255\u2264\u2265\u2266\u2267\u2268\u2269\u226a\u226b"
    "\u226e\u226f\u2270\u2271\u2272\u2273\u2274\u2275\u2276\u2277\u2278\u2279\u227a\u227b"
    "\u227c\u227d\u227e\u227f\u2280\u2281\u2282\u2283\u2284\u2285\u2286\u2287\u2288\u2289"
    "\u228a\u228b\u228f\u2290\u2291\u2292\u2298\u29b8\u22a2\u22a3\u22a6\u2ade\u22a8\u2ae4"
    "\u22a9\u2ae3\u22ab\u2ae5\u22b0\u22b1\u22b2\u22b3\u22b4\u22b5\u22b6\u22b7\u22c9\u22ca"
    "\u22cb\u22cc\u22d0\u22d1\u22d6\u22d7\u22d8\u22d9\u22da\u22db\u22dc\u22dd\u22de\u22df"
    "\u22e0\u22e1\u22e2\u22e3\u22e4\u22e5\u22e6\u22e7\u22e8\u22e9\u22ea\u22eb\u22ec\u22ed"
    "\u22f0\u22f1\u22f2\u22fa\u22f3\u22fb\u22f4\u22fc\u22f6\u22fd\u22f7\u22fe\u2308\u2309"
    "\u230a\u230b\u2329\u232a\u2768\u2769\u276a\u276b\u276c\u276d\u276e\u276f\u2770\u2771"
    "\u2772\u2773\u2774\u2775\u27c3\u27c4\u27c5\u27c6\u27c8\u27c9\u27d5\u27d6\u27dd\u27de"
    "\u27e2\u27e3\u27e4\u27e5\u27e6\u27e7\u27e8\u27e9\u27ea\u27eb\u27ec\u27ed\u27ee\u27ef"
    "\u2983\u2984\u2985\u2986\u2987\u2988\u2989\u298a\u298b\u298c\u298d\u2990\u298e\u298f"
    "\u2991\u2992\u2993\u2994\u2995\u2996\u2997\u2998\u29c0\u29c1\u29c4\u29c5\u29cf\u29d0"
    "\u29d1\u29d2\u29d4\u29d5\u29d8\u29d9\u29da\u29db\u29f8\u29f9\u29fc\u29fd\u2a2b\u2a2c"
    "\u2a2d\u2a2e\u2a34\u2a35\u2a3c\u2a3d\u2a64\u2a65\u2a79\u2a7a\u2a7d\u2a7e\u2a7f\u2a80"
    "\u2a81\u2a82\u2a83\u2a84\u2a8b\u2a8c\u2a91\u2a92\u2a93\u2a94\u2a95\u2a96\u2a97\u2a98"
    "\u2a99\u2a9a\u2a9b\u2a9c\u2aa1\u2aa2\u2aa6\u2aa7\u2aa8\u2aa9\u2aaa\u2aab\u2aac\u2aad"
    "\u2aaf\u2ab0\u2ab3\u2ab4\u2abb\u2abc\u2abd\u2abe\u2abf\u2ac0\u2ac1\u2ac2\u2ac3\u2ac4"
    "\u2ac5\u2ac6\u2acd\u2ace\u2acf\u2ad0\u2ad1\u2ad2\u2ad3\u2ad4\u2ad5\u2ad6\u2aec\u2aed"
    "\u2af7\u2af8\u2af9\u2afa\u2e02\u2e03\u2e04\u2e05\u2e09\u2e0a\u2e0c\u2e0d\u2e1c\u2e1d"
    "\u2e20\u2e21\u2e22\u2e23\u2e24\u2e25\u2e26\u2e27\u2e28\u2e29\u2e55\u2e56\u2e57\u2e58"
    "\u2e59\u2e5a\u2e5b\u2e5c\u3008\u3009\u300a\u300b\u300c\u300d\u300e\u300f\u3010\u3011"
    "\u3014\u3015\u3016\u3017\u3018\u3019\u301a\u301b\ufe59\ufe5a\ufe5b\ufe5c\ufe5d\ufe5e"
    "\ufe64\ufe65\uff08\uff09\uff1c\uff1e\uff3b\uff3d\uff5b\uff5d\uff5f\uff60\uff62\uff63"
)

MIRRORS: dict[str, str] = {}
for _a, _b in zip(_MIRROR_PAIRS[::2], _MIRROR_PAIRS[1::2], strict=True):
    MIRRORS[_a], MIRRORS[_b] = _b, _a
# N0 matches brackets by canonical equivalence: U+2329, U+232A decompose to U+3008, U+3009.
_CANONICAL = {"\u2329": "\u3008", "\u232a": "\u3009"}


def resolved_levels(text: str, base: int) -> list[int]:
    """The embedding level of each character of ``text``, whose paragraph level is ``base``.

    A paragraph separator inside ``text`` ends a paragraph (P1); the next one has the same
    level. Characters removed by X9 (embedding controls, BN) take the level of the character
    before them, as the reference implementations give them.
    """
    classes = [bidi_class(ch) for ch in text]
    levels: list[int] = []
    start = 0
    for stop, kind in enumerate(classes, 1):
        if kind == "B" or stop == len(text):
            levels += _Paragraph(text[start:stop], classes[start:stop], base).levels()
            start = stop
    return levels


def bidi_class(ch: str) -> str:
    """The Bidi_Class of ``ch``; unassigned code points take the default of their block."""
    kind = unicodedata.bidirectional(ch)
    if kind:
        return kind
    code = ord(ch)
    if 0x0600 <= code <= 0x07BF or 0x0860 <= code <= 0x08FF or 0xFB50 <= code <= 0xFDFF:
        return "AL" if not 0xFDD0 <= code <= 0xFDEF else "BN"
    if 0xFE70 <= code <= 0xFEFF or 0x1EE00 <= code <= 0x1EEFF:
        return "AL"
    if 0x0590 <= code <= 0x05FF or 0x07C0 <= code <= 0x085F or 0xFB1D <= code <= 0xFB4F:
        return "R"
    if 0x10800 <= code <= 0x10FFF or 0x1E800 <= code <= 0x1EFFF:
        return "R"
    if code & 0xFFFE == 0xFFFE or 0xE0000 <= code <= 0xE0FFF:
        return "BN"  # noncharacters and default ignorables
    return "L"


@dataclass
class _Status:
    """An entry of the directional status stack (X1)."""

    level: int
    override: str | None
    isolate: bool


class _Paragraph:
    def __init__(self, text: str, classes: list[str], base: int) -> None:
        self.text = text
        self.classes = classes  # as given by the character database
        self.types = list(classes)  # as the rules change them
        self.base = base
        self.matching = _matching_pdis(classes)
        self.levels_ = [base] * len(text)

    def levels(self) -> list[int]:
        self._explicit()
        kept = [i for i, kind in enumerate(self.classes) if kind not in REMOVED]  # X9
        for sequence, sos, eos in self._run_sequences(kept):
            _Sequence(self, sequence, sos, eos).resolve()
        levels = self.levels_
        for i, kind in enumerate(self.classes):
            if kind in REMOVED:
                levels[i] = levels[i - 1] if i else self.base
        return levels

    def _explicit(self) -> None:
        """X1–X8: embedding levels and overrides from the explicit formatting characters."""
        classes, types, levels = self.classes, self.types, self.levels_
        stack = [_Status(self.base, None, False)]
        overflow_isolates = overflow_embeddings = valid_isolates = 0
        for i, kind in enumerate(classes):
            top = stack[-1]
            if kind in _EMBEDDING_INITIATORS or kind in _ISOLATE_INITIATORS:
                isolate = kind in _ISOLATE_INITIATORS
                if isolate:  # X5a–X5c: the initiator itself stays outside
                    levels[i] = top.level
                    if top.override:
                        types[i] = top.override
                if kind == "FSI":
                    inner = _first_strong(classes, i + 1, self.matching.get(i, len(classes)))
                    rtl = inner in ("R", "AL")
                else:
                    rtl = kind in ("RLE", "RLO", "RLI")
                level = (top.level + 1) | 1 if rtl else (top.level + 2) & ~1
                if level <= MAX_DEPTH and not overflow_isolates and not overflow_embeddings:
                    valid_isolates += isolate
                    override = {"RLO": "R", "LRO": "L"}.get(kind)
                    stack.append(_Status(level, override, isolate))
                elif isolate:
                    overflow_isolates += 1
                elif not overflow_isolates:
                    overflow_embeddings += 1
            elif kind == "PDI":  # X6a
                if overflow_isolates:
                    overflow_isolates -= 1
                elif valid_isolates:
                    overflow_embeddings = 0
                    while not stack[-1].isolate:
                        stack.pop()
                    stack.pop()
                    valid_isolates -= 1
                top = stack[-1]
                levels[i] = top.level
                if top.override:
                    types[i] = top.override
            elif kind == "PDF":  # X7
                if overflow_isolates:
                    pass
                elif overflow_embeddings:
                    overflow_embeddings -= 1
                elif not top.isolate and len(stack) > 1:
                    stack.pop()
            elif kind not in ("B", "BN"):  # X6 (B keeps the paragraph level: X8)
                levels[i] = top.level
                if top.override:
                    types[i] = top.override

    def _run_sequences(self, kept: list[int]) -> list[tuple[list[int], str, str]]:
        """X10: the isolating run sequences, each with its sos and eos."""
        levels, classes = self.levels_, self.classes
        runs: list[list[int]] = []
        for i in kept:
            if runs and levels[runs[-1][-1]] == levels[i]:
                runs[-1].append(i)
            else:
                runs.append([i])
        starting = {run[0]: run for run in runs}
        matched = set(self.matching.values())
        position = {i: n for n, i in enumerate(kept)}
        found: list[tuple[list[int], str, str]] = []
        for run in runs:
            if run[0] in matched:
                continue  # continues the sequence its isolate initiator ended
            sequence = list(run)
            while classes[sequence[-1]] in _ISOLATE_INITIATORS:
                after_isolate = starting.get(self.matching.get(sequence[-1], -1))
                if after_isolate is None:
                    break
                sequence += after_isolate
            level = levels[sequence[0]]
            first, last = position[sequence[0]], position[sequence[-1]]
            before = levels[kept[first - 1]] if first > 0 else self.base
            if classes[sequence[-1]] in _ISOLATE_INITIATORS or last + 1 == len(kept):
                after = self.base
            else:
                after = levels[kept[last + 1]]
            found.append((sequence, "LR"[max(level, before) % 2], "LR"[max(level, after) % 2]))
        return found


class _Sequence:
    """One isolating run sequence: weak types, brackets, neutrals, implicit levels."""

    def __init__(self, paragraph: _Paragraph, indices: list[int], sos: str, eos: str) -> None:
        self.paragraph = paragraph
        self.indices = indices
        self.types = [paragraph.types[i] for i in indices]
        self.level = paragraph.levels_[indices[0]]
        self.embedding = "LR"[self.level % 2]
        self.sos, self.eos = sos, eos

    def resolve(self) -> None:
        self._weak()
        self._brackets()
        self._neutrals()
        levels, level = self.paragraph.levels_, self.level
        for i, kind in zip(self.indices, self.types, strict=True):  # I1, I2
            if level % 2 == 0 and kind == "R":
                levels[i] = level + 1
            elif level % 2 == 0 and kind in ("AN", "EN"):
                levels[i] = level + 2
            elif level % 2 == 1 and kind in ("L", "EN", "AN"):
                levels[i] = level + 1

    def _weak(self) -> None:
        t = self.types
        previous = self.sos
        for j, kind in enumerate(t):  # W1
            if kind == "NSM":
                t[j] = "ON" if previous in _ISOLATE_INITIATORS or previous == "PDI" else previous
            previous = t[j]
        strong = self.sos
        for j, kind in enumerate(t):  # W2, W3
            if kind in _STRONG:
                strong = kind
                if kind == "AL":
                    t[j] = "R"
            elif kind == "EN" and strong == "AL":
                t[j] = "AN"
        for j in range(1, len(t) - 1):  # W4
            if t[j - 1] == t[j + 1] and (
                (t[j] == "ES" and t[j - 1] == "EN") or (t[j] == "CS" and t[j - 1] in ("EN", "AN"))
            ):
                t[j] = t[j - 1]
        j = 0
        while j < len(t):  # W5
            if t[j] != "ET":
                j += 1
                continue
            end = j
            while end < len(t) and t[end] == "ET":
                end += 1
            if (j > 0 and t[j - 1] == "EN") or (end < len(t) and t[end] == "EN"):
                t[j:end] = ["EN"] * (end - j)
            j = end
        strong = self.sos
        for j, kind in enumerate(t):  # W6, W7
            if kind in ("ES", "ET", "CS"):
                t[j] = "ON"
            elif kind in ("L", "R"):
                strong = kind
            elif kind == "EN" and strong == "L":
                t[j] = "L"

    def _brackets(self) -> None:
        """N0: a bracket pair takes the direction of what it encloses, or of its context."""
        t, e = self.types, self.embedding
        classes = self.paragraph.classes
        for opening, closing in self._bracket_pairs():
            inside = {_direction(k) for k in t[opening + 1 : closing]}
            if e in inside:
                new = e
            elif inside - {None}:
                new = self._strong_before(opening)
            else:
                continue
            for bracket in (opening, closing):
                t[bracket] = new
                j = bracket + 1  # marks that followed the bracket go with it
                while j < len(t) and classes[self.indices[j]] == "NSM":
                    t[j] = new
                    j += 1

    def _strong_before(self, position: int) -> str:
        """N0 c: the direction of the first strong type before ``position``, else sos."""
        for j in range(position - 1, -1, -1):
            found = _direction(self.types[j])
            if found is not None:
                return found
        return self.sos

    def _bracket_pairs(self) -> list[tuple[int, int]]:
        """BD16: positions of the paired brackets, in the order of their opening ones."""
        text = self.paragraph.text
        stack: list[tuple[str, int]] = []
        pairs: list[tuple[int, int]] = []
        for j, i in enumerate(self.indices):
            ch = text[i]
            if self.types[j] != "ON" or ch not in MIRRORS:
                continue
            kind = unicodedata.category(ch)
            if kind == "Ps":
                if len(stack) == _MAX_BRACKETS:
                    break
                stack.append((_CANONICAL.get(MIRRORS[ch], MIRRORS[ch]), j))
            elif kind == "Pe":
                closing = _CANONICAL.get(ch, ch)
                for depth in range(len(stack) - 1, -1, -1):
                    if stack[depth][0] == closing:
                        pairs.append((stack[depth][1], j))
                        del stack[depth:]
                        break
        return sorted(pairs)

    def _neutrals(self) -> None:
        """N1, N2: a run of neutrals between two of the same direction takes it; else embedding."""
        t = self.types
        j = 0
        while j < len(t):
            if t[j] not in _NEUTRAL_OR_ISOLATE:
                j += 1
                continue
            end = j
            while end < len(t) and t[end] in _NEUTRAL_OR_ISOLATE:
                end += 1
            before = (_direction(t[j - 1]) or self.embedding) if j else self.sos
            after = _direction(t[end]) if end < len(t) else self.eos
            t[j:end] = [before if before == after else self.embedding] * (end - j)
            j = end


def _direction(kind: str) -> str | None:
    """The strong direction a resolved type counts as in N0–N2: numbers count as R."""
    if kind == "L":
        return "L"
    return "R" if kind in ("R", "AL", "EN", "AN") else None


def _matching_pdis(classes: Sequence[str]) -> dict[int, int]:
    """BD9: each isolate initiator's matching PDI, by position."""
    matching: dict[int, int] = {}
    open_isolates: list[int] = []
    for i, kind in enumerate(classes):
        if kind in _ISOLATE_INITIATORS:
            open_isolates.append(i)
        elif kind == "PDI" and open_isolates:
            matching[open_isolates.pop()] = i
    return matching


def _first_strong(classes: Sequence[str], start: int, stop: int) -> str | None:
    """P2: the first strong class in ``classes[start:stop]``, skipping isolated text."""
    depth = 0
    for kind in classes[start:stop]:
        if kind in _ISOLATE_INITIATORS:
            depth += 1
        elif kind == "PDI" and depth:
            depth -= 1
        elif kind in _STRONG and not depth:
            return kind
    return None
