"""The packet export dialog and the comparison export, driven like a person would."""

from __future__ import annotations

import shutil
import stat
import subprocess
import tempfile
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox, QWidget

from secondopinion.report.data import Section
from secondopinion.store.journal import Journal
from secondopinion.ui import comparison_export, export_dialog, pdf_preview
from secondopinion.ui.context import JournalContext
from secondopinion.ui.jobs import wait_for_jobs


class FakeWindow(QWidget):
    """What the dialog reads on the main window: its journal and its context's concern."""

    def __init__(self, journal: Journal, concern_id: int | None) -> None:
        super().__init__()
        self.journal = journal
        self.ctx = JournalContext(self)
        self.ctx.journal = journal
        self.ctx.concern_id = concern_id


def _text(path: Path) -> str:
    done = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True)
    return done.stdout


@pytest.fixture
def save_to(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    target = tmp_path / "out" / "packet.pdf"
    target.parent.mkdir()
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "PDF"))
    )
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a, **k: None))
    return target


def test_dialog_starts_on_the_current_concern_with_everything_on(
    qtbot: Any, journal: Journal
) -> None:
    window = FakeWindow(journal, 2)
    qtbot.addWidget(window)
    dialog = export_dialog.show_export_dialog(window)
    assert dialog is not None
    assert dialog.concern.currentText() == "Chronic lower back pain"
    assert dialog.sections() == frozenset(Section)
    assert dialog.paper.currentData() in ("a4", "letter")
    assert dialog.appointment.count() >= 2  # none, plus its doctors and visits
    dialog.close()


def test_export_writes_the_chosen_sections_off_the_gui_thread(
    qtbot: Any, journal: Journal, save_to: Path
) -> None:
    window = FakeWindow(journal, 1)
    qtbot.addWidget(window)
    dialog = export_dialog.show_export_dialog(window)
    assert dialog is not None
    dialog.section_boxes[Section.NOTES].setChecked(False)
    dialog.section_boxes[Section.SYMPTOMS].setChecked(False)
    dialog.paper.setCurrentIndex(dialog.paper.findData("letter"))
    dialog.appointment.setCurrentIndex(dialog.appointment.count() - 1)  # the oldest visit

    dialog.export_button.click()
    assert dialog.progress.isVisibleTo(dialog)  # busy while the job runs
    assert not dialog.export_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.saved_to is not None, timeout=30_000)

    assert stat.S_IMODE(save_to.stat().st_mode) == 0o600
    text = _text(save_to)
    assert "Questions for this appointment" in text
    assert "Notes from the appointment" not in text
    assert "Severity over time" not in text
    assert "Page 1 of" in text


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm draws the preview")
def test_preview_shows_pages_before_saving(qtbot: Any, journal: Journal) -> None:
    window = FakeWindow(journal, 1)
    qtbot.addWidget(window)
    dialog = export_dialog.show_export_dialog(window)
    assert dialog is not None
    dialog.preview_button.click()
    qtbot.waitUntil(lambda: dialog.busy == 0, timeout=30_000)
    first = dialog.findChild(QLabel, "previewPage1")
    assert first is not None and not first.pixmap().isNull()
    assert first.pixmap().height() > first.pixmap().width()  # a portrait page
    assert "Preview ready" in dialog.status.text()


def test_rasterise_uses_no_temporary_files(journal: Journal, tmp_path: Path) -> None:
    if shutil.which("pdftoppm") is None:
        assert pdf_preview.rasterise(b"%PDF-") == []
        return
    from secondopinion.services.packet import export_packet

    out = tmp_path / "p.pdf"
    export_packet(journal, 1, out, "a4")
    folders = [Path(tempfile.gettempdir()), Path.cwd(), tmp_path]
    before = [set(f.iterdir()) for f in folders]
    pages = pdf_preview.rasterise(out.read_bytes(), pages=2)
    assert len(pages) == 2 and all(p.startswith(b"\x89PNG") for p in pages)
    assert [set(f.iterdir()) for f in folders] == before


def test_export_comparison_pdf(qtbot: Any, journal: Journal, save_to: Path) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    finished: list[Path | None] = []
    comparison_export.export_comparison_pdf(parent, journal, 1, visit_ids=[1, 3],
                                        on_done=finished.append)  # fmt: skip
    qtbot.waitUntil(lambda: bool(finished), timeout=30_000)
    assert finished == [save_to]
    text = _text(save_to)
    assert "Comparison of opinions" in text and "2 visits side by side" in text


def test_cancelled_save_writes_nothing(
    qtbot: Any, journal: Journal, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: ("", "")))
    finished: list[Path | None] = []
    comparison_export.export_comparison_pdf(None, journal, 1, on_done=finished.append)
    assert finished == [None]
    assert wait_for_jobs(5_000)
    assert list(tmp_path.glob("**/*.pdf")) == []


def test_main_window_opens_the_dialog_on_its_concern(qtbot: Any, window: Any) -> None:
    dialog = export_dialog.show_export_dialog(window)
    assert dialog is not None and dialog.isVisible()
    assert dialog.concern_id() == window.ctx.concern_id
    dialog.close()
