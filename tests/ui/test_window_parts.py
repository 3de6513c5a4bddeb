"""The main window's parts, each built alone from what it is given (no window around it)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QInputDialog, QMenuBar, QWidget

from secondopinion.services.concerns import list_concerns
from secondopinion.services.journals import Journal
from secondopinion.ui.concern_bar import ConcernBar
from secondopinion.ui.context import JournalContext
from secondopinion.ui.journal_files import JournalFiles
from secondopinion.ui.main_menus import MainMenus
from secondopinion.ui.welcome_page import WelcomePage


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def test_the_concern_bar_lists_switches_archives_and_remembers(
    qtbot, demo_path: Path, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx = JournalContext()
    bar = ConcernBar(ctx, settings)
    qtbot.addWidget(bar)
    journal = Journal.open(demo_path)
    try:
        ctx.set_journal(journal)
        listed: list[bool] = []
        messages: list[str] = []
        bar.listed.connect(listed.append)
        bar.message.connect(lambda text, _ms: messages.append(text))
        bar.show_journal()
        titles = [c.title for c in list_concerns(journal)]
        assert [bar.picker.itemText(i) for i in range(bar.picker.count())] == titles
        assert listed == [True] and ctx.concern_id == bar.picker.currentData()

        second = bar.picker.itemData(1)
        bar.select_concern(second)
        assert ctx.concern_id == second
        assert int(settings.value(bar.concern_key())) == second  # type: ignore[call-overload]

        ctx.data_changed.connect(bar.on_data_changed)
        bar.toggle_archive()
        assert bar.picker.findData(second) < 0 and ctx.concern_id != second
        assert messages and titles[1] in messages[0]
        bar.reveal(second)  # lists the archived ones too, then chooses it
        assert bar.show_archived.isChecked() and ctx.concern_id == second
        assert bar.archive_action.text() == "&Restore concern"
        assert bar.archive_button.text() == "Restore"

        monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Knee pain", True))
        bar.new_action.trigger()
        assert bar.picker.currentText() == "Knee pain"
        again = ConcernBar(ctx, settings)  # another run: the last concern is chosen again
        qtbot.addWidget(again)
        again.show_journal()
        assert again.picker.currentText() == "Knee pain"
    finally:
        ctx.set_journal(None)
        journal.close()


def test_the_welcome_page_creates_the_first_concern_or_says_why_not(qtbot, tmp_path: Path) -> None:
    ctx = JournalContext()
    page = WelcomePage(ctx)
    qtbot.addWidget(page)
    journal = Journal.create(tmp_path / "new.sojournal")
    try:
        ctx.set_journal(journal)
        created: list[int] = []
        page.created.connect(created.append)
        page.first_title.setText("   ")
        page.first_title.returnPressed.emit()
        assert created == [] and page.first_error.text()
        page.first_title.setText("Chronic back pain")
        page.first_title.returnPressed.emit()
        assert [c.id for c in list_concerns(journal)] == created
        assert page.first_title.text() == "" and not page.first_error.isVisibleTo(page)
    finally:
        ctx.set_journal(None)
        journal.close()


def test_the_menus_are_laid_out_with_their_keys_and_say_which_tab(qtbot) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    bar = QMenuBar(owner)
    menus = MainMenus(bar, QUndoStack(owner), [], ["&Signs", "Records && results"], owner)
    assert [a.text() for a in bar.actions()] == ["&File", "&Edit", "&Concern", "Vie&w", "&Help"]
    assert menus.export_packet.shortcut().toString() == "Ctrl+E"
    assert menus.export_json.objectName() == "actionExportJson"
    view = [a.text() for a in menus.view_menu.actions()]
    assert view == ["Signs", "Records & results"]
    chosen: list[int] = []
    menus.tab_chosen.connect(chosen.append)
    menus.view_menu.actions()[1].trigger()
    assert chosen == [1]


def test_journal_files_open_one_journal_after_another_and_list_the_recent_ones(
    qtbot, demo_path: Path, tmp_path: Path, settings: QSettings
) -> None:
    ctx = JournalContext()
    window = QWidget()
    qtbot.addWidget(window)
    files = JournalFiles(ctx, settings, window, settle_unsaved=lambda: True)
    opened: list[Path] = []
    files.journal_opened.connect(lambda journal: opened.append(journal.path))
    try:
        assert files.open_path(demo_path)
        assert files.open_path(tmp_path / "second.sojournal", create=True, passphrase="")
        assert opened == [demo_path, tmp_path / "second.sojournal"]
        assert ctx.journal is not None and ctx.journal.path == opened[-1]
        from PySide6.QtWidgets import QMenu

        menu = QMenu()
        files.fill_recent(menu)
        assert [a.text() for a in menu.actions()] == [f"&1 {opened[1]}", f"&2 {opened[0]}"]
        menu.actions()[1].trigger()  # back to the first: the second one is let go
        assert ctx.journal is not None and ctx.journal.path == demo_path
    finally:
        if ctx.journal is not None:
            ctx.journal.close()
            ctx.set_journal(None)
