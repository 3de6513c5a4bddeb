"""Right-to-left text prints as read: bidi order per wrapped line, right alignment, joined Arabic.

The PDFs are read back from their content streams: every text line as drawn, left to right, is
decoded through the fonts' ToUnicode tables. With the real tables Arabic's joined forms copy as
their letters; the tests that look at the forms themselves swap in a table that gives the drawn
code points (presentation forms) instead.
"""

from __future__ import annotations

import re
import subprocess
import unicodedata
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from bidi import get_display
from pypdf import PdfReader
from pypdf.generic import ContentStream
from reportlab.lib.units import mm

from secondopinion.report import direction, fonts
from secondopinion.report.bidi_paragraph import BidiParagraph, paragraph
from secondopinion.report.data import (
    ConcernInfo,
    MedicationItem,
    PacketData,
    PacketOptions,
    PersonInfo,
    Section,
)
from secondopinion.report.joining import join_arabic
from secondopinion.report.packet import render_packet
from secondopinion.report.styles import make_styles
from secondopinion.report.templates import MARGIN_X
from tests.report.conftest import pdf_text

HEBREW_PARAGRAPH = " ".join(
    f"{word}{n}" if n % 7 == 0 else word
    for n, word in enumerate(
        ("שלום עולם זהו משפט ארוך בעברית שנועד לבדוק גלישת שורות " * 8).split()
    )
)
MIXED = "Dr. כהן said 5 mg"
HEBREW_DOSE = 'אקמול 500 מ"ג (פעמיים ביום)'
ARABIC = "مرحبا بالعالم، سلام"
ARABIC_MIXED = "الدواء: باراسيتامول (Paracetamol) 500 ملغ"


def expected(line: str, base: str | None = None) -> str:
    """python-bidi's display order for one line, brackets mirrored where they run right to left.

    python-bidi (the Rust crate) leaves mirroring to the renderer, so the renderer's own order is
    checked against it first and the mirrored characters are then taken from the renderer.
    """
    shown = get_display(line, base_dir=base)
    level = direction.base_level(line) if base is None else "LR".index(base)
    levels = direction.levels(line, level)
    order = direction.visual_order(line, levels, level)
    assert "".join(line[i] for i in order) == shown
    return "".join(direction.mirrored(line[i], levels[i]) for i in order)


# --- reading what was drawn ---------------------------------------------------------------------


def _to_unicode(font: object) -> dict[int, str]:
    stream = font.get_object()["/ToUnicode"].get_object()  # type: ignore[attr-defined]
    table = stream.get_data().decode("latin-1")
    body = table.split("beginbfchar", 1)[1].split("endbfchar", 1)[0]
    return {
        int(code, 16): bytes.fromhex(text).decode("utf-16-be")
        for code, text in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", body)
    }


def drawn_lines(pdf: Path) -> list[str]:
    """Every text line of the PDF as drawn, left to right, page by page."""
    reader = PdfReader(pdf)
    lines: list[str] = []
    for page in reader.pages:
        maps = {name: _to_unicode(font) for name, font in page["/Resources"]["/Font"].items()}
        current: list[str] = []
        font: dict[int, str] = {}
        for operands, operator in ContentStream(page.get_contents(), reader).operations:
            if operator == b"Tf":
                font = maps[operands[0]]
            elif operator == b"Tj":
                raw = operands[0]
                data = raw.get_original_bytes() if hasattr(raw, "get_original_bytes") else raw
                current.append("".join(font.get(b, "?") for b in bytes(data)))
            elif operator in (b"T*", b"ET") and current:
                lines.append("".join(current))
                current = []
    return lines


def word_boxes(pdf: Path, page: int = 1) -> list[tuple[float, float, float, str]]:
    """(xMin, xMax, yMin, word) for every word poppler finds on ``page``."""
    html = subprocess.run(
        ["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(pdf), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    found = re.findall(
        r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>', html
    )
    return [
        (float(x0), float(x1), float(y0), unicodedata.normalize("NFKC", w))
        for x0, y0, x1, w in found
    ]


def find_word(
    boxes: list[tuple[float, float, float, str]], typed: str
) -> tuple[float, float, float]:
    """The box of a word: ``-bbox`` spells right-to-left words as drawn, i.e. reversed."""
    x0, x1, y, _ = next(b for b in boxes if b[3] in (typed, typed[::-1]))
    return x0, x1, y


def line_extents(boxes: list[tuple[float, float, float, str]]) -> list[tuple[float, float]]:
    """(left, right) of each line of words, top to bottom."""
    rows: dict[int, list[tuple[float, float]]] = {}
    for x0, x1, y, _ in boxes:
        rows.setdefault(round(y), []).append((x0, x1))
    return [(min(a for a, _ in r), max(b for _, b in r)) for _, r in sorted(rows.items())]


@pytest.fixture
def drawn_code_points(monkeypatch: pytest.MonkeyPatch) -> None:
    """ToUnicode tables that give the code points drawn (presentation forms stay as they are)."""
    monkeypatch.setattr(fonts, "_typed_text", chr)


def _render(tmp_path: Path, data: PacketData, *sections: Section) -> Path:
    options = PacketOptions(sections=frozenset(sections or (Section.NOTES,)))
    result = render_packet(data, options)
    assert result.missing == ()
    out = tmp_path / "packet.pdf"
    out.write_bytes(result.pdf)
    return out


def _data(notes: str = "", **concern: str) -> PacketData:
    return PacketData(
        person=PersonInfo("Mei"),
        concern=ConcernInfo(concern.pop("title", "Back pain"), **concern),
        generated_on=date(2026, 10, 1),
        notes=notes,
    )


# --- the algorithm ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [MIXED, HEBREW_DOSE, "שלום (abc) עולם", "א (b) c", "نص 123 عربي", "קוד: 123-456", "abc"],
)
def test_display_order_matches_python_bidi(text: str) -> None:
    assert direction.display(text) == expected(text)


def test_levels_pair_brackets_and_keep_typed_text_apart() -> None:
    # Brackets paired (UBA 6.3 and later): "(b)" stays with "b" inside the right-to-left line.
    assert direction.levels("א (b) c", direction.RTL) == [1, 1, 1, 2, 1, 1, 2]
    assert direction.display("א (b) c") == "c (b) א"
    # The marks around typed text are resolved as isolates: its neutrals and numbers stay in it,
    # ours stay outside (as embeddings, "3" would have joined the Hebrew run).
    text = direction.embedded("מרים כהן 2") + " 3 visits"
    assert direction.levels(text, direction.LTR) == [0, *[1] * 9, 2, *[0] * 10]
    assert direction.display(text, direction.LTR) == "\u202b2 ןהכ םירמ\u202c 3 visits"


def test_arabic_letters_take_their_joined_forms() -> None:
    joined = join_arabic("مرحبا")
    assert [f"{ord(c):04X}" for c in joined] == ["FEE3", "FEAE", "FEA3", "FE92", "FE8E"]
    assert join_arabic("لا") == "\ufefb"  # the lam-alef ligature
    assert join_arabic("ب\u200cب") == "ب\u200cب"  # a zero-width non-joiner keeps them apart
    assert join_arabic("Dr. כהן 5 mg") == "Dr. כהן 5 mg"
    assert unicodedata.normalize("NFKC", join_arabic(ARABIC)) == ARABIC


# --- the PDF ------------------------------------------------------------------------------------


def test_mixed_and_arabic_lines_are_drawn_in_display_order(
    tmp_path: Path, drawn_code_points: None
) -> None:
    data = _data(
        title=MIXED,
        original_diagnosis=HEBREW_DOSE,
        proposed_treatment=ARABIC_MIXED,
        to_clarify=ARABIC,
    )
    lines = drawn_lines(_render(tmp_path, data, Section.COVER))
    assert expected(MIXED) in lines  # the subtitle
    assert expected(HEBREW_DOSE) in lines  # a table cell of the page-one box
    assert '(םויב םיימעפ) ג"מ 500 לומקא' in lines
    assert expected(join_arabic(ARABIC)) in lines
    assert expected(join_arabic(ARABIC_MIXED)) in lines
    assert "Dr. ןהכ said 5 mg" in lines
    # joined forms were drawn: presentation forms, the lam-alef ligature among them
    arabic = next(line for line in lines if "\ufefc" in line)
    assert "\ufee3" in arabic and "\u0644" not in arabic  # initial meem; no lam left unjoined


def test_a_long_hebrew_paragraph_reads_top_to_bottom_right_to_left(
    tmp_path: Path, drawn_code_points: None
) -> None:
    pdf = _render(tmp_path, _data(notes=HEBREW_PARAGRAPH))
    lines = [line for line in drawn_lines(pdf) if direction.may_have_rtl(line)]
    assert len(lines) >= 3
    words = HEBREW_PARAGRAPH.split()
    for line in lines:  # each line holds the next typed words, shown right to left
        count = len(line.split())
        typed, words = " ".join(words[:count]), words[count:]
        assert line == expected(typed, "R")
    assert words == []
    # right-aligned: every line ends at the right margin; the short last one starts further in
    extents = line_extents([b for b in word_boxes(pdf) if direction.may_have_rtl(b[3])])
    assert len(extents) == len(lines)
    assert all(abs(right - (595.28 - MARGIN_X)) < 1 for _, right in extents), extents
    assert extents[-1][0] > extents[0][0] + 20


def test_hebrew_notes_over_two_pages_stay_in_order(tmp_path: Path, drawn_code_points: None) -> None:
    notes = " ".join([HEBREW_PARAGRAPH] * 14)
    pdf = _render(tmp_path, _data(notes=notes))
    assert len(PdfReader(pdf).pages) >= 2
    words = notes.split()
    for line in (line for line in drawn_lines(pdf) if direction.may_have_rtl(line)):
        count = len(line.split())
        typed, words = " ".join(words[:count]), words[count:]
        assert line == expected(typed, "R")
    assert words == []
    extents = line_extents([b for b in word_boxes(pdf, page=2) if direction.may_have_rtl(b[3])])
    assert extents and all(abs(right - (595.28 - MARGIN_X)) < 1 for _, right in extents)


def test_each_typed_line_takes_its_own_direction_and_alignment(tmp_path: Path) -> None:
    notes = "English first line\nשלום עולם\nمرحبا (اختبار) 2026"
    pdf = _render(tmp_path, _data(notes=notes))
    boxes = word_boxes(pdf)
    right = 595.28 - MARGIN_X
    assert abs(find_word(boxes, "English")[0] - MARGIN_X) < 1
    assert abs(find_word(boxes, "שלום")[1] - right) < 1  # first typed word at the right end
    assert abs(find_word(boxes, "مرحبا")[1] - right) < 1
    assert find_word(boxes, "2026")[0] < find_word(boxes, "مرحبا")[0]


def test_table_cells_are_right_aligned_and_in_display_order(
    tmp_path: Path, drawn_code_points: None
) -> None:
    medications = (
        MedicationItem("אקמול", dose='500 מ"ג', reason=HEBREW_DOSE),
        MedicationItem("باراسيتامول", dose="500 mg", reason="Back pain"),
    )
    pdf = _render(tmp_path, replace(_data(), medications=medications), Section.HEALTH)
    lines = drawn_lines(pdf)
    # the reason wraps in its narrow column: each line in display order, the first at the top
    first, second = lines.index(expected('אקמול 500 מ"ג (פעמיים', "R")), lines.index("(םויב")
    assert second == first + 1
    assert expected(join_arabic("باراسيتامول")) in lines
    # the first column is 22 % of the text width, the second 11 %; cells are padded by 4 pt
    width = 595.28 - 2 * MARGIN_X
    name_end = MARGIN_X + 0.22 * width - 4
    boxes = word_boxes(pdf)
    for name in ("אקמול", "باراسيتامول"):
        assert abs(find_word(boxes, name)[1] - name_end) < 1, name
    dose_start = MARGIN_X + 0.22 * width + 4
    mg = find_word(boxes, "mg")  # "500 mg" is left-to-right: flush left
    assert abs(next(b for b in boxes if b[3] == "500" and b[2] == mg[2])[0] - dose_start) < 1


def test_typed_text_inside_our_words_keeps_its_own_direction(
    tmp_path: Path, drawn_code_points: None
) -> None:
    """Our words decide a composed line's direction; the typed part keeps its own, and its "?"."""
    data = replace(
        _data(),
        person=PersonInfo("מרים כהן", date(1984, 5, 1)),
        questions=("מה הסיכוי שהכאב יחזור אחרי הניתוח?", "Is it 5 mg?"),
    )
    pdf = _render(tmp_path, data, Section.COVER, Section.QUESTIONS)
    lines = drawn_lines(pdf)
    assert "ןהכ םירמ, born 1 May 1984 (age 42)" in lines  # left to right, name set within
    assert "?חותינה ירחא רוזחי באכהש יוכיסה המ .1" in lines  # all typed: right to left
    assert "2. Is it 5 mg?" in lines
    assert "ןהכ םירמ · Prepared by the patient, 1 Oct 2026" in lines  # the footer
    boxes = word_boxes(pdf)
    assert abs(find_word(boxes, "1.")[1] - (595.28 - MARGIN_X)) < 1
    # the controls that mark typed text are never drawn
    assert not any(direction.is_control(ch) for line in lines for ch in line)
    assert direction.display(direction.embedded("מרים כהן") + " · 3 visits", direction.LTR) == (
        "\u202bןהכ םירמ\u202c · 3 visits"
    )


def test_text_copies_as_typed(tmp_path: Path) -> None:
    """pdftotext gives every word back spelled as typed (lam-alef too), lines in typed order."""
    data = _data(title=MIXED, original_diagnosis=HEBREW_DOSE, to_clarify=ARABIC)
    pdf = _render(tmp_path, data, Section.COVER)
    text = pdf_text(pdf)
    for word in (*HEBREW_DOSE.split(), *ARABIC.replace("،", "").split()):
        assert word.strip("()") in text, word
    raw = pdf_text(pdf, raw=True)
    assert "Dr. כהן said 5 mg" in raw.replace("\u202b", "").replace("\u202c", "")


def test_a_split_paragraph_keeps_its_direction_on_the_next_page() -> None:
    """A page break before a line that starts with an English word: still right to left."""
    style = make_styles().body
    text = " ".join(f"{'שלום עולם'[: 3 + i % 5]} Acamol" for i in range(60))
    para = paragraph(text, style)
    assert isinstance(para, BidiParagraph)
    para.wrap(60 * mm, 1000)
    starts = [line[1][0] for line in para.blPara.lines]
    cut = next(i for i, first in enumerate(starts) if i > 1 and first == "Acamol")
    _, rest = para.split(60 * mm, cut * style.leading + 1)
    rest.wrap(60 * mm, 1000)
    assert rest.lead_level == direction.RTL
    shown = rest._display_lines()
    assert shown is not None and shown[1]  # drawn right-aligned
    typed = " ".join(rest.blPara.lines[0][1])
    assert typed.startswith("Acamol")
    assert shown[0][0][1] == [expected(typed, "R")]  # the English word at the right end
    assert shown[0][0][1][0].endswith("Acamol")


def test_text_without_rtl_is_left_alone() -> None:
    style = make_styles().body
    assert type(paragraph("Plain <b>English</b> 5 mg", style)).__name__ == "Paragraph"
