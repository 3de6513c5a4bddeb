"""The main window: concern picker, the tabs, menus, shortcuts and remembered state."""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTime, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from secondopinion import paths
from secondopinion.domain.validation import FieldError
from secondopinion.services.concerns import create_concern, list_concerns
from secondopinion.store import commands
from secondopinion.store.errors import JournalError, PassphraseRequired, WrongPassphrase
from secondopinion.store.journal import Journal
from secondopinion.store.tables import Concern
from secondopinion.ui.context import JournalContext
from secondopinion.ui.forms import error_label, show_error
from secondopinion.ui.signs_tab import SignsTab
from secondopinion.ui.unlock import ask_passphrase
from secondopinion.ui.widgets import hint

MAX_RECENT = 8


def _placeholder(name: str, text: str) -> QWidget:
    page = QWidget()
    page.setObjectName(name)
    layout = QVBoxLayout(page)
    layout.addWidget(hint(text), 0, Qt.AlignmentFlag.AlignCenter)
    return page


def _load_tab(module: str, cls: str, name: str, ctx: JournalContext) -> QWidget:
    """The tab class ``cls`` from ``secondopinion.ui.<module>``, or a placeholder until it exists.

    Tabs take the shared context and may declare ``handles`` (table names they can show) and
    ``show_item(table, id)`` so search results and other tabs can open a row in them.
    """
    try:
        found = importlib.import_module(f"secondopinion.ui.{module}")
    except ModuleNotFoundError:
        return _placeholder(name, QCoreApplication.translate("MainWindow", "Coming soon."))
    tab = getattr(found, cls)(ctx)
    assert isinstance(tab, QWidget) and tab.objectName() == name
    return tab


class MainWindow(QMainWindow):
    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.ctx = JournalContext(self)
        self.remember_journal = True
        self.setWindowTitle(self.tr("Second Opinion"))
        self.setMinimumSize(800, 560)
        self._build_body()
        self._build_menus()
        self._build_status()
        self.ctx.saved.connect(self._show_saved)
        self.ctx.data_changed.connect(self._on_data_changed)
        self.ctx.undo_stack.indexChanged.connect(lambda _i: self._show_saved())
        self._restore_window_state()

    @property
    def journal(self) -> Journal | None:
        return self.ctx.journal

    def current_concern_id(self) -> int | None:
        return self.ctx.concern_id

    # --- building ----------------------------------------------------------------------------

    def _build_body(self) -> None:
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(8, 8, 8, 4)
        top = QHBoxLayout()
        caption = QLabel(self.tr("Concern:"))  # Ctrl+K; Alt+C belongs to the Concern menu
        self.picker = QComboBox()
        self.picker.setObjectName("concernPicker")
        self.picker.setAccessibleName(self.tr("Concern"))
        self.picker.setMinimumWidth(280)
        self.picker.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        caption.setBuddy(self.picker)
        self.picker.currentIndexChanged.connect(self._picker_changed)
        top.addWidget(caption)
        top.addWidget(self.picker)
        for text, tip, slot, name in (
            (self.tr("New…"), self.tr("Start a new concern (Ctrl+Shift+N)"), self.new_concern,
             "newConcern"),
            (self.tr("Rename…"), self.tr("Rename this concern (Ctrl+Shift+R)"),
             self.rename_concern, "renameConcern"),
            (self.tr("Archive"), "", self.toggle_archive, "archiveConcern"),
        ):  # fmt: skip
            button = QPushButton(text)
            button.setObjectName(name)
            button.setToolTip(tip)  # a screen reader reads it as the description
            button.clicked.connect(slot)
            top.addWidget(button)
            setattr(self, f"_{name}_button", button)
        top.addStretch(1)
        layout.addLayout(top)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("tabs")
        self.tabs.setDocumentMode(True)
        self.signs_tab = SignsTab(self.ctx)
        self.tabs.addTab(self.signs_tab, self.tr("&Signs"))
        for module, cls, name, title in (
            ("records_tab", "RecordsTab", "recordsTab", self.tr("&Records")),
            ("doctors_tab", "DoctorsTab", "doctorsTab", self.tr("&Doctors")),
            ("questions_tab", "QuestionsTab", "questionsTab", self.tr("&Questions")),
            ("visits_tab", "VisitsTab", "visitsTab", self.tr("&Visits && feelings")),
            ("compare_tab", "CompareTab", "compareTab", self.tr("C&ompare")),
        ):
            self.tabs.addTab(_load_tab(module, cls, name, self.ctx), title)
        self.ctx.open_item.connect(self._open_item)

        self.welcome = self._build_welcome()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.welcome)
        self.stack.addWidget(self.tabs)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

    def _build_welcome(self) -> QWidget:
        page = QWidget()
        page.setObjectName("welcomePage")
        outer = QVBoxLayout(page)
        outer.addStretch(1)
        box = QWidget()
        layout = QVBoxLayout(box)
        title = QLabel(self.tr("<h2>What would you like a second opinion on?</h2>"))
        title.setObjectName("welcomeTitle")
        # A fixed width lets the wrapped lines take the height they need. About 70 characters,
        # widened to the title's own width in this font (never more than the room a line of
        # text may take): what does not fit then wraps, never cut off.
        margins = layout.contentsMargins()
        line = title.sizeHint().width() + margins.left() + margins.right()
        chars = self.fontMetrics().averageCharWidth() * 70
        box.setFixedWidth(min(max(560, chars), max(360, chars, line)))
        title.setWordWrap(True)
        layout.addWidget(title)
        layout.addWidget(
            hint(
                self.tr(
                    "Name the diagnosis or recommendation you want to look at again, for "
                    "example “Recommended hysterectomy” or “Chronic back pain”. You can add "
                    "more concerns later."
                )
            )
        )
        row = QHBoxLayout()
        self.first_title = QLineEdit()
        self.first_title.setObjectName("firstConcernTitle")
        self.first_title.setAccessibleName(self.tr("Concern title"))
        self.first_title.setPlaceholderText(self.tr("Concern title"))
        self.first_title.setMaxLength(1_000_000)
        self.first_title.returnPressed.connect(self._create_first)
        create = QPushButton(self.tr("Start"))
        create.setObjectName("createFirstConcern")
        create.clicked.connect(self._create_first)
        row.addWidget(self.first_title, 1)
        row.addWidget(create)
        layout.addLayout(row)
        self.first_error = error_label()
        layout.addWidget(self.first_error)
        row_box = QHBoxLayout()  # stretches, not an alignment, so the hint's height follows width
        row_box.addStretch(1)
        row_box.addWidget(box)
        row_box.addStretch(1)
        outer.addLayout(row_box)
        outer.addStretch(2)
        return page

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

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file = bar.addMenu(self.tr("&File"))
        self._action(
            file,
            self.tr("&New journal…"),
            self.new_journal,
            QKeySequence.StandardKey.New,
            "actionNewJournal",
        )
        self._action(
            file,
            self.tr("&Open journal…"),
            self.open_journal,
            QKeySequence.StandardKey.Open,
            "actionOpenJournal",
        )
        self.recent_menu = file.addMenu(self.tr("Recent &journals"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file.addSeparator()
        self.export_menu = file.addMenu(self.tr("&Export"))
        self._action(
            self.export_menu,
            self.tr("Appointment &packet (PDF)…"),
            self.export_packet,
            "Ctrl+E",
            "actionExportPacket",
        )
        self._action(
            self.export_menu,
            self.tr("&Journal as JSON…"),
            self.export_json,
            None,
            "actionExportJson",
        )
        self._action(file, self.tr("&Import JSON…"), self.import_json, None, "actionImportJson")
        file.addSeparator()
        self._action(
            file, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit, "actionQuit"
        )
        self.file_menu = file

        edit = bar.addMenu(self.tr("&Edit"))
        undo = self.ctx.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.ctx.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        edit.addAction(undo)
        edit.addAction(redo)
        self.edit_menu = edit

        concern = bar.addMenu(self.tr("&Concern"))
        self._action(
            concern, self.tr("&New concern…"), self.new_concern, "Ctrl+Shift+N", "actionNewConcern"
        )
        self._action(
            concern,
            self.tr("&Rename concern…"),
            self.rename_concern,
            "Ctrl+Shift+R",
            "actionRenameConcern",
        )
        self.archive_action = self._action(
            concern, self.tr("&Archive concern"), self.toggle_archive, None, "actionArchive"
        )
        self.show_archived = self._action(
            concern,
            self.tr("&Show archived concerns"),
            self.reload_concerns,
            None,
            "actionShowArchived",
        )
        self.show_archived.setCheckable(True)
        self._action(concern, self.tr("&Choose concern"), self.picker.setFocus, "Ctrl+K")

        view = bar.addMenu(self.tr("Vie&w"))  # Alt+V belongs to the Visits tab
        for i in range(self.tabs.count()):
            text = self.tabs.tabText(i).replace("&&", "\x00").replace("&", "").replace("\x00", "&")
            self._action(view, text, lambda _c=False, i=i: self.show_tab(i), f"Ctrl+{i + 1}")
        self.view_menu = view
        self.help_menu = bar.addMenu(self.tr("&Help"))
        self._install_extensions()

    def _install_extensions(self) -> None:
        """Parts that live in their own modules add their menu entries themselves."""
        for module in ("search_dialog", "privacy", "help"):
            try:
                found = importlib.import_module(f"secondopinion.ui.{module}")
            except ModuleNotFoundError:
                continue
            install = getattr(found, "install", None)
            if install is not None:
                install(self)

    def _build_status(self) -> None:
        self.saved_label = QLabel()
        self.saved_label.setObjectName("savedLabel")
        self.journal_label = QLabel()
        self.journal_label.setObjectName("journalLabel")
        self.statusBar().addWidget(self.journal_label, 1)
        self.statusBar().addPermanentWidget(self.saved_label)

    # --- journals ----------------------------------------------------------------------------

    def open_path(
        self,
        path: Path,
        *,
        create: bool = False,
        remember: bool = True,
        passphrase: str | None = None,
    ) -> bool:
        """Open (or create) the journal at ``path``; False when it could not be opened.

        ``passphrase`` protects a journal being created (``""``: the person was asked and chose
        none) or is tried first on an existing one. A journal created without asking shows a
        banner recommending a passphrase. A journal open in another instance is refused; a
        damaged one is left untouched and the newest good backup is offered.
        """
        from secondopinion.store.errors import DamagedJournal, JournalInUse
        from secondopinion.ui import privacy, restore_dialog

        path = Path(path).expanduser().absolute()
        offer = passphrase is None
        created = False
        while True:
            try:
                if create and not path.exists():
                    journal = Journal.create(path, passphrase or None)
                    created = True
                else:
                    journal = Journal.open(path, passphrase or None)
                break
            except (PassphraseRequired, WrongPassphrase) as exc:
                if isinstance(exc, WrongPassphrase) and restore_dialog.first_page_damaged(
                    path, passphrase
                ):
                    problem = self.tr("{name} is damaged: its first page cannot be read.")
                    return restore_dialog.recover_damaged(
                        self, path, passphrase, problem.format(name=path.name), remember=remember
                    )
                passphrase = ask_passphrase(self, path, wrong=isinstance(exc, WrongPassphrase))
                if passphrase is None:
                    return False
            except JournalInUse as exc:
                QMessageBox.information(self, self.tr("Journal already open"), str(exc))
                return False
            except DamagedJournal as exc:
                return restore_dialog.recover_damaged(
                    self, path, passphrase or None, str(exc), remember=remember
                )
            except (JournalError, OSError) as exc:
                QMessageBox.warning(self, self.tr("Cannot open journal"), str(exc))
                return False
        self.set_journal(journal, remember=remember)
        guard = privacy.guard_of(self)
        if guard is not None:
            guard.journal_opened(journal, created=created, offer=offer)
        return True

    def set_journal(self, journal: Journal, *, remember: bool = True) -> None:
        old = self.ctx.journal
        self.ctx.flush()
        self.ctx.set_journal(journal)
        if old is not None and old is not journal:
            old.close()
        self.remember_journal = remember
        if remember:
            self._remember_recent(journal.path)
        lock = " 🔒" if journal.encrypted else ""
        self.journal_label.setText(f"{journal.path}{lock}")
        self.setWindowTitle(self.tr("{name} — Second Opinion").format(name=journal.path.stem))
        self.reload_concerns()
        last = self.settings.value(self._concern_key())
        if last is not None:
            self.select_concern(int(last))

    def _concern_key(self) -> str:
        journal = self.ctx.journal
        return f"concerns/{abs(hash(str(journal.path))) if journal else 0}"

    def new_journal(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("New journal"),
            str(paths.data_dir()),
            self.tr("Second Opinion journals (*.sojournal);;All files (*)"),
        )
        if not name:
            return
        path = Path(name)
        if not path.suffix:
            path = path.with_suffix(".sojournal")
        if path.exists():
            QMessageBox.warning(
                self,
                self.tr("New journal"),
                self.tr("{name} already exists.").format(name=path.name),
            )
            return
        from secondopinion.ui.passphrase_dialog import offer_new_passphrase

        ok, passphrase = offer_new_passphrase(self, path.name)
        if ok:
            self.open_path(path, create=True, passphrase=passphrase or "")

    def open_journal(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open journal"),
            str(paths.data_dir()),
            self.tr("Second Opinion journals (*.sojournal *.db);;All files (*)"),
        )
        if name:
            self.open_path(Path(name))

    def _recent(self) -> list[str]:
        value = self.settings.value("recentJournals", [])
        if isinstance(value, str):
            value = [value]
        return [str(v) for v in (value or [])]  # type: ignore[attr-defined]

    def _remember_recent(self, path: Path) -> None:
        recent = [p for p in self._recent() if p != str(path)]
        recent.insert(0, str(path))
        self.settings.setValue("recentJournals", recent[:MAX_RECENT])
        self.settings.setValue("lastJournal", str(path))

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        recent = [p for p in self._recent() if Path(p).exists()]
        if not recent:
            self.recent_menu.addAction(self.tr("(none)")).setEnabled(False)
        for i, p in enumerate(recent):
            action = self.recent_menu.addAction(f"&{i + 1} {p}")
            action.triggered.connect(lambda _c=False, p=p: self.open_path(Path(p)))

    # --- concerns ----------------------------------------------------------------------------

    def reload_concerns(self) -> None:
        journal = self.ctx.journal
        keep = self.ctx.concern_id
        concerns = (
            list_concerns(journal, include_archived=self.show_archived.isChecked())
            if journal
            else []
        )
        self.picker.blockSignals(True)
        self.picker.clear()
        for c in concerns:
            title = (
                c.title if not c.archived else self.tr("{title} (archived)").format(title=c.title)
            )
            self.picker.addItem(title, c.id)
        index = self.picker.findData(keep)
        if index < 0 and concerns:
            index = 0
        self.picker.setCurrentIndex(index)
        self.picker.blockSignals(False)
        self.stack.setCurrentWidget(self.tabs if concerns else self.welcome)
        self.ctx.set_concern(self.picker.currentData() if concerns else None)
        self._update_concern_actions()

    def select_concern(self, concern_id: int) -> None:
        index = self.picker.findData(concern_id)
        if index >= 0:
            self.picker.setCurrentIndex(index)

    def _picker_changed(self, _index: int) -> None:
        self.ctx.set_concern(self.picker.currentData())
        if self.ctx.concern_id is not None:
            self.settings.setValue(self._concern_key(), self.ctx.concern_id)
        self._update_concern_actions()

    def _current_concern(self) -> Concern | None:
        if self.ctx.journal is None or self.ctx.concern_id is None:
            return None
        return commands.get(self.ctx.journal, Concern, self.ctx.concern_id)

    def _update_concern_actions(self) -> None:
        concern = self._current_concern()
        has = concern is not None
        text = self.tr("Restore") if concern and concern.archived else self.tr("Archive")
        self._archiveConcern_button.setText(text)  # type: ignore[attr-defined]
        self._archiveConcern_button.setToolTip(  # type: ignore[attr-defined]
            self.tr("Bring this concern back into the list")
            if concern and concern.archived
            else self.tr("Put this concern aside; Concern > Show archived concerns shows it again")
        )
        self.archive_action.setText(
            self.tr("&Restore concern")
            if concern and concern.archived
            else self.tr("&Archive concern")
        )
        for widget in (self._renameConcern_button, self._archiveConcern_button):  # type: ignore[attr-defined]
            widget.setEnabled(has)

    def _ask_title(self, title: str, current: str = "") -> str | None:
        while True:
            text, ok = QInputDialog.getText(self, title, self.tr("Title:"), text=current)
            if not ok:
                return None
            try:
                from secondopinion.domain.validation import TITLE_MAX, check_text

                return check_text("title", text.strip(), TITLE_MAX, required=True)
            except FieldError as exc:
                QMessageBox.warning(self, title, exc.message)
                current = text

    def _create_first(self) -> None:
        if self.ctx.journal is None:
            return
        try:
            concern = create_concern(self.ctx.journal, self.first_title.text().strip())
        except FieldError as exc:
            show_error(self.first_error, exc.message)
            return
        show_error(self.first_error, None)
        self.first_title.clear()
        self.ctx.changed("concern")
        self.reload_concerns()
        self.select_concern(int(concern.id or 0))

    def new_concern(self) -> None:
        if self.ctx.journal is None:
            return
        title = self._ask_title(self.tr("New concern"))
        if title is None:
            return
        concern = create_concern(self.ctx.journal, title)
        self.ctx.changed("concern")
        self.reload_concerns()
        self.select_concern(int(concern.id or 0))

    def rename_concern(self) -> None:
        concern = self._current_concern()
        if concern is None or self.ctx.journal is None:
            return
        title = self._ask_title(self.tr("Rename concern"), concern.title)
        if title is None:
            return
        commands.update(self.ctx.journal, Concern, concern.id, title=title)
        self.ctx.changed("concern")

    def toggle_archive(self) -> None:
        concern = self._current_concern()
        if concern is None or self.ctx.journal is None:
            return
        commands.update(self.ctx.journal, Concern, concern.id, archived=not concern.archived)
        self.ctx.changed("concern")
        self.statusBar().showMessage(
            self.tr("Archived “{title}”. Concern > Show archived concerns brings it back.").format(
                title=concern.title
            )
            if not concern.archived
            else self.tr("Restored “{title}”.").format(title=concern.title),
            8000,
        )

    def open_item(self, table: str, key: int, concern_id: int | None = None) -> None:
        """Show one row in the tab that handles it, switching concern first if needed."""
        if concern_id is not None and concern_id != self.ctx.concern_id:
            if self.picker.findData(concern_id) < 0 and not self.show_archived.isChecked():
                self.show_archived.setChecked(True)
                self.reload_concerns()
            self.select_concern(concern_id)
        self.ctx.open_item.emit(table, key)

    def _open_item(self, table: str, key: int) -> None:
        for i in range(self.tabs.count()):
            tab = self.tabs.widget(i)
            if table in getattr(tab, "handles", ()):
                self.tabs.setCurrentIndex(i)
                tab.show_item(table, key)  # type: ignore[attr-defined]
                return

    def _on_data_changed(self, table: str, _source: object) -> None:
        if table == "concern":
            self.reload_concerns()

    # --- export / import ---------------------------------------------------------------------

    def export_packet(self) -> None:
        if self.ctx.journal is None:
            return
        from secondopinion.ui import export_dialog  # type: ignore[attr-defined]

        export_dialog.show_export_dialog(self)

    def export_json(self) -> None:
        journal = self.ctx.journal
        if journal is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export journal as JSON"),
            str(Path.home() / f"{journal.path.stem}.json"),
            self.tr("JSON (*.json)"),
        )
        if not name:
            return
        from secondopinion.services.jsonio import export_json
        from secondopinion.ui.jobs import run_job

        self.ctx.flush()
        run_job(
            lambda: export_json(journal, Path(name)),
            lambda _r: self.statusBar().showMessage(
                self.tr("Exported to {name}").format(name=name), 8000
            ),
            lambda e: self._warn(self.tr("Export failed"), str(e)),
        )

    def import_json(self) -> None:
        journal = self.ctx.journal
        if journal is None:
            return
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import JSON"), str(Path.home()), self.tr("JSON (*.json)")
        )
        if not name:
            return
        from secondopinion.services.jsonio import import_json

        try:
            import_json(journal, Path(name))
        except (ValueError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Import failed"), str(exc))
            return
        self.ctx.set_journal(journal)
        self.reload_concerns()
        self.statusBar().showMessage(self.tr("Imported {name}").format(name=name), 8000)

    def _warn(self, title: str, message: str) -> None:
        QMessageBox.warning(self, title, message)

    # --- window ------------------------------------------------------------------------------

    def show_tab(self, index: int) -> None:
        if self.stack.currentWidget() is self.tabs:
            self.tabs.setCurrentIndex(index)
            self.tabs.currentWidget().setFocus()

    def _show_saved(self) -> None:
        self.saved_label.setText(
            self.tr("All changes saved · {time}").format(time=QTime.currentTime().toString("HH:mm"))
        )

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
            QTimer.singleShot(0, lambda: self.tabs.setCurrentIndex(int(tab)))  # type: ignore[call-overload]

    def closeEvent(self, event: QCloseEvent) -> None:
        try:
            self.ctx.flush()
        except JournalError as exc:
            answer = QMessageBox.warning(
                self,
                self.tr("Not saved"),
                self.tr("{problem}\n\nClose anyway? The last change will be lost.").format(
                    problem=exc
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
        try:
            self.settings.setValue("window/geometry", self.saveGeometry())
            self.settings.setValue("window/state", self.saveState())
            self.settings.setValue("window/tab", self.tabs.currentIndex())
            self.settings.sync()
            from secondopinion.ui.jobs import wait_for_jobs

            wait_for_jobs()
        finally:
            # Always let the journal go (and with it its lock), whatever happened above.
            if self.ctx.journal is not None:
                self.ctx.journal.close()
                self.ctx.journal = None
        super().closeEvent(event)
