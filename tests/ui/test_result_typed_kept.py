"""A result typed by hand is never lost to a failed write: the dialog stays open and says why."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog

from secondopinion.ui.results_page import ResultDialog
from tests.ui.full_disk import FullDisk


def _results_page(window: Any) -> Any:
    from secondopinion.ui.records_tab import RecordsTab

    tab = window.findChild(RecordsTab)
    window.tabs.setCurrentWidget(tab)
    return tab.results


def _tests_listed(page: Any) -> list[str]:
    proxy = page.tests_proxy
    return [proxy.index(r, 0).data() for r in range(proxy.rowCount())]


def test_add_result_on_a_full_disk_keeps_the_dialog_and_saves_on_retry(
    window: Any, monkeypatch: Any
) -> None:
    window.open_item("result", 1)
    page = _results_page(window)
    disk = FullDisk(monkeypatch)
    seen: dict[str, Any] = {}

    def fill(dialog: ResultDialog) -> int:
        dialog.test.setText("Vitamin D")
        dialog.value.setText("21")
        dialog.unit.setText("ng/mL")
        disk.full = True
        dialog._check()  # Save on a full disk: nothing escapes, nothing closes
        seen["refused"] = disk.refused
        seen["error"] = dialog.error.text()
        seen["kept"] = (dialog.test.text(), dialog.value.text(), dialog.unit.text())
        seen["open"] = dialog.result() != QDialog.DialogCode.Accepted
        disk.free()
        dialog._check()  # Save again, with room
        return dialog.result()

    monkeypatch.setattr(ResultDialog, "exec", fill)
    page.add_result()
    assert seen["refused"] == 1
    assert seen["error"].startswith("Not saved:") and "disk is full" in seen["error"]
    assert seen["kept"] == ("Vitamin D", "21", "ng/mL") and seen["open"]
    assert "Vitamin D" in _tests_listed(page)  # the retry wrote it, once
    assert _tests_listed(page).count("Vitamin D") == 1


def test_edit_result_on_a_full_disk_keeps_the_dialog(window: Any, monkeypatch: Any) -> None:
    window.open_item("result", 1)
    page = _results_page(window)
    page.history.selectRow(0)
    disk = FullDisk(monkeypatch)
    seen: dict[str, Any] = {}

    def fill(dialog: ResultDialog) -> int:
        dialog.value.setText("99.5")
        disk.full = True
        dialog._check()
        seen["error"] = dialog.error.text()
        seen["value"] = dialog.value.text()
        seen["accepted"] = dialog.result() == QDialog.DialogCode.Accepted
        return QDialog.DialogCode.Rejected  # the person gives up

    monkeypatch.setattr(ResultDialog, "exec", fill)
    page.edit_selected()
    assert "disk is full" in seen["error"] and seen["value"] == "99.5"
    assert not seen["accepted"]
    assert not window.ctx.undo_stack.canUndo()  # no step the journal does not hold
