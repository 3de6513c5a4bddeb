"""Slow work and closing: File > Import JSON runs in the background with a progress dialog, and
no job ever outlives the journal it works on. Closing the window, or opening another journal,
while a job runs waits for it behind a progress dialog (or stays open, if the person says so).

Each test makes a real job slow: the service it calls waits at a gate before doing its real
work on the real journal, and records whether that journal was still open when it went on.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QProgressDialog, QPushButton

from secondopinion.services import backup, jsonio
from secondopinion.store import commands
from secondopinion.store.tables import Concern
from secondopinion.ui import restore_dialog

GATE_SECONDS = 10  # long enough for a loaded machine; short enough not to hang a broken one


class SlowService:
    """``module.name`` waits at a gate, then does its real work; remembers what it found."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, module: Any, name: str) -> None:
        self.gate = threading.Event()
        self.started = threading.Event()
        self.journal_closed_when_resumed: bool | None = None
        self.thread: int | None = None
        real: Callable[..., Any] = getattr(module, name)

        def slow(journal: Any, *args: Any, **kwargs: Any) -> Any:
            self.thread = threading.get_ident()
            self.started.set()
            self.gate.wait(GATE_SECONDS)
            self.journal_closed_when_resumed = journal.closed
            return real(journal, *args, **kwargs)

        monkeypatch.setattr(module, name, slow)


def open_gate_when_shown(name: str, slow: SlowService, seen: list[str]) -> QTimer:
    """Open the gate once a visible progress dialog called ``name`` shows (and say so)."""
    timer = QTimer()
    timer.setInterval(20)

    def look() -> None:
        for widget in QApplication.topLevelWidgets():
            shown = isinstance(widget, QProgressDialog) and widget.isVisible()
            if shown and widget.objectName() == name:
                seen.append(widget.labelText())
                slow.gate.set()
                timer.stop()

    timer.timeout.connect(look)
    timer.start()
    return timer


def test_closing_the_window_waits_for_a_running_export(window, qtbot, monkeypatch, tmp_path):
    out = tmp_path / "export.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    slow = SlowService(monkeypatch, jsonio, "export_json")
    journal = window.journal
    window.json_transfer.export_json()
    assert slow.started.wait(5)
    seen: list[str] = []
    timer = open_gate_when_shown("finishingJobs", slow, seen)
    assert window.close()
    timer.stop()
    slow.gate.set()
    assert seen and "JSON export" in seen[0]  # the window said what it was waiting for
    assert slow.journal_closed_when_resumed is False  # the job never met a closed journal
    assert journal.closed and window.journal is None  # and the journal went after it
    assert json.loads(out.read_text(encoding="utf-8"))["format"] == jsonio.FORMAT


def test_the_person_can_keep_the_window_open_while_a_job_runs(window, qtbot, monkeypatch):
    slow = SlowService(monkeypatch, backup, "back_up_now")
    restore_dialog.back_up_now(window)
    assert slow.started.wait(5)

    def keep_it_open() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QProgressDialog) and widget.isVisible():
                (button,) = widget.findChildren(QPushButton)
                assert button.text() == "Keep it open"
                button.click()
                return
        QTimer.singleShot(20, keep_it_open)

    QTimer.singleShot(0, keep_it_open)
    assert not window.close()
    assert window.isVisible() and window.journal is not None and not window.journal.closed
    slow.gate.set()
    qtbot.waitUntil(lambda: "Backed up" in window.statusBar().currentMessage(), timeout=10_000)
    assert slow.journal_closed_when_resumed is False


def test_opening_another_journal_waits_for_a_backup_of_the_first(
    window, qtbot, monkeypatch, tmp_path
) -> None:
    slow = SlowService(monkeypatch, backup, "back_up_now")
    first = window.journal
    restore_dialog.back_up_now(window)
    assert slow.started.wait(5)
    seen: list[str] = []
    timer = open_gate_when_shown("finishingJobs", slow, seen)
    assert window.open_path(tmp_path / "second.sojournal", create=True)
    timer.stop()
    slow.gate.set()
    assert seen and "backup" in seen[0]
    assert slow.journal_closed_when_resumed is False
    assert first.closed and window.journal is not first
    assert list(backup.backups_folder(first.path).glob("*"))  # the backup was made


def test_import_json_runs_in_the_background_with_progress(
    make_window, demo_path, qtbot, monkeypatch, tmp_path
) -> None:
    source = tmp_path / "demo.json"
    window = make_window(demo_path)
    jsonio.export_json(window.journal, source)
    window.close()
    target = make_window(tmp_path / "empty.sojournal", create=True)
    assert target.concern_bar.picker.count() == 0
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(source), ""))
    slow = SlowService(monkeypatch, jsonio, "import_json")
    gui = threading.get_ident()

    # Returns at once; the import waits at its gate off the GUI thread.
    target.json_transfer.import_json()
    assert slow.started.wait(5)
    progress = target.findChild(QProgressDialog, "importingJson")
    assert progress is not None and progress.isVisible()
    assert "demo.json" in progress.labelText()
    assert slow.thread != gui
    slow.gate.set()
    qtbot.waitUntil(lambda: target.concern_bar.picker.count() > 0, timeout=10_000)
    shown = target.findChild(QProgressDialog, "importingJson")
    assert shown is None or not shown.isVisible()  # gone once it is done
    assert len(commands.rows(target.journal, Concern)) == target.concern_bar.picker.count()
    assert "Imported" in target.statusBar().currentMessage()


def test_a_closed_journal_refuses_every_read_and_write(demo_path: Path) -> None:
    from secondopinion.store.errors import JournalClosed
    from secondopinion.store.journal import Journal

    journal = Journal.open(demo_path)
    journal.close()
    with pytest.raises(JournalClosed):
        commands.rows(journal, Concern)
