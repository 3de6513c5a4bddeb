"""Which characters a font draws: the bundled family from ReportLab, system fonts from fontTools.

The system fonts here are built in the test (fontTools' FontBuilder), so what is found does not
depend on the fonts of the machine running it.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from fontTools.ttLib import TTFont
from pypdf import PdfReader

from secondopinion.paths import resource
from secondopinion.report import fonts
from secondopinion.report.data import ConcernInfo, PacketData, PacketOptions, PersonInfo, Section
from secondopinion.report.packet import render_packet
from secondopinion.report.text import TextMarkup
from tests.report.font_builder import build_font

# A BMP character (format 4 subtable) and one beyond U+FFFF (format 12) that DejaVu Sans lacks.
HAN, EMOJI = "\u4e2d", "\U0001f9a0"


def test_the_bundled_coverage_is_what_the_fonts_cmap_says() -> None:
    """ReportLab's reading of the bundled font (no second parse) against fontTools' own."""
    with TTFont(resource("fonts", "DejaVuSans.ttf")) as font:
        cmap = font.getBestCmap()
        assert cmap is not None
        expected = {code for code, glyph in cmap.items() if glyph != ".notdef"}
    found = fonts.bundled_coverage()
    assert found == expected
    assert {ord("A"), ord("א"), ord("م"), 0x10300} <= found  # Latin, Hebrew, Arabic, Old Italic
    assert ord(HAN) not in found and ord(EMOJI) not in found


def test_a_system_fonts_coverage_comes_from_its_cmap(tmp_path: Path) -> None:
    font = build_font(tmp_path / "squares.ttf", f"A{HAN}{EMOJI}")
    assert fonts.coverage(font) == {ord("A"), ord(HAN), ord(EMOJI)}


def test_fonts_reportlab_cannot_embed_cover_nothing(tmp_path: Path) -> None:
    cff = build_font(tmp_path / "squares-cff.ttf", f"A{HAN}", outlines="cff")
    whole = build_font(tmp_path / "whole.ttf", f"A{HAN}").read_bytes()
    damaged = tmp_path / "damaged.ttf"
    damaged.write_bytes(whole[: len(whole) // 3])  # a font half-written by an installer
    text = tmp_path / "readme.ttf"
    text.write_text("not a font")
    for path in (cff, damaged, text, tmp_path / "gone.ttf"):
        assert fonts.coverage(path) == frozenset(), path.name


def test_a_character_the_bundled_font_lacks_is_printed_with_a_system_font(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "fonts"
    folder.mkdir()
    build_font(folder / "Squares-Regular.ttf", f"A{HAN}{EMOJI}")
    build_font(folder / "Other-Bold.ttf", HAN)  # bold faces come after regular ones
    monkeypatch.setenv(fonts.FONT_PATH_ENV, str(folder))
    markup = TextMarkup()
    shown = markup(f"Ache {HAN}{EMOJI}")
    name = fonts.fallback_for(HAN)
    assert name is not None and name == fonts.fallback_for(EMOJI)
    assert f'<font name="{name}">{HAN}{EMOJI}</font>' in shown
    assert markup.missing == ()
    data = PacketData(
        person=PersonInfo("Mei"),
        concern=ConcernInfo(f"Back pain {HAN}{EMOJI}"),
        generated_on=date(2026, 10, 1),
        notes=f"Ache {HAN}{EMOJI}",
    )
    result = render_packet(data, PacketOptions(sections=frozenset({Section.NOTES})))
    assert result.missing == ()
    out = tmp_path / "packet.pdf"
    out.write_bytes(result.pdf)
    embedded = {
        str(font["/BaseFont"])
        for page in PdfReader(out).pages
        for font in (f.get_object() for f in page["/Resources"]["/Font"].values())
    }
    assert "/AAAAAA+Test-Squares" in embedded, embedded  # the regular face, subset and embedded
