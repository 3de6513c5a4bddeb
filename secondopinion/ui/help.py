"""Help menu: a short built-in "How to use" page and the About box.

``install(window)`` is called by the main window (it looks for an ``install`` in this module) and
adds both to its Help menu. Neither window blocks; F1 twice shows the one page.

Strings go through ``self.tr`` in the dialog classes and ``QCoreApplication.translate`` with a
literal context elsewhere: the two forms pyside6-lupdate extracts with the context Qt looks up.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

import secondopinion
from secondopinion import paths
from secondopinion.ui.widgets import fit_to_contents

HELP_NAME = "helpDialog"
ABOUT_NAME = "aboutDialog"


def install(window: Any) -> None:
    """Add "How to use" (F1) and "About" to the main window's Help menu."""
    menu = window.help_menu
    help_action = QAction(
        QCoreApplication.translate("HelpMenu", "&How to use Second Opinion"), window
    )
    help_action.setObjectName("actionHelp")
    help_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
    help_action.triggered.connect(lambda _checked=False: show_help(window))
    menu.addAction(help_action)
    about_action = QAction(QCoreApplication.translate("HelpMenu", "&About Second Opinion"), window)
    about_action.setObjectName("actionAbout")
    about_action.setMenuRole(QAction.MenuRole.AboutRole)
    about_action.triggered.connect(lambda _checked=False: show_about(window))
    menu.addAction(about_action)


def show_help(parent: QWidget | None) -> QDialog:
    """Show the "How to use" page; the same window again when it is already open."""
    existing = parent.findChild(HelpDialog, HELP_NAME) if parent is not None else None
    dialog = existing if existing is not None else HelpDialog(parent)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog


def show_about(parent: QWidget | None) -> QDialog:
    """Show the About box: version, licence and where the data lives."""
    existing = parent.findChild(AboutDialog, ABOUT_NAME) if parent is not None else None
    if existing is not None:
        existing.close()  # rebuilt: the open journal may have changed since
    dialog = AboutDialog(parent)
    dialog.open()  # window-modal, returns at once
    return dialog


class HelpDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(HELP_NAME)
        self.setWindowTitle(self.tr("How to use Second Opinion"))
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("helpBrowser")
        self.browser.setAccessibleName(self.tr("How to use Second Opinion"))
        self.browser.setOpenLinks(False)  # no links in the page, and nothing may open a browser
        self.browser.setHtml(self.page_html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        width = self.fontMetrics().averageCharWidth() * 80  # follows the user's font size
        fit_to_contents(self, width, width * 5 // 4)
        self.browser.setFocus()

    def page_html(self) -> str:
        """The page, in our own words; one string per paragraph for the translators."""
        sections = [
            (
                self.tr("What this is for"),
                [
                    self.tr(
                        "Second Opinion keeps what you gather while you get another doctor's "
                        "view of a diagnosis or a proposed treatment, and turns it into a clear "
                        "PDF to bring to the next appointment."
                    ),
                    self.tr(
                        "Each health question you are looking into is a concern. Pick it at the "
                        "top of the window; every tab then shows that concern."
                    ),
                ],
            ),
            (
                self.tr("The tabs"),
                [
                    self.tr(
                        "<b>Signs</b>: tick the reasons you want another opinion and add a note "
                        "to each. Log symptoms with a date and a severity from 0 to 10; the "
                        "chart shows how they change."
                    ),
                    self.tr(
                        "<b>Records</b>: your medications, allergies, other conditions and past "
                        "procedures, written down once. Keep track of each record you ask for: "
                        "where from, when you asked, when it is due (the provider's legal "
                        "deadline: 30 days in the US, one month in the UK and EU, unless you "
                        "change it) and whether it has arrived. Write a request letter to sign "
                        "and send, and a follow-up letter if the deadline passes. Attach the "
                        "files you receive."
                    ),
                    self.tr(
                        "<b>Doctors</b>: the doctors you are considering, what speaks for each, "
                        "and how far you have got with them."
                    ),
                    self.tr(
                        "<b>Questions</b>: five standard questions to start with. Add your own, "
                        "put them in order and choose which to bring to the next visit."
                    ),
                    self.tr(
                        "<b>Visits &amp; feelings</b>: after a visit, write down what the doctor "
                        "said, whether they agree with the first diagnosis, what they suggest, "
                        "and how the visit felt. How you felt counts too."
                    ),
                    self.tr(
                        "<b>Compare</b>: two or three visits side by side. Where the doctors "
                        "differ is marked, and the app tells you when a third opinion may help."
                    ),
                ],
            ),
            (
                self.tr("Before an appointment"),
                [
                    self.tr(
                        "<b>File › Export › Appointment packet</b> makes the PDF. Choose the "
                        "sections and the paper size; each question comes with room to write "
                        "the answer."
                    ),
                ],
            ),
            (
                self.tr("Your data"),
                [
                    self.tr(
                        "Everything you type is saved at once; there is no Save button. The "
                        "whole journal is one file on this computer. You can protect it with a "
                        "passphrase, and make a backup copy from the File menu."
                    ),
                    self.tr("Second Opinion never connects to the internet."),
                ],
            ),
            (
                self.tr("Keyboard"),
                [
                    self.tr(
                        "Every command can be reached from the keyboard; shortcuts are shown "
                        "next to the commands in the menus. Ctrl+1 to Ctrl+7 switch tabs, "
                        "Ctrl+K goes to the concern picker and F1 opens this page."
                    ),
                ],
            ),
        ]
        heading = self.tr("How to use Second Opinion")
        parts = [f"<h2>{heading}</h2>"]
        for title, paragraphs in sections:
            parts.append(f"<h3>{title}</h3>")
            parts.extend(f"<p>{p}</p>" for p in paragraphs)
        return "\n".join(parts)


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(ABOUT_NAME)
        self.setWindowTitle(self.tr("About Second Opinion"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        from secondopinion.ui.icons import app_icon

        icon = QLabel(self)
        icon.setObjectName("aboutIcon")
        icon.setAccessibleName(self.tr("Second Opinion icon"))
        icon.setPixmap(app_icon().pixmap(64, 64))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)

        self.text = QLabel(self.about_html(_open_journal_path(parent)), self)
        self.text.setObjectName("aboutText")
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(  # so the paths can be selected and copied
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.text.setMinimumWidth(self.text.fontMetrics().averageCharWidth() * 60)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.folder_button = QPushButton(self.tr("Open the &data folder"), self)
        self.folder_button.setObjectName("openDataFolder")
        self.folder_button.setToolTip(
            self.tr("Show the folder with your default journal and settings in the file manager")
        )
        self.folder_button.setEnabled(paths.data_dir().is_dir())
        self.folder_button.clicked.connect(self.open_data_folder)
        buttons.addButton(self.folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.close)

        row = QHBoxLayout()
        row.addWidget(icon)
        row.addWidget(self.text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(buttons)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setDefault(True)
        close.setFocus()
        fit_to_contents(self)

    def about_html(self, current: Path | None = None) -> str:
        def where(label: str, path: Path) -> str:
            return f"<p>{label}<br><code>{html.escape(str(path))}</code></p>"

        licence = self.tr(
            "Second Opinion is free software: you can share and change it under the terms of "
            "the GNU General Public License, version 3 or (at your option) any later version "
            "(GPL-3.0-or-later). It comes with no warranty."
        )
        title = self.tr("Second Opinion")
        version = self.tr("Version {0}").format(html.escape(secondopinion.__version__))
        about = self.tr("A private journal for getting a second medical opinion.")
        data_heading = self.tr("Where your data lives")
        parts = [
            f"<h2>{title}</h2>",
            f"<p>{version}</p>",
            f"<p>{about}</p>",
            f"<p>{licence}</p>",
            f"<h3>{data_heading}</h3>",
        ]
        if current is not None:
            parts.append(where(self.tr("The journal open now:"), current))
        parts.append(where(self.tr("Your default journal:"), paths.default_journal()))
        parts.append(
            where(self.tr("The data folder (settings and the default journal):"), paths.data_dir())
        )
        offline = self.tr("Nothing is ever sent over the network.")
        parts.append(f"<p>{offline}</p>")
        return "\n".join(parts)

    def open_data_folder(self) -> None:
        # a local folder, shown by the desktop's file manager: nothing goes over the network
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(paths.data_dir())))


def _open_journal_path(parent: QWidget | None) -> Path | None:
    """The main window's open journal, if it has one (duck-typed: any parent works)."""
    journal = getattr(parent, "journal", None)
    path = getattr(journal, "path", None)
    return Path(path) if path is not None else None
