"""Our fonts' PDF subsets copy as typed, and ReportLab is left as it is for everyone else."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from reportlab.pdfbase import ttfonts
from reportlab.pdfgen import canvas

from secondopinion.report import fonts

OLD_ITALIC = "\U00010300\U00010301\U00010302"  # beyond U+FFFF, drawn by the bundled font


def test_reportlab_keeps_its_own_cmap_writer() -> None:
    fonts.register_bundled()
    assert ttfonts.makeToUnicodeCMap.__module__ == "reportlab.pdfbase.ttfonts"


def test_the_cmap_writes_supplementary_characters_as_utf16_pairs() -> None:
    cmap = fonts.to_unicode_cmap("ABCDEF+Font", [0x41, 0x10300, 0xFEFB])
    assert "3 beginbfchar" in cmap and "<00> <02>" in cmap
    assert "<00> <0041>" in cmap
    assert "<01> <D800DF00>" in cmap  # U+10300 as a surrogate pair
    assert "<02> <06270644>" in cmap  # lam-alef ligature: alef, lam (drawn order)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler's pdftotext")
def test_a_pdf_with_our_font_gives_supplementary_characters_back(tmp_path: Path) -> None:
    fonts.register_bundled()
    out = tmp_path / "t.pdf"
    page = canvas.Canvas(str(out))
    page.setFont(fonts.REGULAR, 12)
    page.drawString(72, 720, f"Old Italic {OLD_ITALIC} here")
    page.save()
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert f"Old Italic {OLD_ITALIC} here" in text
