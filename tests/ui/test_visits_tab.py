"""The Visits & feelings tab: a visit, its opinion, answers and feelings, kept across a reopen."""

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QPlainTextEdit, QPushButton

from secondopinion.services import doctors as doctor_service
from secondopinion.services import visits as visit_service
from secondopinion.store import commands
from secondopinion.store.tables import Doctor, Visit, VisitFeelings
from secondopinion.ui.visit_form import NewDoctorDialog
from secondopinion.ui.visits_tab import ANSWERS_PAGE, FEELINGS_PAGE, VisitsTab


def _tab(window) -> VisitsTab:
    tab = window.findChild(VisitsTab, "visitsTab")
    window.tabs.setCurrentWidget(tab)
    return tab


def _dates(tab: VisitsTab) -> list[date]:
    return [
        tab.model.row_at(tab.proxy.mapToSource(tab.proxy.index(r, 0))).visit.visit_on
        for r in range(tab.proxy.rowCount())
    ]


def _type(widget, text: str) -> None:  # type: ignore[no-untyped-def]
    if isinstance(widget, QPlainTextEdit):
        widget.setPlainText(text)
    else:
        widget.setText(text)
        widget.textEdited.emit(text)


def _flush(tab: VisitsTab) -> None:
    for form in tab.forms:
        form.flush()


def _fake_dialog(values: dict[str, str]):  # type: ignore[no-untyped-def]
    def exec_(self: NewDoctorDialog) -> int:
        for field, text in values.items():
            self.edits[field].setText(text)
        self.accept()
        return self.result()

    return exec_


def test_visit_opinion_answers_feelings_kept(make_window, tmp_path: Path, qtbot, monkeypatch):  # type: ignore[no-untyped-def]
    path = tmp_path / "mine.sojournal"
    window = make_window(path, create=True)
    qtbot.keyClicks(window.welcome.first_title, "Recommended hysterectomy")
    qtbot.keyClick(window.welcome.first_title, Qt.Key.Key_Return)
    tab = _tab(window)
    journal = window.journal
    assert tab.empty.isVisible() and "No visits yet" in tab.empty.text()
    assert not tab.pages.isEnabled()

    # A new visit brings the five standard questions, blank, ready for the answers.
    qtbot.mouseClick(tab.findChild(QPushButton, "newVisit"), Qt.MouseButton.LeftButton)
    assert len(tab.model.rows) == 1 and not tab.empty.isVisible()
    visit_id = tab.current.key
    assert tab.model.rows[0].visit.kind == "second_opinion"
    assert tab.model.rows[0].visit.visit_on == date.today()
    assert tab.answers.model.rowCount() == 5
    assert all(a.answer.answer == "" for a in tab.answers.model.rows)

    # A doctor met at the visit, created on the spot; a bad name is refused inside the dialog.
    monkeypatch.setattr(NewDoctorDialog, "exec", _fake_dialog({"name": "X" * 300}))
    tab.add_doctor()
    assert commands.count(journal, Doctor) == 0
    monkeypatch.setattr(
        NewDoctorDialog,
        "exec",
        _fake_dialog({"name": "Dr. Mei Chen", "specialty": "Interventional radiology"}),
    )
    tab.add_doctor()
    doctor = commands.rows(journal, Doctor)[0]
    assert commands.get(journal, Visit, visit_id).doctor_id == doctor.id
    assert doctor_service.concerns_of(journal, doctor.id) == {window.ctx.concern_id}
    assert tab.doctor_combo.currentData() == doctor.id
    assert tab.model.rows[0].doctor_name == "Dr. Mei Chen"
    # One undo step takes the whole addition back (doctor, link, choice); redo brings it all.
    window.ctx.undo_stack.undo()
    assert commands.count(journal, Doctor) == 0
    assert commands.get(journal, Visit, visit_id).doctor_id is None
    window.ctx.undo_stack.redo()
    assert commands.get(journal, Visit, visit_id).doctor_id == doctor.id
    assert doctor_service.concerns_of(journal, doctor.id) == {window.ctx.concern_id}
    tab.current.select(visit_id)
    assert tab.model.rows[0].doctor_name == "Dr. Mei Chen"

    # The opinion, saved as typed; a bad or empty date says why and keeps the stored one.
    date_field = tab.field("visit_on")
    _type(date_field, "2026-13-45")
    _flush(tab)
    left = tab.forms[0]
    assert "YYYY-MM-DD" in left.fields["visit_on"].error.text()
    _type(date_field, "")
    _flush(tab)
    assert "needs its date" in left.fields["visit_on"].error.text()
    assert commands.get(journal, Visit, visit_id).visit_on == date.today()
    _type(date_field, "2026-09-01")
    kind = tab.field("kind")
    assert isinstance(kind, QComboBox)
    kind.setCurrentIndex(kind.findData("third_opinion"))
    agreement = tab.field("agreement")
    agreement.setCurrentIndex(agreement.findData("partly"))
    long_word = "y" * 5000
    for field, text in (
        ("diagnosis", "Fibroids; adenomyosis possible"),
        ("treatment", "Embolisation first"),
        ("tests", "Pelvic MRI"),
        ("rationale", "Size <and> position & number"),
        ("in_my_place", "Try embolisation — تجربة"),
        ("notes", long_word),
    ):
        _type(tab.field(field), text)
    _flush(tab)
    assert left.fields["visit_on"].error.isHidden()
    stored = commands.get(journal, Visit, visit_id)
    assert (stored.visit_on, stored.kind, stored.agreement) == (
        date(2026, 9, 1),
        "third_opinion",
        "partly",
    )
    assert stored.notes == long_word
    agreement.setCurrentIndex(agreement.findData(""))  # "Not said" goes back to NULL
    assert commands.get(journal, Visit, visit_id).agreement is None
    agreement.setCurrentIndex(agreement.findData("partly"))

    # Answers side by side with the questions: in place, and in the box below.
    tab.pages.setCurrentIndex(ANSWERS_PAGE)
    answers = tab.answers
    assert answers.model.setData(answers.model.index(0, 1), "Partly: adenomyosis too.")
    answers.current.select(answers.model.rows[1].id)
    box = answers.form.fields["answer"].widget
    assert isinstance(box, QPlainTextEdit)
    box.setPlainText("Thyroid could play a part.\nWorth a blood test.")
    answers.form.flush()
    # Take one question off the visit, then add it back from the list of active questions.
    answers.current.select(answers.model.rows[4].id)
    answers.remove()
    assert answers.model.rowCount() == 4
    assert answers.askable.count() == 1 and answers.add_button.isEnabled()
    answers.add()
    assert answers.model.rowCount() == 5
    assert answers.askable.itemData(0) is None  # every active question is here now
    assert not answers.add_button.isEnabled()
    assert tab.model.rows[0].answered == 2

    # Feelings: the row appears with the first rating.
    tab.pages.setCurrentIndex(FEELINGS_PAGE)
    feelings = tab.feelings
    assert commands.get(journal, VisitFeelings, visit_id) is None
    qtbot.mouseClick(feelings.rows["heard"].buttons[3], Qt.MouseButton.LeftButton)
    assert commands.get(journal, VisitFeelings, visit_id).heard == 3
    qtbot.mouseClick(feelings.rows["hurried"].buttons[1], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(feelings.rows["trust"].buttons[3], Qt.MouseButton.LeftButton)  # 4 of 1..5
    qtbot.mouseClick(feelings.rows["respected"].buttons[2], Qt.MouseButton.LeftButton)
    # Delete clears a rating from the keyboard.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    button = feelings.rows["respected"].buttons[2]
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Delete)
    assert feelings.value("respected") is None
    feelings.reflection.setPlainText("I felt listened to. 🙂")
    feelings.flush()
    row = commands.get(journal, VisitFeelings, visit_id)
    assert (row.heard, row.hurried, row.trust, row.respected) == (3, 1, 4, None)
    assert tab.model.rows[0].trust == 4

    # A second visit, sorted and filtered, deleted and brought back.
    tab.add()
    second = tab.current.key
    assert tab.model.rows[-1].visit.kind == "second_opinion"
    tab.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert _dates(tab) == sorted(_dates(tab))
    tab.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert _dates(tab) == sorted(_dates(tab), reverse=True)
    qtbot.keyClicks(tab.filter, "Chen")
    assert _dates(tab) == [date(2026, 9, 1)]
    tab.filter.clear()
    tab.current.select(second)
    tab.delete()
    assert commands.get(journal, Visit, second) is None
    window.ctx.undo_stack.undo()
    assert commands.get(journal, Visit, second) is not None
    assert len(visit_service.answers_for(journal, second)) == 5  # answers came back too
    window.close()

    again = _tab(make_window(path))
    again.current.select(visit_id)
    kept = again.current.current()
    assert kept.doctor_name == "Dr. Mei Chen" and kept.trust == 4
    assert again.field("rationale").toPlainText() == "Size <and> position & number"
    assert again.field("in_my_place").toPlainText() == "Try embolisation — تجربة"
    assert again.field("notes").toPlainText() == long_word
    assert again.field("visit_on").text() == "2026-09-01"
    texts = [a.answer.answer for a in again.answers.model.rows]
    assert texts[:2] == [
        "Partly: adenomyosis too.",
        "Thyroid could play a part.\nWorth a blood test.",
    ]
    assert again.feelings.value("heard") == 3 and again.feelings.value("trust") == 4
    assert again.feelings.reflection.toPlainText() == "I felt listened to. 🙂"


def test_new_doctor_dialog_says_what_is_wrong(qtbot) -> None:
    dialog = NewDoctorDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "needs a name" in dialog.errors["name"].text()
    dialog.edits["name"].setText("N" * 300)
    dialog.accept()
    assert "at most 200" in dialog.errors["name"].text()
    assert dialog.isVisible() and dialog.edits["name"].text() == "N" * 300
    dialog.edits["name"].setText("Dr. Ok")
    dialog.edits["institution"].setText("Northgate")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_search_and_questions_tab_open_answers_and_feelings(window, qtbot) -> None:
    tab = _tab(window)
    journal = window.journal
    last = max(tab.model.rows, key=lambda v: v.visit.visit_on)
    answer = visit_service.answers_for(journal, last.id)[2]
    window.tabs.setCurrentIndex(0)
    window.ctx.open_item.emit("answer", answer.id)
    assert window.tabs.currentWidget() is tab
    assert tab.current.key == last.id and tab.pages.currentIndex() == ANSWERS_PAGE
    assert tab.answers.current.key == answer.id
    window.ctx.open_item.emit("visit_feelings", tab.model.rows[0].id)
    assert tab.current.key == tab.model.rows[0].id
    assert tab.pages.currentIndex() == FEELINGS_PAGE
    # From the Questions tab: Enter on an answer opens it here.
    from secondopinion.ui.questions_tab import QuestionsTab

    questions = window.findChild(QuestionsTab, "questionsTab")
    window.tabs.setCurrentWidget(questions)
    questions.current.select(answer.question.id)
    given = questions.detail.answers
    given._open(given.proxy.index(0, 0))
    assert window.tabs.currentWidget() is tab
    assert (
        tab.answers.current.key
        == given.model.row_at(given.proxy.mapToSource(given.proxy.index(0, 0))).id
    )


def test_doctor_choices_put_this_concern_first(window) -> None:
    tab = _tab(window)
    combo = tab.doctor_combo
    ids = [combo.itemData(i) for i in range(combo.count())]
    assert ids[0] == ""  # "(no doctor yet)"
    cid = window.ctx.concern_id
    mine = {d.id for d in doctor_service.list_doctors(window.journal, cid) if cid in d.concern_ids}
    assert set(ids[1 : 1 + len(mine)]) == mine
    assert len(ids) == 1 + commands.count(window.journal, Doctor)


def test_every_input_has_an_accessible_name(window) -> None:
    tab = _tab(window)
    for form in tab.forms:
        for f in form.fields.values():
            assert f.widget.accessibleName(), f.name
    for row in tab.feelings.rows.values():
        for button in row.buttons:
            assert button.accessibleName()
    assert tab.feelings.reflection.accessibleName() and tab.answers.askable.accessibleName()
    assert QApplication.instance() is not None
