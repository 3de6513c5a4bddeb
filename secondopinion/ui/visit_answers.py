"""The answers a visit gave, each beside its question; any active question can be added."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from secondopinion.services import journal_rows
from secondopinion.services import visits as service
from secondopinion.services.journal_rows import Answer, Visit
from secondopinion.services.visits import AnswerListing
from secondopinion.ui import labels
from secondopinion.ui.context import JournalContext
from secondopinion.ui.forms import AutoSaveForm, connect_later, error_label, show_error
from secondopinion.ui.journal_panel import add_row
from secondopinion.ui.list_detail import ListDetail
from secondopinion.ui.table_model import Column, RowTableModel
from secondopinion.ui.widgets import hint, selected_rows, set_column_widths, table_view


def question_text(a: AnswerListing) -> str:
    return labels.standard_question_text(a.question.standard_key, a.question.text)


class VisitAnswers(QWidget):
    """Question | answer, editable in place or below; the visit is set with ``load``."""

    def __init__(self, ctx: JournalContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("visitAnswers")
        self.ctx = ctx
        self.visit: Visit | None = None
        self._build()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        self.empty = hint("")
        layout.addWidget(self.empty)
        self.model = RowTableModel(
            [
                Column(
                    self.tr("Question"),
                    lambda a: a.question.position,
                    display=question_text,
                    tooltip=question_text,
                ),
                Column(
                    self.tr("Answer"),
                    lambda a: a.answer.answer,
                    display=lambda a: a.answer.answer or self.tr("⚠ Not answered: still open"),
                    field="answer",
                    foreground=self._muted,
                ),
            ],
            on_edit=self._edit,
            parent=self,
        )
        self.view, self.proxy = table_view(
            self.model, "answersView", self.tr("Answers"), stretch_column=1, on_delete=self.remove
        )
        set_column_widths(self.view, {0: 47})
        self.view.setWordWrap(True)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.model.edit_failed.connect(lambda m: show_error(self.error, m))
        self.model.edited.connect(lambda: show_error(self.error, None))
        self.current = ListDetail(self.view, self.proxy, self.model, self)
        self.current.current_changed.connect(self._show_answer)

        below = QWidget()
        below_layout = QVBoxLayout(below)
        below_layout.setContentsMargins(0, 0, 0, 0)
        self.form = AutoSaveForm(self.ctx, Answer, below)
        self.form.add(self.tr("Ans&wer"), "answer", "multiline")
        below_layout.addLayout(self.form.layout)
        self.error = error_label()
        below_layout.addWidget(self.error)
        row = QHBoxLayout()
        caption = QLabel(self.tr("Add a q&uestion:"))
        self.askable = QComboBox()
        self.askable.setObjectName("askableQuestions")
        self.askable.setAccessibleName(self.tr("Question to add to this visit"))
        self.askable.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.askable.setMinimumContentsLength(20)
        caption.setBuddy(self.askable)
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setObjectName("addAnswer")
        self.add_button.setToolTip(self.tr("Add the chosen question to this visit"))
        self.add_button.clicked.connect(self.add)
        remove = QPushButton(self.tr("Remove"))
        remove.setObjectName("removeAnswer")
        remove.setToolTip(self.tr("Take the selected question off this visit (Delete)"))
        remove.clicked.connect(self.remove)
        row.addWidget(caption)
        row.addWidget(self.askable, 1)
        row.addWidget(self.add_button)
        row.addWidget(remove)
        below_layout.addLayout(row)

        split = QSplitter(Qt.Orientation.Vertical)
        split.setChildrenCollapsible(False)
        split.addWidget(self.view)
        split.addWidget(below)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        layout.addWidget(split, 1)

    def _muted(self, a: AnswerListing) -> Any:
        if not a.answer.answer:
            return self.palette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        return None

    # --- loading -----------------------------------------------------------------------------

    def load(self, visit: Visit | None) -> None:
        journal = self.ctx.journal
        changed = (visit.id if visit else None) != (self.visit.id if self.visit else None)
        self.visit = visit
        if journal is None or visit is None or visit.id is None:
            self.current.set_rows([])
            self._show_answer(None)
            self.setEnabled(False)
            return
        self.setEnabled(True)
        if changed:
            self.current.key = None
        self.current.set_rows(service.answers_for(journal, visit.id))
        self.view.resizeRowsToContents()
        self._fill_askable(service.askable(journal, visit))
        if not self.model.rows:
            self.empty.setText(
                self.tr(
                    "No questions recorded for this visit. Choose one below and press Add; "
                    "questions ticked “Bring” on the Questions tab come with every new visit."
                )
            )
        else:
            self.empty.setText(self.tr("What the doctor said to each question you brought."))
        if changed:
            self._show_answer(self.current.key)

    def _fill_askable(self, questions: list[Any]) -> None:
        self.askable.clear()
        for q in questions:
            text = labels.standard_question_text(q.standard_key, q.text)
            self.askable.addItem(text, q.id)
            self.askable.setItemData(self.askable.count() - 1, text, Qt.ItemDataRole.ToolTipRole)
        self.askable.setEnabled(bool(questions))
        self.add_button.setEnabled(bool(questions))
        if not questions:
            self.askable.addItem(self.tr("(every active question is here)"), None)

    def _show_answer(self, _key: Any) -> None:
        row = self.current.current()
        self.form.load(row.answer if row is not None else None)

    def show_answer(self, answer_id: int) -> None:
        self.current.select(answer_id)
        self.view.setFocus()

    # --- changes -----------------------------------------------------------------------------

    def _edit(self, row: AnswerListing, field: str, value: Any) -> AnswerListing:
        updated = journal_rows.change(self.ctx.require(), Answer, row.id, **{field: value})
        self.ctx.changed("answer", self)
        connect_later(self._after_edit)
        return AnswerListing(updated, row.question)

    def _after_edit(self) -> None:
        self.view.resizeRowsToContents()
        row = self.current.current()
        if row is not None:
            self.form.load(row.answer)

    def add(self) -> None:
        question_id = self.askable.currentData()
        if self.visit is None or self.visit.id is None or question_id is None:
            return
        journal = self.ctx.require()
        if question_id not in {q.id for q in service.askable(journal, self.visit)}:
            self.load(self.visit)  # the list was stale: that question is here already
            return
        answer = add_row(
            self.ctx,
            Answer(visit_id=self.visit.id, question_id=question_id),
            self.tr("Add question to visit"),
            self.error,
        )
        if answer is None:
            return
        self.load(self.visit)
        self.current.select(answer.id)
        self.form.fields["answer"].widget.setFocus()

    def remove(self) -> None:
        rows = [
            a
            for a in selected_rows(self.view, self.proxy, self.model)
            if isinstance(a, AnswerListing) and a.id is not None
        ]
        if not rows:
            return
        label = self.tr("Remove %n questions from the visit", "", len(rows))
        self.ctx.delete_many_with_undo(Answer, [a.id for a in rows], label)
