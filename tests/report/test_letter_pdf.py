"""Request letters read back from the real PDF: who, to whom, what, how, on what right, by when."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from secondopinion.domain.enums import Delivery
from secondopinion.domain.jurisdiction import Jurisdiction
from secondopinion.services import letter_writing, letters
from secondopinion.services.concerns import create_concern
from secondopinion.store import commands
from secondopinion.store.journal import Journal
from secondopinion.store.tables import Doctor, Person, RecordRequest
from tests.cli_process import run_secondopinion
from tests.report.conftest import body_text, fonts, pdf_text, qpdf_check, squeeze

TODAY = date(2026, 12, 3)
SENT = date(2026, 10, 5)

MARKUP = '<b>&amp;</b> <font name="Courier">&lt; & <br/> <i>'
RTL = "שלום עולם مرحبا بالعالم"
EMOJI = "😀🩺"
WORD = "W" * 5000


@pytest.fixture
def journal(tmp_path: Path):  # type: ignore[no-untyped-def]
    with Journal.create(tmp_path / "letter.sojournal") as j:
        commands.add(
            j,
            Person(
                name="Alex Morgan",
                date_of_birth=date(1984, 5, 17),
                address="14 Orchard Lane\nSpringfield, IL 62704",
                phone="(217) 555-0142",
                email="alex@example.org",
                jurisdiction="us",
            ),
        )
        concern = create_concern(j, "Recommended hysterectomy")
        doctor = commands.add(
            j,
            Doctor(
                name="Dr. Helen Brandt",
                specialty="Gynaecology",
                institution="Riverside Medical Group",
                address="10 Harbour Road, Springfield",
            ),
        )
        commands.add(
            j,
            RecordRequest(
                concern_id=concern.id,
                kind="lab_report",
                source="Harbour Women's Clinic",
                provider_address="200 Main Street\nSpringfield",
                provider_fax="+1 555 0199",
                record_number="MRN 0048213",
                range_from=date(2025, 1, 1),
                range_to=date(2026, 6, 30),
                format="cd_images",
                delivery=Delivery.TO_DOCTOR.value,
                delivery_doctor_id=doctor.id,
            ),
        )
        # Still needed from the same provider: the same letter asks for it too.
        commands.add(
            j,
            RecordRequest(
                concern_id=concern.id, kind="diagnostic_images", source="harbour women's clinic"
            ),
        )
        yield j


def _set_jurisdiction(journal: Journal, value: str) -> None:
    commands.update(journal, Person, 1, jurisdiction=value)


def _export(journal: Journal, path: Path, **kw: object) -> str:
    letter_writing.export_letter(journal, 1, path, kw.pop("today", TODAY), **kw)  # type: ignore[arg-type]
    qpdf_check(path)
    assert fonts(path) and all(embedded for _, embedded in fonts(path))
    return " ".join(pdf_text(path).split())


def _page_size(path: Path) -> tuple[int, int]:
    box = PdfReader(path).pages[0].mediabox
    return round(float(box.width)), round(float(box.height))


def test_us_letter_on_letter_paper(journal: Journal, tmp_path: Path) -> None:
    out = tmp_path / "us.pdf"
    text = _export(journal, out, paper="letter")
    assert _page_size(out) == (612, 792)
    assert len(PdfReader(out).pages) == 1
    for expected in (
        "Alex Morgan",
        "14 Orchard Lane",
        "alex@example.org",
        "Harbour Women's Clinic",
        "200 Main Street",
        "Fax: +1 555 0199",
        "3 December 2026",
        "born on 17 May 1984",
        "MRN 0048213",
        "Laboratory reports and test results",
        "Diagnostic images (X-ray, CT, MRI, ultrasound) and their reports",
        "from 1 January 2025 to 30 June 2026",
        "on a CD",
        "directly to Dr. Helen Brandt",
        "Gynaecology, Riverside Medical Group",
        "10 Harbour Road, Springfield",
        "HIPAA Privacy Rule (45 CFR § 164.524)",
        "within 30 calendar days",
        "by 2 January 2027",
        "reasonable and cost-based",
        "tell me the amount before",
        "Signature",
        "Sent on",
    ):
        assert expected in text, expected
    assert "GDPR" not in text


def test_uk_letter_on_a4_paper(journal: Journal, tmp_path: Path) -> None:
    _set_jurisdiction(journal, "uk")
    out = tmp_path / "uk.pdf"
    text = _export(journal, out, paper="a4")
    assert _page_size(out) == (595, 842)
    assert len(PdfReader(out).pages) == 1
    assert "Article 15 of the UK General Data Protection Regulation (UK GDPR)" in text
    assert "within one month" in text and "two further months" in text
    assert "by 3 January 2027" in text  # one calendar month after 3 December
    assert "first copy should be free of charge" in text
    assert "CFR" not in text


def test_eu_and_elsewhere(journal: Journal, tmp_path: Path) -> None:
    text = _export(journal, tmp_path / "eu.pdf", jurisdiction=Jurisdiction.EU)
    assert "(EU) 2016/679" in text and "within one month" in text
    commands.update(journal, RecordRequest, 1, due_on=date(2027, 2, 1))
    text = _export(journal, tmp_path / "plain.pdf", jurisdiction=Jurisdiction.ELSEWHERE)
    assert "GDPR" not in text and "CFR" not in text and "Article" not in text
    assert "by 1 February 2027" in text  # the due date the person set


@pytest.mark.parametrize(
    ("delivery", "sentence"),
    [
        (Delivery.EMAIL, "by email at alex@example.org"),
        (Delivery.PORTAL, "through your patient portal"),
        (Delivery.POST, "by post at the address above"),
        (Delivery.PICK_UP, "collect them in person"),
    ],
)
def test_each_delivery_is_asked_for(
    journal: Journal, tmp_path: Path, delivery: Delivery, sentence: str
) -> None:
    commands.update(journal, RecordRequest, 1, delivery=delivery.value)
    assert sentence in _export(journal, tmp_path / f"{delivery}.pdf")


def test_follow_up_cites_the_first_letter_and_the_missed_deadline(
    journal: Journal, tmp_path: Path
) -> None:
    letters.mark_letter_sent(journal, 1, SENT)
    assert commands.get(journal, RecordRequest, 2).status == "requested"  # type: ignore[union-attr]
    text = _export(journal, tmp_path / "follow.pdf", follow_up=True)
    assert "FOLLOW-UP" in text
    assert "my request for medical records of 5 October 2026, now overdue" in text
    assert "On 5 October 2026 I wrote to ask" in text
    assert "within 30 calendar days, by 4 November 2026" in text
    assert "Diagnostic images" in text and "Laboratory reports" in text
    assert "directly to Dr. Helen Brandt" in text
    # after an extension, the follow-up cites the notice and the new date instead
    letters.notify_extension(journal, 1, date(2026, 10, 20), date(2026, 12, 1), TODAY)
    text = _export(journal, tmp_path / "follow2.pdf", follow_up=True)
    assert "On 20 October 2026 you told me you needed more time" in text
    assert "by 1 December 2026" in text


def test_uk_follow_up_says_one_month(journal: Journal, tmp_path: Path) -> None:
    _set_jurisdiction(journal, "uk")
    letters.mark_letter_sent(journal, 1, SENT)
    text = _export(journal, tmp_path / "follow-uk.pdf", follow_up=True)
    assert "within one month, by 5 November 2026" in text
    assert "On 5 October 2026" in text


def test_a_request_with_no_provider_says_so_and_writes_nothing(
    journal: Journal, tmp_path: Path
) -> None:
    commands.update(journal, RecordRequest, 1, source="")
    out = tmp_path / "empty.pdf"
    with pytest.raises(letter_writing.LetterNotReady, match="provider's name"):
        letter_writing.export_letter(journal, 1, out, TODAY)
    assert not out.exists()


def test_hostile_text_prints_as_typed(journal: Journal, tmp_path: Path) -> None:
    nasty = f"{MARKUP} {RTL} {EMOJI}"
    commands.update(journal, Person, 1, name=f"QZNAME {nasty}", address=f"QZADDR {nasty}")
    commands.update(journal, RecordRequest, 1, source=f"QZSOURCE {nasty} {WORD} QZEND")
    commands.update(journal, Doctor, 1, name=f"QZDOC {nasty}", address=f"QZDOCADDR {WORD}")
    out = tmp_path / "hostile.pdf"
    for paper in ("a4", "letter"):
        _export(journal, out, paper=paper)
        flat = squeeze(pdf_text(out, raw=True))
        for tag in ("QZNAME", "QZADDR", "QZSOURCE", "QZEND", "QZDOC", "QZDOCADDR"):
            assert tag in flat, tag
        assert flat.count(squeeze(MARKUP)) >= 4  # printed, not obeyed
        assert EMOJI[0] in flat
        assert squeeze(body_text(out)).count(WORD) >= 1 or flat.count("W" * 1000) >= 2
        ordered = squeeze("".join(p.extract_text() for p in PdfReader(out).pages))
        for word in RTL.split():
            assert word in ordered or word[::-1] in ordered, word


_run = run_secondopinion


def test_cli_export_letter(journal: Journal, tmp_path: Path) -> None:
    path = journal.path
    journal.close()
    out = tmp_path / "cli.pdf"
    base = ("export", "letter", "--journal", str(path), "--request", "1", "--out", str(out))
    done = _run(*base, "--paper", "a4")
    assert done.returncode == 0, done.stderr
    assert "Harbour Women's Clinic" in pdf_text(out)
    assert _page_size(out) == (595, 842)
    refused = _run(*base, "--follow-up")  # never sent: a follow-up has nothing to cite
    assert refused.returncode == 1
    assert refused.stderr.count("\n") == 1 and "first letter's date" in refused.stderr
    missing = _run("export", "letter", "--journal", str(path), "--request", "99", "--out", str(out))
    assert missing.returncode == 1 and "no record request 99" in missing.stderr
    protected = tmp_path / "locked.pdf"
    done = _run(
        "export",
        "letter",
        "--journal",
        str(path),
        "--request",
        "1",
        "--out",
        str(protected),
        "--protect",
        env={"SECONDOPINION_PDF_PASSWORD": "correct horse battery"},
    )
    assert done.returncode == 0, done.stderr
    assert b"/Encrypt" in protected.read_bytes()  # AES-256 by pdf_protect, tested there
