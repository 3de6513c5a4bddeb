"""The main window's menu bar: File, Edit, Concern, View and Help — their words, order and keys.

``MainMenus`` lays the menus out and hands back their actions (``new_journal``, ``export_json``…);
the window connects each to the part that does the work. It is given the menu bar, the undo
stack (Edit > Undo/Redo), the concern bar's actions (the Concern menu) and the tabs' titles
(View, Ctrl+1…); choosing a tab in View is ``tab_chosen``. Parts with their own module (search,
privacy, help, language) add their entries to these menus through their ``install(window)``.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMenu, QMenuBar


def _action(
    menu: QMenu, owner: QObject, text: str, shortcut: object = None, name: str = ""
) -> QAction:
    action = QAction(text, owner)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))  # type: ignore[call-overload]
    if name:
        action.setObjectName(name)
    menu.addAction(action)
    return action


class MainMenus(QObject):
    tab_chosen = Signal(int)  # View > a tab (Ctrl+1…)

    def __init__(
        self,
        bar: QMenuBar,
        undo_stack: QUndoStack,
        concern_actions: Sequence[QAction],
        tab_titles: Sequence[str],
        owner: QObject,
    ) -> None:
        """``owner`` holds the actions (the window: their shortcuts work wherever it has focus)."""
        super().__init__(owner)
        file = self.file_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&File"))
        self.new_journal = _action(
            file,
            owner,
            QCoreApplication.translate("MainWindow", "&New journal…"),
            QKeySequence.StandardKey.New,
            "actionNewJournal",
        )
        self.open_journal = _action(
            file,
            owner,
            QCoreApplication.translate("MainWindow", "&Open journal…"),
            QKeySequence.StandardKey.Open,
            "actionOpenJournal",
        )
        self.recent_menu = file.addMenu(
            QCoreApplication.translate("MainWindow", "Recent &journals")
        )
        file.addSeparator()
        export = self.export_menu = file.addMenu(
            QCoreApplication.translate("MainWindow", "&Export")
        )
        self.export_packet = _action(
            export,
            owner,
            QCoreApplication.translate("MainWindow", "Appointment &packet (PDF)…"),
            "Ctrl+E",
            "actionExportPacket",
        )
        self.export_calendar = _action(
            export,
            owner,
            QCoreApplication.translate("MainWindow", "&Calendar of planned visits (.ics)…"),
            None,
            "actionExportCalendar",
        )
        self.export_patient_summary = _action(
            export,
            owner,
            QCoreApplication.translate("MainWindow", "Patient &summary (FHIR IPS)…"),
            None,
            "actionExportIps",
        )
        self.export_json = _action(
            export,
            owner,
            QCoreApplication.translate("MainWindow", "&Journal as JSON…"),
            None,
            "actionExportJson",
        )
        self.import_json = _action(
            file,
            owner,
            QCoreApplication.translate("MainWindow", "&Import JSON…"),
            None,
            "actionImportJson",
        )
        self.import_records = _action(
            file,
            owner,
            QCoreApplication.translate("MainWindow", "Import &records…"),
            None,
            "actionImportRecords",
        )
        file.addSeparator()
        self.quit = _action(
            file,
            owner,
            QCoreApplication.translate("MainWindow", "&Quit"),
            QKeySequence.StandardKey.Quit,
            "actionQuit",
        )

        edit = self.edit_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Edit"))
        undo = undo_stack.createUndoAction(owner, QCoreApplication.translate("MainWindow", "&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = undo_stack.createRedoAction(owner, QCoreApplication.translate("MainWindow", "&Redo"))
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        edit.addAction(undo)
        edit.addAction(redo)

        self.concern_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Concern"))
        for action in concern_actions:
            self.concern_menu.addAction(action)

        view = self.view_menu = bar.addMenu(
            QCoreApplication.translate("MainWindow", "Vie&w")
        )  # Alt+V belongs to the Visits tab
        for i, title in enumerate(tab_titles):
            text = title.replace("&&", "\x00").replace("&", "").replace("\x00", "&")
            action = _action(view, owner, text, f"Ctrl+{i + 1}")
            action.triggered.connect(lambda _c=False, i=i: self.tab_chosen.emit(i))
        self.help_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Help"))
