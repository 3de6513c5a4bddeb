"""The files of one record request: add (dialog or drag-and-drop), open, save a copy, remove.

Files live inside the journal. Opening one writes a private temporary copy (0600 in a 0700
folder) for the app that shows it; the copy goes after ``OPEN_COPY_LIFETIME_MS`` or when the app
quits, whichever comes first. What cannot be stored is refused with a message under the list.

Long module: adding, opening, saving and removing files share the private-copy bookkeeping;
splitting them would pass that state between modules.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from secondopinion.domain.validation import FieldError
from secondopinion.services import attachments as attach
from secondopinion.services import filetypes, journal_rows
from secondopinion.services.errors import in_words
from secondopinion.services.journal_rows import Attachment
from secondopinion.services.journals import JournalError
from secondopinion.ui.context import JournalContext
from secondopinion.ui.file_labels import human_size, type_label
from secondopinion.ui.forms import error_label, show_error
from secondopinion.ui.table_model import Column, RowTableModel
from secondopinion.ui.view_helpers import EmptyState, commit_open_editor, counted, warning_icon
from secondopinion.ui.widgets import selected_rows, set_column_widths, table_view

OPEN_COPY_LIFETIME_MS = 30 * 60 * 1000  # long enough to read it; the copy goes at quit anyway
LIMIT_MB = attach.MAX_ATTACHMENT_BYTES // (1024 * 1024)

_quit_hooked = False


def private_copies() -> attach.PrivateCopies:
    """The app's temporary copies; removed when the app quits (and at exit, whatever happens)."""
    global _quit_hooked
    copies = attach.private_copies()
    app = QCoreApplication.instance()
    if not _quit_hooked and app is not None:
        _quit_hooked = True
        app.aboutToQuit.connect(copies.remove_all)
        copies.sweep_stale()  # copies an earlier run left when it crashed
    return copies


class AttachmentsPanel(QGroupBox):
    def __init__(self, ctx: JournalContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Files"), parent)
        self.setObjectName("attachmentsPanel")
        self.ctx = ctx
        self.request_id: int | None = None
        self.last_folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        self.setAcceptDrops(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(4)
        self.model = RowTableModel(
            [
                Column(self.tr("Name"), lambda a: a.filename, field="filename"),
                Column(
                    self.tr("Type"),
                    lambda a: a.media_type,
                    display=lambda a: type_label(a.media_type) + ("" if self._agrees(a) else " ⚠"),
                    icon=lambda a: None if self._agrees(a) else warning_icon(),
                    tooltip=self._type_tooltip,
                ),
                Column(
                    self.tr("Size"),
                    lambda a: a.size,
                    display=lambda a: human_size(a.size),
                    align=Qt.AlignmentFlag.AlignRight,
                ),
                Column(
                    self.tr("Added"),
                    lambda a: a.added_at,
                    display=lambda a: a.added_at.strftime("%Y-%m-%d"),
                    tooltip=lambda a: a.added_at.strftime("%Y-%m-%d %H:%M"),
                ),
            ],
            on_edit=self._rename,
            parent=self,
        )
        self.view, self.proxy = table_view(
            self.model, "attachmentsView", self.tr("Files"), stretch_column=0,
            on_delete=self.remove_selected,
        )  # fmt: skip
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed)  # F2 renames
        self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.view.activated.connect(lambda _i: self.open_selected())  # Enter or double-click
        self.view.setAcceptDrops(False)
        self.view.viewport().setAcceptDrops(False)  # drops land on the panel
        set_column_widths(self.view, {1: 17, 2: 10, 3: 14})
        self.view.setMinimumHeight(self.view.verticalHeader().defaultSectionSize() * 2 + 28)
        self.empty = EmptyState(self.view, "")
        self.model.edit_failed.connect(lambda m: show_error(self.error, m))
        ctx.register_flush(lambda: commit_open_editor(self.view))
        layout.addWidget(self.view, 1)
        self.error = error_label()
        self.error.setObjectName("attachmentsError")
        layout.addWidget(self.error)
        self.note = QLabel()
        self.note.setObjectName("attachmentsNote")
        self.note.setWordWrap(True)
        self.note.hide()
        layout.addWidget(self.note)
        row = QHBoxLayout()
        self.add_button = self._button(self.tr("Add fi&les…"), "addFiles", self.choose_files)
        self.add_button.setToolTip(
            self.tr("Add files to this request; you can also drop them here (up to %1 MB each)")
            .replace("%1", str(LIMIT_MB))
        )  # fmt: skip
        self.open_button = self._button(self.tr("O&pen"), "openFile", self.open_selected)
        self.save_button = self._button(self.tr("Save cop&y…"), "saveFile", self.save_selected)
        self.remove_button = self._button(self.tr("Remove"), "removeFile", self.remove_selected)
        self.remove_button.setToolTip(self.tr("Remove the selected files (Delete); Ctrl+Z undoes"))
        self.open_button.setToolTip(self.tr("Open in the app your computer uses for this type"))
        for button in (self.add_button, self.open_button, self.save_button, self.remove_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.reload()
        private_copies()  # clears what a crashed run left in the temporary folder

    def _button(self, text: str, name: str, slot: Any) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    @staticmethod
    def _agrees(a: attach.AttachmentInfo) -> bool:
        return filetypes.name_matches_type(a.filename, a.media_type)

    def _type_tooltip(self, a: attach.AttachmentInfo) -> str:
        if self._agrees(a):
            return type_label(a.media_type)
        return self.tr("Its content is a %1, whatever its name says.").replace(
            "%1", type_label(a.media_type)
        )

    # --- loading -----------------------------------------------------------------------------

    def set_request(self, request_id: int | None) -> None:
        if request_id == self.request_id:
            return
        self.show_message(None)
        self.request_id = request_id
        self.reload()

    def reload(self) -> None:
        journal = self.ctx.journal
        found = (
            attach.attachments_of(journal, self.request_id)
            if journal is not None and self.request_id is not None
            else []
        )
        self.model.set_rows(found)
        if found:  # something chosen, so Open and Save copy work straight from the keyboard
            self.view.setCurrentIndex(self.proxy.index(0, 0))
        enabled = self.request_id is not None
        self.setEnabled(enabled)
        self.setTitle(
            self.tr("Files (%1)").replace("%1", str(len(found))) if found else self.tr("Files")
        )
        self.empty.set_text(
            self.tr(
                "No files yet. Drop files here, or choose Add files… "
                "(PDF, images, text; up to %1 MB each)."
            ).replace("%1", str(LIMIT_MB))
            if enabled
            else self.tr("Choose a record request above to see its files.")
        )
        self._update_buttons()

    def _update_buttons(self) -> None:
        has = bool(self.view.selectionModel().selectedRows()) or self.view.currentIndex().isValid()
        for button in (self.open_button, self.save_button, self.remove_button):
            button.setEnabled(has and bool(self.model.rows))
        self.add_button.setEnabled(self.request_id is not None)

    def select(self, key: int) -> None:
        position = self.model.position_of(key)
        if position is not None:
            index = self.proxy.mapFromSource(self.model.index(position, 0))
            self.view.setCurrentIndex(index)
            self.view.setFocus()

    def show_message(self, error: str | None, note: str | None = None) -> None:
        show_error(self.error, error)
        self.note.setText(note or "")
        self.note.setAccessibleName(note or "")
        self.note.setVisible(bool(note))

    # --- adding ------------------------------------------------------------------------------

    def choose_files(self) -> None:
        if self.request_id is None:
            return
        paths, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Add files to this record request"),
            self.last_folder,
            self.tr("Records (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.dcm *.txt *.rtf *.docx);;"
                    "All files (*)"),
        )  # fmt: skip
        if paths:
            self.last_folder = str(Path(paths[0]).parent)
            self.add_paths([Path(p) for p in paths])

    def refusal(self, exc: attach.AttachmentRefused) -> str:
        name = exc.filename
        texts = {
            "not_found": self.tr("“%1” was not added: it no longer exists."),
            "folder": self.tr("“%1” is a folder; add the files inside it instead."),
            "not_regular": self.tr("“%1” is not an ordinary file and cannot be stored."),
            "unreadable": self.tr("“%1” could not be read (%2). Check that you may open it."),
            "empty": self.tr("“%1” is empty (0 bytes); there is nothing in it to keep."),
            "too_large": self.tr(
                "“%1” is %2; a file can hold at most %3 MB in the journal. Keep it where it is "
                "and write down where in this request's notes."
            ),
        }
        size = human_size(int(exc.detail)) if exc.reason == "too_large" else exc.detail
        text = texts.get(exc.reason, "“%1”: %2")
        return text.replace("%1", name).replace("%2", size).replace("%3", str(LIMIT_MB))

    def mismatch_note(self, file: attach.FileToAttach) -> str:
        check = file.type_check
        named = type_label(check.named_type or filetypes.OCTET_STREAM)
        if check.detected_type is None:
            text = self.tr("“%1” does not look like a %2 inside; it was kept, but check it opens.")
            return text.replace("%1", file.filename).replace("%2", named)
        text = self.tr("“%1” is really a %2, not a %3 as its name says; it was kept as a %2.")
        return (
            text.replace("%1", file.filename)
            .replace("%2", type_label(check.detected_type))
            .replace("%3", named)
        )

    def add_paths(self, paths: list[Path]) -> int:
        """Attach every file that can be stored; say why about the others. Returns how many."""
        if self.request_id is None or self.ctx.journal is None:
            return 0
        refused: list[str] = []
        notes: list[str] = []
        added: list[int] = []
        label = counted(len(paths), self.tr("Add file"), self.tr("Add %n files", "", len(paths)))
        with self.ctx.undo_macro(label):
            for path in paths:
                try:
                    file = attach.read_file_to_attach(path)
                except attach.AttachmentRefused as exc:
                    refused.append(self.refusal(exc))
                    continue
                same = attach.duplicate_of(self.ctx.journal, self.request_id, file.sha256)
                if same is not None:
                    refused.append(
                        self.tr("“%1” is already attached here (as “%2”).")
                        .replace("%1", file.filename).replace("%2", same)
                    )  # fmt: skip
                    continue
                try:
                    row = self.ctx.add_with_undo(
                        attach.new_attachment(self.request_id, file), self.tr("Add file")
                    )
                except FieldError as exc:
                    refused.append(f"“{file.filename}”: {in_words(exc)}")
                    continue
                except JournalError as exc:  # a full disk: this file is not kept, the rest may be
                    refused.append(f"“{file.filename}”: {in_words(exc)}")
                    continue
                added.append(int(row.id))
                if file.type_check.mismatch:
                    notes.append(self.mismatch_note(file))
        if added:
            n = len(added)
            many = self.tr("Added %n files.", "", n)
            notes.insert(0, counted(n, self.tr("Added the file."), many))
            self.select(added[-1])
        self.show_message("\n".join(refused) or None, " ".join(notes) or None)
        return len(added)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._local_files(event) and self.request_id is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        self.dragEnterEvent(event)  # type: ignore[arg-type]

    def dropEvent(self, event: QDropEvent) -> None:
        paths = self._local_files(event)
        if paths and self.request_id is not None:
            event.acceptProposedAction()
            self.add_paths(paths)

    @staticmethod
    def _local_files(event: QDropEvent) -> list[Path]:
        data = event.mimeData()
        if data is None or not data.hasUrls():
            return []
        urls = data.urls()
        if not urls or not all(u.isLocalFile() for u in urls):
            return []
        return [Path(u.toLocalFile()) for u in urls]

    # --- open, save, remove ------------------------------------------------------------------

    def _selected(self) -> list[attach.AttachmentInfo]:
        return [
            r
            for r in selected_rows(self.view, self.proxy, self.model)
            if isinstance(r, attach.AttachmentInfo)
        ]

    def _bytes(self, info: attach.AttachmentInfo, *, verify: bool = True) -> bytes | None:
        try:
            return attach.attachment_bytes(self.ctx.require(), info.id, verify=verify)
        except attach.AttachmentDamaged:
            self.show_message(
                self.tr("“%1” no longer matches the checksum taken when it was added; it may be "
                        "damaged. Save a copy to look at it.").replace("%1", info.filename)
            )  # fmt: skip
        except LookupError:
            self.reload()
        return None

    def open_selected(self) -> None:
        for info in self._selected()[:5]:
            data = self._bytes(info)
            if data is None:
                return
            copies = private_copies()
            path = copies.write(info.filename, info.media_type, data)
            if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
                copies.remove(path)
                self.show_message(
                    self.tr("No app on this computer opens “%1”. Save a copy and open it from "
                            "there.").replace("%1", info.filename)
                )  # fmt: skip
                return
            QTimer.singleShot(OPEN_COPY_LIFETIME_MS, lambda p=path: private_copies().remove(p))
        self.show_message(None)

    def save_selected(self) -> None:
        for info in self._selected():
            suggested = Path(self.last_folder) / filetypes.safe_filename(
                info.filename, info.media_type
            )
            target, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save a copy of “%1”").replace("%1", info.filename), str(suggested)
            )
            if not target:
                return
            data_ok = self._bytes(info) is not None
            try:
                attach.save_copy(self.ctx.require(), info.id, Path(target), verify=False)
            except OSError as exc:
                self.show_message(
                    self.tr("The copy could not be saved: %1").replace(
                        "%1", exc.strerror or str(exc)
                    )
                )
                return
            self.last_folder = str(Path(target).parent)
            if data_ok:
                self.show_message(None, self.tr("Saved a copy as %1.").replace("%1", target))

    def remove_selected(self) -> None:
        rows = self._selected()
        if not rows:
            return
        n = len(rows)
        label = counted(n, self.tr("Remove file"), self.tr("Remove %n files", "", n))
        if not self.ctx.delete_many_with_undo(Attachment, [info.id for info in rows], label):
            return
        self.show_message(
            None,
            counted(
                n,
                self.tr("Removed the file; Edit > Undo brings it back."),
                self.tr("Removed %n files; Edit > Undo brings them back.", "", n),
            ),
        )

    def _rename(self, row: attach.AttachmentInfo, field: str, value: Any) -> Any:
        journal = self.ctx.journal
        if journal is None:  # an editor closing with the window
            raise FieldError(field, self.tr("The journal is closed; this was not saved."))
        journal_rows.change(journal, Attachment, row.id, **{field: str(value).strip()})
        self.ctx.changed("attachment", self)
        self.show_message(None)
        return attach.attachment_info(journal, row.id)
