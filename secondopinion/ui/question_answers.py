"""What each visit answered to one question, beside the Questions tab's list."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QGroupBox, QVBoxLayout, QWidget

from secondopinion.services.questions import GivenAnswer, answers_to
from secondopinion.ui.context import JournalContext
from secondopinion.ui.table_model import Column, RowTableModel
from secondopinion.ui.widgets import hint, set_column_widths, table_view


class AnswersSoFar(QGroupBox):
    """Read-only: answers are written on the Visits tab; Enter or a double-click goes there."""

    def __init__(self, ctx: JournalContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setTitle(self.tr("What each doctor answered"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(6)
        self.model = RowTableModel(
            [
                Column(self.tr("Visit"), lambda g: g.visit.visit_on),
                Column(self.tr("Doctor"), lambda g: g.doctor_name),
                Column(
                    self.tr("Answer"),
                    lambda g: g.answer.answer,
                    display=lambda g: g.answer.answer.strip() or self.tr("⚠ not answered"),
                ),
            ],
            parent=self,
        )
        self.view, self.proxy = table_view(
            self.model, "questionAnswers", self.tr("What each doctor answered"), stretch_column=2
        )
        set_column_widths(self.view, {0: 13, 1: 19})
        self.view.setWordWrap(True)
        self.view.doubleClicked.connect(self._open)
        go = QShortcut(QKeySequence("Return"), self.view)
        # Only in this list: anywhere in the window, it took Return from every cell being edited.
        go.setContext(Qt.ShortcutContext.WidgetShortcut)
        go.activated.connect(lambda: self._open(self.view.currentIndex()))
        self.empty = hint(
            self.tr(
                "No visit has recorded this question yet. When you add a visit, the questions "
                "ticked “Bring” come with it, ready for the answers."
            )
        )
        layout.addWidget(self.empty)
        layout.addWidget(self.view, 1)
        layout.addStretch(0)  # keeps the empty-state text at the top while the table is hidden
        self.view.setToolTip(self.tr("Enter or double-click opens the visit"))

    def load(self, question_id: int | None) -> None:
        journal = self.ctx.journal
        rows = answers_to(journal, question_id) if journal and question_id is not None else []
        self.model.set_rows(rows)
        self.view.resizeRowsToContents()
        self.empty.setVisible(not rows)
        self.view.setVisible(bool(rows))

    def _open(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        given = self.model.row_at(self.proxy.mapToSource(index))
        if isinstance(given, GivenAnswer) and given.id is not None:
            self.ctx.open_item.emit("answer", given.id)
