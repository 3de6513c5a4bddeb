"""The Questions tab: add, reword, reorder (keys and drag), retire, bring, delete, reopen."""

from pathlib import Path

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from secondopinion.domain.standard import STANDARD_QUESTIONS
from secondopinion.services import questions as question_service
from secondopinion.store import commands
from secondopinion.store.tables import Answer, Question
from secondopinion.ui.questions_tab import QuestionsTab


def _tab(window) -> QuestionsTab:
    tab = window.findChild(QuestionsTab, "questionsTab")
    window.tabs.setCurrentWidget(tab)
    return tab


def _texts(tab: QuestionsTab) -> list[str]:
    return [
        tab.model.row_at(tab.proxy.mapToSource(tab.proxy.index(r, 0))).question.text
        for r in range(tab.proxy.rowCount())
    ]


def _focus(window, qtbot, widget) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    widget.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)


def _drop(tab: QuestionsTab, source_row: int, target_row: int, *, above: bool) -> None:
    """Deliver what a drag of one row onto another delivers to the view's viewport.

    Qt only routes drop events that come from a real drag (spontaneous ones) through
    QApplication, so the event goes straight to the filter the tab installed on the viewport;
    the mime data is the one the model hands to a real drag.
    """
    assert tab.view.dragEnabled() and tab.view.viewport().acceptDrops()
    source = tab.proxy.index(source_row, 2)
    assert source.flags() & Qt.ItemFlag.ItemIsDragEnabled
    mime = tab.proxy.mimeData([source])
    rect = tab.view.visualRect(tab.proxy.index(target_row, 2))
    y = rect.top() + 2 if above else rect.bottom() - 2
    event = QDropEvent(
        QPointF(rect.center().x(), y),
        Qt.DropAction.MoveAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    drop_filter = next(c for c in tab.view.children() if type(c).__name__ == "_DropFilter")
    assert drop_filter.eventFilter(tab.view.viewport(), event)
    assert event.isAccepted()


def test_questions_edited_reordered_retired_and_kept(make_window, tmp_path: Path, qtbot) -> None:
    path = tmp_path / "mine.sojournal"
    window = make_window(path, create=True)
    qtbot.keyClicks(window.welcome.first_title, "Chronic back pain")
    qtbot.keyClick(window.welcome.first_title, Qt.Key.Key_Return)
    tab = _tab(window)
    standard = [text for _key, text in STANDARD_QUESTIONS]
    assert _texts(tab) == standard
    assert "5 questions · 5 to bring next time" in tab.summary.text()

    # Add one; empty and a 5,000-character word are refused with a message, nothing lost.
    qtbot.keyClicks(tab.new_text, "How long is the recovery?")
    qtbot.keyClick(tab.new_text, Qt.Key.Key_Return)
    assert _texts(tab)[-1] == "How long is the recovery?"
    assert tab.new_text.text() == ""
    qtbot.keyClick(tab.new_text, Qt.Key.Key_Return)
    assert "cannot be empty" in tab.new_error.text()
    word = "w" * 5000
    tab.new_text.setText(word)
    tab.add()
    assert "at most 2,000" in tab.new_error.text()
    assert tab.new_text.text() == word  # still there to shorten
    assert len(tab.model.rows) == 6
    tab.new_text.clear()

    # Edit in place; an empty wording says why and keeps the stored one.
    own = tab.model.position_of(tab.current.key)
    assert tab.model.rows[own].question.text == "How long is the recovery?"
    index = tab.model.index(own, 2)
    assert tab.model.setData(index, "How long is the recovery, honestly? 😬")
    assert not tab.model.setData(index, "   ")
    assert "cannot be empty" in tab.list_error.text()
    qtbot.waitUntil(lambda: _texts(tab)[-1] == "How long is the recovery, honestly? 😬")

    # Keyboard reorder: Ctrl+Up twice moves it to fourth place.
    _focus(window, qtbot, tab.view)
    qtbot.keyClick(tab.view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(tab.view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert _texts(tab)[3] == "How long is the recovery, honestly? 😬"
    assert [tab.proxy.index(r, 0).data() for r in range(6)] == ["1", "2", "3", "4", "5", "6"]
    # The Move down button takes it back one; Ctrl+Z undoes that.
    qtbot.mouseClick(tab.findChild(QPushButton, "moveDown"), Qt.MouseButton.LeftButton)
    assert _texts(tab)[4].startswith("How long")
    window.ctx.undo_stack.undo()
    assert _texts(tab)[3].startswith("How long")

    # Drag the first question below the last one.
    _drop(tab, 0, 5, above=False)
    assert _texts(tab)[-1] == standard[0]
    _drop(tab, 5, 0, above=True)
    assert _texts(tab)[0] == standard[0]

    # Sort by the wording, then by order again.
    tab.view.sortByColumn(2, Qt.SortOrder.AscendingOrder)
    assert _texts(tab)[0].startswith("Are there")
    tab.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert _texts(tab)[0] == standard[0]

    # Filter.
    qtbot.keyClicks(tab.filter, "treatment")
    assert _texts(tab) == [standard[3]]
    tab.filter.clear()

    # Not bringing one, retiring another (hidden), restoring it.
    assert tab.model.setData(
        tab.model.index(1, 1), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole
    )
    tab.current.select(tab.model.rows[2].id)
    retired_text = tab.current.current().question.text
    tab.toggle_retired()
    assert retired_text not in _texts(tab)
    assert "1 retired" in tab.summary.text()
    tab.show_retired.setChecked(True)
    assert retired_text in _texts(tab)
    tab.current.select(next(q.id for q in tab.model.rows if q.question.retired))
    assert tab.retire_button.text() == "Restore"
    tab.toggle_retired()
    assert not any(q.question.retired for q in tab.model.rows)
    tab.toggle_retired()  # and retire it for good
    tab.show_retired.setChecked(False)

    # Delete (no answers yet, so no question asked), then undo, then delete again.
    tab.current.select(tab.model.rows[0].id)
    first = tab.current.current().question.text
    tab.delete()
    assert first not in _texts(tab)
    window.ctx.undo_stack.undo()
    assert first in _texts(tab)
    order = _texts(tab)
    window.close()

    again = _tab(make_window(path))
    assert _texts(again) == order
    rows = {q.question.text: q.question for q in again.model.rows}
    assert rows[retired_text].retired
    assert not again.model.rows[1].question.bring_next
    assert "How long is the recovery, honestly? 😬" in rows


def test_still_open_questions_are_marked_and_clear_when_answered(window) -> None:
    tab = _tab(window)
    own = "How would each option affect my work and recovery time?"
    position = next(i for i, q in enumerate(tab.model.rows) if q.question.text == own)
    status = tab.model.index(position, 3)
    assert status.data() == "⚠ Still open"
    assert "2026-08-12" in status.data(Qt.ItemDataRole.ToolTipRole)
    assert "Dr. Ana Iyer" in status.data(Qt.ItemDataRole.ToolTipRole)
    assert "1 still open" in tab.summary.text()
    tab.current.select(tab.model.rows[position].id)
    assert "Still open" in tab.detail.state_label.text()
    assert tab.detail.answers.model.rowCount() == 2  # asked at the second and third opinions
    # The answer is written on the Visits tab; the question stops being open.
    blank = next(g for g in tab.detail.answers.model.rows if not g.answer.answer.strip())
    commands.update(window.journal, Answer, blank.id, answer="Two weeks off work.")
    window.ctx.changed("answer")
    position = next(i for i, q in enumerate(tab.model.rows) if q.question.text == own)
    assert tab.model.index(position, 3).data() == "✓ Answered (2)"


def test_deleting_an_answered_question_asks_first(window, monkeypatch) -> None:
    tab = _tab(window)
    journal = window.journal
    tab.current.select(tab.model.rows[0].id)
    qid = tab.current.key
    answers = question_service.answer_count(journal, [qid])
    assert answers > 0
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    tab.delete()
    assert commands.get(journal, Question, qid) is not None
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    tab.delete()
    assert commands.get(journal, Question, qid) is None
    window.ctx.undo_stack.undo()
    assert question_service.answer_count(journal, [qid]) == answers


def test_show_item_finds_a_retired_question(window, qtbot) -> None:
    tab = _tab(window)
    retired = commands.rows(window.journal, Question, Question.retired == True)  # noqa: E712
    window.tabs.setCurrentIndex(0)
    window.ctx.open_item.emit("question", retired[0].id)
    assert window.tabs.currentWidget() is tab
    assert tab.show_retired.isChecked() and tab.current.key == retired[0].id
