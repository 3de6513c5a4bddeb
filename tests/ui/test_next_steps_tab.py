"""The Next steps page and the password-protected exports, driven like a person would."""

from __future__ import annotations

import subprocess
from datetime import date, time, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from secondopinion.domain.enums import RecordKind, RecordStatus
from secondopinion.services import next_steps as next_steps_service
from secondopinion.services.concerns import create_concern
from secondopinion.services.next_steps import StepKind
from secondopinion.store import commands
from secondopinion.store.journal import Journal
from secondopinion.store.tables import Doctor, RecordRequest, Visit
from secondopinion.ui import export_dialog
from secondopinion.ui.jobs import wait_for_jobs
from secondopinion.ui.next_steps_tab import NextStepsTab
from secondopinion.ui.pdf_password import PdfPasswordDialog

PASSWORD = "tell it by phone"


def _journal(path: Path) -> dict[str, int]:
    with Journal.create(path) as j:
        cid = create_concern(j, "Knee pain").id or 0
        doctor = commands.add(j, Doctor(name="Dr. Amal Haddad")).id or 0
        planned = commands.add(
            j,
            Visit(
                concern_id=cid,
                doctor_id=doctor,
                visit_on=date.today() + timedelta(days=5),
                visit_time=time(10, 15),
                place="Clinic 4",
            ),
        ).id
        overdue = commands.add(
            j,
            RecordRequest(
                concern_id=cid,
                kind=RecordKind.LAB_REPORT.value,
                source="City Lab",
                status=RecordStatus.REQUESTED.value,
                requested_on=date.today() - timedelta(days=40),
                due_on=date.today() - timedelta(days=10),
            ),
        ).id
    return {"concern": cid, "planned": planned or 0, "overdue": overdue or 0}


def _page(window: Any) -> NextStepsTab:
    return window.findChild(NextStepsTab, "nextStepsTab")


def test_a_concern_with_something_pending_opens_on_next_steps(
    make_window: Any, tmp_path: Path, qtbot: Any
) -> None:
    path = tmp_path / "steps.sojournal"
    ids = _journal(path)
    window = make_window(path)
    page = _page(window)
    qtbot.waitUntil(lambda: window.tabs.currentWidget() is page)
    assert window.tabs.indexOf(page) == 0
    assert [s.kind for s in page.model.steps] == [StepKind.PLANNED_VISIT, StepKind.RECORD_OVERDUE]
    first = page.model.index(0, 0).data(Qt.ItemDataRole.DisplayRole)
    assert "Dr. Amal Haddad" in first and "10:15" in first and "Clinic 4" in first
    assert "5 questions to bring" in first  # the standard five, ticked to bring
    second = page.model.index(1, 0).data(Qt.ItemDataRole.DisplayRole)
    assert "Lab report from City Lab was due on" in second
    assert page.packet_button.isEnabled()

    # Enter on the overdue request opens it on the Records tab.
    page.view.setCurrentIndex(page.model.index(1, 0))
    assert not page.packet_button.isEnabled()
    page.open_step(page.view.currentIndex())
    assert window.tabs.currentWidget().objectName() == "recordsTab"

    # Receiving the records makes the item go away (the page is recomputed when shown again).
    commands.update(window.journal, RecordRequest, ids["overdue"], status="received")
    window.ctx.changed("record_request", None)
    window.tabs.setCurrentWidget(page)
    assert [s.kind for s in page.model.steps] == [StepKind.PLANNED_VISIT]

    # The planned visit opens in the Visits tab's list of planned visits.
    page.open_step(page.model.index(0, 0))
    visits = window.tabs.currentWidget()
    assert visits.objectName() == "visitsTab"
    assert visits.planned_current.key == ids["planned"]


def test_the_page_is_recomputed_only_while_shown(
    make_window: Any, tmp_path: Path, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "steps.sojournal"
    ids = _journal(path)
    window = make_window(path)
    page = _page(window)
    qtbot.waitUntil(lambda: window.tabs.currentWidget() is page)
    calls: list[int] = []
    real = next_steps_service.next_steps

    def counted(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(next_steps_service, "next_steps", counted)
    window.tabs.setCurrentIndex(1)  # Signs
    for _ in range(5):  # entries typed on the Signs tab
        window.ctx.changed("symptom_entry", None)
    commands.update(window.journal, RecordRequest, ids["overdue"], status="received")
    window.ctx.changed("record_request", None)
    assert calls == []  # nothing recomputed while another tab is in front
    assert len(page.model.steps) == 2  # still what it showed

    window.tabs.setCurrentWidget(page)
    assert len(calls) == 1  # once, when shown, and up to date
    assert [s.kind for s in page.model.steps] == [StepKind.PLANNED_VISIT]
    window.ctx.changed("record_request", None)  # in front: at once
    assert len(calls) == 2
    window.tabs.setCurrentIndex(1)
    window.ctx.changed("visit", None)
    assert len(calls) == 2 and page.has_steps  # asking for it recomputes it
    assert len(calls) == 3


def test_prepare_the_packet_picks_the_planned_visit(
    make_window: Any, tmp_path: Path, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "steps.sojournal"
    ids = _journal(path)
    window = make_window(path)
    page = _page(window)
    opened: list[Any] = []
    real = export_dialog.show_export_dialog

    def spy(win: Any, visit_id: int | None = None) -> Any:
        dialog = real(win, visit_id=visit_id)
        opened.append(dialog)
        return dialog

    monkeypatch.setattr(export_dialog, "show_export_dialog", spy)
    page.view.setCurrentIndex(page.model.index(0, 0))
    page.packet_button.click()
    (dialog,) = opened
    assert dialog.appointment.currentData() == ("visit", ids["planned"])
    dialog.close()


def test_an_empty_page_says_so_and_suggests_the_next_step(
    make_window: Any, tmp_path: Path, qtbot: Any
) -> None:
    path = tmp_path / "calm.sojournal"
    with Journal.create(path) as j:
        create_concern(j, "Knee pain")
    window = make_window(path)
    page = _page(window)
    assert not page.has_steps
    assert window.tabs.currentWidget() is not page
    window.tabs.setCurrentWidget(page)
    assert page.empty.isVisible() and not page.view.isVisible()
    assert "Nothing is waiting for you" in page.empty.text()
    assert "Doctors tab" in page.empty.text()


def _fill_password(first: str, second: str) -> Any:
    def exec_(self: PdfPasswordDialog) -> int:
        self.password.setText(first)
        self.again.setText(second)
        self.accept()
        if self.result() != QDialog.DialogCode.Accepted:
            self.reject()
        return self.result()

    return exec_


def test_the_password_dialog_refuses_mismatch_and_forgets(qtbot: Any) -> None:
    dialog = PdfPasswordDialog()
    qtbot.addWidget(dialog)
    assert "another way" in dialog.findChild(object, "pdfPasswordExplain").text()
    dialog.password.setText(PASSWORD)
    dialog.again.setText("something else")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "not the same" in dialog.error.text()
    dialog.again.setText(PASSWORD)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.password.text() == "" and dialog.again.text() == ""
    assert dialog.take_password() == PASSWORD
    assert dialog.take_password() == ""


def test_the_packet_exported_with_a_password_is_encrypted(
    make_window: Any, tmp_path: Path, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "steps.sojournal"
    _journal(path)
    window = make_window(path)
    target = tmp_path / "packet.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "PDF"))
    )
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a, **k: None))
    monkeypatch.setattr(PdfPasswordDialog, "exec", _fill_password(PASSWORD, PASSWORD))
    dialog = export_dialog.show_export_dialog(window)
    assert dialog is not None
    dialog.protect.setChecked(True)
    dialog.export()
    wait_for_jobs()
    qtbot.waitUntil(target.exists)
    refused = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True)
    assert refused.returncode != 0
    opened = subprocess.run(
        ["pdftotext", "-upw", PASSWORD, str(target), "-"], capture_output=True, text=True
    )
    assert "Knee pain" in opened.stdout
    settings_file = Path(window.settings.fileName())
    if settings_file.exists():
        assert PASSWORD not in settings_file.read_text(errors="replace")


def test_a_change_to_a_table_the_steps_do_not_read_recomputes_nothing(
    make_window: Any, tmp_path: Path, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """In front, the page recomputes on a change of what it reads; a symptom entry typed, a
    sign ticked or a treatment change leaves it as it is (and it is still up to date)."""
    path = tmp_path / "steps.sojournal"
    ids = _journal(path)
    window = make_window(path)
    page = _page(window)
    qtbot.waitUntil(lambda: window.tabs.currentWidget() is page)
    calls: list[int] = []
    real = next_steps_service.next_steps

    def counted(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(next_steps_service, "next_steps", counted)
    for table in ("symptom_entry", "sign", "treatment_change", "person", "attachment"):
        window.ctx.changed(table, None)
    assert calls == []
    commands.update(window.journal, RecordRequest, ids["overdue"], status="received")
    window.ctx.changed("record_request", None)
    assert len(calls) == 1
    assert [s.kind for s in page.model.steps] == [StepKind.PLANNED_VISIT]
