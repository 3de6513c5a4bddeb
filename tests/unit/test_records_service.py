"""services/records.py: requests and their rules, the person, attachments read, sniffed, stored."""

from __future__ import annotations

import hashlib
import os
import stat
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlmodel import col

from secondopinion.domain.enums import STANDARD_RECORD_KINDS, RecordKind, RecordStatus
from secondopinion.domain.validation import FieldError
from secondopinion.services import attachments as attach
from secondopinion.services import filetypes, records
from secondopinion.store import commands
from secondopinion.store.journal import Journal
from secondopinion.store.tables import Attachment, Concern, Person, RecordRequest

TODAY = date(2026, 10, 1)
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 40
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n"


@pytest.fixture
def empty(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    # No person yet, so the locale decides the deadline (services/rights.py): a US one here.
    monkeypatch.setenv("LC_ALL", "en_US.UTF-8")
    j = Journal.create(tmp_path / "empty.sojournal")
    yield j
    j.close()


def _concern(journal: Journal) -> int:
    return int(commands.add(journal, Concern(title="Back pain")).id or 0)


# --- requests ----------------------------------------------------------------------------------


def test_new_request_is_needed_without_a_date_and_due_in_30_days_with_one() -> None:
    needed = records.new_request(1, RecordKind.PATHOLOGY)
    assert (needed.status, needed.requested_on, needed.due_on) == ("needed", None, None)
    asked = records.new_request(1, "lab_report", "Riverside", TODAY)
    assert asked.status == "requested"
    assert asked.due_on == TODAY + timedelta(days=30)


def test_summary_counts_missing_and_overdue() -> None:
    rows = [
        RecordRequest(concern_id=1, status="needed"),
        RecordRequest(concern_id=1, status="requested", due_on=TODAY - timedelta(days=1)),
        RecordRequest(concern_id=1, status="requested", due_on=TODAY),  # due today: not late
        RecordRequest(concern_id=1, status="received", due_on=TODAY - timedelta(days=9)),
        RecordRequest(concern_id=1, status="sent_on"),
    ]
    assert records.summarise(rows, TODAY) == records.RequestSummary(5, 3, 1)
    assert records.request_is_overdue(rows[1], TODAY)
    assert not records.request_is_overdue(rows[3], TODAY)


def test_standard_set_skips_kinds_already_present(empty: Journal) -> None:
    cid = _concern(empty)
    commands.add(empty, records.new_request(cid, RecordKind.LAB_REPORT))
    commands.add(empty, records.new_request(cid, RecordKind.PATHOLOGY))
    new = records.standard_set(empty, cid)
    assert [r.kind for r in new] == [k.value for k in STANDARD_RECORD_KINDS[1:]]
    assert all(r.status == "needed" and r.concern_id == cid for r in new)
    commands.add_all(empty, new)
    assert records.standard_set(empty, cid) == []
    other = _concern(empty)
    assert len(records.standard_set(empty, other)) == 6  # per concern


def test_marking_requested_dates_it_today_and_sets_the_default_due_date(empty: Journal) -> None:
    cid = _concern(empty)
    req = commands.add(empty, records.new_request(cid, RecordKind.LAB_REPORT))
    req = records.update_request(empty, req, TODAY, status=RecordStatus.REQUESTED.value)
    assert req.requested_on == TODAY
    assert req.due_on == TODAY + timedelta(days=30)


def test_a_requested_date_makes_a_needed_request_requested(empty: Journal) -> None:
    cid = _concern(empty)
    req = commands.add(empty, records.new_request(cid, RecordKind.LAB_REPORT))
    req = records.update_request(empty, req, TODAY, requested_on=date(2026, 9, 1))
    assert req.status == "requested"
    assert req.due_on == date(2026, 10, 1)


def test_moving_the_requested_date_moves_a_default_due_date_but_not_a_chosen_one(
    empty: Journal,
) -> None:
    cid = _concern(empty)
    req = commands.add(empty, records.new_request(cid, "lab_report", requested_on=date(2026, 9, 1)))
    req = records.update_request(empty, req, TODAY, requested_on=date(2026, 9, 10))
    assert req.due_on == date(2026, 10, 10)
    req = records.update_request(empty, req, TODAY, due_on=date(2026, 12, 24))
    req = records.update_request(empty, req, TODAY, requested_on=date(2026, 9, 20))
    assert req.due_on == date(2026, 12, 24)


# --- the person --------------------------------------------------------------------------------


def test_person_is_made_on_first_edit_only(empty: Journal) -> None:
    assert records.person(empty) is None
    records.save_person(empty, TODAY, name="Alex")
    records.save_person(empty, TODAY, date_of_birth=date(1984, 5, 17))
    assert commands.count(empty, Person) == 1
    found = records.person(empty)
    assert found is not None and (found.name, found.date_of_birth) == ("Alex", date(1984, 5, 17))


def test_person_refuses_a_future_birth_date_and_a_huge_name(empty: Journal) -> None:
    with pytest.raises(FieldError, match="future"):
        records.save_person(empty, TODAY, date_of_birth=TODAY + timedelta(days=1))
    with pytest.raises(FieldError, match="at most 200"):
        records.save_person(empty, TODAY, name="x" * 300)
    assert records.person(empty) is None


# --- sniffing ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (PDF, "application/pdf"),
        (PNG, "image/png"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "image/jpeg"),
        (b"GIF89a\x01\x00", "image/gif"),
        (b"II*\x00\x08\x00", "image/tiff"),
        (b"RIFF\x00\x00\x00\x00WEBPVP8 ", "image/webp"),
        (b"\x00\x00\x00\x18ftypheic\x00\x00", "image/heic"),
        (b"\x00" * 128 + b"DICM\x02\x00", "application/dicom"),
        (b"PK\x03\x04\x14\x00", "application/zip"),
        (b"{\\rtf1\\ansi", "application/rtf"),
        ("Hämoglobin 10,9 g/dL — niedrig ✓\n".encode(), "text/plain"),
        ("Hémoglobine basse\n".encode("latin-1"), "text/plain"),
        (bytes(range(256)), None),
    ],
)
def test_sniff_type_reads_the_first_bytes(head: bytes, expected: str | None) -> None:
    assert filetypes.sniff_type(head) == expected


def test_check_type_agrees_disagrees_and_trusts_unknown_names() -> None:
    ok = filetypes.check_type("report.PDF", PDF)
    assert (ok.media_type, ok.mismatch) == ("application/pdf", False)
    csv = filetypes.check_type("results.csv", b"a,b\n1,2\n")
    assert (csv.media_type, csv.mismatch) == ("text/csv", False)
    docx = filetypes.check_type("letter.docx", b"PK\x03\x04rest")
    assert not docx.mismatch and docx.media_type.endswith("document")
    lying = filetypes.check_type("scan.pdf", PNG)
    assert (lying.media_type, lying.named_type, lying.mismatch) == (
        "image/png",
        "application/pdf",
        True,
    )
    broken = filetypes.check_type("report.pdf", bytes(range(256)))
    assert broken.mismatch and broken.detected_type is None
    no_extension = filetypes.check_type("scan", PNG)
    assert (no_extension.media_type, no_extension.mismatch) == ("image/png", False)
    unknown = filetypes.check_type("notes.xyz", bytes(range(256)))
    assert (unknown.media_type, unknown.mismatch) == ("application/octet-stream", False)


def test_safe_filename_strips_separators_and_fixes_a_lying_extension() -> None:
    assert filetypes.safe_filename("../etc/passwd") == "_etc_passwd"
    assert filetypes.safe_filename("scan.pdf", "image/png") == "scan.pdf.png"
    assert filetypes.safe_filename("scan", "application/pdf") == "scan.pdf"
    assert filetypes.safe_filename("report.pdf", "application/pdf") == "report.pdf"
    long = filetypes.safe_filename("é" * 300 + ".pdf", "application/pdf")
    assert long.endswith(".pdf") and len(long.encode()) <= 120


# --- reading files -----------------------------------------------------------------------------


def test_read_file_keeps_name_size_type_and_checksum(tmp_path: Path) -> None:
    path = tmp_path / "Ultrasound still.png"
    path.write_bytes(PNG)
    got = attach.read_file_to_attach(path)
    assert (got.filename, got.size, got.media_type) == (
        "Ultrasound still.png",
        len(PNG),
        "image/png",
    )
    assert got.sha256 == hashlib.sha256(PNG).hexdigest()
    assert got.data == PNG


@pytest.mark.parametrize("reason", ["not_found", "folder", "empty", "too_large", "not_regular"])
def test_read_file_refuses_what_cannot_be_stored(tmp_path: Path, reason: str) -> None:
    path = tmp_path / "thing"
    if reason == "folder":
        path.mkdir()
    elif reason == "empty":
        path.write_bytes(b"")
    elif reason == "too_large":
        with path.open("wb") as fh:
            fh.truncate(attach.MAX_ATTACHMENT_BYTES + 1)  # sparse: costs no disk
    elif reason == "not_regular":
        os.mkfifo(path)
    with pytest.raises(attach.AttachmentRefused) as info:
        attach.read_file_to_attach(path)
    assert info.value.reason == reason
    assert info.value.filename == "thing"


def test_read_file_refuses_an_unreadable_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "locked.pdf"
    path.write_bytes(PDF)
    path.chmod(0)
    real_open = os.open

    def deny(p, *args, **kwargs):  # type: ignore[no-untyped-def]
        if Path(p) == path:  # root reads anything, so deny it the way the OS would
            raise PermissionError(13, "Permission denied")
        return real_open(p, *args, **kwargs)

    monkeypatch.setattr(attach.os, "open", deny)
    with pytest.raises(attach.AttachmentRefused) as info:
        attach.read_file_to_attach(path)
    assert (info.value.reason, info.value.detail) == ("unreadable", "Permission denied")


def test_the_limit_is_exact(tmp_path: Path) -> None:
    path = tmp_path / "edge.bin"
    path.write_bytes(b"\x01" * 100)
    assert attach.read_file_to_attach(path, limit=100).size == 100
    with pytest.raises(attach.AttachmentRefused):
        attach.read_file_to_attach(path, limit=99)


# --- attachments in the journal ----------------------------------------------------------------


def test_attachment_round_trip_byte_for_byte(empty: Journal, tmp_path: Path) -> None:
    cid = _concern(empty)
    req = commands.add(empty, records.new_request(cid, RecordKind.LAB_REPORT))
    data = bytes(range(256)) * 300
    src = tmp_path / "labs.bin"
    src.write_bytes(data)
    stored = commands.add(empty, attach.new_attachment(req.id, attach.read_file_to_attach(src)))
    infos = attach.attachments_of(empty, req.id)
    assert [(i.filename, i.size) for i in infos] == [("labs.bin", len(data))]
    assert attach.attachment_counts(empty, cid) == {req.id: 1}
    assert attach.duplicate_of(empty, req.id, hashlib.sha256(data).hexdigest()) == "labs.bin"
    assert attach.attachment_bytes(empty, stored.id) == data
    out = tmp_path / "out" / "copy.bin"
    out.parent.mkdir()
    assert attach.save_copy(empty, stored.id, out) == len(data)
    assert out.read_bytes() == data
    assert stat.S_IMODE(out.stat().st_mode) == 0o600


def test_a_damaged_attachment_is_noticed(empty: Journal) -> None:
    cid = _concern(empty)
    req = commands.add(empty, records.new_request(cid, RecordKind.LAB_REPORT))
    att = commands.add(
        empty,
        Attachment(record_request_id=req.id, filename="a.txt", size=2, sha256="0" * 64, data=b"hi"),
    )
    with pytest.raises(attach.AttachmentDamaged):
        attach.attachment_bytes(empty, att.id)
    assert attach.attachment_bytes(empty, att.id, verify=False) == b"hi"


def test_private_copies_are_owner_only_and_removed(tmp_path: Path) -> None:
    copies = attach.PrivateCopies(tmp_path)
    path = copies.write("scan.pdf", "image/png", PNG)
    assert path.name == "scan.pdf.png"
    assert path.read_bytes() == PNG
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    second = copies.write("b.txt", "text/plain", b"b")
    copies.remove(path)
    assert not path.parent.exists() and second.exists()
    copies.remove_all()
    assert not second.parent.exists()
    assert list(tmp_path.iterdir()) == []


def test_sweep_removes_only_old_leftovers(tmp_path: Path) -> None:
    copies = attach.PrivateCopies(tmp_path)
    old = copies.write("old.txt", "text/plain", b"x").parent
    new = copies.write("new.txt", "text/plain", b"y").parent
    os.utime(old, (1, 1))
    (tmp_path / "unrelated").mkdir()
    assert attach.PrivateCopies(tmp_path).sweep_stale() == 1
    assert not old.exists() and new.exists() and (tmp_path / "unrelated").exists()


def test_requests_for_lists_only_the_concern(journal: Journal) -> None:
    concerns = commands.rows(journal, Concern, order_by=[col(Concern.id)])
    first = records.requests_for(journal, int(concerns[0].id or 0))
    assert first and all(r.concern_id == concerns[0].id for r in first)
