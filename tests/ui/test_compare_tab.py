"""The Compare tab on real journals: choosing visits, differences, the banner and its actions."""

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from sqlmodel import col

from secondopinion import i18n
from secondopinion.services import opinion_grid as service
from secondopinion.services.concerns import create_concern
from secondopinion.store import commands
from secondopinion.store.journal import Journal
from secondopinion.store.tables import Answer, Doctor, DoctorConcern, Question, Visit, VisitFeelings
from secondopinion.ui import comparison_export
from secondopinion.ui.compare_model import DIFF_MARK, DIFFERS_ROLE, KEY_ROLE, RAW_ROLE


def open_compare(window):  # type: ignore[no-untyped-def]
    tab = window.findChild(QWidget, "compareTab")
    window.tabs.setCurrentWidget(tab)
    return tab


def grid_keys(tab) -> list[str]:  # type: ignore[no-untyped-def]
    return [tab.model.index(r, 0).data(KEY_ROLE) for r in range(tab.model.rowCount())]


def row_of(tab, key: str) -> int:  # type: ignore[no-untyped-def]
    return grid_keys(tab).index(key)


def cell(tab, key: str, column: int, role=Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
    return tab.model.index(row_of(tab, key), column).data(role)


def differs_row(tab, key: str) -> list[bool]:  # type: ignore[no-untyped-def]
    return [bool(cell(tab, key, c, DIFFERS_ROLE)) for c in range(1, tab.model.columnCount())]


def first_concern_visits(window) -> list[Visit]:  # type: ignore[no-untyped-def]
    cid = window.ctx.concern_id
    return commands.rows(
        window.journal, Visit, col(Visit.concern_id) == cid, order_by=[col(Visit.visit_on)]
    )


def test_default_is_the_latest_visit_with_each_doctor(window) -> None:
    tab = open_compare(window)
    visits = first_concern_visits(window)
    assert len(visits) == 3
    assert tab.choices.chosen_in_date_order() == [v.id for v in visits]
    assert tab.model.columnCount() == 4  # the aspect, then one column per visit
    header = tab.model.headerData(1, Qt.Orientation.Horizontal)
    assert "Dr. Helen Brandt" in header and i18n.words().date(visits[0].visit_on) in header
    keys = grid_keys(tab)
    for key in (
        "doctor",
        "kind",
        "diagnosis",
        "agreement",
        "treatment",
        "tests",
        "rationale",
        "in_my_place",
        "trust",
        "feeling:heard",
        "feeling:minimized",
    ):
        assert key in keys, key
    assert any(k.startswith("question:") for k in keys)
    assert cell(tab, "diagnosis", 2) == visits[1].diagnosis


def test_a_later_visit_with_the_same_doctor_replaces_the_earlier_one() -> None:
    choices = [
        service.VisitChoice(5, date(2026, 9, 1), "follow_up", 1, "A"),
        service.VisitChoice(4, date(2026, 8, 1), "third_opinion", 3, "C"),
        service.VisitChoice(3, date(2026, 7, 1), "second_opinion", 2, "B"),
        service.VisitChoice(2, date(2026, 6, 1), "original", 1, "A"),
        service.VisitChoice(1, date(2026, 5, 1), "original", None, ""),
    ]
    assert service.default_visit_ids(choices) == [3, 4, 5]
    assert service.default_visit_ids(choices[3:]) == [1, 2]


def test_choosing_visits_fills_the_grid(window, qtbot) -> None:
    tab = open_compare(window)
    v1, v2, v3 = first_concern_visits(window)
    # Untick the original through the list, as Space or a click does.
    row = tab.choices.position_of(v1.id)
    assert tab.choices.setData(
        tab.choices.index(row), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole
    )
    assert tab.model.columnCount() == 3
    assert [cell(tab, "diagnosis", c) for c in (1, 2)] == [v2.diagnosis, v3.diagnosis]
    tab.choose([v1.id])
    assert tab.model.columnCount() == 2
    assert not tab.one_visit_hint.isHidden()
    assert tab.banner.isHidden()  # one opinion cannot disagree with itself
    tab.choose([])
    assert tab.stack.currentWidget() is tab.empty
    tab.choose([v3.id, v1.id])  # columns come in date order, whatever the order of ticking
    assert [cell(tab, "diagnosis", c) for c in (1, 2)] == [v1.diagnosis, v3.diagnosis]


def test_space_ticks_a_visit_from_the_keyboard(window, qtbot) -> None:
    tab = open_compare(window)
    view = tab.choices_view
    view.setFocus()
    first = tab.choices.choices[0].id
    view.setCurrentIndex(tab.choices.index(0))
    assert first in tab.choices.chosen
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert first not in tab.choices.chosen
    assert tab.model.columnCount() == 3
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert first in tab.choices.chosen


def test_a_fourth_visit_is_refused_with_a_message(window) -> None:
    tab = open_compare(window)
    journal = window.journal
    doctor = commands.add(journal, Doctor(name="Dr. Fourth"))
    commands.add(
        journal,
        Visit(
            concern_id=window.ctx.concern_id,
            doctor_id=doctor.id,
            visit_on=date(2026, 9, 20),
            diagnosis="Something else",
        ),
    )
    window.ctx.changed("visit")
    assert len(tab.choices.choices) == 4
    assert len(tab.choices.chosen) == 3  # the default takes the three latest doctors
    missing = next(c.id for c in tab.choices.choices if c.id not in tab.choices.chosen)
    assert not tab.choices.set_ticked(missing, True)
    assert not tab.choice_error.isHidden() and "three" in tab.choice_error.text()
    assert len(tab.choices.chosen) == 3


def test_differences_are_marked_exactly_where_values_differ(window) -> None:
    tab = open_compare(window)
    v1, v2, v3 = first_concern_visits(window)
    journal = window.journal
    # Same words, other case and spacing: not a difference.
    commands.update(journal, Visit, v2.id, tests="  PELVIC   mri ")
    commands.update(journal, Visit, v3.id, tests="pelvic MRI")
    commands.update(journal, Visit, v1.id, tests="")
    window.ctx.changed("visit")
    assert differs_row(tab, "tests") == [False, False, False]
    # A, B, A: only B stands out.
    commands.update(journal, Visit, v1.id, treatment="Surgery")
    commands.update(journal, Visit, v2.id, treatment="Embolisation")
    commands.update(journal, Visit, v3.id, treatment="surgery ")
    window.ctx.changed("visit")
    assert differs_row(tab, "treatment") == [False, True, False]
    assert cell(tab, "treatment", 0).startswith(DIFF_MARK)
    assert not cell(tab, "kind", 0).startswith(DIFF_MARK)
    # Every cell of the grid: marked iff its value is recorded and no other column shares it.
    model = tab.model
    for r in range(model.rowCount()):
        key = model.index(r, 0).data(KEY_ROLE)
        raw = [model.index(r, c).data(RAW_ROLE) for c in range(1, model.columnCount())]
        folded = [service.normalise(v) for v in raw]
        recorded = {v for v in folded if v is not None}
        compared = key not in ("doctor", "kind") and not key.startswith("section:")
        for c, value in enumerate(folded, start=1):
            expected = compared and len(recorded) > 1 and value is not None
            expected = expected and folded.count(value) == 1
            index = model.index(r, c)
            assert bool(index.data(DIFFERS_ROLE)) == expected, (key, c)
            tinted = index.data(Qt.ItemDataRole.BackgroundRole) is not None
            assert tinted == expected or key.startswith("section:"), (key, c)
            accessible = index.data(Qt.ItemDataRole.AccessibleTextRole)
            assert accessible.startswith("differs") == expected, (key, c)


def test_only_differences_hides_the_rows_that_agree(window) -> None:
    tab = open_compare(window)
    for v, tests in zip(first_concern_visits(window), ("MRI", "MRI ", "mri"), strict=True):
        commands.update(window.journal, Visit, v.id, tests=tests)
    window.ctx.changed("visit")
    assert "tests" in grid_keys(tab)
    tab.only_differences.setChecked(True)
    keys = grid_keys(tab)
    assert "tests" not in keys and "kind" not in keys
    assert "diagnosis" in keys and "doctor" in keys
    tab.only_differences.setChecked(False)
    assert "tests" in grid_keys(tab)


def test_the_banner_appears_when_opinions_disagree(window) -> None:
    tab = open_compare(window)
    assert not tab.banner.isHidden()
    text = tab.banner_text.text()
    assert "differ" in text and "third opinion" in text
    assert tab.export_button.isHidden()  # the banner offers the export instead


def _agreeing_journal(path: Path, agreement: str = "agrees") -> None:
    with Journal.create(path) as journal:
        concern = create_concern(journal, "Knee pain", original_diagnosis="Meniscus tear")
        first = commands.add(journal, Doctor(name="Dr. One", status="seen"))
        second = commands.add(journal, Doctor(name="Dr. Two", status="seen"))
        for d in (first, second):
            commands.add(journal, DoctorConcern(doctor_id=d.id, concern_id=concern.id))
        q = commands.rows(journal, Question, col(Question.concern_id) == concern.id)[0]
        for day, doctor, kind, agrees in (
            (1, first, "original", None),
            (20, second, "second_opinion", agreement),
        ):
            visit = commands.add(
                journal,
                Visit(
                    concern_id=concern.id,
                    doctor_id=doctor.id,
                    visit_on=date(2026, 3, day),
                    kind=kind,
                    diagnosis="Meniscus tear",
                    agreement=agrees,
                    treatment="Physio",
                ),
            )
            commands.add(journal, Answer(visit_id=visit.id, question_id=q.id, answer="Yes."))
            commands.add(journal, VisitFeelings(visit_id=visit.id, heard=3, trust=4))


def test_no_banner_when_opinions_agree(make_window, tmp_path: Path) -> None:
    path = tmp_path / "agree.sojournal"
    _agreeing_journal(path)
    window = make_window(path)
    tab = open_compare(window)
    assert tab.model.columnCount() == 3
    assert tab.banner.isHidden()
    assert not tab.export_button.isHidden()
    assert not any(any(differs_row(tab, k)) for k in grid_keys(tab) if not k.startswith("section"))


def test_a_partial_agreement_brings_the_banner(make_window, tmp_path: Path) -> None:
    path = tmp_path / "partly.sojournal"
    _agreeing_journal(path, agreement="partly")
    window = make_window(path)
    tab = open_compare(window)
    assert not tab.banner.isHidden()
    assert "Dr. Two" in tab.banner_text.text()


def test_third_opinion_lands_on_a_new_doctor(window, qtbot) -> None:
    tab = open_compare(window)
    journal, cid = window.journal, window.ctx.concern_id
    before = {d.id for d in commands.rows(journal, Doctor)}
    with qtbot.waitSignal(window.ctx.open_item) as opened:
        qtbot.mouseClick(tab.third_button, Qt.MouseButton.LeftButton)
    table, key = opened.args
    assert table == "doctor" and key not in before
    doctor = commands.get(journal, Doctor, key)
    assert doctor is not None and doctor.status == "considering"
    assert commands.get(journal, DoctorConcern, (key, cid)) is not None
    doctors = window.findChild(QWidget, "doctorsTab")
    if "doctor" in getattr(doctors, "handles", ()):  # the real Doctors tab, not a placeholder
        assert window.tabs.currentWidget() is doctors
        shown = getattr(getattr(doctors, "current", None), "key", key)  # the row it selected
        assert shown == key
    # One step to undo, and redo brings the same doctor back.
    window.ctx.undo_stack.undo()
    assert commands.get(journal, Doctor, key) is None
    assert commands.get(journal, DoctorConcern, (key, cid)) is None
    window.ctx.undo_stack.redo()
    assert commands.get(journal, Doctor, key) is not None
    assert commands.get(journal, DoctorConcern, (key, cid)) is not None


def test_export_hands_over_the_chosen_visits(window, monkeypatch) -> None:
    tab = open_compare(window)
    v1, _v2, v3 = first_concern_visits(window)
    tab.choose([v1.id, v3.id])
    calls = []

    def fake(parent, journal, concern_id, visit_ids=None, protect=False):  # type: ignore[no-untyped-def]
        calls.append((journal, concern_id, visit_ids))

    monkeypatch.setattr(comparison_export, "export_comparison_pdf", fake)
    tab.banner_export.click()
    assert calls == [(window.journal, window.ctx.concern_id, [v1.id, v3.id])]


def test_export_writes_the_comparison_pdf(window, qtbot, monkeypatch, tmp_path: Path) -> None:
    """With the real exporter: the chosen visits end up in a PDF."""
    from PySide6.QtWidgets import QFileDialog

    out = tmp_path / "comparison.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: None)
    tab = open_compare(window)
    v1, _v2, v3 = first_concern_visits(window)
    tab.choose([v1.id, v3.id])
    tab.banner_export.click()
    qtbot.waitUntil(lambda: out.exists() and out.stat().st_size > 0, timeout=30_000)
    from secondopinion.ui.jobs import wait_for_jobs

    wait_for_jobs()
    assert out.read_bytes().startswith(b"%PDF")


def test_another_concern_starts_from_its_own_defaults(window) -> None:
    tab = open_compare(window)
    picker = window.concern_bar.picker
    picker.setCurrentIndex(1)
    visits = first_concern_visits(window)
    assert tab.choices.chosen_in_date_order() == [v.id for v in visits][-3:]
    assert tab.model.columnCount() == 1 + len(tab.choices.chosen)


def test_the_timeline_lists_events_in_date_order_and_opens_them(window, qtbot) -> None:
    tab = open_compare(window)
    events = tab.timeline.events
    assert [e.on for e in events] == sorted(e.on for e in events)
    kinds = {e.kind for e in events}
    assert {"diagnosis", "visit", "treatment", "requested"} <= kinds
    visit_row = next(i for i, e in enumerate(events) if e.kind == "visit")
    with qtbot.waitSignal(window.ctx.open_item) as opened:
        tab.timeline_view.setCurrentIndex(tab.timeline.index(visit_row))
        qtbot.keyClick(tab.timeline_view, Qt.Key.Key_Return)
    assert opened.args == ["visit", events[visit_row].row_id]
    assert "visit" in getattr(window.tabs.currentWidget(), "handles", ("visit",))


@pytest.mark.parametrize(
    "text",
    ["<b>&amp;</b> <i>", "שלום עולם — مرحبا", "😀 🩺", "x" * 5000, "line one\nline two"],
    ids=["markup", "rtl", "emoji", "long-word", "newline"],
)
def test_any_text_shows_as_typed(window, text: str) -> None:
    tab = open_compare(window)
    v1 = first_concern_visits(window)[0]
    commands.update(window.journal, Visit, v1.id, diagnosis=text)
    window.ctx.changed("visit")
    assert cell(tab, "diagnosis", 1) == text
    assert tab.grid.rowHeight(row_of(tab, "diagnosis")) > 0


def test_three_columns_stay_readable_at_1024_wide(window, qtbot) -> None:
    window.resize(1024, 700)
    tab = open_compare(window)
    qtbot.wait(50)
    assert tab.model.columnCount() == 4
    widths = [tab.grid.columnWidth(c) for c in range(1, 4)]
    assert min(widths) >= 150, widths
    assert not tab.grid.horizontalScrollBar().isVisible()
    # Long text wraps: the row grows instead of the column.
    v1 = first_concern_visits(window)[0]
    commands.update(window.journal, Visit, v1.id, rationale="word " * 80)
    window.ctx.changed("visit")
    qtbot.wait(50)
    line = tab.grid.fontMetrics().height()
    assert tab.grid.rowHeight(row_of(tab, "rationale")) > 3 * line
