"""The detail pane of the Questions tab: the wording, "bring", the state, the answers so far."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from secondopinion.services.journal_rows import Question
from secondopinion.services.questions import QuestionListing, QuestionState
from secondopinion.ui.context import JournalContext
from secondopinion.ui.forms import AutoSaveForm
from secondopinion.ui.question_answers import AnswersSoFar
from secondopinion.ui.widgets import hint, section


def tr(text: str, disambiguation: str = "", n: int = -1) -> str:
    return QCoreApplication.translate("QuestionsTab", text, disambiguation or None, n)


def state_text(q: QuestionListing) -> str:
    """Short, with a symbol, so the state never rests on colour."""
    if q.state is QuestionState.STILL_OPEN:
        return tr("⚠ Still open")
    if q.state is QuestionState.ANSWERED:
        return tr("✓ Answered (%1)").replace("%1", str(q.answered))
    if q.state is QuestionState.RETIRED:
        return tr("Retired")
    return tr("Not asked yet")


def state_tooltip(q: QuestionListing) -> str:
    if q.state is QuestionState.STILL_OPEN and q.open_at is not None:
        who = q.open_with
        return (
            tr("Not answered at the visit on %1%2 — bring it again.")
            .replace("%1", q.open_at.visit_on.isoformat())
            .replace("%2", f" ({who})" if who else "")
        )
    if q.state is QuestionState.ANSWERED:
        return tr("%n visits answered it", "", q.answered)
    if q.state is QuestionState.RETIRED:
        return tr("Put aside; select it and press Restore to use it again")
    return tr("No visit has recorded it yet")


class QuestionDetail(QStackedWidget):
    """Page 0: what to do when nothing is selected; page 1: the question."""

    def __init__(self, ctx: JournalContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        empty = hint(self.tr("Select a question to reword it and see what each doctor answered."))
        empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.addWidget(empty)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(4, 0, 0, 0)
        box, box_layout = section(self.tr("Question"))
        self.form = AutoSaveForm(self.ctx, Question, box)
        self.form.add(self.tr("Wordin&g"), "text", "multiline")
        self.form.add(self.tr("&Bring to the next visit"), "bring_next", "bool")
        box_layout.addLayout(self.form.layout)
        self.state_label = QLabel()
        self.state_label.setObjectName("questionState")
        self.state_label.setWordWrap(True)
        self.state_label.setTextFormat(Qt.TextFormat.PlainText)  # it names a doctor as typed
        box_layout.addWidget(self.state_label)
        layout.addWidget(box)
        self.answers = AnswersSoFar(self.ctx)
        layout.addWidget(self.answers, 1)
        self.addWidget(page)

    def show_question(self, row: QuestionListing | None) -> None:
        """Load another question (or none) into the form."""
        self.form.load(row.question if row is not None else None)
        self.setCurrentIndex(1 if row is not None else 0)
        self.refresh(row)

    def refresh(self, row: QuestionListing | None) -> None:
        """The same question, freshly read; the form keeps what is being typed."""
        if row is None or self.ctx.journal is None:
            self.answers.load(None)
            return
        text = state_text(row)
        if row.state is QuestionState.STILL_OPEN:
            text += " — " + state_tooltip(row)
        self.state_label.setText(text)
        self.answers.load(row.id)
