"""Whatever the person typed prints as typed: markup, right-to-left, emoji, huge notes, huge words.

Every text field that reaches either PDF gets hostile text (as long as the field may hold), is
exported, and is read back.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from secondopinion.domain.validation import _LINE_FIELDS, TEXT_MAX
from secondopinion.report.data import ConcernInfo, PacketData, PersonInfo
from secondopinion.report.packet import render_packet
from secondopinion.report.text import TextMarkup
from secondopinion.services.comparison_pdf import export_comparison
from secondopinion.services.demo import write_demo
from secondopinion.services.packet import export_packet
from secondopinion.store import commands
from secondopinion.store.tables import (
    Allergy,
    Answer,
    Attachment,
    Concern,
    Condition,
    Doctor,
    Medication,
    Person,
    Procedure,
    Question,
    RecordRequest,
    Sign,
    SymptomEntry,
    TreatmentChange,
    Visit,
    VisitFeelings,
)
from tests.report.conftest import body_text, fonts, pdf_text, qpdf_check, squeeze

MARKUP = '<b>&amp;</b> <font name="Courier">&lt; & <br/> <i>'
RTL = "שלום עולם مرحبا بالعالم"
EMOJI = "😀🩺"
WORD = "W" * 5000
LONG_NOTE = ("Lorem ipsum dolor sit amet, consectetur adipiscing elit. " * 400)[:20_000]

# Text fields the PDFs print, table by table (codes such as kind/status are not typed text).
FIELDS: dict[type, tuple[str, ...]] = {
    Person: ("name", "notes"),
    Medication: ("name", "dose", "how_taken", "since", "until", "reason"),
    Allergy: ("substance", "reaction"),
    Condition: ("name", "since", "notes"),
    Procedure: ("what", "when", "where", "notes"),
    Concern: ("title", "original_diagnosis", "diagnosed_by", "proposed_treatment", "to_clarify"),
    Sign: ("text", "note"),
    SymptomEntry: ("symptom", "notes"),
    TreatmentChange: ("description",),
    RecordRequest: ("source", "notes"),
    Attachment: ("filename",),
    Doctor: ("name", "specialty", "institution"),
    Question: ("text",),
    Visit: ("diagnosis", "treatment", "tests", "rationale", "in_my_place", "notes"),
    Answer: ("answer",),
    VisitFeelings: ("reflection",),
}


def hostile(tag: str, limit: int) -> str:
    """A tag to find the field by, then everything nasty that fits in ``limit`` characters."""
    text = f"{tag} {MARKUP} {RTL} {EMOJI}"
    if limit >= TEXT_MAX:
        text += f" {WORD} {LONG_NOTE} END{tag}"
    return text[:limit]


@pytest.fixture(scope="module")
def hostile_journal(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    journal = write_demo(tmp_path_factory.mktemp("hostile") / "h.sojournal")
    tags: dict[str, bool] = {}  # tag -> long (a TEXT_MAX field)
    n = 0
    for cls, names in FIELDS.items():
        table = commands.table_of(cls)
        key = next(iter(table.primary_key.columns)).name
        found = commands.rows(journal, cls)
        if cls is SymptomEntry:  # the packet lists the most recent entries
            found = sorted(found, key=lambda e: e.recorded_at, reverse=True)
        # the first concern's rows: the first row of each table that belongs to concern 1
        row = next(
            (r for r in found if getattr(r, "concern_id", 1) == 1 and _in_concern_one(journal, r)),
            found[0],
        )
        changes = {}
        for name in names:
            n += 1
            tag = f"QZ{n:02d}X"
            limit = _LINE_FIELDS.get(table.name, {}).get(name, (TEXT_MAX, False))[0]
            changes[name] = hostile(tag, limit)
            tags[tag] = limit >= TEXT_MAX
        commands.update(journal, cls, getattr(row, key), **changes)
    yield journal, tags
    journal.close()


def _in_concern_one(journal, row) -> bool:  # type: ignore[no-untyped-def]
    if isinstance(row, Answer | VisitFeelings):
        visit = commands.get(journal, Visit, row.visit_id)
        return visit is not None and visit.concern_id == 1 and visit.id == 2
    if isinstance(row, Attachment):
        return True
    if isinstance(row, Question):
        return row.bring_next and not row.retired
    if isinstance(row, Sign):
        return row.ticked
    if isinstance(row, Visit):
        return row.id == 2
    return True


def _check(path: Path, tags: dict[str, bool], wanted: set[str], *, portrait: bool) -> None:
    qpdf_check(path)
    assert all(embedded for _, embedded in fonts(path))
    text = pdf_text(path, raw=True)
    flat = squeeze(text)
    body = squeeze(body_text(path, landscape=not portrait))
    content_order = squeeze("".join(page.extract_text() for page in PdfReader(path).pages))
    for tag in wanted:
        assert tag in flat, f"{tag} missing"
        if tags[tag]:
            assert f"END{tag}" in flat, f"the end of {tag}'s 20,000-character note is missing"
    assert squeeze(MARKUP) in flat  # the markup printed as typed, not obeyed
    # the 5,000-character word, whole (wrapped, not cut), once for every field that had it
    assert body.count(WORD) >= sum(1 for t in wanted if tags[t])
    # Right-to-left words are extractable. They are drawn in the order typed, without bidi
    # reordering (ReportLab needs rlbidi for that), so extractors may hand them back mirrored.
    for word in RTL.split():
        assert word in content_order or word[::-1] in content_order, word
    assert EMOJI[0] in flat
    assert "Page1of" in flat


def test_packet_prints_every_field_as_typed(hostile_journal, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    journal, tags = hostile_journal
    out = tmp_path / "packet.pdf"
    doctor = commands.rows(journal, Doctor)[0].id  # the appointment names the hostile doctor
    result = export_packet(journal, 1, out, "a4", doctor_id=doctor)
    # every field except the comparison-only ones (answers, feelings)
    packet_only = {t for t in tags if t not in _tags_of(tags, Answer, VisitFeelings)}
    _check(out, tags, packet_only, portrait=True)
    assert all("🩺" in m for m in result.missing) or result.missing == ()


def test_comparison_prints_every_visit_field_as_typed(hostile_journal, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    journal, tags = hostile_journal
    out = tmp_path / "compare.pdf"
    export_comparison(journal, 1, out)
    wanted = _tags_of(tags, Visit, Answer, VisitFeelings, Concern)
    wanted -= _tags_of_fields(tags, Concern, ("proposed_treatment", "to_clarify"))
    _check(out, tags, wanted, portrait=False)


def _tags_of(tags: dict[str, bool], *classes: type) -> set[str]:
    return {t for cls in classes for t in _tags_of_fields(tags, cls, FIELDS[cls])}


def _tags_of_fields(tags: dict[str, bool], cls: type, names: tuple[str, ...]) -> set[str]:
    n, found = 0, set()
    for c, fields in FIELDS.items():
        for name in fields:
            n += 1
            if c is cls and name in names:
                found.add(f"QZ{n:02d}X")
    return found & set(tags)


def test_markup_is_escaped() -> None:
    markup = TextMarkup()
    assert markup("<b>&</b>") == "&lt;b&gt;&amp;&lt;/b&gt;"
    assert markup("a\nb") == "a<br/>b"


def test_text_no_font_can_draw_is_reported_not_boxed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    empty = tmp_path / "no-fonts"
    empty.mkdir()
    monkeypatch.setenv("SECONDOPINION_FONT_PATH", str(empty))
    data = PacketData(
        person=PersonInfo("Mei 中文"),
        concern=ConcernInfo("Cough 咳嗽"),
        generated_on=__import__("datetime").date(2026, 10, 1),
    )
    result = render_packet(data)
    assert any("中文" in m and "Mei" in m for m in result.missing)
    assert any("咳嗽" in m for m in result.missing)
    out = tmp_path / "p.pdf"
    out.write_bytes(result.pdf)
    qpdf_check(out)
    assert "\ufffd" in pdf_text(out)  # a visible replacement mark, and the export says why


def test_system_font_draws_what_the_bundled_font_lacks(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from secondopinion.report import fonts as report_fonts

    monkeypatch.setenv("SECONDOPINION_FONT_PATH", "/usr/share/fonts")
    if report_fonts.fallback_for("न") is None:
        pytest.skip("no TrueType font for Devanagari on this machine")
    data = PacketData(
        person=PersonInfo("Priya नमस्ते"),
        concern=ConcernInfo("Migraine"),
        generated_on=__import__("datetime").date(2026, 10, 1),
    )
    result = render_packet(data)
    assert result.missing == ()
    out = tmp_path / "p.pdf"
    out.write_bytes(result.pdf)
    used = fonts(out)
    assert len(used) >= 3 and all(embedded for _, embedded in used)
    assert "न" in pdf_text(out)
