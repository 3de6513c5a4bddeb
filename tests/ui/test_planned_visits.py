"""Planned visits on the Visits tab: listed apart, with a time and a place, asking once past."""

from datetime import date, time, timedelta
from pathlib import Path

from PySide6.QtCore import Qt

from secondopinion.services.concerns import create_concern
from secondopinion.store import commands
from secondopinion.store.journal import Journal
from secondopinion.store.tables import Visit
from secondopinion.ui.visits_tab import VisitsTab


def _journal(path: Path) -> tuple[int, int]:
    with Journal.create(path) as j:
        cid = create_concern(j, "Knee pain").id or 0
        ahead = commands.add(
            j,
            Visit(
                concern_id=cid,
                visit_on=date.today() + timedelta(days=9),
                visit_time=time(9, 30),
                place="Clinic 4",
            ),
        ).id
        past = commands.add(j, Visit(concern_id=cid, visit_on=date.today() - timedelta(days=3))).id
    return ahead or 0, past or 0


def _tab(window) -> VisitsTab:  # type: ignore[no-untyped-def]
    tab = window.findChild(VisitsTab, "visitsTab")
    window.tabs.setCurrentWidget(tab)
    return tab


def test_planned_visits_are_listed_apart(make_window, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "plans.sojournal"
    ahead, past = _journal(path)
    window = make_window(path)
    tab = _tab(window)
    assert tab.planned_box.isVisible()
    assert [r.id for r in tab.planned_model.rows] == [ahead]
    assert [r.id for r in tab.model.rows] == [past]
    when = tab.planned_model.index(0, 0).data(Qt.ItemDataRole.DisplayRole)
    assert when.endswith("09:30")
    assert tab.planned_model.index(0, 2).data(Qt.ItemDataRole.DisplayRole) == "Clinic 4"

    # The past visit, with nothing written, asks for its opinion.
    assert tab._select_visit(past)
    assert tab.visit_state.isVisible() and "has happened" in tab.visit_state.text()
    # The planned one says how to prepare; its time and place are in the form.
    assert tab._select_visit(ahead)
    assert tab.current.key is None and not tab.view.selectionModel().hasSelection()
    assert "Planned" in tab.visit_state.text()
    assert tab.field("visit_time").text() == "09:30"
    assert tab.field("place").text() == "Clinic 4"


def test_moving_a_planned_visit_into_the_past_moves_it_to_the_other_list(
    make_window, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "plans.sojournal"
    ahead, past = _journal(path)
    window = make_window(path)
    tab = _tab(window)
    assert tab._select_visit(ahead)
    field = tab.field("visit_on")
    yesterday = (date.today() - timedelta(days=1)).isoformat()
    field.setText(yesterday)
    field.textEdited.emit(yesterday)
    for form in tab.forms:
        form.flush()
    qtbot.waitUntil(lambda: [r.id for r in tab.planned_model.rows] == [])
    assert sorted(r.id for r in tab.model.rows) == sorted([ahead, past])
    assert not tab.planned_box.isVisible()
    # Still the visit shown, now in the list of visits that happened.
    assert tab.current.key == ahead
    assert "has happened" in tab.visit_state.text()
    assert commands.get(window.journal, Visit, ahead).visit_on.isoformat() == yesterday


def test_a_bad_time_is_refused_next_to_the_field(make_window, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "plans.sojournal"
    ahead, _past = _journal(path)
    window = make_window(path)
    tab = _tab(window)
    assert tab._select_visit(ahead)
    field = tab.field("visit_time")
    for text in ("25:00", "9.30", "<b>&</b>"):
        field.setText(text)
        field.textEdited.emit(text)
        for form in tab.forms:
            form.flush()
        error = tab.forms[0].fields["visit_time"].error
        assert error.isVisible() or not error.isHidden()
        assert "HH:MM" in error.text()
        assert commands.get(window.journal, Visit, ahead).visit_time == time(9, 30)
    field.setText("14:05")
    field.textEdited.emit("14:05")
    for form in tab.forms:
        form.flush()
    assert commands.get(window.journal, Visit, ahead).visit_time == time(14, 5)


def test_cancelling_a_planned_visit(make_window, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "plans.sojournal"
    ahead, _past = _journal(path)
    window = make_window(path)
    tab = _tab(window)
    assert tab._select_visit(ahead)
    tab.field("cancelled").setChecked(True)
    qtbot.waitUntil(lambda: commands.get(window.journal, Visit, ahead).cancelled)
    qtbot.waitUntil(
        lambda: tab.planned_model.index(0, 4).data(Qt.ItemDataRole.DisplayRole) == "Cancelled"
    )
    assert "cancelled" in tab.visit_state.text()
