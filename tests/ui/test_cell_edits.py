"""Text typed into a table cell is never lost: a refused or failed save opens the cell again."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from secondopinion.services.journal_rows import Question
from secondopinion.ui.questions_tab import QuestionsTab
from tests.ui.full_disk import FullDisk


def _editor(view: Any) -> QLineEdit | None:
    found = [e for e in view.findChildren(QLineEdit) if e.isVisible()]
    return found[0] if found else None


def _type_into_cell(qtbot: Any, view: Any, row: int, column: int, text: str) -> QLineEdit:
    index = view.model().index(row, column)
    view.setCurrentIndex(index)
    view.edit(index)
    editor = _editor(view)
    assert editor is not None
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()  # the edit is committed, and its editor closed
    return editor


def test_a_cell_whose_save_fails_opens_again_with_the_typed_text(
    window: Any, qtbot: Any, monkeypatch: Any
) -> None:
    tab = window.findChild(QuestionsTab, "questionsTab")
    window.tabs.setCurrentWidget(tab)
    view = tab.view
    column = next(i for i, c in enumerate(tab.model.columns) if c.field == "text")
    source = tab.proxy.mapToSource(view.model().index(0, column))
    question: Question = tab.model.row_at(source).question
    before = question.text
    disk = FullDisk(monkeypatch)
    disk.full = True

    first = _type_into_cell(qtbot, view, 0, column, "Is watchful waiting an option?")
    assert disk.refused == 1
    qtbot.waitUntil(lambda: _editor(view) not in (None, first))  # closed, then opened again
    editor = _editor(view)
    assert editor is not None and editor.text() == "Is watchful waiting an option?"
    assert "disk is full" in tab.list_error.text()  # and the tab says why
    assert tab.model.row_at(source).question.text == before  # nothing half-written

    disk.free()  # room again: Enter in the reopened editor saves what was typed
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert tab.model.row_at(source).question.text == "Is watchful waiting an option?"
    assert _editor(view) is None


def test_a_refused_value_stays_in_the_cell_until_escape(window: Any, qtbot: Any) -> None:
    tab = window.findChild(QuestionsTab, "questionsTab")
    window.tabs.setCurrentWidget(tab)
    view = tab.view
    column = next(i for i, c in enumerate(tab.model.columns) if c.field == "text")
    source = tab.proxy.mapToSource(view.model().index(0, column))
    before = tab.model.row_at(source).question.text
    too_long = "why? " * 500  # 2,500 characters, past a question's 2,000: refused, says why

    _type_into_cell(qtbot, view, 0, column, "x")
    editor = _editor(view)
    assert editor is None  # a good value is saved and the editor closes
    assert tab.model.row_at(source).question.text == "x"
    qtbot.wait(50)  # the tab lists its questions afresh after a save

    index = view.model().index(0, column)
    view.edit(index)
    editor = _editor(view)
    assert editor is not None
    editor.setText(too_long)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _editor(view) not in (None, editor))  # closed, then opened again
    assert _editor(view).text() == too_long  # type: ignore[union-attr]
    assert tab.list_error.text()
    qtbot.keyClick(_editor(view), Qt.Key.Key_Escape)  # the person gives it up
    QApplication.processEvents()
    assert _editor(view) is None
    source = tab.proxy.mapToSource(view.model().index(0, column))
    assert tab.model.row_at(source).question.text == "x" != before
