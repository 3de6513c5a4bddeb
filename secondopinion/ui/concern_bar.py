"""The concern bar above the tabs (picker, New…, Rename…, Archive) and the welcome page.

A mixin of ``MainWindow``: the Concern menu, search and privacy reach these methods on the window.
The window remembers the last concern per journal under ``concern_key()``.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from secondopinion.domain.validation import FieldError
from secondopinion.services import concerns
from secondopinion.services.concerns import create_concern, list_concerns
from secondopinion.services.errors import in_words
from secondopinion.services.journal_rows import Concern
from secondopinion.ui.context import JournalContext
from secondopinion.ui.forms import error_label, show_error
from secondopinion.ui.widgets import hint

if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QMainWindow

    _Window = QMainWindow
else:
    _Window = object


def journal_digest(path: Path) -> str:
    """A short name for a journal's path that stays the same from one run to the next."""
    return hashlib.sha256(str(Path(path).absolute()).encode("utf-8")).hexdigest()[:16]


class ConcernBar(_Window):
    ctx: JournalContext
    settings: QSettings
    tabs: QTabWidget
    stack: QStackedWidget
    welcome: QWidget
    archive_action: QAction
    show_archived: QAction

    def _build_concern_bar(self) -> QHBoxLayout:
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
        return top

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

    def current_concern_id(self) -> int | None:
        return self.ctx.concern_id

    def _concern_key(self) -> str:
        """The settings key for this journal's last concern: the same in every run (a digest of
        the journal's path; ``hash()`` is salted per process and never matched again)."""
        journal = self.ctx.journal
        return f"concerns/{journal_digest(journal.path) if journal else 0}"

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
        return concerns.get_concern(self.ctx.journal, self.ctx.concern_id)

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
                QMessageBox.warning(self, title, in_words(exc))
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
        concerns.rename_concern(self.ctx.journal, int(concern.id or 0), title)
        self.ctx.changed("concern")

    def toggle_archive(self) -> None:
        concern = self._current_concern()
        if concern is None or self.ctx.journal is None:
            return
        concerns.set_archived(self.ctx.journal, int(concern.id or 0), not concern.archived)
        self.ctx.changed("concern")
        self.statusBar().showMessage(
            self.tr("Archived “{title}”. Concern > Show archived concerns brings it back.").format(
                title=concern.title
            )
            if not concern.archived
            else self.tr("Restored “{title}”.").format(title=concern.title),
            8000,
        )

    def _on_data_changed(self, table: str, _source: object) -> None:
        if table == "concern":
            self.reload_concerns()
