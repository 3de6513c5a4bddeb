"""The main window's menu bar: File, Edit, Concern, View and Help.

A mixin of ``MainWindow``. Parts with their own module (search, privacy, help) add their entries
through their ``install(window)`` after the bar is built; a new menu item goes here, or in the
``install`` of the module that owns it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QComboBox, QTabWidget

from secondopinion.ui import help as help_entries
from secondopinion.ui import language, privacy, search_dialog
from secondopinion.ui.context import JournalContext

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow

    _Window = QMainWindow
else:
    _Window = object


class MainMenus(_Window):
    ctx: JournalContext
    picker: QComboBox
    tabs: QTabWidget

    if TYPE_CHECKING:  # from the other parts of MainWindow, for the type checker only

        def new_journal(self) -> None: ...
        def open_journal(self) -> None: ...
        def _fill_recent(self) -> None: ...
        def export_packet(self) -> None: ...
        def export_json(self) -> None: ...
        def export_calendar(self) -> None: ...
        def export_patient_summary(self) -> None: ...
        def import_json(self) -> None: ...
        def new_concern(self) -> None: ...
        def rename_concern(self) -> None: ...
        def toggle_archive(self) -> None: ...
        def reload_concerns(self) -> None: ...
        def show_tab(self, index: int) -> None: ...

    def _action(
        self, menu: Any, text: str, slot: Any, shortcut: Any = None, name: str = ""
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        if name:
            action.setObjectName(name)
        menu.addAction(action)
        return action

    def _import_records(self) -> None:
        if self.ctx.journal is None:
            return
        from secondopinion.ui.records_import_dialog import choose_and_import

        choose_and_import(self, self.ctx)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file = bar.addMenu(QCoreApplication.translate("MainWindow", "&File"))
        self._action(
            file,
            QCoreApplication.translate("MainWindow", "&New journal…"),
            self.new_journal,
            QKeySequence.StandardKey.New,
            "actionNewJournal",
        )
        self._action(
            file,
            QCoreApplication.translate("MainWindow", "&Open journal…"),
            self.open_journal,
            QKeySequence.StandardKey.Open,
            "actionOpenJournal",
        )
        self.recent_menu = file.addMenu(
            QCoreApplication.translate("MainWindow", "Recent &journals")
        )
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file.addSeparator()
        self.export_menu = file.addMenu(QCoreApplication.translate("MainWindow", "&Export"))
        self._action(
            self.export_menu,
            QCoreApplication.translate("MainWindow", "Appointment &packet (PDF)…"),
            self.export_packet,
            "Ctrl+E",
            "actionExportPacket",
        )
        self._action(
            self.export_menu,
            QCoreApplication.translate("MainWindow", "&Calendar of planned visits (.ics)…"),
            self.export_calendar,
            None,
            "actionExportCalendar",
        )
        self._action(
            self.export_menu,
            QCoreApplication.translate("MainWindow", "Patient &summary (FHIR IPS)…"),
            self.export_patient_summary,
            None,
            "actionExportIps",
        )
        self._action(
            self.export_menu,
            QCoreApplication.translate("MainWindow", "&Journal as JSON…"),
            self.export_json,
            None,
            "actionExportJson",
        )
        self._action(
            file,
            QCoreApplication.translate("MainWindow", "&Import JSON…"),
            self.import_json,
            None,
            "actionImportJson",
        )
        self._action(
            file,
            QCoreApplication.translate("MainWindow", "Import &records…"),
            self._import_records,
            None,
            "actionImportRecords",
        )
        file.addSeparator()
        self._action(
            file,
            QCoreApplication.translate("MainWindow", "&Quit"),
            self.close,
            QKeySequence.StandardKey.Quit,
            "actionQuit",
        )
        self.file_menu = file

        edit = bar.addMenu(QCoreApplication.translate("MainWindow", "&Edit"))
        undo = self.ctx.undo_stack.createUndoAction(
            self, QCoreApplication.translate("MainWindow", "&Undo")
        )
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.ctx.undo_stack.createRedoAction(
            self, QCoreApplication.translate("MainWindow", "&Redo")
        )
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        edit.addAction(undo)
        edit.addAction(redo)
        self.edit_menu = edit

        concern = bar.addMenu(QCoreApplication.translate("MainWindow", "&Concern"))
        self._action(
            concern,
            QCoreApplication.translate("MainWindow", "&New concern…"),
            self.new_concern,
            "Ctrl+Shift+N",
            "actionNewConcern",
        )
        self._action(
            concern,
            QCoreApplication.translate("MainWindow", "&Rename concern…"),
            self.rename_concern,
            "Ctrl+Shift+R",
            "actionRenameConcern",
        )
        self.archive_action = self._action(
            concern,
            QCoreApplication.translate("MainWindow", "&Archive concern"),
            self.toggle_archive,
            None,
            "actionArchive",
        )
        self.show_archived = self._action(
            concern,
            QCoreApplication.translate("MainWindow", "&Show archived concerns"),
            self.reload_concerns,
            None,
            "actionShowArchived",
        )
        self.show_archived.setCheckable(True)
        self._action(
            concern,
            QCoreApplication.translate("MainWindow", "&Choose concern"),
            self.picker.setFocus,
            "Ctrl+K",
        )

        view = bar.addMenu(
            QCoreApplication.translate("MainWindow", "Vie&w")
        )  # Alt+V belongs to the Visits tab
        for i in range(self.tabs.count()):
            text = self.tabs.tabText(i).replace("&&", "\x00").replace("&", "").replace("\x00", "&")
            self._action(view, text, lambda _c=False, i=i: self.show_tab(i), f"Ctrl+{i + 1}")
        self.view_menu = view
        language.install_menu(self)
        self.help_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Help"))
        # Parts that live in their own modules add their menu entries themselves.
        search_dialog.install(self)
        privacy.install(self)
        help_entries.install(self)
