"""What each visit answered to one question, beside the Questions tab's list."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt
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
        # Rows take the height of their wrapped answer when they come into view: measuring all
        # of a question asked at 300 visits costs more than the rest of the tab together.
        self.fitted: set[int] = set()
        self.loading = False
        self.view.verticalScrollBar().valueChanged.connect(lambda _v: self._fit_shown_rows())
        self.proxy.layoutChanged.connect(self._refit)
        self.proxy.modelReset.connect(self._refit)
        self.view.viewport().installEventFilter(self)  # a taller view shows more rows

    def load(self, question_id: int | None) -> None:
        journal = self.ctx.journal
        rows = answers_to(journal, question_id) if journal and question_id is not None else []
        self.loading = True  # fitted once below, shown as they will stay, not also on the reset
        try:
            self.model.set_rows(rows)
        finally:
            self.loading = False
        self.empty.setVisible(not rows)
        self.view.setVisible(bool(rows))
        self._refit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.view.viewport():
            self._fit_shown_rows()
        return super().eventFilter(watched, event)

    def _refit(self) -> None:
        if self.loading:
            return
        self.fitted.clear()
        self._fit_shown_rows()

    def _fit_shown_rows(self) -> None:
        """Fit the rows in view to their text (and those just below, should they shrink)."""
        count = self.proxy.rowCount()
        if count == 0:
            return
        first = max(self.view.rowAt(0), 0)
        height = max(self.view.viewport().height(), self.view.sizeHint().height())
        # A row is at least one line high: never more rows than lines fit.
        shown = height // max(self.view.verticalHeader().minimumSectionSize(), 1) + 1
        for row in range(first, min(count, first + shown)):
            if row not in self.fitted:
                self.fitted.add(row)
                self.view.resizeRowToContents(row)

    def _open(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        given = self.model.row_at(self.proxy.mapToSource(index))
        if isinstance(given, GivenAnswer) and given.id is not None:
            self.ctx.open_item.emit("answer", given.id)
