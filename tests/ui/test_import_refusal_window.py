"""File > Import JSON of a bad document: the window shows the same one line as the command line
(table, row, field), never a class name, and the journal holds what it held."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox

from secondopinion.services import jsonio


def test_a_bad_import_says_where_and_changes_nothing(
    make_window, demo_path: Path, qtbot, monkeypatch, tmp_path: Path
) -> None:
    window = make_window(demo_path)
    before = jsonio.export_document(window.journal)
    doc = json.loads(json.dumps(before))
    doc["tables"]["visit"][0]["kind"] = "bogus"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(doc), encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _parent, title, text, *a, **k: shown.append((title, text))
    )

    window.json_transfer.import_json()
    qtbot.waitUntil(lambda: bool(shown), timeout=15_000)

    visit_id = before["tables"]["visit"][0]["id"]
    assert shown == [
        (
            "Import failed",
            f'bad.json: visit row {visit_id}, field "kind": "bogus" is not allowed here; choose '
            "one of original, second_opinion, third_opinion, follow_up. Nothing was imported.",
        )
    ]
    assert jsonio.export_document(window.journal) == before
