"""The Signs tab driven like a person would, then the journal reopened to see it all kept."""

from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QPushButton

from secondopinion.ui.signs_tab import SignsTab


def _tab(window) -> SignsTab:
    tab = window.signs_tab
    assert tab.objectName() == "signsTab"
    return tab


def test_signs_symptoms_and_changes_survive_a_reopen(make_window, tmp_path: Path, qtbot) -> None:
    path = tmp_path / "mine.sojournal"
    window = make_window(path, create=True)
    # A new journal starts on the welcome page; the first concern gets the standard content.
    qtbot.keyClicks(window.welcome.first_title, "Recommended hysterectomy")
    qtbot.keyClick(window.welcome.first_title, Qt.Key.Key_Return)
    tab = _tab(window)
    assert window.stack.currentWidget() is window.tabs
    assert len(tab.signs.signs_model.rows) == 6

    # Tick the first sign and write a note on it.
    sign_index = tab.signs.signs_model.index(0, 0)
    assert tab.signs.signs_model.setData(
        sign_index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
    )
    assert tab.signs.signs_model.setData(
        tab.signs.signs_model.index(0, 1), "Nobody explained <why> & how"
    )

    # Add a sign of my own.
    tab.signs.new_sign.setText("My sister was offered three options")
    qtbot.keyClick(tab.signs.new_sign, Qt.Key.Key_Return)
    assert len(tab.signs.signs_model.rows) == 7

    # The diagnosis form saves as typed.
    diagnosis = tab.concern_form.fields["original_diagnosis"].widget
    assert isinstance(diagnosis, QLineEdit)
    qtbot.keyClicks(diagnosis, "Uterine fibroids")
    clarify = tab.concern_form.fields["to_clarify"].widget
    assert isinstance(clarify, QPlainTextEdit)
    clarify.setPlainText("Is there a uterus-sparing option? مرحبا 😀")
    tab.concern_form.flush()

    # Add two symptom entries through the quick-add row.
    for when, symptom, severity in (
        (datetime(2026, 9, 1, 9, 0), "Pelvic pain", 7),
        (datetime(2026, 9, 2, 9, 0), "Fatigue", 4),
    ):
        tab.log.entry_when.setDateTime(QDateTime(when))
        tab.log.entry_symptom.setEditText(symptom)
        tab.log.entry_severity.setValue(severity)
        tab.log.entry_notes.setText("after stairs")
        qtbot.mouseClick(tab.findChild(QPushButton, "addEntry"), Qt.MouseButton.LeftButton)
    assert len(tab.log.log_model.rows) == 2
    assert tab.log.chart.series.keys() == {"Pelvic pain", "Fatigue"}

    # Edit one in place: severity 7 -> 9.
    position = next(i for i, e in enumerate(tab.log.log_model.rows) if e.symptom == "Pelvic pain")
    assert tab.log.log_model.setData(tab.log.log_model.index(position, 2), 9)

    # Delete the other, then undo the delete.
    fatigue = next(i for i, e in enumerate(tab.log.log_model.rows) if e.symptom == "Fatigue")
    tab.log.log_view.selectRow(
        tab.log.log_proxy.mapFromSource(tab.log.log_model.index(fatigue, 0)).row()
    )
    tab.log.delete_entries()
    assert [e.symptom for e in tab.log.log_model.rows] == ["Pelvic pain"]
    window.ctx.undo_stack.undo()
    assert sorted(e.symptom for e in tab.log.log_model.rows) == ["Fatigue", "Pelvic pain"]

    # A treatment change on the same timeline.
    tab.changes.change_text.setText("Started iron 200 mg")
    tab.changes.add_change()
    assert len(tab.log.chart.markers) == 1
    window.close()

    again = make_window(path)
    tab = _tab(again)
    sign = tab.signs.signs_model.rows[0]
    assert sign.ticked and sign.note == "Nobody explained <why> & how"
    assert tab.signs.signs_model.rows[-1].text == "My sister was offered three options"
    assert tab.concern_form.value_of("original_diagnosis") == "Uterine fibroids"
    assert tab.concern_form.value_of("to_clarify") == "Is there a uterus-sparing option? مرحبا 😀"
    entries = {e.symptom: e for e in tab.log.log_model.rows}
    assert entries["Pelvic pain"].severity == 9
    assert entries["Fatigue"].recorded_at == datetime(2026, 9, 2, 9, 0)
    assert [c.description for c in tab.changes.changes_model.rows] == ["Started iron 200 mg"]


def test_bad_input_gets_a_message_and_loses_nothing(window, qtbot) -> None:
    tab = _tab(window)
    before = len(tab.log.log_model.rows)
    tab.log.entry_symptom.setEditText("   ")
    tab.log.add_entry()
    assert len(tab.log.log_model.rows) == before
    assert tab.log.entry_error.isVisibleTo(tab) and "empty" in tab.log.entry_error.text()

    tab.log.entry_symptom.setEditText("x" * 5000)
    tab.log.add_entry()
    assert len(tab.log.log_model.rows) == before
    assert "at most 200" in tab.log.entry_error.text()

    title = tab.concern_form.fields["title"].widget
    title.setText("t" * 300)
    tab.concern_form._changed("title")
    tab.concern_form.flush()
    error: QLabel = tab.concern_form.fields["title"].error
    assert error.isVisibleTo(tab) and "at most 200" in error.text()
    assert title.text() == "t" * 300  # what was typed stays in the field
    assert (
        window.concern_bar.picker.currentText() == "Recommended hysterectomy"
    )  # the saved title is intact

    # A severity the field cannot take is refused with a message, the old value stays.
    assert not tab.log.log_model.setData(tab.log.log_model.index(0, 2), 11)
    assert tab.log.log_error.isVisibleTo(tab)

    # Standard signs cannot be removed; the message says what to do instead.
    tab.signs.signs_view.selectRow(0)
    tab.signs.remove_sign()
    assert len(tab.signs.signs_model.rows) == 7
    assert "untick" in tab.signs.signs_error.text()


def test_sorting_and_filtering_the_log(window) -> None:
    tab = _tab(window)
    names = {e.symptom for e in tab.log.log_model.rows}
    assert names == {"Pelvic pain", "Heavy bleeding", "Fatigue"}
    tab.log.symptom_filter.setCurrentIndex(tab.log.symptom_filter.findData("Fatigue"))
    assert tab.log.log_proxy.rowCount() == sum(
        e.symptom == "Fatigue" for e in tab.log.log_model.rows
    )
    assert set(tab.log.chart.series) == {"Fatigue"}
    assert "shown" in tab.log.log_summary.text()
    tab.log.log_view.sortByColumn(2, Qt.SortOrder.AscendingOrder)
    severities = [tab.log.log_proxy.index(r, 2).data() for r in range(tab.log.log_proxy.rowCount())]
    assert [int(s) for s in severities] == sorted(int(s) for s in severities)


def test_switching_concern_shows_its_own_signs(window) -> None:
    tab = _tab(window)
    first = [e.id for e in tab.log.log_model.rows]
    window.concern_bar.picker.setCurrentIndex(1)
    assert window.ctx.concern_id == 2
    assert tab.concern_form.value_of("title") == "Chronic lower back pain"
    assert {e.id for e in tab.log.log_model.rows}.isdisjoint(first)


def test_window_state_and_last_concern_are_remembered(make_window, demo_path: Path) -> None:
    window = make_window(demo_path)
    window.resize(800, 580)  # the offscreen screen is 800×600: stay inside it
    window.concern_bar.picker.setCurrentIndex(1)
    window.tabs.setCurrentIndex(0)
    window.close()
    again = make_window(demo_path)
    assert again.ctx.concern_id == 2
    assert (again.width(), again.height()) == (800, 580)


def _typed(tab: SignsTab, qtbot, when: datetime, symptom: str, severity: int) -> None:  # type: ignore[no-untyped-def]
    tab.log.entry_when.setDateTime(QDateTime(when))
    tab.log.entry_symptom.setEditText(symptom)
    tab.log.entry_severity.setValue(severity)
    tab.log.entry_notes.setText(f"typed {when:%d %H:%M}")
    qtbot.keyClick(tab.log.entry_notes, Qt.Key.Key_Return)


def test_a_typed_entry_takes_its_place_in_a_long_log(make_window, demo_path: Path, qtbot) -> None:
    """The log has read one page of many; a typed entry shows where a fresh read would put it,
    the counts, names and chart follow, selection stays, and undo takes it all back."""
    from secondopinion.services import symptom_log
    from secondopinion.services.journals import Journal
    from secondopinion.store.commands import table_of
    from secondopinion.store.tables import SymptomEntry

    journal = Journal.open(demo_path)
    rows = [
        {"concern_id": 1, "recorded_at": datetime(2025, 1, 1, 8) + timedelta(hours=7 * k)}
        | {"symptom": ("Fatigue", "Pelvic pain")[k % 2], "severity": k % 11, "notes": ""}
        for k in range(1500)
    ]
    with journal.session() as s:
        s.connection().execute(table_of(SymptomEntry).insert(), rows)
    journal.close()
    window = make_window(demo_path)
    tab = _tab(window)
    model = tab.log.log_model
    assert len(model.rows) < model.total  # only the first pages are read

    def fresh() -> list[int]:
        """The ids a fresh read of the log shows, as far as the model has read."""
        view = tab.log._log_view()
        assert view is not None
        return [e.id for e in symptom_log.log_page(window.journal, view, 0, len(model.rows))]

    def counts() -> tuple[int, int]:
        return model.total, symptom_log.count_entries(window.journal, 1, tab.log._wanted_symptom())

    selected = model.rows[3].id
    tab.log.log_view.selectRow(3)
    last = max(e.recorded_at for e in model.rows)
    _typed(tab, qtbot, last + timedelta(minutes=1), "Fatigue", 9)  # the newest: on top
    assert model.rows[0].notes.startswith("typed") and [e.id for e in model.rows] == fresh()
    _typed(tab, qtbot, model.rows[50].recorded_at, "Fatigue", 2)  # among the rows read
    assert [e.id for e in model.rows] == fresh()
    read = len(model.rows)
    _typed(tab, qtbot, datetime(2020, 1, 1, 9), "Night sweats", 5)  # far below what is read
    assert len(model.rows) == read and model.total == counts()[1]
    assert tab.log.symptom_filter.findData("Night sweats") > 0
    assert tab.log.entry_symptom.findText("Night sweats") >= 0
    assert next(iter(tab.log.chart.series)) == "Night sweats"  # began first: the first colour
    assert tab.log.chart.summary == symptom_log.chart_summary(window.journal, 1)
    assert str(counts()[1]) in tab.log.log_summary.text()
    current = tab.log.log_proxy.mapToSource(tab.log.log_view.selectionModel().selectedRows()[0])
    assert model.row_at(current).id == selected  # the selection stayed on its row

    tab.log.log_view.sortByColumn(1, Qt.SortOrder.AscendingOrder)  # by symptom, then filtered
    tab.log.symptom_filter.setCurrentIndex(tab.log.symptom_filter.findData("Pelvic pain"))
    _typed(tab, qtbot, datetime(2025, 6, 1, 12), "Pelvic pain", 6)
    _typed(tab, qtbot, datetime(2025, 6, 1, 13), "Fatigue", 6)  # not shown by the filter
    assert [e.id for e in model.rows] == fresh() and model.total == counts()[0] == counts()[1]
    assert set(tab.log.chart.series) == {"Pelvic pain"}
    assert tab.log.chart.summary == symptom_log.chart_summary(window.journal, 1, "Pelvic pain")

    for _ in range(5):
        window.ctx.undo_stack.undo()
    assert not any(e.notes.startswith("typed") for e in model.rows)
    assert model.total == counts()[1] and tab.log.symptom_filter.findData("Night sweats") < 0


def test_a_new_symptom_joins_the_lists_where_a_fresh_read_puts_it(
    make_window, demo_path: Path, qtbot, monkeypatch
) -> None:
    """Names typed for the first time (before, between and after the others, one folding alike
    with an existing one) take their place in the filter and the entry's list without the
    names being read again; the lists equal a fresh read's, the filter and typed text stay."""
    from secondopinion.services import symptom_log

    window = make_window(demo_path)
    tab = _tab(window)
    tab.log.symptom_filter.setCurrentIndex(tab.log.symptom_filter.findData("Fatigue"))
    real = symptom_log.symptom_names
    reads = []
    monkeypatch.setattr(symptom_log, "symptom_names", lambda *a: reads.append(1) or real(*a))
    for name in ("aardvark itch", "Gum bleeding", "fatigue", "Zest loss", "Émotion"):
        _typed(tab, qtbot, datetime(2026, 1, 5, 9), name, 3)
    assert reads == []
    names = real(window.journal, 1)
    assert [tab.log.entry_symptom.itemText(i) for i in range(tab.log.entry_symptom.count())] == (
        names
    )
    combo = tab.log.symptom_filter
    assert [combo.itemData(i) for i in range(1, combo.count())] == names
    assert combo.currentData() == "Fatigue"
    assert tab.log.entry_symptom.currentText() == "Émotion"
