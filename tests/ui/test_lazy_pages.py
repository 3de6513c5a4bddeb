"""Inner pages are built when first shown, and a tab's first show loads its detail once.

The Records tab shows its requests first: the health summary and the results are built (and
read) when a person opens them, with what the journal holds then. The Visits tab shows a visit's
opinion first: its answers and how it felt are built when opened. The Doctors tab's first show
reads one doctor for its detail pane, not a doctor of all concerns first and then the concern's.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from secondopinion.services import visits as visit_service
from secondopinion.store import commands
from secondopinion.store.tables import Doctor, Medication, Result, VisitFeelings
from secondopinion.ui.visits_tab import ANSWERS_PAGE, FEELINGS_PAGE, OPINION_PAGE


def _shown(window, name: str):  # type: ignore[no-untyped-def]
    tab = window.findChild(QWidget, name)
    window.tabs.setCurrentWidget(tab)
    return tab


def test_records_pages_are_built_when_first_shown(window) -> None:
    tab = _shown(window, "recordsTab")
    journal = window.journal
    assert tab.findChild(QWidget, "healthSummary") is None
    assert tab.findChild(QWidget, "resultsPage") is None
    assert [tab.pages.tabText(i) for i in range(3)] == [
        "Record req&uests",
        "Health su&mmary",
        "Re&sults",
    ]
    assert "whole journal" in tab.pages.tabToolTip(1)
    # A change made while the page is not built yet is there when it is.
    commands.add(journal, Medication(name="Zz added while unbuilt", dose="1 mg"))
    window.ctx.data_changed.emit("medication", None)
    assert tab.findChild(QWidget, "healthSummary") is None
    tab.pages.setCurrentIndex(1)  # as a click on the page's tab does
    health = tab.findChild(QWidget, "healthSummary")
    assert health is not None and tab.pages.currentWidget() is health is tab.health
    meds = health.sections["medication"].model.rows
    assert len(meds) == commands.count(journal, Medication)
    assert "Zz added while unbuilt" in [m.name for m in meds]
    assert tab.findChild(QWidget, "resultsPage") is None
    # Asked for by a search result: built, shown, loaded.
    result = commands.rows(journal, Result)[0]
    tab.show_item("result", result.id)
    results = tab.findChild(QWidget, "resultsPage")
    assert results is not None and tab.pages.currentWidget() is results is tab.results
    assert tab.pages.tabText(2) == "Re&sults" and tab.pages.count() == 3


def test_visit_pages_are_built_when_first_shown(window) -> None:
    tab = _shown(window, "visitsTab")
    journal = window.journal
    assert tab.pages.currentIndex() == OPINION_PAGE
    assert tab.findChild(QWidget, "visitAnswers") is None
    assert tab.findChild(QWidget, "feelingsPanel") is None
    # Another visit chosen before the pages are built: they show that one.
    second = tab.model.rows[1].id
    assert tab.current.select(second)
    tab.pages.setCurrentIndex(ANSWERS_PAGE)
    answers = tab.findChild(QWidget, "visitAnswers")
    assert answers is not None and answers is tab.answers
    assert [a.id for a in answers.model.rows] == [
        a.id for a in visit_service.answers_for(journal, second)
    ]
    assert tab.findChild(QWidget, "feelingsPanel") is None
    stored = commands.rows(journal, VisitFeelings, VisitFeelings.visit_id == second)
    tab.pages.setCurrentIndex(FEELINGS_PAGE)
    feelings = tab.findChild(QWidget, "feelingsPanel")
    assert feelings is not None and feelings is tab.feelings
    if stored:
        assert feelings.value("heard") == stored[0].heard
    # Once built, they follow the chosen visit.
    first = tab.model.rows[0].id
    assert tab.current.select(first)
    assert [a.id for a in answers.model.rows] == [
        a.id for a in visit_service.answers_for(journal, first)
    ]


def test_doctors_first_show_reads_one_doctor(make_window, demo_path: Path, monkeypatch) -> None:
    from secondopinion.store.journal import Journal
    from secondopinion.ui import doctor_detail, main_tabs

    with Journal.open(demo_path) as journal:  # the best fit of all, for no concern
        best = dict.fromkeys(("other_system", "specialises", "complex_cases", "teaching_hospital"))
        commands.add(journal, Doctor(name="Dr. Elsewhere", **dict.fromkeys(best, True)))
    shown: list[object] = []
    real = doctor_detail.DoctorDetail.show_doctor

    def counting(self, row):  # type: ignore[no-untyped-def]
        shown.append(None if row is None else row.id)
        return real(self, row)

    monkeypatch.setattr(doctor_detail.DoctorDetail, "show_doctor", counting)
    built = main_tabs.build_all_tabs
    monkeypatch.setattr(main_tabs, "build_all_tabs", lambda tabs, ctx: None)
    try:
        window = make_window(demo_path)
    finally:
        monkeypatch.setattr(main_tabs, "build_all_tabs", built)
    page = window.findChild(QWidget, "doctorsTabPage")
    assert page is not None  # not built yet
    window.tabs.setCurrentWidget(page)
    tab = window.findChild(QWidget, "doctorsTab")
    first = tab.model.row_at(tab.proxy.mapToSource(tab.proxy.index(0, 0)))
    assert shown == [first.id]
    assert tab.current.key == first.id
    assert window.ctx.concern_id in first.concern_ids
    tab.show_all.setChecked(True)  # all concerns: the best fit of all leads the list
    top = tab.model.row_at(tab.proxy.mapToSource(tab.proxy.index(0, 0)))
    assert top.doctor.name == "Dr. Elsewhere"


def test_compare_chooser_lays_out_a_page_of_visits_at_first(qapp) -> None:  # type: ignore[no-untyped-def]
    from datetime import date, timedelta

    from secondopinion.services.opinion_grid import VisitChoice
    from secondopinion.ui.compare_model import CHOICES_PAGE, VisitChoiceModel

    model = VisitChoiceModel()
    start = date(2026, 1, 1)
    count = CHOICES_PAGE * 2 + 7
    choices = [
        VisitChoice(i, start + timedelta(days=count - i), "follow_up", None, f"Dr {i}")
        for i in range(1, count + 1)
    ]
    model.set_choices(choices, [1, 2])
    assert model.rowCount() == CHOICES_PAGE and model.canFetchMore()
    assert model.index(0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    # A visit not laid out yet can be ticked (by choose(), or the defaults): it counts.
    late = choices[-1].id
    assert model.set_ticked(late, True) and model.chosen == [1, 2, late]
    while model.canFetchMore():
        model.fetchMore()  # as the list scrolls down
    assert model.rowCount() == count
    last = model.index(count - 1)
    assert last.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert f"Dr {late}" in last.data()
    model.set_choices(choices[:3], [])
    assert model.rowCount() == 3 and not model.canFetchMore()


def test_a_questions_answers_are_fitted_once_per_question(window) -> None:
    tab = _shown(window, "questionsTab")
    answers = tab.detail.answers
    fitted: list[int] = []
    fit = answers.view.resizeRowToContents
    answers.view.resizeRowToContents = lambda row: (fitted.append(row), fit(row))
    asked = max(tab.model.rows, key=lambda q: q.answered)
    answers.load(asked.id)
    assert answers.model.rows and fitted
    assert sorted(fitted) == sorted(set(fitted))  # no row measured twice for one load
