"""Records > Results, File > Import records… with its preview, drag and drop, and Ctrl+Z."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QDialog

from secondopinion.services import results as results_service
from secondopinion.ui import records_import_dialog
from secondopinion.ui.records_import_dialog import PreviewDialog, import_records_files
from tests.unit import records_fixtures as fx


def _records(window):  # type: ignore[no-untyped-def]
    from secondopinion.ui.records_tab import RecordsTab

    return window.findChild(RecordsTab, "recordsTab")


def _texts(model, column: int) -> list[str]:  # type: ignore[no-untyped-def]
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_results_page_shows_one_row_per_test_with_flag_words_and_a_chart(window) -> None:
    window.open_item("result", 1)
    page = _records(window).results
    assert page.isVisible()
    assert _texts(page.tests_proxy, 0) == ["Ferritin", "Hemoglobin", "TSH"]
    flags = dict(zip(_texts(page.tests_proxy, 0), _texts(page.tests_proxy, 3), strict=True))
    assert flags["TSH"] == "▲ High"  # an arrow and a word, never colour alone
    hemoglobin = _texts(page.tests_proxy, 0).index("Hemoglobin")
    page.tests.setCurrentIndex(page.tests_proxy.index(hemoglobin, 0))
    assert page.history_model.rowCount() == 5
    assert _texts(page.history_proxy, 4).count("▼ Low") == 4
    assert page.chart.title == "Hemoglobin" and len(page.chart.results) == 5
    image = page.chart.grab().toImage()
    assert image.width() > 100  # it painted without raising


def test_import_preview_then_ctrl_z_takes_back_the_whole_import(
    window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    records = tmp_path / "summary.json"
    records.write_bytes(fx.bundle_json())
    shown: list[PreviewDialog] = []

    def accept(dialog: PreviewDialog) -> int:
        shown.append(dialog)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PreviewDialog, "exec", accept)
    journal = window.ctx.journal
    before = len(results_service.latest_per_test(journal))
    assert import_records_files(window, window.ctx, [records]) == 1
    preview = shown[0]
    kinds = _texts(preview.model, 0)
    assert kinds == ["Medications", "Allergies", "Conditions", "Procedures", "Results"]
    assert _texts(preview.model, 1) == ["1", "1", "1", "1", "4"]
    assert "Rosa María Quintana" in preview.person.text()
    page = _records(window).results
    assert (
        page.tests_model.rowCount() == before + 2
    )  # Systolic and Diastolic: Hemoglobin is a known test
    window.ctx.undo_stack.undo()
    assert len(results_service.latest_per_test(journal)) == before
    assert page.tests_model.rowCount() == before
    window.ctx.undo_stack.redo()
    assert page.tests_model.rowCount() == before + 2


def test_a_refused_file_says_so_and_writes_nothing(
    window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    said: list[str] = []
    monkeypatch.setattr(
        records_import_dialog.QMessageBox, "warning", lambda _p, _t, text: said.append(text)
    )
    pdf = tmp_path / "scan.pdf"
    pdf.write_bytes(b"%PDF-1.5 ...")
    assert import_records_files(window, window.ctx, [pdf]) == 0
    assert said == [
        "scan.pdf: This is a PDF document; the app reads FHIR R4 (JSON or XML) and C-CDA (XML) "
        "records files."
    ]
    assert window.ctx.undo_stack.count() == 0


def test_file_menu_and_drop_on_the_records_tab_import(
    window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtGui import QAction

    assert window.findChild(QAction, "actionImportRecords") is not None
    dropped: list[list[Path]] = []
    monkeypatch.setattr(
        records_import_dialog, "import_records_files", lambda _w, _c, paths: dropped.append(paths)
    )
    tab = _records(window)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(tmp_path / "a.json"))])
    event = QDropEvent(
        QPointF(5, 5),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    tab.dropEvent(event)
    assert dropped == [[tmp_path / "a.json"]]


def test_a_result_typed_by_hand_is_checked_and_undoable(window, monkeypatch) -> None:
    from secondopinion.ui.results_page import ResultDialog

    window.open_item("result", 1)
    page = _records(window).results

    def fill(dialog: ResultDialog) -> int:
        dialog.test.setText("Vitamin D")
        dialog.value.setText("not a number?")
        dialog.unit.setText("ng/mL")
        dialog.low.setText("thirty")
        dialog._check()
        assert dialog.error.text() == "Write a number, for example 12.5."
        dialog.low.setText("30")
        dialog.value.setText("<20")
        dialog._check()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ResultDialog, "exec", fill)
    page.add_result()
    assert "Vitamin D" in _texts(page.tests_proxy, 0)
    row = _texts(page.tests_proxy, 0).index("Vitamin D")
    assert page.tests_proxy.index(row, 1).data() == "<20"
    assert page.tests_proxy.index(row, 3).data() == "▼ Low"  # below the range, though not flagged
    window.ctx.undo_stack.undo()
    assert "Vitamin D" not in _texts(page.tests_proxy, 0)
