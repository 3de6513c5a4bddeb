"""The record requests of the shown concern: what is still missing or overdue, and their files.

Long module: the requests list, its status colours and its detail pane share one model and
selection; the detail form is already apart (``request_detail``), the files too (``attachments``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from secondopinion import i18n
from secondopinion.domain.enums import RecordKind
from secondopinion.domain.validation import FieldError
from secondopinion.services import attachments as attach
from secondopinion.services import letters, records
from secondopinion.services.journal_rows import RecordRequest
from secondopinion.services.journals import JournalError
from secondopinion.ui import labels
from secondopinion.ui.attachments import AttachmentsPanel
from secondopinion.ui.context import JournalContext
from secondopinion.ui.forms import error_label, show_error
from secondopinion.ui.journal_panel import add_row
from secondopinion.ui.journal_tab import select_row
from secondopinion.ui.request_detail import RequestDetail
from secondopinion.ui.table_model import Column, RowTableModel
from secondopinion.ui.view_helpers import EmptyState, commit_open_editor, counted, warning_icon
from secondopinion.ui.widgets import chars, selected_rows, set_column_widths, table_view

KIND, SOURCE, REQUESTED, DUE, STATUS, FORMAT, FILES, NOTES = range(8)
SHOW_ALL, SHOW_MISSING, SHOW_OVERDUE = "all", "missing", "overdue"


def _late_colour() -> QColor:
    dark = QApplication.palette().color(QPalette.ColorRole.Base).lightness() < 128
    return QColor("#ff8a80" if dark else "#b71c1c")


class RequestsPage(QWidget):
    """The concern's record requests: summary, filters, the list, and the chosen one's files."""

    def __init__(self, ctx: JournalContext, today: Callable[[], date]) -> None:
        super().__init__()
        self.setObjectName("recordRequests")
        self.ctx, self.today = ctx, today
        self.counts: dict[int, int] = {}
        self.loading = False
        outer = QVBoxLayout(self)
        outer.setContentsMargins(6, 6, 6, 6)
        outer.addLayout(self._build_top())
        split = QSplitter(Qt.Orientation.Vertical)
        split.setChildrenCollapsible(False)
        split.addWidget(self._build_list())
        split.addWidget(self._build_detail())
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        outer.addWidget(split, 1)

    # --- layout ------------------------------------------------------------------------------

    def _build_top(self) -> QHBoxLayout:
        top = QHBoxLayout()
        self.summary_icon = QLabel()
        self.summary = QLabel()
        self.summary.setObjectName("requestSummary")
        self.summary.setWordWrap(True)
        font = self.summary.font()
        font.setWeight(QFont.Weight.DemiBold)
        self.summary.setFont(font)
        top.addWidget(self.summary_icon)
        top.addWidget(self.summary, 1)
        show = QLabel(self.tr("Sho&w:"))
        self.show_filter = QComboBox()
        self.show_filter.setObjectName("requestShow")
        self.show_filter.setAccessibleName(self.tr("Show which requests"))
        self.show_filter.addItem(self.tr("All requests"), SHOW_ALL)
        self.show_filter.addItem(self.tr("Still missing"), SHOW_MISSING)
        self.show_filter.addItem(self.tr("Overdue"), SHOW_OVERDUE)
        for value, text in labels.choices("record_status"):
            self.show_filter.addItem(text, value)
        show.setBuddy(self.show_filter)
        self.show_filter.currentIndexChanged.connect(lambda _i: self._apply_filter())
        caption = QLabel(self.tr("F&ilter:"))
        self.filter = QLineEdit()
        self.filter.setObjectName("requestFilter")
        self.filter.setAccessibleName(self.tr("Filter record requests"))
        self.filter.setPlaceholderText(self.tr("Kind, source, notes…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setMinimumWidth(chars(self.filter, 24))
        self.filter.setMaximumWidth(chars(self.filter, 31))
        caption.setBuddy(self.filter)
        self.filter.textChanged.connect(lambda _t: self._apply_filter())
        self.standard = QPushButton(self.tr("S&tandard set"))
        self.standard.setObjectName("standardSet")
        self.standard.setToolTip(
            self.tr("Add the six records nearly every second opinion needs (skips those listed)")
        )
        self.standard.clicked.connect(self.add_standard_set)
        for w in (show, self.show_filter, caption, self.filter, self.standard):
            top.addWidget(w)
        return top

    def _build_list(self) -> QWidget:
        holder = QWidget()
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        tr = self.tr
        self.model = RowTableModel(
            [
                Column(tr("Kind"), lambda r: r.kind, field="kind", editor="choice",
                       choices=labels.choices("record_kind")),
                Column(tr("From"), lambda r: r.source, field="source"),
                Column(tr("Requested"), lambda r: r.requested_on, field="requested_on",
                       editor="date"),
                Column(tr("Due"), lambda r: r.due_on, field="due_on", editor="date",
                       display=self._due_text, icon=self._late_icon, tooltip=self._due_tooltip,
                       foreground=lambda r: _late_colour() if self._late(r) else None),
                Column(tr("Status"), lambda r: r.status, field="status", editor="choice",
                       choices=labels.choices("record_status"), display=self._status_text),
                Column(tr("Format"), lambda r: r.format, field="format", editor="choice",
                       choices=labels.choices("record_format")),
                Column(tr("Files"), lambda r: self.counts.get(r.id, 0),
                       display=lambda r: str(self.counts.get(r.id) or ""),
                       align=Qt.AlignmentFlag.AlignCenter),
                Column(tr("Notes"), lambda r: " ".join(r.notes.split())),
            ],
            on_edit=self._edit,
            parent=self,
        )  # fmt: skip
        self.view, self.proxy = table_view(
            self.model, "recordRequestsView", tr("Record requests"), on_delete=self.delete_selected
        )
        set_column_widths(self.view, {KIND: 23, SOURCE: 24, REQUESTED: 14, DUE: 23, STATUS: 20,
                                      FORMAT: 13, FILES: 6})  # fmt: skip
        self.view.sortByColumn(DUE, Qt.SortOrder.AscendingOrder)
        self.empty = EmptyState(
            self.view,
            tr("No record requests for this concern yet. Choose Standard set to list the six "
               "records nearly every second opinion needs, or add one below."),
        )  # fmt: skip
        self.model.edit_failed.connect(lambda m: show_error(self.error, m))
        self.model.edited.connect(self._after_edit)
        self.ctx.register_flush(lambda: commit_open_editor(self.view))
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        layout.addWidget(self.view, 1)

        row = QHBoxLayout()
        kind_caption = QLabel(tr("&Kind:"))
        self.new_kind = QComboBox()
        self.new_kind.setObjectName("newRequestKind")
        self.new_kind.setAccessibleName(tr("Kind of record"))
        for value, text in labels.choices("record_kind"):
            self.new_kind.addItem(text, value)
        kind_caption.setBuddy(self.new_kind)
        self.new_source = QLineEdit()
        self.new_source.setObjectName("newRequestSource")
        self.new_source.setAccessibleName(tr("From"))
        self.new_source.setPlaceholderText(tr("From whom: hospital, doctor, lab…"))
        self.new_source.setMaxLength(1_000_000)
        self.new_source.returnPressed.connect(self.add_request)
        add = QPushButton(tr("&Add request"))
        add.setObjectName("addRequest")
        add.clicked.connect(self.add_request)
        delete = QPushButton(tr("Delete request"))
        delete.setObjectName("deleteRequest")
        delete.setToolTip(
            tr("Delete the selected requests and their files (Delete); Ctrl+Z undoes")
        )
        delete.clicked.connect(self.delete_selected)
        for w in (kind_caption, self.new_kind):
            row.addWidget(w)
        row.addWidget(self.new_source, 1)
        row.addWidget(add)
        row.addWidget(delete)
        layout.addLayout(row)
        self.error = error_label()
        self.error.setObjectName("requestError")
        layout.addWidget(self.error)
        self.note = QLabel()
        self.note.setObjectName("requestNote")
        self.note.setWordWrap(True)
        self.note.hide()
        layout.addWidget(self.note)
        return holder

    def _build_detail(self) -> QWidget:
        split = QSplitter(Qt.Orientation.Horizontal)
        split.setChildrenCollapsible(False)
        self.detail = RequestDetail(self.ctx, self.today)
        self.detail.form.saved.connect(self._form_saved)
        self.detail.letters.saved.connect(lambda _row: self.reload())
        self.form = self.detail.form
        split.addWidget(self.detail)
        self.attachments = AttachmentsPanel(self.ctx)
        split.addWidget(self.attachments)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        return split

    # --- display helpers ---------------------------------------------------------------------

    def _late(self, r: RecordRequest) -> bool:
        return records.request_is_overdue(r, self.today())

    def _late_icon(self, r: RecordRequest) -> Any:
        return warning_icon() if self._late(r) else None

    def _due_text(self, r: RecordRequest) -> str:
        if r.due_on is None:
            return ""
        if self._late(r):
            return self.tr("%1 · overdue").replace("%1", i18n.words().date(r.due_on))
        return i18n.words().date(r.due_on)

    def _status_text(self, r: RecordRequest) -> str:
        """The status, and in words whether the provider extended and whether we followed up."""
        words = [labels.label("record_status", r.status)]
        marks = letters.marks(r)
        if "extended" in marks:
            words.append(self.tr("extended"))
        if "follow_up_sent" in marks:
            words.append(self.tr("follow-up sent"))
        return " · ".join(words)

    def _due_tooltip(self, r: RecordRequest) -> str | None:
        if r.due_on is None or not self._late(r):
            return None
        days = (self.today() - r.due_on).days
        return counted(
            days,
            self.tr("Overdue by a day: time to call and ask again."),
            self.tr("Overdue by %n days: time to call and ask again.", "", days),
        )

    # --- loading -----------------------------------------------------------------------------

    def reload(self) -> None:
        journal, cid = self.ctx.journal, self.ctx.concern_id
        self.setEnabled(journal is not None and cid is not None)
        rows = [] if journal is None or cid is None else records.requests_for(journal, cid)
        self.counts = (
            {} if journal is None or cid is None else attach.attachment_counts(journal, cid)
        )
        current = self.current_request()
        same = [r.id for r in self.model.rows] == [r.id for r in rows]
        if same:
            for i, r in enumerate(rows):
                self.model.replace_row(i, r)
        else:
            self.loading = True
            try:
                self.model.set_rows(rows)
            finally:
                self.loading = False
            if current is None or not self.select(current.id, focus=False):
                self._select_first()
        self._refresh_summary()
        self._show_current()

    def reset(self) -> None:
        """Another concern or journal: forget the selection and the filters' effect on it."""
        self.loading = True
        self.model.set_rows([])
        self.loading = False
        show_error(self.error, None)
        self._show_note(None)
        self.reload()

    def _select_first(self) -> None:
        if self.proxy.rowCount() > 0:
            self.view.setCurrentIndex(self.proxy.index(0, 0))

    def current_request(self) -> RecordRequest | None:
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        row = self.model.row_at(self.proxy.mapToSource(index))
        return row if isinstance(row, RecordRequest) else None

    def select(self, key: Any, *, focus: bool = True) -> bool:
        return select_row(self.view, self.proxy, self.model, key, focus=focus)

    def _current_changed(self, _now: QModelIndex, _before: QModelIndex) -> None:
        if not self.loading:
            self._show_current()

    def _show_current(self) -> None:
        r = self.current_request()
        self.detail.show_request(r, r is not None and self._late(r))
        self.attachments.set_request(None if r is None else r.id)

    def _refresh_summary(self) -> None:
        s = records.summarise(self.model.rows, self.today())
        style = QApplication.style()
        if s.total == 0:
            text, icon = self.tr("No records on the list yet."), None
        elif s.missing == 0:
            text = counted(
                s.total,
                self.tr("The one record on the list is in hand."),
                self.tr("All %n records are in hand.", "", s.total),
            )
            icon = QStyle.StandardPixmap.SP_DialogApplyButton
        else:
            text = self.tr("%1 of %n records still missing", "", s.total).replace(
                "%1", str(s.missing)
            )
            if s.overdue:
                text += self.tr(", %n overdue (past the due date).", "", s.overdue)
                icon = QStyle.StandardPixmap.SP_MessageBoxWarning
            else:
                text += "."
                icon = QStyle.StandardPixmap.SP_MessageBoxInformation
        self.summary.setText(text)
        self.summary.setAccessibleName(text)
        size = self.summary.fontMetrics().height()
        if icon is not None:
            self.summary_icon.setPixmap(style.standardIcon(icon).pixmap(size, size))
        self.summary_icon.setVisible(icon is not None)

    def _apply_filter(self) -> None:
        wanted = self.show_filter.currentData()
        today = self.today()
        if wanted == SHOW_MISSING:
            self.proxy.set_extra_filter(records.request_is_missing)
        elif wanted == SHOW_OVERDUE:
            self.proxy.set_extra_filter(lambda r: records.request_is_overdue(r, today))
        elif wanted in (None, SHOW_ALL):
            self.proxy.set_extra_filter(None)
        else:
            self.proxy.set_extra_filter(lambda r: r.status == wanted)
        self.proxy.setFilterFixedString(self.filter.text())
        if self.current_request() is None:
            self._select_first()
        self._show_current()

    def _show_note(self, text: str | None) -> None:
        self.note.setText(text or "")
        self.note.setVisible(bool(text))

    # --- editing -----------------------------------------------------------------------------

    def _concern(self) -> int:
        assert self.ctx.concern_id is not None
        return self.ctx.concern_id

    def _edit(self, row: RecordRequest, field: str, value: Any) -> RecordRequest:
        if self.ctx.journal is None:  # an editor closing with the window
            raise FieldError(field, self.tr("The journal is closed; this was not saved."))
        updated = records.update_request(self.ctx.journal, row, self.today(), **{field: value})
        self.ctx.changed("record_request", self)
        return updated

    def _after_edit(self) -> None:
        show_error(self.error, None)
        self._refresh_summary()
        self._show_current()

    def _form_saved(self, row: RecordRequest) -> None:
        position = self.model.position_of(row.id)
        if position is not None:
            self.model.replace_row(position, row)

    def add_request(self) -> None:
        request = records.new_request(
            self._concern(), RecordKind(self.new_kind.currentData()), self.new_source.text().strip()
        )
        row = add_row(self.ctx, request, self.tr("Add record request"), self.error)
        if row is None:
            return
        self._show_note(None)
        self.new_source.clear()
        if not self.select(row.id, focus=False):  # hidden by the filters: show everything
            self.filter.clear()
            self.show_filter.setCurrentIndex(0)
            self.select(row.id, focus=False)

    def add_standard_set(self) -> None:
        new = records.standard_set(self.ctx.require(), self._concern())
        if not new:
            self._show_note(self.tr("All six standard records are already on the list."))
            return
        label = self.tr("Add standard set")
        try:
            with self.ctx.undo_macro(label):
                for request in new:
                    self.ctx.add_with_undo(request, label)
        except JournalError:
            return  # the status bar says why; the step holds the requests that were added
        names = ", ".join(labels.label("record_kind", r.kind) for r in new)
        n = len(new)
        many = self.tr("Added %n requests: %1.", "", n)
        added = counted(n, self.tr("Added a request: %1."), many)
        self._show_note(added.replace("%1", names))

    def delete_selected(self) -> None:
        rows = selected_rows(self.view, self.proxy, self.model)
        if not rows:
            return
        n = len(rows)
        label = counted(
            n, self.tr("Delete record request"), self.tr("Delete %n record requests", "", n)
        )
        if not self.ctx.delete_many_with_undo(
            RecordRequest, [getattr(r, "id", None) for r in rows], label
        ):
            return
        self._show_note(
            counted(
                n,
                self.tr("Deleted the request; Edit > Undo brings it back."),
                self.tr("Deleted %n requests; Edit > Undo brings them back.", "", n),
            )
        )

    def show_item(self, table: str, key: int) -> None:
        request_id: int | None = key
        if table == "attachment":
            info = attach.attachment_info(self.ctx.require(), key)
            request_id = None if info is None else info.record_request_id
        if request_id is None:
            return
        if not self.select(request_id):
            self.filter.clear()
            self.show_filter.setCurrentIndex(0)
            self.select(request_id)
        if table == "attachment":
            self.attachments.select(key)
