"""Small fonts made on the spot, so tests of font fallback do not depend on the machine's fonts.

Only fontTools is imported: ``packaging/build.sh --smoke`` uses it too, from a non-dev venv.
"""

from __future__ import annotations

from pathlib import Path

from fontTools.fontBuilder import FontBuilder
from fontTools.pens.t2CharStringPen import T2CharStringPen
from fontTools.pens.ttGlyphPen import TTGlyphPen


def _square(pen: TTGlyphPen | T2CharStringPen) -> None:
    pen.moveTo((100, 0))
    pen.lineTo((100, 700))
    pen.lineTo((500, 700))
    pen.lineTo((500, 0))
    pen.closePath()


def build_font(path: Path, chars: str, *, outlines: str = "glyf") -> Path:
    """A small font drawing a square for each of ``chars``, TrueType or CFF outlines."""
    names = [".notdef", *(f"g{i}" for i in range(len(chars)))]
    builder = FontBuilder(1000, isTTF=outlines == "glyf")
    builder.setupGlyphOrder(names)
    builder.setupCharacterMap({ord(c): f"g{i}" for i, c in enumerate(chars)})
    if outlines == "glyf":
        glyphs = {}
        for name in names:
            pen = TTGlyphPen(None)
            _square(pen)
            glyphs[name] = pen.glyph()
        builder.setupGlyf(glyphs)
    else:
        charstrings = {}
        for name in names:
            pen = T2CharStringPen(600, None)
            _square(pen)
            charstrings[name] = pen.getCharString()
        builder.setupCFF("TestSquares", {"FullName": "Test Squares"}, charstrings, {})
    builder.setupHorizontalMetrics({name: (600, 100) for name in names})
    builder.setupHorizontalHeader(ascent=800, descent=-200)
    builder.setupNameTable({"familyName": "Test Squares", "styleName": "Regular"})
    builder.setupOS2(sTypoAscender=800, usWinAscent=800, usWinDescent=200)
    builder.setupPost()
    builder.save(str(path))
    return path
