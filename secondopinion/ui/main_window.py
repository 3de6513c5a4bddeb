"""The main window: it composes its parts, and keeps the status line, the tabs and closing.

Its parts are modules of their own, each given what it needs and speaking back by signals:

- ``ui/concern_bar.py``: ``ConcernBar``, the concern picker with New/Rename/Archive and the
  Concern menu's actions; remembers the last concern per journal;
- ``ui/welcome_page.py``: ``WelcomePage``, shown while the journal has no concern yet;
- ``ui/main_menus.py``: ``MainMenus``, the menu bar's words, order and keys (search, privacy,
  help and language add their entries by ``install(window)``);
- ``ui/journal_files.py``: ``JournalFiles``, opening, creating, recovering and remembering
  journals (``open_path``);
- ``ui/json_transfer.py``: ``JsonTransfer``, File > Export/Import JSON;
- ``ui/other_exports.py``: ``OtherExports``, the calendar and the patient summary;
- ``ui/main_tabs.py``: which tabs exist, in order, and opening a row in the tab that handles it.

This module wires them together and keeps what is the window's own: the status line, switching
tabs, remembering size and tab, and closing: saving what is typed (asking Save again / Discard /
Cancel when it cannot be written), waiting for running jobs, then letting the journal go. What
other modules reach on the window (``ctx``, ``settings``, ``journal``, ``open_path``,
``open_item``, the menus, ``statusBar()``) is listed in ``__init__``.
"""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QSettings, QTime, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QStackedWidget, QVBoxLayout, QWidget

from secondopinion.services.journals import Journal
from secondopinion.ui import help as help_entries
from secondopinion.ui import language, privacy, search_dialog
from secondopinion.ui.concern_bar import ConcernBar
from secondopinion.ui.context import JournalContext
from secondopinion.ui.journal_files import JournalFiles
from secondopinion.ui.json_transfer import JsonTransfer
from secondopinion.ui.main_menus import MainMenus
from secondopinion.ui.main_tabs import build_tabs, show_item_in_tabs
from secondopinion.ui.next_steps_tab import NextStepsTab
from secondopinion.ui.other_exports import OtherExports
from secondopinion.ui.signs_tab import SignsTab
from secondopinion.ui.welcome_page import WelcomePage


class MainWindow(QMainWindow):
    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.ctx = JournalContext(self)
        self.setWindowTitle(self.tr("Second Opinion"))
        self.setMinimumSize(800, 560)
        self.files = JournalFiles(self.ctx, settings, self, self.settle_unsaved)
        self.open_path = self.files.open_path  # the command line, restore and tests open by it
        self.json_transfer = JsonTransfer(self.ctx, self, self.settle_unsaved)
        self.other_exports = OtherExports(self.ctx, self)
        self._build_body()
        self._build_menus()
        self._build_status()
        self.files.journal_opened.connect(self._show_journal)
        self.json_transfer.imported.connect(self.concern_bar.reload)
        for part in (self.concern_bar, self.json_transfer, self.other_exports):
            part.message.connect(self._show_message)
        self.ctx.saved.connect(self._show_saved)
        self.ctx.unsaved_changed.connect(self._show_saved)
        self.ctx.step_failed.connect(self._show_step_failed)
        self.ctx.data_changed.connect(self.concern_bar.on_data_changed)
        self.ctx.undo_stack.indexChanged.connect(lambda _i: self._show_saved())
        self._restore_window_state()

    # --- building ----------------------------------------------------------------------------

    def _build_body(self) -> None:
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(8, 8, 8, 4)
        self.concern_bar = ConcernBar(self.ctx, self.settings)
        layout.addWidget(self.concern_bar)

        self.tabs = build_tabs(self.ctx)
        self.signs_tab = cast(SignsTab, self.tabs.findChild(SignsTab, "signsTab"))
        self.next_steps_tab = cast(NextStepsTab, self.tabs.findChild(NextStepsTab, "nextStepsTab"))
        self.next_steps_tab.prepare_packet.connect(self.export_packet)
        self.ctx.open_item.connect(self._open_item)

        self.welcome = WelcomePage(self.ctx)
        self.welcome.created.connect(self.concern_bar.created)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.welcome)
        self.stack.addWidget(self.tabs)
        self.concern_bar.listed.connect(
            lambda any_concern: self.stack.setCurrentWidget(
                self.tabs if any_concern else self.welcome
            )
        )
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

    def _build_menus(self) -> None:
        titles = [self.tabs.tabText(i) for i in range(self.tabs.count())]
        menus = self.menus = MainMenus(
            self.menuBar(),
            self.ctx.undo_stack,
            self.concern_bar.actions_for_menu(),
            titles,
            owner=self,
        )
        files = self.files
        menus.new_journal.triggered.connect(files.new_journal)
        menus.open_journal.triggered.connect(files.open_journal)
        menus.recent_menu.aboutToShow.connect(lambda: files.fill_recent(menus.recent_menu))
        menus.export_packet.triggered.connect(lambda _c=False: self.export_packet())
        menus.export_calendar.triggered.connect(self.other_exports.export_calendar)
        menus.export_patient_summary.triggered.connect(self.other_exports.export_patient_summary)
        menus.export_json.triggered.connect(self.json_transfer.export_json)
        menus.import_json.triggered.connect(self.json_transfer.import_json)
        menus.import_records.triggered.connect(self._import_records)
        menus.quit.triggered.connect(self.close)
        menus.tab_chosen.connect(self.show_tab)
        # Where the parts with a module of their own add their entries (``install(window)``).
        self.file_menu = menus.file_menu
        self.edit_menu = menus.edit_menu
        self.view_menu = menus.view_menu
        self.help_menu = menus.help_menu
        language.install_menu(self)
        search_dialog.install(self)
        privacy.install(self)
        help_entries.install(self)

    def _build_status(self) -> None:
        self.saved_label = QLabel()
        self.saved_label.setObjectName("savedLabel")
        self.journal_label = QLabel()
        self.journal_label.setObjectName("journalLabel")
        self.statusBar().addWidget(self.journal_label, 1)
        self.statusBar().addPermanentWidget(self.saved_label)

    # --- the journal -------------------------------------------------------------------------

    @property
    def journal(self) -> Journal | None:
        return self.ctx.journal

    def _show_journal(self, journal: Journal) -> None:
        lock = " 🔒" if journal.encrypted else ""
        self.journal_label.setText(f"{journal.path}{lock}")
        self.setWindowTitle(self.tr("{name} — Second Opinion").format(name=journal.path.stem))
        self.concern_bar.show_journal()

    def export_packet(self, visit_id: int | None = None) -> None:
        """File > Export > Appointment packet, or Next steps' "prepare the packet" for a visit."""
        if self.ctx.journal is None:
            return
        from secondopinion.ui import export_dialog

        export_dialog.show_export_dialog(self, visit_id=visit_id)

    def _import_records(self) -> None:
        if self.ctx.journal is None:
            return
        from secondopinion.ui.records_import_dialog import choose_and_import

        choose_and_import(self, self.ctx)

    # --- showing -----------------------------------------------------------------------------

    def open_item(self, table: str, key: int, concern_id: int | None = None) -> None:
        """Show one row in the tab that handles it, switching concern first if needed."""
        if concern_id is not None and concern_id != self.ctx.concern_id:
            self.concern_bar.reveal(concern_id)
        self.ctx.open_item.emit(table, key)

    def _open_item(self, table: str, key: int) -> None:
        show_item_in_tabs(self.tabs, table, key)

    def show_tab(self, index: int) -> None:
        if self.stack.currentWidget() is self.tabs:
            self.tabs.setCurrentIndex(index)
            self.tabs.currentWidget().setFocus()

    def _show_saved(self) -> None:
        """Say "saved" only when everything typed is on disk; otherwise say what is not."""
        problems = self.ctx.unsaved()
        if problems:
            self.saved_label.setText(self.tr("Not saved"))
            self.saved_label.setToolTip(problems[0])
            self.statusBar().showMessage(
                self.tr("Not saved: {problem}").format(problem=problems[0])
            )
            return
        if self.saved_label.text() == self.tr("Not saved"):
            self.statusBar().clearMessage()
        self.saved_label.setToolTip("")
        self.saved_label.setText(
            self.tr("All changes saved · {time}").format(time=QTime.currentTime().toString("HH:mm"))
        )

    def _show_message(self, text: str, milliseconds: int) -> None:
        self.statusBar().showMessage(text, milliseconds)

    def _show_step_failed(self, problem: str) -> None:
        self.statusBar().showMessage(self.tr("Not done: {problem}").format(problem=problem), 15000)

    def settle_unsaved(self) -> bool:
        """Write what is typed; if some of it cannot be written, ask: Save again, Discard it, or
        Cancel (False: keep the journal and the window as they are)."""
        while True:
            problems = self.ctx.flush()
            if not problems:
                return True
            box = QMessageBox(self)
            box.setIcon(QMessageBox.Icon.Warning)
            box.setWindowTitle(self.tr("Not saved"))
            box.setText(self.tr("Some of what you typed is not saved yet."))
            box.setInformativeText(problems[0])
            again = box.addButton(self.tr("Save again"), QMessageBox.ButtonRole.AcceptRole)
            discard = box.addButton(QMessageBox.StandardButton.Discard)
            box.addButton(QMessageBox.StandardButton.Cancel)
            box.setDefaultButton(again)
            box.exec()
            clicked = box.clickedButton()
            box.deleteLater()
            if clicked is discard:
                self.ctx.discard_unsaved()
                return True
            if clicked is not again:
                return False

    # --- window state and closing ------------------------------------------------------------

    def _restore_window_state(self) -> None:
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)  # type: ignore[arg-type]
        else:
            self.resize(1280, 800)
        state = self.settings.value("window/state")
        if state is not None:
            self.restoreState(state)  # type: ignore[arg-type]
        tab = self.settings.value("window/tab")
        if tab is not None:
            QTimer.singleShot(0, lambda: self._restore_tab(int(tab)))  # type: ignore[call-overload]

    def _restore_tab(self, index: int) -> None:
        # A concern with something pending opens on Next steps, whatever tab was last shown.
        if not self.next_steps_tab.has_steps:
            self.tabs.setCurrentIndex(index)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Save what is typed (or ask), wait for running jobs, then let the journal go."""
        from secondopinion.ui import jobs

        if self.ctx.journal is not None and not self.settle_unsaved():
            event.ignore()
            return
        if not jobs.settle(self):
            event.ignore()  # the person chose to keep the window open while the jobs finish
            return
        try:
            self.settings.setValue("window/geometry", self.saveGeometry())
            self.settings.setValue("window/state", self.saveState())
            self.settings.setValue("window/tab", self.tabs.currentIndex())
            self.settings.sync()
        finally:
            # Always let the journal go (and with it its lock), whatever happened above.
            if self.ctx.journal is not None:
                self.ctx.journal.close()
                self.ctx.journal = None
        super().closeEvent(event)
