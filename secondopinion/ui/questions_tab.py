"""The Questions tab: what to ask, in which order, what to bring next time, what is still open.

Long module: the list, its filter, reorder (drag, keys) and retire all act on the one ordered
model; the detail and the answers are already apart (``question_detail``, ``question_answers``).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)

from secondopinion.services import journal_rows
from secondopinion.services import questions as service
from secondopinion.services.journal_rows import Question
from secondopinion.services.journals import JournalError
from secondopinion.services.questions import QuestionListing, QuestionState
from secondopinion.ui import labels
from secondopinion.ui.context import FunctionCommand, JournalContext
from secondopinion.ui.drag_reorder import DraggableRowModel, enable_drag_reorder
from secondopinion.ui.forms import connect_later, error_label, show_error
from secondopinion.ui.journal_panel import add_row
from secondopinion.ui.journal_tab import follow_journal, select_else_unfilter, side_by_side
from secondopinion.ui.list_detail import ListDetail, filter_edit, filter_row
from secondopinion.ui.question_detail import QuestionDetail, state_text, state_tooltip
from secondopinion.ui.table_model import Column
from secondopinion.ui.widgets import (
    hint,
    quick_add_row,
    section,
    selected_rows,
    set_column_widths,
    table_view,
)

ORDER_COLUMN, TEXT_COLUMN = 0, 2
_STATE_ORDER = {
    QuestionState.STILL_OPEN: 0,
    QuestionState.NOT_ASKED: 1,
    QuestionState.ANSWERED: 2,
    QuestionState.RETIRED: 3,
}


class QuestionsTab(QWidget):
    handles = ("question",)

    def __init__(self, ctx: JournalContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("questionsTab")
        self.ctx = ctx
        self.rank: dict[int, int] = {}
        self._build()
        follow_journal(ctx, self.reload, self._on_data_changed)

    # --- layout ------------------------------------------------------------------------------

    def _build(self) -> None:
        splitter = side_by_side(self)
        splitter.addWidget(self._build_list())
        self.detail = QuestionDetail(self.ctx)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([720, 460])

    def _build_list(self) -> QWidget:
        box, layout = section(self.tr("Questions for my doctors"))
        layout.addWidget(
            hint(
                self.tr(
                    "Tick the questions to bring to your next visit. Drag a question, or use "
                    "Ctrl+Up and Ctrl+Down, to change the order; double-click one to reword it."
                )
            )
        )
        self.model = DraggableRowModel(self._columns(), on_edit=self._edit, parent=self)
        self.view, self.proxy = table_view(
            self.model,
            "questionsView",
            self.tr("Questions"),
            stretch_column=TEXT_COLUMN,
            on_delete=self.delete,
        )
        self.filter = filter_edit(
            self.proxy, self.tr("Filter questions…"), self.tr("Filter questions"), "questionFilter"
        )
        self.show_retired = QCheckBox(self.tr("Show ret&ired"))
        self.show_retired.setObjectName("showRetired")
        self.show_retired.toggled.connect(self._apply_scope)
        layout.addLayout(filter_row(self.tr("Fil&ter:"), self.filter, self.show_retired))
        self.empty = hint("")
        self.empty.setObjectName("questionsEmpty")
        layout.addWidget(self.empty)
        set_column_widths(self.view, {0: 6, 1: 8, 3: 19})
        self.view.sortByColumn(ORDER_COLUMN, Qt.SortOrder.AscendingOrder)
        enable_drag_reorder(self.view, self.proxy, self.model, self._dropped)
        for keys, step in (("Ctrl+Up", -1), ("Ctrl+Down", 1)):
            shortcut = QShortcut(QKeySequence(keys), self.view)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda step=step: self.move_current(step))
        self.model.edit_failed.connect(lambda m: show_error(self.list_error, m))
        self.model.edited.connect(lambda: show_error(self.list_error, None))
        layout.addWidget(self.view, 1)
        self.list_error = error_label()
        layout.addWidget(self.list_error)
        self.current = ListDetail(self.view, self.proxy, self.model, self)
        self.current.current_changed.connect(self._show_question)
        self.proxy.layoutChanged.connect(self._update_summary)
        self.proxy.modelReset.connect(self._update_summary)

        buttons = QHBoxLayout()
        for text, tip, name, slot in (
            (self.tr("Move &up"), self.tr("Ctrl+Up"), "moveUp", lambda: self.move_current(-1)),
            (self.tr("Move do&wn"), self.tr("Ctrl+Down"), "moveDown", lambda: self.move_current(1)),
        ):
            button = QPushButton(text)
            button.setObjectName(name)
            button.setToolTip(tip)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        self.retire_button = QPushButton(self.tr("Retire"))
        self.retire_button.setObjectName("retireQuestion")
        self.retire_button.setToolTip(
            self.tr("Put the selected questions aside; “Show retired” brings them back")
        )
        self.retire_button.clicked.connect(self.toggle_retired)
        delete = QPushButton(self.tr("Delete"))
        delete.setObjectName("deleteQuestion")
        delete.setToolTip(self.tr("Delete the selected questions (Delete); Ctrl+Z undoes it"))
        delete.clicked.connect(self.delete)
        buttons.addWidget(self.retire_button)
        buttons.addStretch(1)
        buttons.addWidget(delete)
        layout.addLayout(buttons)

        quick = quick_add_row(
            self.tr("&New question:"),
            "newQuestion",
            self.tr("New question"),
            self.tr("Something else I want to ask…"),
            "addQuestion",
            self.tr("Add the question to the end of the list (Enter)"),
            self.add,
        )
        self.new_text = quick.field
        layout.addLayout(quick.row)
        self.new_error = quick.error
        layout.addWidget(self.new_error)
        self.summary = QLabel()
        self.summary.setObjectName("questionsSummary")
        layout.addWidget(self.summary)
        return box

    def _columns(self) -> list[Column]:
        return [
            Column(
                "#",
                lambda q: q.question.position,
                display=lambda q: str(self.rank.get(q.id, "")),
                align=Qt.AlignmentFlag.AlignCenter,
                tooltip=lambda q: self.tr("Order: drag, or Ctrl+Up/Ctrl+Down"),
            ),
            Column(
                self.tr("Bring"),
                lambda q: q.question.bring_next,
                field="bring_next",
                checkable=True,
                tooltip=lambda q: self.tr("Bring this question to the next visit"),
            ),
            Column(
                self.tr("Question"),
                lambda q: q.question.text,
                display=lambda q: labels.standard_question_text(
                    q.question.standard_key, q.question.text
                ),
                field="text",
                foreground=self._muted,
                extra={"editable_if": lambda q: not q.question.retired},
            ),
            Column(
                self.tr("Status"),
                lambda q: _STATE_ORDER[q.state],
                display=state_text,
                tooltip=state_tooltip,
                foreground=self._muted,
            ),
        ]

    # --- showing -----------------------------------------------------------------------------

    def _muted(self, q: QuestionListing) -> Any:
        if q.question.retired:
            return self.palette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        return None

    def reload(self) -> None:
        journal, cid = self.ctx.journal, self.ctx.concern_id
        self.setEnabled(journal is not None and cid is not None)
        if journal is None or cid is None:
            self.current.set_rows([])
            self._show_question(None)
            return
        rows = service.list_questions(journal, cid)
        self._rank(rows)
        shown = self.current.key
        self.current.set_rows(rows)
        self._apply_scope()
        if self.current.key == shown:  # another question was shown (and read) in its place
            self.detail.refresh(self.current.current())

    def _rank(self, rows: list[QuestionListing]) -> None:
        shown = [q for q in rows if self.show_retired.isChecked() or not q.question.retired]
        self.rank = {q.id: i + 1 for i, q in enumerate(shown) if q.id is not None}

    def _apply_scope(self) -> None:
        if self.show_retired.isChecked():
            self.proxy.set_extra_filter(None)
        else:
            self.proxy.set_extra_filter(lambda q: not q.question.retired)
        self._rank(self.model.rows)
        self.current.reselect()
        if self.current.key is None:
            self.current.select_first()
        self._update_summary()

    def _update_summary(self, *_args: Any) -> None:
        rows = self.model.rows
        active = [q for q in rows if not q.question.retired]
        retired = len(rows) - len(active)
        if not rows:
            text = self.tr("No questions yet. Type one below and press Enter.")
        elif not active and not self.show_retired.isChecked():
            text = self.tr(
                "Every question is retired. Tick “Show retired” to bring one back, or add one."
            )
        elif self.proxy.rowCount() == 0:
            text = self.tr("No question matches the filter.")
        else:
            text = ""
        self.empty.setText(text)
        self.empty.setVisible(bool(text))
        bring = sum(1 for q in active if q.question.bring_next)
        still = sum(1 for q in active if q.state is QuestionState.STILL_OPEN)
        parts = [
            self.tr("%n questions", "", len(active)),
            self.tr("%n to bring next time", "", bring),
        ]
        if still:
            parts.append(self.tr("⚠ %n still open", "", still))
        if retired:
            parts.append(self.tr("%n retired", "", retired))
        self.summary.setText(" · ".join(parts))
        row = self.current.current()
        retired_current = row is not None and row.question.retired
        self.retire_button.setText(self.tr("Restore") if retired_current else self.tr("Retire"))

    def _show_question(self, _key: Any) -> None:
        self.detail.show_question(self.current.current())
        self._update_summary()

    def show_item(self, table: str, key: int) -> None:
        self.reload()
        if self.model.position_of(key) is None:
            return
        select_else_unfilter(
            lambda: self.current.select(key),
            self.filter.clear,
            lambda: self.show_retired.setChecked(True),
        )
        self.view.setFocus()

    # --- changes -----------------------------------------------------------------------------

    def _on_data_changed(self, table: str, source: object) -> None:
        if source is self or self.ctx.journal is None or self.ctx.concern_id is None:
            return
        if table in ("question", "answer", "visit", "doctor"):
            self.reload()

    def _edit(self, row: QuestionListing, field: str, value: Any) -> QuestionListing:
        if field == "text":
            value = str(value).strip()
            if value == labels.standard_question_text(row.question.standard_key, row.question.text):
                return row  # the translated standard wording, unchanged
        updated = journal_rows.change(self.ctx.require(), Question, row.id, **{field: value})
        self.ctx.changed("question", self)
        connect_later(self.reload)
        return QuestionListing(updated, row.state, row.answered, row.open_at, row.open_with)

    def add(self) -> None:
        journal, cid = self.ctx.journal, self.ctx.concern_id
        if journal is None or cid is None:
            return
        text = self.new_text.text().strip()
        try:
            position = service.next_position(journal, cid)
        except JournalError:
            return  # its place in the list could not be read; nothing was added
        question = Question(concern_id=cid, text=text, position=position, bring_next=True)
        row = add_row(self.ctx, question, self.tr("Add question"), self.new_error)
        if row is None:
            return
        self.new_text.clear()
        self.filter.clear()
        self.current.select(row.id)

    def _selected(self) -> list[QuestionListing]:
        return [
            q
            for q in selected_rows(self.view, self.proxy, self.model)
            if isinstance(q, QuestionListing)
        ]

    def delete(self) -> None:
        rows = self._selected()
        if not rows:
            return
        answered = service.answer_count(self.ctx.require(), [q.id for q in rows if q.id])
        if answered:
            sure = QMessageBox.question(
                self,
                self.tr("Delete questions"),
                self.tr(
                    "Visits recorded %n answers to these questions; deleting the questions "
                    "deletes those answers too. Retiring keeps them. Delete anyway?",
                    "",
                    answered,
                ),
            )
            if sure != QMessageBox.StandardButton.Yes:
                return
        label = self.tr("Delete %n questions", "", len(rows))
        self.ctx.delete_many_with_undo(Question, [q.id for q in rows], label)

    def toggle_retired(self) -> None:
        rows = self._selected()
        if not rows:
            return
        retire = not all(q.question.retired for q in rows)
        ids = [q.id for q in rows if q.id is not None]
        journal = self.ctx.require()
        self.ctx.try_push(
            FunctionCommand(
                self.ctx,
                self.tr("Retire questions") if retire else self.tr("Restore questions"),
                lambda: service.set_retired(journal, ids, retire),
                lambda: service.set_retired(journal, ids, not retire),
                "question",
            )
        )

    def move_current(self, step: int) -> None:
        """Move the current question one place up (-1) or down (1) among those shown."""
        row = self.current.current()
        if row is None:
            return
        shown = [
            q.id
            for q in self.model.rows
            if self.proxy.extra_filter is None or self.proxy.extra_filter(q)
        ]
        at = shown.index(row.id) if row.id in shown else -1
        target = at + step
        if at < 0 or not 0 <= target < len(shown):
            return
        if step < 0:
            self._reorder([row.id], before=shown[target], after=None)
        else:
            self._reorder([row.id], before=None, after=shown[target])

    def _dropped(self, ids: list[int], before: Any, after: Any) -> None:
        self._reorder(ids[:1], before=before, after=after)

    def _reorder(self, ids: list[int], *, before: Any, after: Any) -> None:
        journal, cid = self.ctx.require(), self.ctx.concern_id
        assert cid is not None
        old, new = service.planned_move(journal, cid, ids[0], before=before, after=after)
        self.ctx.try_push(
            FunctionCommand(
                self.ctx,
                self.tr("Reorder questions"),
                lambda: service.set_positions(journal, new),
                lambda: service.set_positions(journal, old),
                "question",
            )
        )
        self.view.sortByColumn(ORDER_COLUMN, Qt.SortOrder.AscendingOrder)
        self.current.select(ids[0])
