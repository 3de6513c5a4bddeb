"""The Doctors tab driven like a person would, then the journal reopened to see it all kept."""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QLineEdit, QPlainTextEdit

from secondopinion.services import doctors as doctor_service
from secondopinion.store import commands
from secondopinion.store.tables import Doctor
from secondopinion.ui.doctors_tab import DoctorsTab
from secondopinion.ui.table_model import RAW_ROLE


def _tab(window) -> DoctorsTab:
    tab = window.findChild(DoctorsTab, "doctorsTab")
    window.tabs.setCurrentWidget(tab)
    return tab


def _start(make_window, path: Path, qtbot):  # type: ignore[no-untyped-def]
    window = make_window(path, create=True)
    qtbot.keyClicks(window.welcome.first_title, "Recommended hysterectomy")
    qtbot.keyClick(window.welcome.first_title, Qt.Key.Key_Return)
    return window


def _names(tab: DoctorsTab) -> list[str]:
    """Names in the order the (sorted, filtered) view shows them."""
    return [
        tab.model.row_at(tab.proxy.mapToSource(tab.proxy.index(r, 0))).doctor.name
        for r in range(tab.proxy.rowCount())
    ]


def _add(tab: DoctorsTab, qtbot, name: str) -> None:  # type: ignore[no-untyped-def]
    tab.new_name.setText(name)
    qtbot.keyClick(tab.new_name, Qt.Key.Key_Return)


def _type(qtbot, widget, text: str) -> None:  # type: ignore[no-untyped-def]
    if isinstance(widget, QPlainTextEdit):
        widget.setPlainText(text)
    else:
        widget.selectAll()
        if text.isascii() and len(text) < 400:
            qtbot.keyClicks(widget, text)  # real typing; keyClicks only knows ASCII
        else:
            widget.setText(text)
            widget.textEdited.emit(text)


def test_doctors_created_edited_deleted_and_kept(make_window, tmp_path: Path, qtbot) -> None:
    path = tmp_path / "mine.sojournal"
    window = _start(make_window, path, qtbot)
    tab = _tab(window)
    assert tab.empty.isVisible() and "No doctors yet" in tab.empty.text()
    assert tab.detail.currentIndex() == 0  # nothing to edit yet

    # An empty name is refused with a message; nothing is added.
    _add(tab, qtbot, "   ")
    assert tab.new_error.isVisible() and "cannot be empty" in tab.new_error.text()
    assert tab.model.rows == []

    _add(tab, qtbot, "Dr. Ana Lindqvist")
    assert not tab.new_error.isVisible()
    assert _names(tab) == ["Dr. Ana Lindqvist"]
    assert tab.current.current().concern_ids == {window.ctx.concern_id}
    assert tab.detail.currentIndex() == 1
    assert tab.field("name").text() == "Dr. Ana Lindqvist"

    # The detail form saves as typed, in any script.
    _type(qtbot, tab.field("specialty"), "Endocrinology <b>&</b>")
    _type(qtbot, tab.field("institution"), "مستشفى الجامعة 🏥")
    _type(qtbot, tab.field("healthcare_system"), "Northgate University Health")
    _type(qtbot, tab.field("phone"), "+1 555 0100")
    _type(qtbot, tab.field("address"), "1 Harbour Road\nSpringfield")
    long_word = "x" * 5000
    _type(qtbot, tab.field("notes"), long_word)
    status = tab.field("status")
    assert isinstance(status, QComboBox)
    status.setCurrentIndex(status.findData("booked"))
    for form in tab.detail.forms:
        form.flush()

    # Bad email and bad web address: a message beside the field, the typed text kept, the
    # stored value untouched.
    _type(qtbot, tab.field("email"), "ana at example")
    _type(qtbot, tab.field("website"), "not a url")
    for form in tab.detail.forms:
        form.flush()
    contact = next(f for f in tab.detail.forms if "email" in f.fields)
    assert "email address" in contact.fields["email"].error.text()
    assert "web address" in contact.fields["website"].error.text()
    assert tab.field("email").text() == "ana at example"
    doctor_id = tab.current.key
    stored = commands.get(window.journal, Doctor, doctor_id)
    assert stored.email == "" and stored.website == ""
    _type(qtbot, tab.field("email"), "ana@example.org")
    _type(qtbot, tab.field("website"), "example.org/portal")
    contact.flush()
    assert contact.fields["email"].error.isHidden()
    assert commands.get(window.journal, Doctor, doctor_id).email == "ana@example.org"

    # A 300-character name says why and keeps the saved one.
    _type(qtbot, tab.field("name"), "N" * 300)
    tab.detail.forms[0].flush()
    assert "at most 200" in tab.detail.forms[0].fields["name"].error.text()
    assert commands.get(window.journal, Doctor, doctor_id).name == "Dr. Ana Lindqvist"
    assert tab.field("name").text() == "N" * 300  # what was typed is still there to fix
    _type(qtbot, tab.field("name"), "Dr. Ana Lindqvist")
    tab.detail.forms[0].flush()

    # The criteria: the fit column counts the ticks.
    criteria = next(f for f in tab.detail.forms if "specialises" in f.fields)
    for name in ("other_system", "specialises", "teaching_hospital"):
        box = criteria.fields[name].widget
        assert isinstance(box, QCheckBox)
        box.setChecked(True)
    assert tab.current.current().fit == 3
    assert tab.detail.fit_label.text() == "Fit: 3 of 4 criteria"

    # A second doctor, fit 0: the shortlist sorts by fit, best first.
    _add(tab, qtbot, "Dr. Zed Novak")
    tab.view.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    assert _names(tab) == ["Dr. Ana Lindqvist", "Dr. Zed Novak"]
    tab.view.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert _names(tab) == ["Dr. Zed Novak", "Dr. Ana Lindqvist"]
    tab.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert tab.proxy.index(0, 1).data(RAW_ROLE) == 3

    # Filter on any column's text.
    qtbot.keyClicks(tab.filter, "endocrin")
    assert _names(tab) == ["Dr. Ana Lindqvist"]
    qtbot.keyClicks(tab.filter, "zzz")
    assert _names(tab) == [] and tab.empty.text() == "No doctor matches the filter."
    tab.filter.clear()

    # Delete with the Delete key, then undo.
    tab.current.select(tab.model.rows[1].id)
    zed = tab.current.current().doctor.name
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    tab.view.setFocus()
    qtbot.keyClick(tab.view, Qt.Key.Key_Delete)
    assert zed not in _names(tab)
    window.ctx.undo_stack.undo()
    assert zed in _names(tab)
    assert tab.current.current() is not None
    window.close()

    again = _tab(make_window(path))
    assert sorted(_names(again)) == ["Dr. Ana Lindqvist", "Dr. Zed Novak"]
    again.current.select(doctor_id)
    kept = again.current.current().doctor
    assert kept.specialty == "Endocrinology <b>&</b>"
    assert kept.institution == "مستشفى الجامعة 🏥"
    assert kept.address == "1 Harbour Road\nSpringfield"
    assert kept.notes == long_word
    assert (kept.email, kept.website, kept.status) == (
        "ana@example.org",
        "example.org/portal",
        "booked",
    )
    assert again.current.current().fit == 3
    assert again.field("notes").toPlainText() == long_word


def test_same_system_as_the_original_diagnosis_is_flagged(window) -> None:
    tab = _tab(window)
    brandt = next(r for r in tab.model.rows if r.doctor.name == "Dr. Helen Brandt")
    iyer = next(r for r in tab.model.rows if r.doctor.name == "Dr. Ana Iyer")
    position = tab.model.position_of(brandt.id)
    system = tab.model.index(position, 4)
    assert "same as original" in system.data()
    assert system.data(Qt.ItemDataRole.DecorationRole) is not None  # an icon, not colour alone
    assert "Same healthcare system" in system.data(Qt.ItemDataRole.ToolTipRole)
    tab.current.select(brandt.id)
    assert tab.detail.flag.isVisible() and "Riverside Health" in tab.detail.flag.text()
    # What the person typed is quoted as typed, never read as markup.
    commands.update(window.journal, Doctor, brandt.id, healthcare_system="<b>Riverside</b> & co")
    window.ctx.changed("doctor")
    assert "(<b>Riverside</b> & co)" in tab.detail.flag.text()
    assert tab.detail.flag.textFormat() == Qt.TextFormat.PlainText
    tab.current.select(iyer.id)
    assert not tab.detail.flag.isVisible()
    assert "⚠ 1 in the original diagnosis's healthcare system" in tab.summary.text()


def test_concern_scope_toggle_links_and_show_item(window, qtbot) -> None:
    tab = _tab(window)
    journal = window.journal
    mine = {r.doctor.name for r in tab.model.rows if window.ctx.concern_id in r.concern_ids}
    assert set(_names(tab)) == mine
    tab.show_all.setChecked(True)
    assert len(_names(tab)) == len(tab.model.rows) > len(mine)
    tab.show_all.setChecked(False)

    # Another tab (Compare) makes a doctor for no concern and asks to open it.
    made = doctor_service.add_doctor(journal, Doctor(name="Dr. New From Compare"))
    window.activateWindow()
    window.ctx.open_item.emit("doctor", made.id)
    assert window.tabs.currentWidget() is tab
    assert tab.current.key == made.id
    assert tab.show_all.isChecked()  # it is not one of this concern's doctors yet
    name = tab.field("name")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is name)
    assert isinstance(name, QLineEdit) and name.text() == "Dr. New From Compare"

    # Make it one of this concern's doctors from the detail list.
    position = next(
        i for i, c in enumerate(tab.detail.concerns_model.rows) if c.id == window.ctx.concern_id
    )
    index = tab.detail.concerns_model.index(position, 0)
    assert tab.detail.concerns_model.setData(
        index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
    )
    assert doctor_service.concerns_of(journal, made.id) == {window.ctx.concern_id}
    tab.show_all.setChecked(False)
    assert "Dr. New From Compare" in _names(tab)


def test_every_input_has_an_accessible_name(window) -> None:
    tab = _tab(window)
    for form in tab.detail.forms:
        for f in form.fields.values():
            assert f.widget.accessibleName(), f.name
    for widget in (tab.filter, tab.new_name, tab.view, tab.detail.concerns_view):
        assert widget.accessibleName()


def test_tab_key_follows_the_visual_order(window, qtbot) -> None:
    tab = _tab(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    tab.filter.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is tab.filter)
    seen = []
    for _ in range(24):
        widget = QApplication.focusWidget()
        seen.append(widget.objectName())
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    expected = [
        "doctorFilter",
        "showAllDoctors",
        "doctorsView",
        "newDoctorName",
        "addDoctor",
        "deleteDoctor",
        "field_name",
        "field_specialty",
        "field_institution",
        "field_healthcare_system",
        "field_status",
        "field_other_system",
        "field_specialises",
        "field_complex_cases",
        "field_teaching_hospital",
        "field_phone",
        "field_email",
        "field_website",
        "field_address",
        "field_cost_notes",
        "field_notes",
        "doctorConcerns",
    ]
    assert seen[: len(expected)] == expected


def test_adding_a_doctor_undoes_and_redoes_with_its_concern(window, qtbot) -> None:
    tab = _tab(window)
    _add(tab, qtbot, "Dr. Undo Me")
    made = tab.current.key
    assert "Dr. Undo Me" in _names(tab)
    window.ctx.undo_stack.undo()
    assert commands.get(window.journal, Doctor, made) is None
    assert "Dr. Undo Me" not in _names(tab)
    window.ctx.undo_stack.redo()
    assert doctor_service.concerns_of(window.journal, made) == {window.ctx.concern_id}
    assert "Dr. Undo Me" in _names(tab)
