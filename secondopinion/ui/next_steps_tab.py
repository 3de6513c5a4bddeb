"""Next steps: what is pending for the concern, most urgent first, each opening where it is done.

What is pending, and in which order, is decided by ``services.next_steps``; this page only words
it and opens the place. A journal opens on it when its concern has anything pending.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from secondopinion import i18n
from secondopinion.domain.enums import ResultFlag
from secondopinion.services import next_steps as service
from secondopinion.services.next_steps import NextStep, Place, StepKind, Suggestion
from secondopinion.ui import labels
from secondopinion.ui.context import JournalContext
from secondopinion.ui.widgets import hint

Index = QModelIndex | QPersistentModelIndex

# Where each place is, as (table the main window opens, tab object name).
_TABLES = {
    Place.VISITS: "visit",
    Place.RECORDS: "record_request",
    Place.RESULTS: "result",
}


class StepsModel(QAbstractListModel):
    """The pending steps as lines of text; ``Qt.UserRole`` gives the step itself."""

    def __init__(self, words: Any, parent: QWidget) -> None:
        super().__init__(parent)
        self.words = words
        self.steps: list[NextStep] = []

    def set_steps(self, steps: list[NextStep]) -> None:
        self.beginResetModel()
        self.steps = list(steps)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.steps)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        step = self.steps[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.words(step)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.words(step) + "\n" + self.tr("Enter or double-click opens it.")
        if role == Qt.ItemDataRole.UserRole:
            return step
        return None


class NextStepsTab(QWidget):
    """The Next steps page (``nextStepsTab``)."""

    wants_front = Signal()  # the journal just opened on a concern with something pending
    gives_way = Signal()  # ... on a concern with nothing pending: show the usual first page
    prepare_packet = Signal(int)  # export the packet for this planned visit

    def __init__(self, ctx: JournalContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("nextStepsTab")
        self.ctx = ctx
        # Set when a journal is opened: the first concern it shows decides the first page.
        # Choosing another concern later keeps the person on the tab they are using.
        self._choose_page = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        self.heading = QLabel(self.tr("What to do next"))
        self.heading.setObjectName("nextStepsHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        layout.addWidget(self.heading)
        self.intro = hint(
            self.tr("Most urgent first. Each item opens the place where you deal with it.")
        )
        layout.addWidget(self.intro)
        self.empty = hint("")
        self.empty.setObjectName("nextStepsEmpty")
        layout.addWidget(self.empty)
        self.model = StepsModel(self.words, self)
        self.view = QListView()
        self.view.setObjectName("nextStepsView")
        self.view.setAccessibleName(self.tr("Next steps"))
        self.view.setModel(self.model)
        self.view.setWordWrap(True)
        self.view.setUniformItemSizes(False)
        self.view.setSpacing(4)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.activated.connect(self.open_step)
        self.view.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())
        layout.addWidget(self.view, 1)
        self.buttons = QWidget()
        buttons = QHBoxLayout(self.buttons)
        buttons.setContentsMargins(0, 0, 0, 0)
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.setObjectName("nextStepOpen")
        self.open_button.setToolTip(self.tr("Go to the place where this is done (Enter)"))
        self.open_button.clicked.connect(lambda: self.open_step(self.view.currentIndex()))
        self.packet_button = QPushButton(self.tr("Prepare the &packet…"))
        self.packet_button.setObjectName("nextStepPacket")
        self.packet_button.setToolTip(
            self.tr("Export the appointment packet for this visit, with the questions to bring")
        )
        self.packet_button.clicked.connect(self._prepare_packet)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.packet_button)
        buttons.addStretch(1)
        layout.addWidget(self.buttons)
        layout.addStretch(0)  # takes the room when the list is hidden (nothing pending)
        # Recomputed when in view: every change while another tab is shown only marks it.
        self.dirty = False
        ctx.journal_changed.connect(self._journal_opened)
        ctx.concern_changed.connect(self.reload_when_shown)
        ctx.data_changed.connect(self._data_changed)

    # --- words -------------------------------------------------------------------------------

    def _when(self, step: NextStep) -> str:
        if step.day is None:
            return ""
        text = i18n.words().date(step.day)  # in the window's language: "26 ago 2026"
        if step.at is not None:
            text += " " + step.at.strftime("%H:%M")
        return text

    def words(self, step: NextStep) -> str:
        """The step in plain words."""
        who = step.doctor or self.tr("the doctor")
        when = self._when(step)
        kind = labels.label("record_kind", step.record_kind.value) if step.record_kind else ""
        if step.kind is StepKind.PLANNED_VISIT:
            text = self.tr("Your next visit: {who}, {when}.").format(who=who, when=when)
            if step.where:
                text = self.tr("Your next visit: {who}, {when}, at {where}.").format(
                    who=who, when=when, where=step.where
                )
            if step.questions:
                text += "\n" + self.tr(
                    "Prepare the packet; %n question(s) to bring.", "", len(step.questions)
                )
                text += "\n" + "\n".join(f"• {q}" for q in step.questions[:5])
                if len(step.questions) > 5:
                    text += "\n" + self.tr("…and %n more.", "", len(step.questions) - 5)
            else:
                text += "\n" + self.tr("Prepare the packet, and tick the questions to bring.")
            return text
        if step.kind is StepKind.OPINION_MISSING:
            if step.needs_opinion and step.needs_feelings:
                return self.tr(
                    "Write down what {who} said on {when}, and how the visit felt."
                ).format(who=who, when=when)
            if step.needs_opinion:
                return self.tr("Write down what {who} said on {when}.").format(who=who, when=when)
            return self.tr("Note how the visit with {who} on {when} felt.").format(
                who=who, when=when
            )
        if step.kind is StepKind.RECORD_OVERDUE:
            source = step.where or self.tr("the provider")
            return self.tr("{kind} from {source} was due on {when}: follow it up.").format(
                kind=kind, source=source, when=when
            )
        if step.kind is StepKind.RECORD_MISSING:
            if step.where:
                return self.tr("Ask {source} for the {kind}.").format(
                    source=step.where, kind=kind.lower()
                )
            return self.tr("Ask for the {kind}, and note who has it.").format(kind=kind.lower())
        if step.kind is StepKind.OPEN_QUESTIONS:
            return self.tr(
                "%n question(s) still open: bring them to your next visit.", "", step.count
            )
        if step.kind is StepKind.RESULT_FLAGGED:
            flag = {
                ResultFlag.HIGH: self.tr("high"),
                ResultFlag.LOW: self.tr("low"),
            }.get(step.flag or ResultFlag.ABNORMAL, self.tr("abnormal"))
            if when:
                return self.tr("{test} was {flag} ({value}) on {when}: ask about it.").format(
                    test=step.test, flag=flag, value=step.value, when=when
                )
            return self.tr("{test} was {flag} ({value}): ask about it.").format(
                test=step.test, flag=flag, value=step.value
            )
        return self.tr(
            "The opinions so far disagree. A third opinion may help: compare them side by side."
        )

    def _suggestion_words(self, suggestion: Suggestion) -> str:
        return {
            Suggestion.CHOOSE_DOCTOR: self.tr(
                "Next, choose a doctor for another opinion on the Doctors tab (Ctrl+4)."
            ),
            Suggestion.PLAN_VISIT: self.tr(
                "Next, plan your visit on the Visits & feelings tab (New visit), with its date, "
                "time and place."
            ),
            Suggestion.COMPARE: self.tr(
                "Next, look at the opinions side by side on the Compare tab (Ctrl+7)."
            ),
            Suggestion.KEEP_NOTES: self.tr(
                "Keep noting how your symptoms go on the Signs tab (Ctrl+2): it is what the next "
                "doctor will ask."
            ),
        }[suggestion]

    # --- loading -----------------------------------------------------------------------------

    def _journal_opened(self) -> None:
        self._choose_page = True
        self.reload()

    def _data_changed(self, table: str, _source: object) -> None:
        """Only a table the steps are read from can change them (not a symptom entry typed)."""
        if table in service.TABLES_READ:
            self.reload_when_shown()

    def reload_when_shown(self) -> None:
        """Recompute now if the page is in view (or must choose the first page), else when it
        is next shown: a typed entry on another tab does not pay for this page."""
        if self.isVisible() or self._choose_page:
            self.reload()
        else:
            self.dirty = True

    def showEvent(self, event: QShowEvent) -> None:
        if self.dirty:
            self.reload()
        super().showEvent(event)

    def reload(self) -> None:
        self.dirty = False
        journal, cid = self.ctx.journal, self.ctx.concern_id
        if journal is None or cid is None:
            self.model.set_steps([])
            self._update_empty()
            return
        steps = service.next_steps(journal, cid, datetime.now())
        self.model.set_steps(steps)
        if steps:
            self.view.setCurrentIndex(self.model.index(0, 0))
        self._update_empty()
        if self._choose_page:
            self._choose_page = False
            (self.wants_front if steps else self.gives_way).emit()

    @property
    def has_steps(self) -> bool:
        if self.dirty:
            self.reload()
        return bool(self.model.steps)

    def _update_empty(self) -> None:
        journal, cid = self.ctx.journal, self.ctx.concern_id
        if self.model.steps or journal is None or cid is None:
            self.empty.setText("")
            self.empty.setVisible(False)
            for part in (self.view, self.intro, self.buttons):
                part.setVisible(True)
        else:
            text = self.tr("Nothing is waiting for you on this concern.") + " "
            text += self._suggestion_words(service.suggestion(journal, cid))
            self.empty.setText(text)
            self.empty.setVisible(True)
            for part in (self.view, self.intro, self.buttons):
                part.setVisible(False)
        self._update_buttons()

    def _current(self) -> NextStep | None:
        index = self.view.currentIndex()
        return index.data(Qt.ItemDataRole.UserRole) if index.isValid() else None

    def _update_buttons(self) -> None:
        step = self._current()
        self.open_button.setEnabled(step is not None)
        self.packet_button.setEnabled(step is not None and step.kind is StepKind.PLANNED_VISIT)

    # --- acting ------------------------------------------------------------------------------

    def open_step(self, index: QModelIndex) -> None:
        step = index.data(Qt.ItemDataRole.UserRole) if index.isValid() else None
        if step is None:
            return
        table = _TABLES.get(step.place)
        if table is not None and step.key is not None:
            self.ctx.open_item.emit(table, step.key)
            return
        window = self.window()
        tabs = getattr(window, "tabs", None)
        if tabs is None:
            return
        for i in range(tabs.count()):
            # A tab not built yet stands as "<name>Page" until it is first shown.
            if tabs.widget(i).objectName() in (str(step.place), f"{step.place}Page"):
                tabs.setCurrentIndex(i)
                tabs.currentWidget().setFocus()
                return

    def _prepare_packet(self) -> None:
        step = self._current()
        if step is not None and step.kind is StepKind.PLANNED_VISIT and step.key is not None:
            self.prepare_packet.emit(step.key)
