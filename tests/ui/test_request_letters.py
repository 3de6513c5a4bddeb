"""Request letters from the Records tab, contact details, and the Signs tab's phrasings card."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QMessageBox, QPushButton, QWidget

from secondopinion.services import letters, records
from secondopinion.services.concerns import create_concern
from secondopinion.store import commands
from secondopinion.store.journal import Journal
from secondopinion.store.tables import Doctor, Person, RecordRequest
from secondopinion.ui.record_requests import STATUS
from secondopinion.ui.request_letter import ExtensionDialog
from tests.report.conftest import pdf_text

TODAY = date(2026, 10, 1)
SHOTS = os.environ.get("SECONDOPINION_TEST_SHOTS")  # a folder: save what the tests look at


def _shot(widget: QWidget, name: str) -> None:
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))


@pytest.fixture
def prepared(tmp_path: Path) -> Path:
    path = tmp_path / "letters.sojournal"
    with Journal.create(path) as j:
        commands.add(j, Person(name="Alex Morgan", address="14 Orchard Lane", jurisdiction="uk"))
        concern = create_concern(j, "Chronic back pain")
        commands.add(j, Doctor(name="Dr. Helen Brandt", specialty="Spine surgery"))
        commands.add(j, RecordRequest(concern_id=concern.id, kind="lab_report", source=""))
    return path


def _page(window):  # type: ignore[no-untyped-def]
    tab = window.findChild(QWidget, "recordsTab")
    tab.today = lambda: TODAY
    window.tabs.setCurrentWidget(tab)
    tab.requests.reload()
    return tab.requests


def _type(form, name: str, value: str) -> None:  # type: ignore[no-untyped-def]
    widget = form.fields[name].widget
    if hasattr(widget, "setPlainText"):
        widget.setPlainText(value)
    else:
        widget.setText(value)
        widget.textEdited.emit(value)
    form.flush()


def test_write_letter_says_what_is_missing_then_saves_as_sent(
    make_window, prepared: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(prepared)
    page = _page(window)
    detail = page.detail
    actions = detail.letters
    asked: list[str] = []
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: asked.append("save") or ("", "")
    )
    actions.write.click()
    problem = window.findChild(QLabel, "letterProblem")
    assert problem.isVisible() and "provider's name" in problem.text()
    assert asked == []  # no empty letter: the file dialog never opened

    # The new fields, typed as a person would; a bad email says so next to the field.
    _type(detail.form, "provider_email", "not an address")
    email_error = detail.form.fields["provider_email"].error
    assert email_error.isVisible() and "email address" in email_error.text()
    _type(detail.form, "provider_email", "records@example.org")
    assert not email_error.isVisible()
    _type(detail.form, "range_from", "2025-13-01")
    assert "YYYY-MM-DD" in detail.form.fields["range_from"].error.text()
    _type(detail.form, "range_from", "2025-01-01")
    _type(detail.form, "provider_address", "200 Main Street\nSpringfield")
    _type(detail.form, "record_number", "MRN 42")
    delivery = detail.form.fields["delivery"].widget
    delivery.setCurrentIndex(delivery.findData("to_doctor"))
    assert not detail.doctor.isHidden()
    doctor_id = commands.rows(window.ctx.journal, Doctor)[0].id
    detail.doctor.setCurrentIndex(detail.doctor.findData(doctor_id))
    page.model.setData(page.model.index(0, 1), "Harbour Clinic")  # the "From" cell
    _shot(detail, "request-detail")

    out = tmp_path / "letter.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), "PDF"))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    actions.write.click()
    assert not problem.isVisible()
    text = " ".join(pdf_text(out).split())
    for expected in (
        "Alex Morgan",
        "Harbour Clinic",
        "200 Main Street",
        "MRN 42",
        "Laboratory reports",
        "from 1 January 2025 to the present",
        "directly to Dr. Helen Brandt",
        "UK GDPR",
        "within one month",
    ):
        assert expected in text, expected
    stored = commands.get(window.ctx.journal, RecordRequest, 1)
    assert stored is not None
    assert (stored.status, stored.requested_on, stored.letter_sent_on) == (
        "requested",
        TODAY,
        TODAY,
    )
    assert stored.due_on == date(2026, 11, 1)  # one month (UK)
    assert page.model.rows[0].status == "requested"
    assert actions.extension.isEnabled()
    assert "due 2026-11-01" in window.findChild(QLabel, "letterNote").text()
    # Marking it sent is one undoable step: undo puts the request back as it was, redo again.
    window.ctx.undo_stack.undo()
    back = commands.get(window.ctx.journal, RecordRequest, 1)
    assert back is not None
    assert (back.status, back.requested_on, back.letter_sent_on, back.due_on) == (
        "needed",
        None,
        None,
        None,
    )
    window.ctx.undo_stack.redo()
    again = commands.get(window.ctx.journal, RecordRequest, 1)
    assert again is not None and (again.status, again.due_on) == ("requested", date(2026, 11, 1))


def test_extension_refused_past_the_maximum_then_shown_in_words(
    make_window, prepared: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Journal.open(prepared) as j:
        commands.update(j, RecordRequest, 1, source="Harbour Clinic")
        letters.mark_letter_sent(j, 1, date(2026, 8, 1))  # due 1 September (UK)
    window = make_window(prepared)
    page = _page(window)
    request = page.model.rows[0]
    dialog = ExtensionDialog(window.ctx, request, lambda: TODAY, window)
    assert "2026-11-01" in dialog.findChild(QLabel, "extensionLimit").text()
    dialog.notified.setText("2026-08-20")
    dialog.due.setText("2026-11-02")
    assert not dialog.apply()
    assert "two further months" in dialog.due_error.text()
    _shot(dialog, "extension-refused")
    dialog.due.setText("2026-10-15")
    assert dialog.apply()
    page.reload()
    assert "extended" in page.model.index(0, STATUS).data()
    window.ctx.undo_stack.undo()
    page.reload()
    assert "extended" not in page.model.index(0, STATUS).data()
    assert page.model.rows[0].due_on == date(2026, 9, 1)
    window.ctx.undo_stack.redo()
    page.reload()
    assert page.model.rows[0].due_on == date(2026, 10, 15)

    # Past the new due date: the follow-up button appears and cites the first letter.
    late = date(2026, 10, 20)
    window.findChild(QWidget, "recordsTab").today = lambda: late
    page.today = lambda: late
    page.detail.letters.today = lambda: late
    page.reload()
    follow = window.findChild(QPushButton, "writeFollowUp")
    assert not follow.isHidden()
    out = tmp_path / "follow.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), "PDF"))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    follow.click()
    text = " ".join(pdf_text(out).split())
    assert "On 1 August 2026 I wrote" in text
    assert "On 20 August 2026 you told me you needed more time" in text
    page.reload()
    status = page.model.index(0, STATUS).data()
    assert "extended" in status and "follow-up sent" in status


def test_contact_details_next_to_the_name(make_window, prepared: Path) -> None:
    from secondopinion.ui.person_contact import ContactDialog

    window = make_window(prepared)
    tab = window.findChild(QWidget, "recordsTab")
    window.tabs.setCurrentWidget(tab)
    tab.pages.setCurrentIndex(1)  # the health summary, built when first shown
    assert window.findChild(QPushButton, "personContact") is not None
    dialog = ContactDialog(window.ctx, lambda: TODAY, tab)
    assert dialog.address.toPlainText() == "14 Orchard Lane"
    assert dialog.jurisdiction.currentData() == "uk"
    dialog.email.setText("nope")
    dialog.email.textEdited.emit("nope")
    dialog.flush()
    assert "email address" in dialog.errors["email"].text()
    dialog.email.setText("alex@example.org")
    dialog.email.textEdited.emit("alex@example.org")
    dialog.phone.setText("+44 20 7946 0000")
    dialog.phone.textEdited.emit("+44 20 7946 0000")
    dialog.jurisdiction.setCurrentIndex(dialog.jurisdiction.findData("us"))
    assert "30 days" in dialog.rule.text()
    _shot(dialog, "contact-details")
    dialog.done(0)
    person = records.person(window.ctx.journal)
    assert person is not None
    assert (person.email, person.phone, person.jurisdiction) == (
        "alex@example.org",
        "+44 20 7946 0000",
        "us",
    )


def test_signs_tab_card_copies_each_phrasing(window) -> None:  # type: ignore[no-untyped-def]
    from secondopinion.ui.doctor_talk_card import phrasings

    card = window.findChild(QWidget, "doctorTalkCard")
    assert card is not None and card.title() == "Bringing it up with your doctor"
    texts = phrasings()
    assert 3 <= len(texts) <= 4
    for row, text in enumerate(texts):
        button = window.findChild(QPushButton, f"doctorTalkCopy{row}")
        button.click()
        assert QApplication.clipboard().text() == text
    assert "Copied" in window.findChild(QLabel, "doctorTalkCopied").text()
    _shot(card, "signs-card")


def test_a_letter_protected_with_a_password(
    make_window, prepared: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    import subprocess

    from PySide6.QtWidgets import QDialog

    from secondopinion.ui.pdf_password import PdfPasswordDialog

    with Journal.open(prepared) as j:
        commands.update(j, RecordRequest, 1, source="Harbour Clinic")
    window = make_window(prepared)
    actions = _page(window).detail.letters
    out = tmp_path / "protected-letter.pdf"
    secret = "say it on the phone"

    def exec_(self: PdfPasswordDialog) -> int:
        self.password.setText(secret)
        self.again.setText(secret)
        self.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PdfPasswordDialog, "exec", exec_)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), "PDF"))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    actions.protect.setChecked(True)
    actions.write.click()
    assert out.exists()
    refused = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True)
    assert refused.returncode != 0
    opened = subprocess.run(
        ["pdftotext", "-upw", secret, str(out), "-"], capture_output=True, text=True, check=True
    )
    assert "Alex Morgan" in opened.stdout and "Harbour Clinic" in opened.stdout
