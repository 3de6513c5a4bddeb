"""The concern bar above the tabs: the concern picker with New…, Rename… and Archive.

A widget of its own, given the journal context and the settings. It also owns the Concern menu's
actions (``actions()``: New, Rename, Archive/Restore, Show archived, Choose), so the buttons and
the menu say the same thing. It remembers the last concern per journal (``concern_key``) and
tells the window whether the journal has any concern at all (``listed``), and what to say on
the status line (``message``).
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)

from secondopinion.domain.validation import TITLE_MAX, FieldError, check_text
from secondopinion.services import concerns
from secondopinion.services.errors import in_words
from secondopinion.services.journal_rows import Concern
from secondopinion.ui.context import JournalContext


def journal_digest(path: Path) -> str:
    """A short name for a journal's path that stays the same from one run to the next."""
    return hashlib.sha256(str(Path(path).absolute()).encode("utf-8")).hexdigest()[:16]


class ConcernBar(QWidget):
    listed = Signal(bool)  # the concerns were listed afresh: does the journal have any?
    message = Signal(str, int)  # for the status line: (text, milliseconds)

    def __init__(
        self, ctx: JournalContext, settings: QSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.settings = settings
        top = self._row = QHBoxLayout(self)
        top.setContentsMargins(0, 0, 0, 0)
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
        self.new_button = self._button(
            self.tr("New…"), self.tr("Start a new concern (Ctrl+Shift+N)"), "newConcern"
        )
        self.new_button.clicked.connect(self.new_concern)
        self.rename_button = self._button(
            self.tr("Rename…"), self.tr("Rename this concern (Ctrl+Shift+R)"), "renameConcern"
        )
        self.rename_button.clicked.connect(self.rename_concern)
        self.archive_button = self._button(self.tr("Archive"), "", "archiveConcern")
        self.archive_button.clicked.connect(self.toggle_archive)
        top.addStretch(1)
        self._build_actions()

    def _button(self, text: str, tip: str, name: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setToolTip(tip)  # a screen reader reads it as the description
        self._row.addWidget(button)
        return button

    def _action(self, text: str, slot: object, shortcut: str | None, name: str) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        if name:
            action.setObjectName(name)
        return action

    def _build_actions(self) -> None:
        self.new_action = self._action(
            QCoreApplication.translate("MainWindow", "&New concern…"),
            self.new_concern,
            "Ctrl+Shift+N",
            "actionNewConcern",
        )
        self.rename_action = self._action(
            QCoreApplication.translate("MainWindow", "&Rename concern…"),
            self.rename_concern,
            "Ctrl+Shift+R",
            "actionRenameConcern",
        )
        self.archive_action = self._action(
            QCoreApplication.translate("MainWindow", "&Archive concern"),
            self.toggle_archive,
            None,
            "actionArchive",
        )
        self.show_archived = self._action(
            QCoreApplication.translate("MainWindow", "&Show archived concerns"),
            self.reload,
            None,
            "actionShowArchived",
        )
        self.show_archived.setCheckable(True)
        self.choose_action = self._action(
            QCoreApplication.translate("MainWindow", "&Choose concern"),
            self.picker.setFocus,
            "Ctrl+K",
            "",
        )

    def actions_for_menu(self) -> list[QAction]:
        """The Concern menu's entries, in order."""
        return [
            self.new_action,
            self.rename_action,
            self.archive_action,
            self.show_archived,
            self.choose_action,
        ]

    # --- the list ------------------------------------------------------------------------------

    def concern_key(self) -> str:
        """The settings key for this journal's last concern: the same in every run (a digest of
        the journal's path; ``hash()`` is salted per process and never matched again)."""
        journal = self.ctx.journal
        return f"concerns/{journal_digest(journal.path) if journal else 0}"

    def reload(self) -> None:
        """List the journal's concerns afresh, keeping the current one when it is still listed."""
        journal = self.ctx.journal
        keep = self.ctx.concern_id
        listed = (
            concerns.list_concerns(journal, include_archived=self.show_archived.isChecked())
            if journal
            else []
        )
        self.picker.blockSignals(True)
        self.picker.clear()
        for c in listed:
            title = (
                c.title if not c.archived else self.tr("{title} (archived)").format(title=c.title)
            )
            self.picker.addItem(title, c.id)
        index = self.picker.findData(keep)
        if index < 0 and listed:
            index = 0
        self.picker.setCurrentIndex(index)
        self.picker.blockSignals(False)
        self.listed.emit(bool(listed))
        self.ctx.set_concern(self.picker.currentData() if listed else None)
        self._update_actions()

    def show_journal(self) -> None:
        """A journal was opened: list its concerns and choose the one chosen last time."""
        self.reload()
        last = self.settings.value(self.concern_key())
        if last is not None:
            self.select_concern(int(last))  # type: ignore[call-overload]

    def select_concern(self, concern_id: int) -> None:
        index = self.picker.findData(concern_id)
        if index >= 0:
            self.picker.setCurrentIndex(index)

    def reveal(self, concern_id: int) -> None:
        """Choose this concern, listing the archived ones too when it is one of them."""
        if self.picker.findData(concern_id) < 0 and not self.show_archived.isChecked():
            self.show_archived.setChecked(True)
            self.reload()
        self.select_concern(concern_id)

    def on_data_changed(self, table: str, _source: object = None) -> None:
        if table == "concern":
            self.reload()

    def _picker_changed(self, _index: int) -> None:
        self.ctx.set_concern(self.picker.currentData())
        if self.ctx.concern_id is not None:
            self.settings.setValue(self.concern_key(), self.ctx.concern_id)
        self._update_actions()

    def _current_concern(self) -> Concern | None:
        if self.ctx.journal is None or self.ctx.concern_id is None:
            return None
        return concerns.get_concern(self.ctx.journal, self.ctx.concern_id)

    def _update_actions(self) -> None:
        concern = self._current_concern()
        archived = concern is not None and concern.archived
        self.archive_button.setText(self.tr("Restore") if archived else self.tr("Archive"))
        self.archive_button.setToolTip(
            self.tr("Bring this concern back into the list")
            if archived
            else self.tr("Put this concern aside; Concern > Show archived concerns shows it again")
        )
        self.archive_action.setText(
            QCoreApplication.translate("MainWindow", "&Restore concern")
            if archived
            else QCoreApplication.translate("MainWindow", "&Archive concern")
        )
        for widget in (self.rename_button, self.archive_button):
            widget.setEnabled(concern is not None)

    # --- new, rename, archive --------------------------------------------------------------------

    def _ask_title(self, title: str, current: str = "") -> str | None:
        while True:
            text, ok = QInputDialog.getText(self, title, self.tr("Title:"), text=current)
            if not ok:
                return None
            try:
                return check_text("title", text.strip(), TITLE_MAX, required=True)
            except FieldError as exc:
                QMessageBox.warning(self, title, in_words(exc))
                current = text

    def created(self, concern_id: int) -> None:
        """A concern was created (here or on the welcome page): list it and choose it."""
        self.ctx.changed("concern")
        self.reload()
        self.select_concern(concern_id)

    def new_concern(self) -> None:
        if self.ctx.journal is None:
            return
        title = self._ask_title(self.tr("New concern"))
        if title is None:
            return
        concern = concerns.create_concern(self.ctx.journal, title)
        self.created(int(concern.id or 0))

    def rename_concern(self) -> None:
        concern = self._current_concern()
        if concern is None or self.ctx.journal is None:
            return
        title = self._ask_title(self.tr("Rename concern"), concern.title)
        if title is None:
            return
        concerns.rename_concern(self.ctx.journal, int(concern.id or 0), title)
        self.ctx.changed("concern")

    def toggle_archive(self) -> None:
        concern = self._current_concern()
        if concern is None or self.ctx.journal is None:
            return
        concerns.set_archived(self.ctx.journal, int(concern.id or 0), not concern.archived)
        self.ctx.changed("concern")
        self.message.emit(
            self.tr("Archived “{title}”. Concern > Show archived concerns brings it back.").format(
                title=concern.title
            )
            if not concern.archived
            else self.tr("Restored “{title}”.").format(title=concern.title),
            8000,
        )
