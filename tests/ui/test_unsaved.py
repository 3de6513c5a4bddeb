"""Typed text is never lost to a failed write (a full disk, a read-only file, a journal gone).

The field keeps the text and says it is not saved, the status bar never claims it is, the next
flush writes it once the disk has room, and closing the window asks first.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox

from secondopinion.store import commands
from secondopinion.store.journal import Journal
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
    disk.free()
    form.flush()
    assert form.pending == set()


def test_the_status_bar_never_says_saved_while_something_is_not(window, qtbot, monkeypatch) -> None:
    form = window.signs_tab.concern_form
    title = form.fields["title"].widget
    by = form.fields["diagnosed_by"].widget
    disk = FullDisk(monkeypatch)
    disk.fail_after(1)  # one field is written, the next is not
    title.setFocus()
    qtbot.keyClicks(title, " (2026)")
    qtbot.keyClicks(by, "Dr Okafor")
    by.setFocus()  # leaving the title writes it
    form.flush()
    assert window.saved_label.text() == "Not saved"
    assert "disk is full" in window.statusBar().currentMessage()
    window.ctx.changed("concern")  # something else saved meanwhile does not change that
    assert window.saved_label.text() == "Not saved"
    disk.free()
    form.flush()
    assert window.saved_label.text().startswith("All changes saved")
    assert window.statusBar().currentMessage() == ""


def _answer_next_question(
    qtbot, button: str, seen: list[str], then: Callable[[], None] | None = None
) -> None:
    """Click ``button`` on the next message box, once it shows (it is modal: it runs its own
    event loop, in which this timer fires); then call ``then``."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or not box.isVisible():  # not yet, or answered
            QTimer.singleShot(20, click)
            return
        seen.append(box.text() + "\n" + box.informativeText())
        chosen = [b for b in box.buttons() if b.text().replace("&", "") == button]
        if not chosen:  # not the question asked for: fail the test, do not hang it
            seen.append(f"no {button!r} button")
            box.reject()
            return
        if then is not None:
            QTimer.singleShot(0, then)  # armed before the click: the next box may follow at once
        chosen[0].click()

    QTimer.singleShot(0, click)


def _type_unsaved(window, qtbot, monkeypatch, text: str) -> FullDisk:
    form = window.signs_tab.concern_form
    field = form.fields["original_diagnosis"].widget
    disk = FullDisk(monkeypatch)
    disk.full = True
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, text)
    form.flush()
    assert form.pending
    return disk


def test_closing_with_unsaved_text_can_be_cancelled(window, qtbot, monkeypatch) -> None:
    disk = _type_unsaved(window, qtbot, monkeypatch, "Adenomyosis")
    seen: list[str] = []
    _answer_next_question(qtbot, "Cancel", seen)
    assert not window.close()
    assert window.isVisible() and window.journal is not None
    assert "not saved" in seen[0] and "disk is full" in seen[0]
    assert window.signs_tab.concern_form.fields["original_diagnosis"].widget.text() == (
        "Adenomyosis"
    )
    disk.free()  # let the fixture close it


def test_closing_saves_again_once_there_is_room(window, qtbot, monkeypatch, demo_path) -> None:
    disk = _type_unsaved(window, qtbot, monkeypatch, "Adenomyosis")
    seen: list[str] = []

    def free_then_save_again() -> None:
        # The disk is still full at the first question: Save again asks again. Then the
        # person makes room and chooses Save again once more.
        if len(seen) == 1:
            disk.free()
        _answer_next_question(qtbot, "Save again", seen)

    _answer_next_question(qtbot, "Save again", seen, then=free_then_save_again)
    assert window.close()
    assert len(seen) == 2 and all("disk is full" in s for s in seen)  # asked twice
    with Journal.open(demo_path) as journal:
        (concern,) = [c for c in commands.rows(journal, Concern) if c.id == 1]
        assert concern.original_diagnosis == "Adenomyosis"


def test_closing_can_discard_what_cannot_be_written(window, qtbot, monkeypatch, demo_path) -> None:
    before = _stored(window, "original_diagnosis")
    _type_unsaved(window, qtbot, monkeypatch, "Adenomyosis")
    seen: list[str] = []
    _answer_next_question(qtbot, "Discard", seen)
    assert window.close()
    with Journal.open(demo_path) as journal:
        (concern,) = [c for c in commands.rows(journal, Concern) if c.id == 1]
        assert concern.original_diagnosis == before


def _tab(window, name: str):
    for i in range(window.tabs.count()):
        if window.tabs.widget(i).objectName() == name:
            window.tabs.setCurrentIndex(i)
            return window.tabs.widget(i)
    raise AssertionError(name)


def test_the_persons_name_is_kept_when_it_cannot_be_written(window, qtbot, monkeypatch) -> None:
    person = _tab(window, "recordsTab").health.person
    disk = FullDisk(monkeypatch)
    disk.full = True
    person.name.setFocus()
    person.name.selectAll()
    qtbot.keyClicks(person.name, "Amara Okafor")
    person.flush()
    assert person.pending == {"name"}
    assert "disk is full" in person.name_error.text()
    person.load()  # another tab's change reloads the page: the typed name stays
    assert person.name.text() == "Amara Okafor"
    assert window.saved_label.text() == "Not saved"
    disk.free()
    person.flush()
    assert person.pending == set() and window.ctx.unsaved() == []
    from secondopinion.services import records

    assert records.person(window.journal).name == "Amara Okafor"


def test_a_reflection_is_kept_when_it_cannot_be_written(window, qtbot, monkeypatch) -> None:
    tab = _tab(window, "visitsTab")
    feelings = tab.feelings
    visit_id = feelings.visit_id
    assert visit_id is not None
    disk = FullDisk(monkeypatch)
    disk.full = True
    feelings.reflection.setFocus()
    qtbot.keyClicks(feelings.reflection, " I left with more questions.")
    typed = feelings.reflection.toPlainText()
    feelings.flush()
    assert "disk is full" in feelings.error.text()
    assert feelings.reflection.toPlainText() == typed
    assert window.ctx.unsaved()
    disk.free()
    feelings.flush()  # the next flush writes it
    assert window.ctx.unsaved() == []
    from secondopinion.services import visits

    assert visits.feelings(window.journal, visit_id).reflection == typed


def test_a_cell_edit_that_cannot_be_written_says_why(window, monkeypatch) -> None:
    tab = window.signs_tab
    index = tab.log.log_model.index(0, 3)
    before = tab.log.log_model.data(index)
    disk = FullDisk(monkeypatch)
    disk.full = True
    assert not tab.log.log_model.setData(index, "woke twice")  # no exception escapes
    assert "disk is full" in tab.log.log_error.text()
    assert tab.log.log_model.data(index) == before  # the cell shows what is stored
    disk.free()
    assert tab.log.log_model.setData(index, "woke twice")
