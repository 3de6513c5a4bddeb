"""Help menu: the "How to use" page and the About box."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QDialog, QLabel, QMainWindow, QPushButton, QTextBrowser, QWidget

from secondopinion import __version__, paths
from secondopinion.ui import help as help_ui


@pytest.fixture
def parent(qtbot):  # type: ignore[no-untyped-def]
    widget = QMainWindow()
    qtbot.addWidget(widget)
    widget.help_menu = widget.menuBar().addMenu("&Help")  # what MainWindow provides
    widget.show()
    return widget


def test_help_page_covers_every_tab(parent: QMainWindow) -> None:
    dialog = help_ui.show_help(parent)
    assert dialog.isVisible()
    browser = dialog.findChild(QTextBrowser, "helpBrowser")
    assert browser.accessibleName()
    text = browser.toPlainText()
    for tab in ("Signs", "Records", "Doctors", "Questions", "Visits & feelings", "Compare"):
        assert tab in text, tab
    assert "Appointment packet" in text
    assert "never connects to the internet" in text
    assert not browser.openLinks() and not browser.openExternalLinks()


def test_help_twice_is_one_window(parent: QMainWindow) -> None:
    first = help_ui.show_help(parent)
    first.close()
    again = help_ui.show_help(parent)
    assert again is first and again.isVisible()
    assert len(parent.findChildren(QDialog, help_ui.HELP_NAME)) == 1


def test_about_shows_version_licence_and_where_data_lives(
    parent: QMainWindow, private_home: Path
) -> None:
    dialog = help_ui.show_about(parent)
    assert dialog.isVisible()
    text = dialog.findChild(QLabel, "aboutText").text()
    assert f"Version {__version__}" in text
    assert "GPL-3.0-or-later" in text
    assert str(paths.default_journal()) in text
    assert str(paths.data_dir()) in text
    assert paths.data_dir() == private_home  # the test's own folder, never the real one
    assert not dialog.findChild(QLabel, "aboutIcon").pixmap().isNull()


def test_about_names_the_open_journal_and_escapes_paths(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    odd = tmp_path / "<b>mum & dad</b>"
    monkeypatch.setenv(paths.HOME_ENV, str(odd))

    class Window(QWidget):
        journal = SimpleNamespace(path=odd / "mum.sojournal")

    window = Window()
    qtbot.addWidget(window)
    dialog = help_ui.show_about(window)
    text = dialog.findChild(QLabel, "aboutText").text()
    assert "&lt;b&gt;mum &amp; dad&lt;/b&gt;/mum.sojournal" in text
    assert "<b>mum" not in text


def test_about_opens_the_data_folder_locally(
    parent: QMainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    button = help_ui.show_about(parent).findChild(QPushButton, "openDataFolder")
    assert not button.isEnabled()  # nothing has been written yet: no folder to show
    paths.data_dir().mkdir(parents=True)
    button = help_ui.show_about(parent).findChild(QPushButton, "openDataFolder")
    assert button.isEnabled()
    button.click()
    assert opened == [QUrl.fromLocalFile(str(paths.data_dir()))]


def test_install_adds_both_to_the_help_menu(parent: QMainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    help_ui.install(parent)
    actions = {a.objectName(): a for a in parent.help_menu.actions()}
    assert actions["actionHelp"].shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)
    actions["actionHelp"].trigger()
    assert parent.findChild(QDialog, help_ui.HELP_NAME).isVisible()
    actions["actionAbout"].trigger()
    qtbot.waitUntil(lambda: parent.findChild(QDialog, help_ui.ABOUT_NAME) is not None)
    assert actions["actionAbout"].menuRole() == QAction.MenuRole.AboutRole


def test_main_window_help_menu(window) -> None:  # type: ignore[no-untyped-def]
    names = {a.objectName() for a in window.help_menu.actions()}
    assert {"actionHelp", "actionAbout"} <= names
    dialog = help_ui.show_about(window)
    assert str(window.journal.path) in dialog.findChild(QLabel, "aboutText").text()
