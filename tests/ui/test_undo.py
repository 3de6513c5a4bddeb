"""Undo and redo over a real journal: an added row comes back as it was when it was undone,
every group of steps is closed, and a step that fails leaves the journal and the undo stack
telling the same story."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QPushButton, QWidget

from secondopinion.store import commands
from secondopinion.store.tables import Question, SymptomEntry
from tests.ui.full_disk import FullDisk


def _entries(window) -> dict[int, SymptomEntry]:
    rows = commands.rows(window.journal, SymptomEntry)
    return {int(e.id): e for e in rows if e.concern_id == window.ctx.concern_id}


def test_redo_brings_back_an_added_entry_with_its_later_edits(window, qtbot) -> None:
    tab = window.signs_tab
    stack = window.ctx.undo_stack
    before = set(_entries(window))
    tab.log.entry_symptom.setEditText("Night sweats")
    tab.log.entry_severity.setValue(3)
    tab.log.entry_notes.setText("first note")
    qtbot.mouseClick(tab.findChild(QPushButton, "addEntry"), Qt.MouseButton.LeftButton)
    (new,) = set(_entries(window)) - before
    # Later, the person corrects the entry in the log itself.
    position = tab.log.log_model.position_of(new)
    assert tab.log.log_model.setData(tab.log.log_model.index(position, 3), "woke twice, soaked")
    assert tab.log.log_model.setData(tab.log.log_model.index(position, 2), 6)

    stack.undo()
    assert new not in _entries(window)
    stack.redo()
    back = _entries(window)[new]  # the same id
    assert (back.symptom, back.severity, back.notes) == ("Night sweats", 6, "woke twice, soaked")
    assert tab.log.log_model.position_of(new) is not None


def test_redo_brings_back_an_added_question_with_its_later_wording(window, qtbot) -> None:
    tab = window.tabs.findChild(QWidget, "questionsTab")
    window.show_tab(window.tabs.indexOf(tab))
    qtbot.keyClicks(tab.new_text, "Is watchful waiting an option?")
    tab.add()
    key = tab.current.key
    wording = tab.detail.form.fields["text"].widget
    wording.setPlainText("Is watchful waiting safe for six months?")
    tab.detail.form.flush()
    window.ctx.undo_stack.undo()
    assert commands.get(window.journal, Question, key) is None
    window.ctx.undo_stack.redo()
    assert commands.get(window.journal, Question, key).text == (
        "Is watchful waiting safe for six months?"
    )


def _select_entries(tab, keys: list[int]) -> None:
    tab.log.log_view.clearSelection()
    for key in keys:
        index = tab.log.log_proxy.mapFromSource(
            tab.log.log_model.index(tab.log.log_model.position_of(key), 0)
        )
        tab.log.log_view.selectionModel().select(
            index,
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )


def test_a_group_whose_second_step_fails_is_closed_and_holds_the_first(
    window, qtbot, monkeypatch
) -> None:
    tab = window.signs_tab
    stack = window.ctx.undo_stack
    entries = _entries(window)
    assert len(entries) >= 3
    chosen = sorted(entries)[:3]
    _select_entries(tab, chosen)
    disk = FullDisk(monkeypatch)
    disk.fail_after(1)  # the first delete is written, the second meets a full disk
    tab.log.delete_entries()  # no exception escapes: the status bar says what happened
    assert "disk is full" in window.statusBar().currentMessage()
    disk.free()

    gone = [k for k in chosen if k not in _entries(window)]
    assert len(gone) == 1  # the journal holds the first delete and nothing more
    assert stack.undoText().startswith("Delete")  # one closed group, not an open macro
    tab.log.entry_symptom.setEditText("Cramps")  # the next step is a step of its own
    qtbot.mouseClick(tab.findChild(QPushButton, "addEntry"), Qt.MouseButton.LeftButton)
    assert stack.undoText() == "Add symptom entry"
    stack.undo()
    stack.undo()  # the group takes back exactly the delete that was written
    assert set(chosen) <= set(_entries(window))
    assert set(_entries(window)) == set(entries)
    stack.redo()
    assert [k for k in chosen if k not in _entries(window)] == gone


def test_an_undo_that_cannot_be_written_is_not_claimed(window, qtbot, monkeypatch) -> None:
    tab = window.signs_tab
    stack = window.ctx.undo_stack
    chosen = sorted(_entries(window))[:2]
    _select_entries(tab, chosen)
    tab.log.delete_entries()
    assert not set(chosen) & set(_entries(window))
    count = stack.count()
    disk = FullDisk(monkeypatch)
    disk.hiccup_after(1)  # the first entry comes back, the second does not
    stack.undo()
    assert "disk is full" in window.statusBar().currentMessage()
    # Either both came back or neither did; the group leaves the stack rather than lie.
    assert not set(chosen) & set(_entries(window))
    assert stack.count() == count - 1


def test_an_add_that_cannot_be_written_keeps_the_typed_text(window, qtbot, monkeypatch) -> None:
    tab = window.signs_tab
    before = set(_entries(window))
    count = window.ctx.undo_stack.count()
    tab.log.entry_symptom.setEditText("Dizziness")
    tab.log.entry_notes.setText("on standing")
    disk = FullDisk(monkeypatch)
    disk.full = True
    tab.log.add_entry()  # no exception escapes the button
    assert "disk is full" in window.statusBar().currentMessage()
    assert tab.log.entry_notes.text() == "on standing"  # still there to add again
    assert set(_entries(window)) == before and window.ctx.undo_stack.count() == count
    disk.free()
    tab.log.add_entry()
    assert len(set(_entries(window)) - before) == 1
