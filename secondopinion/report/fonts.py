"""Fonts: the bundled DejaVu Sans, and system TrueType fonts for characters it cannot draw.

ReportLab embeds (subsets of) TrueType fonts with glyph outlines; it cannot embed CFF-flavoured
OpenType or colour-bitmap emoji fonts, so only fonts with a ``glyf`` table are candidates.
A system font's coverage is read from its ``cmap`` table with fontTools the first time a
character the bundled font lacks comes up; the result is cached for the process.
"""

from __future__ import annotations

import os
import struct
import sys
import threading
import unicodedata
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import SUBSETN, TTFont

from secondopinion.paths import resource

REGULAR = "SOSans"
BOLD = "SOSans-Bold"
ITALIC = "SOSans-Oblique"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf", ITALIC: "DejaVuSans-Oblique.ttf"}

# Extra folders to search, separated like PATH; replaces the platform's list when set.
FONT_PATH_ENV = "SECONDOPINION_FONT_PATH"

_lock = threading.RLock()
_fallback_names: dict[Path, str] = {}


def to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """The ToUnicode CMap of one font subset (PDF 1.7, 9.10.3), every character as UTF-16BE.

    ReportLab's own writes a character beyond U+FFFF as ``<1F600>``, which is not UTF-16BE:
    emoji and other supplementary-plane characters would print but could not be searched or
    copied from the PDF. Arabic presentation forms are written as the letters they join.
    """
    chars = [
        f"<{i:02X}> <{_typed_text(code).encode('utf-16-be').hex().upper()}>"
        for i, code in enumerate(subset)
    ]
    return "\n".join(
        [
            "/CIDInit /ProcSet findresource begin",
            "12 dict begin",
            "begincmap",
            "/CIDSystemInfo",
            f"<< /Registry ({fontname})",
            f"/Ordering ({fontname})",
            "/Supplement 0",
            ">> def",
            f"/CMapName /{fontname} def",
            "/CMapType 2 def",
            "1 begincodespacerange",
            f"<00> <{len(subset) - 1:02X}>",
            "endcodespacerange",
            f"{len(subset)} beginbfchar",
            *chars,
            "endbfchar",
            "endcmap",
            "CMapName currentdict /CMap defineresource pop",
            "end",
            "end",
        ]
    )


def _typed_text(code: int) -> str:
    """What a glyph stands for: joined Arabic forms (``joining.py``) copy as their letters.

    Arabic is always drawn right to left, so a ligature's letters are given in that drawn order
    (lam-alef as alef, lam), like every other glyph of the line: readers that restore typed
    order (poppler's pdftotext) then get lam, alef back, not alef, lam.
    """
    if 0xFB50 <= code <= 0xFDFF or 0xFE70 <= code <= 0xFEFE:
        return unicodedata.normalize("NFKC", chr(code))[::-1] or chr(code)
    return chr(code)


class SearchableTTFont(TTFont):  # type: ignore[misc]
    """A TrueType font whose PDF subsets carry a correct ToUnicode CMap (``to_unicode_cmap``).

    Only our fonts are affected: ReportLab's function stays as it is for everyone else. The
    subsets are read before ReportLab writes them (it forgets them after), and each subset's
    CMap stream, which ReportLab files under the documented name ``toUnicodeCMap:<font>``,
    gets our content.
    """

    def addObjects(self, doc: Any) -> None:
        state = self.state.get(doc)
        subsets = [list(s) for s in state.subsets] if state is not None else []
        super().addObjects(doc)
        for n, subset in enumerate(subsets):
            name = b"".join((SUBSETN(n), b"+", self.face.name, self.face.subfontNameX)).decode(
                "pdfdoc"
            )
            stream = doc.idToObject.get("toUnicodeCMap:" + name)
            if stream is not None:
                stream.content = to_unicode_cmap(name, subset)


def register_bundled() -> None:
    """Register the bundled family once per process (ReportLab's registry is global)."""
    with _lock:
        if REGULAR in pdfmetrics.getRegisteredFontNames():
            return
        for name, filename in _FILES.items():
            pdfmetrics.registerFont(SearchableTTFont(name, str(resource("fonts", filename))))
        addMapping(REGULAR, 0, 0, REGULAR)
        addMapping(REGULAR, 1, 0, BOLD)
        addMapping(REGULAR, 0, 1, ITALIC)
        addMapping(REGULAR, 1, 1, BOLD)


@cache
def bundled_coverage() -> frozenset[int]:
    """The code points the bundled family draws, as ReportLab read them when registering it.

    ReportLab parses the font's ``cmap`` into ``face.charToGlyph`` to subset it, so asking it costs
    nothing more; ``tests/report/test_font_coverage.py`` pins it to what fontTools reads.
    """
    register_bundled()
    return frozenset(pdfmetrics.getFont(REGULAR).face.charToGlyph)


# --- reading a system font's cmap --------------------------------------------------------------

_TRUETYPE_OUTLINES = ("\x00\x01\x00\x00", "true")  # sfnt versions of fonts with a glyf table
# What fontTools raises on a collection, a damaged or half-written font. Not AttributeError nor
# ImportError: a table module missing from a bundle must fail loudly, not hide every system font.
_DAMAGED = (OSError, struct.error, KeyError, IndexError, ValueError, AssertionError)


@cache
def coverage(path: Path) -> frozenset[int]:
    """The code points a TrueType-outline font maps to a glyph; empty for anything else.

    fontTools is imported here, when a character first needs a system font, not when the
    app or an export starts. ``lazy`` reads only the tables asked for; the glyphs are named by
    number because their real names come from the ``post`` table, which would take two thirds
    of the time and tell us nothing we use.
    """
    from fontTools.ttLib import TTFont, TTLibError

    try:
        with TTFont(path, lazy=True) as font:
            if font.sfntVersion not in _TRUETYPE_OUTLINES or "glyf" not in font:
                return frozenset()  # CFF OpenType, which ReportLab cannot embed
            font.setGlyphOrder([str(gid) for gid in range(font["maxp"].numGlyphs)])
            mapped = font.getBestCmap() or {}
    except (TTLibError, *_DAMAGED):
        return frozenset()
    return frozenset(code for code, glyph in mapped.items() if glyph != "0")


# --- finding a system font for a character -----------------------------------------------------


def font_dirs() -> list[Path]:
    override = os.environ.get(FONT_PATH_ENV)
    if override is not None:
        return [Path(p) for p in override.split(os.pathsep) if p]
    home = Path.home()
    if sys.platform == "win32":
        windir = Path(os.environ.get("WINDIR", r"C:\Windows"))
        local = Path(os.environ.get("LOCALAPPDATA", home))
        return [windir / "Fonts", local / "Microsoft" / "Windows" / "Fonts"]
    if sys.platform == "darwin":
        return [Path("/System/Library/Fonts"), Path("/Library/Fonts"), home / "Library/Fonts"]
    data_home = Path(os.environ.get("XDG_DATA_HOME", home / ".local/share"))
    return [
        Path("/usr/share/fonts"),
        Path("/usr/local/share/fonts"),
        data_home / "fonts",
        home / ".fonts",
    ]


def _preference(path: Path) -> tuple[int, int, str]:
    """Upright regular sans faces first; bold, italic and display cuts last."""
    name = path.stem.lower()
    styled = any(w in name for w in ("bold", "italic", "oblique", "light", "thin", "black"))
    serif = "serif" in name or "mono" in name or "display" in name
    return (int(styled), int(serif), name)


@cache
def _candidates(dirs: tuple[Path, ...]) -> tuple[Path, ...]:
    found: list[Path] = []
    for folder in dirs:
        if folder.is_dir():
            found += [p for p in _walk(folder) if p.suffix.lower() == ".ttf"]
    return tuple(sorted(found, key=_preference))


def _walk(folder: Path) -> Iterator[Path]:
    for root, _dirs, files in os.walk(folder):
        for f in files:
            yield Path(root) / f


_unusable: set[Path] = set()


def fallback_for(char: str) -> str | None:
    """The registered name of a system font that draws ``char``, or None when none does."""
    return _fallback_for(char, tuple(font_dirs()))


@cache
def _fallback_for(char: str, dirs: tuple[Path, ...]) -> str | None:
    code = ord(char)
    for path in _candidates(dirs):
        if path in _unusable or code not in coverage(path):
            continue
        name = _register_fallback(path)
        if name is not None:
            return name
    return None


def _register_fallback(path: Path) -> str | None:
    """Register a system font with ReportLab once; None if ReportLab refuses it."""
    with _lock:
        name = _fallback_names.get(path)
        if name is None:
            name = f"SOFallback{len(_fallback_names) + 1}"
            try:
                pdfmetrics.registerFont(SearchableTTFont(name, str(path)))
            except Exception:
                _unusable.add(path)
                return None
            _fallback_names[path] = name
        return name
