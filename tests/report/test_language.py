"""The packet and the comparison in the reader's language: `--lang es` prints Spanish words.

Every heading is checked both ways: its Spanish words are in the PDF and its English words are
not (pdftotext), and the bundled fonts are embedded.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from secondopinion import cli, i18n
from secondopinion.services.demo import write_demo
from tests.report.conftest import fonts, pdf_text

PACKET_HEADINGS = [
    "Why I am seeking another opinion",
    "Health summary",
    "History of diagnoses and opinions",
    "Symptoms",
    "Records enclosed",
    "Questions for this appointment",
    "Notes from the appointment",
    "Opinions so far",
    "Current medications",
    "Severity over time (daily average, 0 = none, 10 = worst)",
]
COMPARISON_HEADINGS = [
    "What they said",
    "Answers to my questions",
    "How the visit felt",
    "Tests suggested",
]


def _flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("lang") / "demo.sojournal"
    write_demo(path).close()
    return path


def _export(demo: Path, what: str, lang: str, out: Path) -> str:
    assert cli.run(["export", what, "--journal", str(demo), "--out", str(out), "--lang", lang]) == 0
    assert all(embedded for _, embedded in fonts(out)), fonts(out)
    return _flat(pdf_text(out))


def test_packet_in_spanish_has_spanish_headings_and_no_english(demo: Path, tmp_path: Path) -> None:
    es = i18n.words("es")
    text = _export(demo, "pdf", "es", tmp_path / "p.pdf")
    for heading in PACKET_HEADINGS:  # page one's labels print in capitals
        assert _flat(es._(heading)).upper() in text.upper(), es._(heading)
        assert heading.upper() not in text.upper(), heading
    assert es._("Appointment packet").upper() in text
    assert "Página 1 de" in text and "Page 1 of" not in text
    # the standard signs and questions are the catalogue's, not the stored English text
    assert "El diagnóstico parece vago o incierto" in text
    assert "The diagnosis feels vague or uncertain" not in text
    assert "¿Qué haría usted si estuviera en mi situación?" in text
    # stored vocabularies and dates in Spanish too
    assert "segunda opinión" in text and "second opinion" not in text
    assert any(f" {m} 20" in text for m in ("jun", "jul", "ago", "sept", "oct", "nov", "dic"))


def test_comparison_in_spanish_has_spanish_headings_and_no_english(
    demo: Path, tmp_path: Path
) -> None:
    es = i18n.words("es")
    text = _export(demo, "compare", "es", tmp_path / "c.pdf")
    for heading in [*COMPARISON_HEADINGS, "Comparison of opinions"]:
        translated = es._(heading)
        assert _flat(translated).upper() in text.upper(), translated
        assert heading.upper() not in text.upper(), heading
    assert "consultas, una junto a otra" in text


def test_english_is_still_english_and_the_language_ends_with_the_command(
    demo: Path, tmp_path: Path
) -> None:
    _export(demo, "pdf", "es", tmp_path / "es.pdf")
    text = _export(demo, "pdf", "en", tmp_path / "en.pdf")
    for heading in PACKET_HEADINGS:
        assert heading.upper() in text.upper(), heading
    assert i18n.current_language() == i18n.system_language()


def test_unknown_language_is_a_usage_error(demo: Path, tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as exit_:
        cli.run(
            [
                "export",
                "pdf",
                "--journal",
                str(demo),
                "--out",
                str(tmp_path / "x.pdf"),
                "--lang",
                "xx",
            ]
        )
    assert exit_.value.code == cli.EXIT_USAGE


def test_request_letter_in_spanish(demo: Path, tmp_path: Path) -> None:
    out = tmp_path / "letter.pdf"
    args = ["export", "letter", "--journal", str(demo), "--request", "1", "--out", str(out)]
    assert cli.run([*args, "--lang", "es"]) == 0
    assert all(embedded for _, embedded in fonts(out)), fonts(out)
    text = _flat(pdf_text(out))
    es = i18n.words("es")
    for english in (
        "REQUEST FOR MEDICAL RECORDS",
        "Subject: request for a copy of my medical records",
        "Thank you for your help.",
        "Yours sincerely,",
        "Signature",
    ):
        assert _flat(es._(english)) in text, es._(english)
        assert english not in text, english
    assert " de 20" in text  # the dates spelled out: "3 de diciembre de 2026"
    assert "Página 1 de" in text
