"""The Records tab driven as a person would: requests, standard set, files, health summary."""

from __future__ import annotations

import hashlib
import os
import stat
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QWidget

from secondopinion.domain.enums import STANDARD_RECORD_KINDS
from secondopinion.services import attachments as attach
from secondopinion.services import records
from secondopinion.services.concerns import create_concern
from secondopinion.store import commands
from secondopinion.store.journal import Journal
from secondopinion.store.tables import Allergy, Condition, Medication, Procedure, RecordRequest
from secondopinion.ui import attachments as attachments_ui
from secondopinion.ui.record_requests import DUE, FILES, KIND, REQUESTED, SOURCE, STATUS
from secondopinion.ui.table_model import RAW_ROLE

TODAY = date(2026, 10, 1)
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4
PDF = b"%PDF-1.7\n" + bytes(range(256)) * 50


@pytest.fixture
def fresh(tmp_path: Path) -> Path:
    """A new journal with one concern and nothing else."""
    path = tmp_path / "fresh.sojournal"
    with Journal.create(path) as j:
        create_concern(j, "Chronic back pain")
    return path


def _tab(window):
    """The Records tab, shown, in an active window (so keys reach the focused widget)."""
    tab = window.findChild(QWidget, "recordsTab")
    tab.today = lambda: TODAY
    window.tabs.setCurrentWidget(tab)
    tab.requests.reload()
    window.activateWindow()
    for _ in range(50):
        if window.isActiveWindow():
            break
        QApplication.processEvents()
    return tab


def _texts(page, column: int) -> list[str]:
    proxy = page.proxy
    return [proxy.index(r, column).data() for r in range(proxy.rowCount())]


def _edit(view, proxy_row: int, column: int, value) -> bool:
    """Commit a value through the view's model, as the cell editor does."""
    return bool(view.model().setData(view.model().index(proxy_row, column), value))


def _row_of(page, source: str) -> int:
    return _texts(page, SOURCE).index(source)


# --- record requests ---------------------------------------------------------------------------


def test_demo_requests_summary_and_overdue_flag(window) -> None:
    page = _tab(window).requests
    rows = page.model.rows
    assert len(rows) == 5
    expected = records.summarise(rows, TODAY)
    assert expected.overdue >= 1
    text = page.summary.text()
    assert f"{expected.missing} of {expected.total} records still missing" in text
    assert f"{expected.overdue} overdue" in text
    late = [i for i, r in enumerate(page.model.rows) if records.request_is_overdue(r, TODAY)]
    index = page.model.index(late[0], DUE)
    assert "overdue" in index.data()  # said in words, not colour only
    assert index.data(Qt.ItemDataRole.DecorationRole) is not None
    assert index.data(Qt.ItemDataRole.ForegroundRole) is not None
    files = [page.model.index(i, FILES).data(RAW_ROLE) for i in range(len(rows))]
    assert sum(files) == 2  # the demo's lab report (text) and blood count trend (PDF)


def test_add_request_then_mark_requested_sets_due_in_30_days(
    make_window,
    fresh: Path,
    qtbot,
) -> None:
    window = make_window(fresh)
    page = _tab(window).requests
    assert page.model.rows == []
    assert "Standard set" in page.empty.text
    assert page.summary.text() == "No records on the list yet."
    page.new_kind.setCurrentIndex(page.new_kind.findData("pathology"))
    qtbot.keyClicks(page.new_source, "St. Anselm ")
    page.new_source.insert("— Pathology <b>&</b> 🧪")  # QTest types ASCII only
    qtbot.keyClick(page.new_source, Qt.Key.Key_Return)
    assert len(page.model.rows) == 1
    row = page.model.rows[0]
    assert (row.kind, row.source, row.status, row.due_on) == (
        "pathology",
        "St. Anselm — Pathology <b>&</b> 🧪",
        "needed",
        None,
    )
    assert page.new_source.text() == ""
    assert page.current_request().id == row.id  # the new request is chosen
    assert _edit(page.view, 0, STATUS, "requested")
    row = page.model.rows[0]
    assert row.requested_on == TODAY
    assert row.due_on == TODAY + timedelta(days=30)
    assert page.summary.text() == "1 of 1 record still missing."  # English singular (%n)
    assert "due 2026-10-31" in page.detail.dates.text()
    # An edited due date stays the person's choice.
    assert _edit(page.view, 0, DUE, date(2026, 9, 15))
    assert page.model.rows[0].due_on == date(2026, 9, 15)
    assert "1 overdue" in page.summary.text()
    assert page.detail.dates.text().startswith("⚠")
    page.show_filter.setCurrentIndex(page.show_filter.findData("overdue"))
    assert page.proxy.rowCount() == 1
    page.show_filter.setCurrentIndex(page.show_filter.findData("received"))
    assert page.proxy.rowCount() == 0
    page.show_filter.setCurrentIndex(0)
    assert _edit(page.view, 0, STATUS, "received")
    assert page.summary.text() == "The one record on the list is in hand."


def test_standard_set_adds_six_once_and_undoes_as_one_step(make_window, fresh: Path) -> None:
    window = make_window(fresh)
    page = _tab(window).requests
    page.new_kind.setCurrentIndex(page.new_kind.findData("lab_report"))
    page.add_request()
    page.standard.click()
    kinds = sorted(r.kind for r in page.model.rows)
    assert kinds == sorted(k.value for k in STANDARD_RECORD_KINDS)
    assert "Added 5 requests" in page.note.text()
    page.standard.click()
    assert len(page.model.rows) == 6
    assert "already on the list" in page.note.text()
    window.ctx.undo_stack.undo()
    assert [r.kind for r in page.model.rows] == ["lab_report"]
    window.ctx.undo_stack.redo()
    assert len(page.model.rows) == 6


def test_sort_and_filter_requests(make_window, fresh: Path, qtbot) -> None:
    window = make_window(fresh)
    page = _tab(window).requests
    for kind, source in (("pathology", "Zeta Lab"), ("lab_report", "Alpha Clinic"),
                         ("treatment_plan", "Mid Hospital")):  # fmt: skip
        page.new_kind.setCurrentIndex(page.new_kind.findData(kind))
        qtbot.keyClicks(page.new_source, source)
        page.add_request()
    page.view.sortByColumn(SOURCE, Qt.SortOrder.AscendingOrder)
    assert _texts(page, SOURCE) == ["Alpha Clinic", "Mid Hospital", "Zeta Lab"]
    page.view.sortByColumn(KIND, Qt.SortOrder.DescendingOrder)
    assert _texts(page, KIND) == ["Treatment plan", "Pathology", "Lab report"]
    qtbot.keyClicks(page.filter, "hosp")
    assert _texts(page, SOURCE) == ["Mid Hospital"]
    assert page.current_request().source == "Mid Hospital"
    page.filter.clear()
    assert page.proxy.rowCount() == 3


def test_delete_request_with_its_files_and_undo(make_window, demo_path: Path, qtbot) -> None:
    window = make_window(demo_path)
    page = _tab(window).requests
    with_file = next(r for r in page.model.rows if page.counts.get(r.id))
    assert page.select(with_file.id)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    assert with_file.id not in [r.id for r in page.model.rows]
    assert "Undo" in page.note.text()
    window.ctx.undo_stack.undo()
    assert page.counts[with_file.id] == 1
    assert attach.attachments_of(window.journal, with_file.id)[0].filename.endswith(".txt")


def test_bad_input_in_a_request_keeps_what_was_saved(make_window, fresh: Path) -> None:
    window = make_window(fresh)
    page = _tab(window).requests
    page.add_request()
    assert not _edit(page.view, 0, SOURCE, "x" * 200_001)
    assert "at most 200,000" in page.error.text()
    assert page.model.rows[0].source == ""
    assert _edit(page.view, 0, SOURCE, "مستشفى الأمل")  # right-to-left text is fine
    assert page.error.text() == ""
    assert _edit(page.view, 0, REQUESTED, date(2026, 9, 1))
    assert page.model.rows[0].status == "requested"


def test_notes_save_as_typed(make_window, fresh: Path, qtbot) -> None:
    window = make_window(fresh)
    page = _tab(window).requests
    page.add_request()
    notes = page.form.fields["notes"].widget
    notes.setFocus()
    qtbot.keyClicks(notes, "Called twice; ref 4471")
    window.ctx.flush()
    assert commands.rows(window.journal, RecordRequest)[0].notes == "Called twice; ref 4471"
    assert page.model.rows[0].notes == "Called twice; ref 4471"


# --- attachments -------------------------------------------------------------------------------


def _with_request(make_window, path: Path):
    window = make_window(path)
    page = _tab(window).requests
    page.add_request()
    return window, page, page.attachments


def test_attachment_added_by_dialog_and_read_back_after_reopening(
    make_window, fresh: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, page, panel = _with_request(make_window, fresh)
    src = tmp_path / "Ferritin results.pdf"
    src.write_bytes(PDF)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(src)], "All files (*)")
    )
    panel.add_button.click()
    assert [a.filename for a in panel.model.rows] == ["Ferritin results.pdf"]
    info = panel.model.rows[0]
    assert (info.size, info.media_type) == (len(PDF), "application/pdf")
    assert info.sha256 == hashlib.sha256(PDF).hexdigest()
    assert panel.note.text() == "Added the file."
    assert page.counts[page.current_request().id] == 1
    window.close()

    with Journal.open(fresh) as j:
        request = commands.rows(j, RecordRequest)[0]
        stored = attach.attachments_of(j, request.id)
        assert attach.attachment_bytes(j, stored[0].id) == PDF

    window = make_window(fresh)
    panel = _tab(window).requests.attachments
    assert [a.filename for a in panel.model.rows] == ["Ferritin results.pdf"]
    target = tmp_path / "saved" / "copy.pdf"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    panel.view.setCurrentIndex(panel.proxy.index(0, 0))
    panel.save_button.click()
    assert target.read_bytes() == PDF
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_attachment_added_by_drag_and_drop(make_window, fresh: Path, tmp_path: Path) -> None:
    window, _page, panel = _with_request(make_window, fresh)
    files = [tmp_path / "a.png", tmp_path / "b.txt"]
    files[0].write_bytes(PNG)
    files[1].write_text("Haemoglobin 10.9 g/dL\n")
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(f)) for f in files])
    enter = QDragEnterEvent(
        panel.rect().center(),  # a QPoint: PySide6 6.11 takes no QPointF here
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(panel, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPointF(panel.rect().center()),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(panel, drop)
    assert sorted(a.filename for a in panel.model.rows) == ["a.png", "b.txt"]
    assert sorted(a.media_type for a in panel.model.rows) == ["image/png", "text/plain"]
    window.ctx.undo_stack.undo()  # both files went in as one step
    assert panel.model.rows == []


def test_refused_files_say_why_and_add_nothing(
    make_window, fresh: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, _page, panel = _with_request(make_window, fresh)
    big = tmp_path / "whole CD.iso"
    with big.open("wb") as fh:
        fh.truncate(attach.MAX_ATTACHMENT_BYTES + 1)
    locked = tmp_path / "locked.pdf"
    locked.write_bytes(PDF)
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    folder = tmp_path / "scans"
    folder.mkdir()
    real_open = os.open

    def deny(p, *args, **kwargs):
        if Path(p) == locked:
            raise PermissionError(13, "Permission denied")
        return real_open(p, *args, **kwargs)

    monkeypatch.setattr(attach.os, "open", deny)
    assert panel.add_paths([big, locked, empty, folder]) == 0
    message = panel.error.text()
    assert "“whole CD.iso” is 50.0 MB; a file can hold at most 50 MB" in message
    assert "“locked.pdf” could not be read (Permission denied)" in message
    assert "“empty.txt” is empty" in message
    assert "“scans” is a folder" in message
    assert panel.model.rows == []
    assert commands.count(window.journal, RecordRequest) == 1


def test_a_file_that_is_not_what_its_name_says_is_noticed(
    make_window, fresh: Path, tmp_path: Path
) -> None:
    _window, _page, panel = _with_request(make_window, fresh)
    liar = tmp_path / "scan.pdf"
    liar.write_bytes(PNG)
    assert panel.add_paths([liar]) == 1
    assert "really a PNG image, not a PDF document" in panel.note.text()
    index = panel.model.index(0, 1)
    assert index.data().startswith("PNG image") and "⚠" in index.data()
    assert panel.add_paths([liar]) == 0
    assert "already attached here" in panel.error.text()


def test_open_uses_a_private_copy_that_goes_away(
    make_window, fresh: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot
) -> None:
    _window, _page, panel = _with_request(make_window, fresh)
    src = tmp_path / "ultrasound.png"
    src.write_bytes(PNG)
    panel.add_paths([src])
    opened: list[Path] = []
    monkeypatch.setattr(attachments_ui, "OPEN_COPY_LIFETIME_MS", 50)
    monkeypatch.setattr(
        QDesktopServices, "openUrl", lambda url: opened.append(Path(url.toLocalFile())) or True
    )
    panel.view.setCurrentIndex(panel.proxy.index(0, 0))
    panel.open_button.click()
    assert len(opened) == 1
    copy = opened[0]
    assert copy.name == "ultrasound.png" and copy.read_bytes() == PNG
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    assert stat.S_IMODE(copy.parent.stat().st_mode) == 0o700
    qtbot.waitUntil(lambda: not copy.parent.exists(), timeout=3000)


def test_remove_file_and_undo(make_window, fresh: Path, tmp_path: Path, qtbot) -> None:
    window, page, panel = _with_request(make_window, fresh)
    src = tmp_path / "letter.txt"
    src.write_text("Dear Dr. Okafor")
    panel.add_paths([src])
    panel.view.setCurrentIndex(panel.proxy.index(0, 0))
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_Delete)
    assert panel.model.rows == []
    assert page.counts == {}
    window.ctx.undo_stack.undo()
    assert [a.filename for a in panel.model.rows] == ["letter.txt"]
    assert attach.attachment_bytes(window.journal, panel.model.rows[0].id) == b"Dear Dr. Okafor"


def test_open_item_lands_on_the_file(window) -> None:
    tab = _tab(window)
    journal = window.journal
    with_file = next(r for r in tab.requests.model.rows if tab.requests.counts.get(r.id))
    info = attach.attachments_of(journal, with_file.id)[0]
    tab.requests.show_filter.setCurrentIndex(tab.requests.show_filter.findData("needed"))
    window.tabs.setCurrentIndex(0)
    window.open_item("attachment", info.id, with_file.concern_id)
    assert window.tabs.currentWidget() is tab
    assert tab.requests.current_request().id == with_file.id
    assert tab.requests.attachments.view.currentIndex().row() == 0


# --- the health summary ------------------------------------------------------------------------

SECTIONS = [
    ("medication", Medication, "name", "Metformin", 1, "500 mg"),
    ("allergy", Allergy, "substance", "Peanuts", 1, "Anaphylaxis"),
    ("condition", Condition, "name", "Asthma", 1, "2010"),
    ("procedure", Procedure, "what", "Knee arthroscopy", 2, "City Hospital"),
]


@pytest.mark.parametrize(("table", "cls", "first", "text", "column", "second"), SECTIONS)
def test_health_lists_create_edit_delete_undo(
    make_window, fresh: Path, qtbot, table, cls, first, text, column, second
) -> None:
    window = make_window(fresh)
    tab = _tab(window)
    tab.pages.setCurrentWidget(tab.health)
    section = tab.health.sections[table]
    assert section.model.rows == [] and section.empty.text
    qtbot.keyClicks(section.new, f"  {text}  ")
    qtbot.keyClick(section.new, Qt.Key.Key_Return)
    assert [getattr(r, first) for r in section.model.rows] == [text]
    assert _edit(section.view, 0, column, second)
    field = section.model.columns[column].field
    assert getattr(commands.rows(window.journal, cls)[0], field) == second
    section.view.setCurrentIndex(section.proxy.index(0, 0))
    section.view.setFocus()
    qtbot.keyClick(section.view, Qt.Key.Key_Delete)
    assert section.model.rows == [] and commands.count(window.journal, cls) == 0
    window.ctx.undo_stack.undo()
    assert [getattr(r, field) for r in section.model.rows] == [second]


def test_health_bad_input_shows_a_message_and_loses_nothing(
    make_window, demo_path: Path, qtbot
) -> None:
    window = make_window(demo_path)
    tab = _tab(window)
    meds = tab.health.sections["medication"]
    before = [m.name for m in meds.model.rows]
    long = "M" * 300
    qtbot.keyClicks(meds.new, long)
    meds.add_button.click()
    assert "300 characters long; at most 200 fit here" in meds.error.text()
    assert meds.new.text() == long  # what was typed stays to be shortened
    assert [m.name for m in meds.model.rows] == before
    assert not _edit(meds.view, 0, 0, long)
    assert not _edit(meds.view, 0, 0, "   ")
    assert "cannot be empty" in meds.error.text()
    assert [
        m.name for m in commands.rows(window.journal, Medication, order_by=[Medication.position])
    ] == before
    assert _edit(meds.view, 0, 0, "Ferrous sulfate 💊")
    assert meds.error.text() == ""
    assert not _edit(meds.view, 0, 1, "x" * 5000)  # a 5,000-character "word" as the dose
    assert "5,000 characters long; at most 2,000" in meds.error.text()
    assert commands.get(window.journal, Medication, meds.model.rows[0].id).dose == "200 mg"
    assert _edit(meds.view, 0, 5, "<b>&</b> \u202eانيميا")  # markup and right-to-left stay text
    assert meds.model.rows[0].reason == "<b>&</b> \u202eانيميا"


def test_edit_in_place_with_the_keyboard(make_window, demo_path: Path, qtbot) -> None:
    window = make_window(demo_path)
    tab = _tab(window)
    tab.pages.setCurrentWidget(tab.health)
    allergies = tab.health.sections["allergy"]
    view = allergies.view
    view.setFocus()
    view.setCurrentIndex(allergies.proxy.index(0, 1))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "Hives and swelling")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next loop turn
    qtbot.waitUntil(lambda: allergies.model.rows[0].reaction == "Hives and swelling")
    assert commands.rows(window.journal, Allergy)[0].reaction == "Hives and swelling"
    # A cell still being edited when the journal closes is saved, not lost.
    view.setCurrentIndex(allergies.proxy.index(1, 1))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    editor.setText("Rash on both hands")
    window.close()
    with Journal.open(demo_path) as j:
        assert commands.rows(j, Allergy)[1].reaction == "Rash on both hands"


def test_health_sort_and_filter(window, qtbot) -> None:
    tab = _tab(window)
    meds = tab.health.sections["medication"]
    names = lambda: [meds.proxy.index(r, 0).data() for r in range(meds.proxy.rowCount())]  # noqa: E731
    assert names() == ["Ferrous sulfate", "Ibuprofen", "Tranexamic acid", "Levothyroxine"]
    meds.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert names() == sorted(names())
    qtbot.keyClicks(tab.health.filter, "thyro")
    assert names() == ["Levothyroxine"]
    assert tab.health.sections["condition"].proxy.rowCount() == 1  # hypothyroidism
    assert tab.health.sections["allergy"].proxy.rowCount() == 0
    tab.health.filter.clear()
    assert tab.health.sections["allergy"].proxy.rowCount() == 2


def test_person_saved_as_typed_with_date_checks(make_window, fresh: Path, qtbot) -> None:
    window = make_window(fresh)
    tab = _tab(window)
    person = tab.health.person
    assert records.person(window.journal) is None  # nothing made just by looking
    qtbot.keyClicks(person.name, "Sam Rivera")
    qtbot.keyClicks(person.birth, "17/05/1984")
    person.flush()
    assert "YYYY-MM-DD" in person.birth_error.text()
    assert records.person(window.journal).name == "Sam Rivera"
    person.birth.setText("")
    qtbot.keyClicks(person.birth, "2030-01-01")
    person.flush()
    assert "future" in person.birth_error.text()
    person.birth.setText("")
    qtbot.keyClicks(person.birth, "1984-05-17")
    person.flush()
    assert person.birth_error.text() == ""
    assert person.age.text() == "(42 years old)"
    assert records.person(window.journal).date_of_birth == date(1984, 5, 17)


def test_everything_is_still_there_after_reopening(
    make_window, fresh: Path, tmp_path: Path, qtbot
) -> None:
    window = make_window(fresh)
    tab = _tab(window)
    page = tab.requests
    page.standard.click()
    assert _edit(page.view, _row_of(page, ""), STATUS, "requested")
    src = tmp_path / "report.txt"
    src.write_bytes("Befund: unauffällig ✓\n".encode())
    page.attachments.add_paths([src])
    qtbot.keyClicks(tab.health.person.name, "Sam")
    for table, _cls, _first, text, _c, _s in SECTIONS:
        section = tab.health.sections[table]
        section.new.setText(text)
        section.add()
    window.close()

    window = make_window(fresh)
    tab = _tab(window)
    assert len(tab.requests.model.rows) == 6
    assert sum(1 for r in tab.requests.model.rows if r.status == "requested") == 1
    assert sum(tab.requests.counts.values()) == 1
    assert tab.health.person.name.text() == "Sam"
    for table, _cls, first, text, _c, _s in SECTIONS:
        assert [getattr(r, first) for r in tab.health.sections[table].model.rows] == [text]
    with Journal.open(fresh) as j:
        info = attach.attachments_of(j, next(iter(attach.attachment_counts(j, 1))))[0]
        assert attach.attachment_bytes(j, info.id) == src.read_bytes()


def test_every_input_has_an_accessible_name(window) -> None:
    from PySide6.QtWidgets import (
        QAbstractItemView,
        QComboBox,
        QHeaderView,
        QPlainTextEdit,
        QPushButton,
    )

    def inside_combo(w: QWidget) -> bool:  # a combo box's own line edit and popup list
        parent = w.parentWidget()
        while parent is not None and parent is not tab:
            if isinstance(parent, QComboBox):
                return True
            parent = parent.parentWidget()
        return False

    tab = _tab(window)
    unnamed = [
        w.objectName() or type(w).__name__
        for kind in (QLineEdit, QComboBox, QPlainTextEdit, QAbstractItemView)
        for w in tab.findChildren(kind)
        if not w.accessibleName() and not isinstance(w, QHeaderView) and not inside_combo(w)
    ]
    assert unnamed == []
    buttons = [b.text() for b in tab.findChildren(QPushButton) if not b.text()]
    assert buttons == []
