"""Edit > Find… on the demo journal: finds every kind of entry and opens it in its tab."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QWidget
from sqlmodel import col

from secondopinion.i18n import words
from secondopinion.store import commands
from secondopinion.store.tables import Concern, SymptomEntry, TreatmentChange
from secondopinion.ui.search_dialog import SearchDialog, show_search


def find(window, typed: str) -> SearchDialog:  # type: ignore[no-untyped-def]
    dialog = show_search(window)
    dialog.edit.setText(typed)
    dialog.run_search()
    return dialog


def tables(dialog: SearchDialog) -> set[str]:
    return {h.table for h in dialog.model.rows}


def test_ctrl_f_is_in_the_edit_menu(window, qtbot) -> None:
    action = next(a for a in window.edit_menu.actions() if a.objectName() == "actionFind")
    assert action.shortcut() == QKeySequence(QKeySequence.StandardKey.Find)
    action.trigger()
    dialog = window.findChild(SearchDialog, "searchDialog")
    assert dialog is not None and dialog.isVisible()
    assert dialog.edit.hasFocus() or dialog.focusWidget() is dialog.edit
    action.trigger()  # a second Ctrl+F reuses the same dialog
    assert len(window.findChildren(SearchDialog)) == 1


@pytest.mark.parametrize(
    ("typed", "table"),
    [
        ("recommended hyst", "concern"),
        ("seven minutes", "sign"),
        ("stairs", "symptom_entry"),
        ("iron supplements", "treatment_change"),
        ("front desk", "record_request"),
        ("haemoglobin", "attachment"),
        ("patient group", "doctor"),
        ("work and recovery", "question"),
        ("ultrasound report", "visit"),
        ("adenomyosis scan", "answer"),
        ("listened", "visit_feelings"),
        ("morning appointments", "person"),
        ("ferrous", "medication"),
        ("hives", "allergy"),
        ("hypothyroidism levothyroxine", "condition"),
        ("appendectomy", "procedure"),
    ],
)
def test_finds_every_kind_of_entry(window, typed: str, table: str) -> None:
    dialog = find(window, typed)
    assert table in tables(dialog), (typed, tables(dialog))
    assert "match" in dialog.status.text()


def test_case_accents_and_prefixes_do_not_matter(window) -> None:
    for typed in ("ÉMBOLI", "embolisation", "Embolísatión", "fibr"):
        assert "visit" in tables(find(window, typed)), typed


def test_results_show_kind_concern_date_and_marked_snippet(window) -> None:
    dialog = find(window, "tranexamic")
    model = dialog.model
    row = next(i for i, h in enumerate(model.rows) if h.table == "treatment_change")
    hit = model.rows[row]
    assert model.index(row, 0).data() == "Treatment change"
    assert model.index(row, 1).data() == "Recommended hysterectomy"
    # dates on screen are in the window's language ("6 Sep 2026"), not ISO
    assert model.index(row, 2).data() == words("en").date(hit.when)
    assert "tranexamic" in model.index(row, 3).data()
    assert ("tranexamic", True) in hit.snippet
    health = next(i for i, h in enumerate(model.rows) if h.table == "medication")
    assert model.index(health, 1).data() == "Health summary"


def test_opening_a_result_switches_concern_and_tab(window, qtbot) -> None:
    journal = window.journal
    back_pain = next(c for c in commands.rows(journal, Concern) if "back" in c.title.lower())
    change = commands.rows(
        journal, TreatmentChange, col(TreatmentChange.concern_id) == back_pain.id
    )[0]
    assert window.ctx.concern_id != back_pain.id
    dialog = find(window, change.description)
    row = next(
        i
        for i, h in enumerate(dialog.model.rows)
        if (h.table, h.id) == ("treatment_change", change.id)
    )
    dialog.view.setCurrentIndex(dialog.proxy.mapFromSource(dialog.model.index(row, 0)))
    with qtbot.waitSignal(window.ctx.open_item) as opened:
        qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert opened.args == ["treatment_change", change.id]
    assert window.ctx.concern_id == back_pain.id
    assert window.concern_bar.picker.currentData() == back_pain.id
    assert window.tabs.currentWidget() is window.findChild(QWidget, "signsTab")
    assert not dialog.isVisible()
    signs = window.signs_tab
    current = signs.changes.changes_view.currentIndex()
    assert (
        signs.changes.changes_model.row_at(signs.changes.changes_proxy.mapToSource(current)).id
        == change.id
    )


def test_keyboard_only_down_then_enter_opens_the_second_result(window, qtbot) -> None:
    dialog = show_search(window)
    qtbot.keyClicks(dialog.edit, "stairs")
    qtbot.waitUntil(lambda: len(dialog.model.rows) > 1)
    qtbot.keyClick(dialog.edit, Qt.Key.Key_Down)
    second = dialog.model.rows[dialog.proxy.mapToSource(dialog.view.currentIndex()).row()]
    assert second is dialog.model.rows[1]
    with qtbot.waitSignal(window.ctx.open_item) as opened:
        qtbot.keyClick(dialog.edit, Qt.Key.Key_Return)
    assert opened.args == ["symptom_entry", second.id]
    assert window.ctx.concern_id == second.concern_id
    tab = window.tabs.currentWidget()
    assert "symptom_entry" in tab.handles
    entry = commands.get(window.journal, SymptomEntry, second.id)
    assert entry is not None


def test_every_other_kind_opens_in_the_tab_that_handles_it(window, qtbot) -> None:
    for typed, table in (
        ("haemoglobin", "attachment"),
        ("listened", "visit_feelings"),
        ("patient group", "doctor"),
        ("hives", "allergy"),
    ):
        dialog = find(window, typed)
        row = next(i for i, h in enumerate(dialog.model.rows) if h.table == table)
        dialog.view.setCurrentIndex(dialog.proxy.mapFromSource(dialog.model.index(row, 0)))
        with qtbot.waitSignal(window.ctx.open_item):
            dialog.open_result(dialog.view.currentIndex())
        handled_by = [
            window.tabs.widget(i)
            for i in range(window.tabs.count())
            if table in getattr(window.tabs.widget(i), "handles", ())
        ]
        if handled_by:  # the tab exists in this build
            assert window.tabs.currentWidget() is handled_by[0], table


@pytest.mark.parametrize(
    "typed", ['"', "*", "-", "NEAR(", "<b>&amp;", "😀", "a" * 5000, "   ", "w " * 40]
)
def test_any_typed_text_is_safe(window, typed: str) -> None:
    dialog = find(window, typed)
    assert isinstance(dialog.status.text(), str)
    assert dialog.isVisible()


def test_a_search_with_no_match_says_so(window) -> None:
    dialog = find(window, "xyzzy")
    assert dialog.model.rows == []
    assert dialog.status.text() == "Nothing in this journal matches."
    assert not dialog.open_button.isEnabled()


def test_results_follow_edits(window, qtbot) -> None:
    dialog = find(window, "qxnewword")
    assert dialog.model.rows == []
    cid = window.ctx.concern_id
    commands.update(window.journal, Concern, cid, to_clarify="qxnewword please")
    window.ctx.changed("concern")
    qtbot.waitUntil(lambda: len(dialog.model.rows) == 1)
    assert dialog.model.rows[0].table == "concern"
