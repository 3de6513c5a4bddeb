"""Typed text is never lost to a failed write (a full disk, a read-only file, a journal gone).

The field keeps the text and says it is not saved, the status bar never claims it is, the next
flush writes it once the disk has room, and closing the window asks first.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit

from secondopinion.store import commands
from secondopinion.store.tables import Concern
from tests.ui.full_disk import FullDisk


def _stored(window, field: str) -> object:
    return getattr(commands.get(window.journal, Concern, window.ctx.concern_id), field)


def test_a_failed_write_keeps_the_typed_text_and_retries(window, qtbot, monkeypatch) -> None:
    form = window.signs_tab.concern_form
    diagnosis = form.fields["original_diagnosis"].widget
    assert isinstance(diagnosis, QLineEdit)
    before = _stored(window, "original_diagnosis")
    disk = FullDisk(monkeypatch)
    disk.full = True

    diagnosis.setFocus()
    diagnosis.selectAll()
    qtbot.keyClicks(diagnosis, "Adenomyosis, not fibroids")
    form.flush()  # the pause after typing

    assert disk.refused == 1
    assert diagnosis.text() == "Adenomyosis, not fibroids"  # still shown
    assert form.pending == {"original_diagnosis"}  # and still to be written
    message = form.error_text("original_diagnosis")
    assert "Not saved" in message and "disk is full" in message
    assert _stored(window, "original_diagnosis") == before
    assert window.ctx.unsaved() and "disk is full" in window.ctx.unsaved()[0]

    form.flush()  # the next pause tries again; the disk is still full
    assert disk.refused == 2 and form.pending == {"original_diagnosis"}

    disk.free()
    form.flush()
    assert _stored(window, "original_diagnosis") == "Adenomyosis, not fibroids"
    assert form.pending == set()
    assert form.error_text("original_diagnosis") == ""
    assert window.ctx.unsaved() == []


def test_text_typed_for_a_row_left_behind_is_written_later(window, qtbot, monkeypatch) -> None:
    """Moving to another concern while the disk is full does not throw the text away."""
    form = window.signs_tab.concern_form
    first = window.ctx.concern_id
    disk = FullDisk(monkeypatch)
    disk.full = True
    by = form.fields["diagnosed_by"].widget
    by.setFocus()
    by.selectAll()
    qtbot.keyClicks(by, "Dr Okafor, St Mary's")
    form.flush()
    assert form.pending == {"diagnosed_by"}

    form.load(None)  # the form moves away (another concern, or none)
    assert window.ctx.unsaved(), "the held text is still reported as not saved"
    disk.free()
    form.flush()
    assert window.ctx.unsaved() == []
    assert commands.get(window.journal, Concern, first).diagnosed_by == "Dr Okafor, St Mary's"


def test_a_choice_that_cannot_be_written_is_kept_and_said(window, monkeypatch) -> None:
    form = window.signs_tab.concern_form
    status = form.fields["status"].widget
    disk = FullDisk(monkeypatch)
    disk.full = True
    status.setCurrentIndex((status.currentIndex() + 1) % status.count())  # saves at once
    assert form.pending == {"status"}
    assert "disk is full" in form.error_text("status")
