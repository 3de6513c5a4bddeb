"""The Visits & feelings tab: each visit's opinion, the answers to my questions, how it felt.

Long module: the visit list, its three pages and the doctor choice share one current visit; the
pages' widgets are already apart (``visit_form``, ``visit_answers``, ``feelings``).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from secondopinion import i18n
from secondopinion.services import journal_rows
from secondopinion.services import visits as service
from secondopinion.services.journal_rows import Answer, Doctor, Visit
from secondopinion.services.journals import JournalError
from secondopinion.ui import labels
from secondopinion.ui.context import AddCommand, JournalContext
from secondopinion.ui.feelings import FeelingsPanel
from secondopinion.ui.journal_tab import follow_journal, select_else_unfilter
from secondopinion.ui.lazy_pages import LazyPage
from secondopinion.ui.list_detail import ListDetail, filter_edit, filter_row
from secondopinion.ui.table_model import Column, RowTableModel
from secondopinion.ui.visit_answers import VisitAnswers
from secondopinion.ui.visit_form import NOT_SAID, DoctorAtVisitCommand, NewDoctorDialog, VisitForm
from secondopinion.ui.widgets import FittingPage, hint, section, set_column_widths, table_view

OPINION_PAGE, ANSWERS_PAGE, FEELINGS_PAGE = 0, 1, 2


class VisitsTab(QWidget):
    handles = ("visit", "answer", "visit_feelings")

    def __init__(self, ctx: JournalContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("visitsTab")
        self.ctx = ctx
        self._build()
        follow_journal(ctx, self.reload, self._on_data_changed)

    # --- layout ------------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(6, 6, 6, 6)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        outer.addWidget(splitter)
        splitter.addWidget(self._build_list())
        splitter.addWidget(self._build_detail())
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        splitter.setSizes([230, 470])

    def _build_list(self) -> QWidget:
        box, layout = section(self.tr("Visits about this concern"))
        self.model = RowTableModel(self._columns(), parent=self)
        self.view, self.proxy = table_view(
            self.model, "visitsView", self.tr("Visits"), stretch_column=4, on_delete=self.delete
        )
        self.filter = filter_edit(
            self.proxy,
            self.tr("Filter by doctor, diagnosis…"),
            self.tr("Filter visits"),
            "visitFilter",
        )
        add = QPushButton(self.tr("&New visit"))
        add.setObjectName("newVisit")
        add.setToolTip(self.tr("Add a visit; the questions ticked “Bring” come with it"))
        add.clicked.connect(self.add)
        delete = QPushButton(self.tr("Delete"))
        delete.setObjectName("deleteVisit")
        delete.setToolTip(self.tr("Delete the selected visit (Delete); Ctrl+Z brings it back"))
        delete.clicked.connect(self.delete)
        layout.addLayout(filter_row(self.tr("Fil&ter:"), self.filter, add, delete))
        self.empty = hint("")
        self.empty.setObjectName("visitsEmpty")
        layout.addWidget(self.empty)
        layout.addWidget(self._build_planned())
        self.happened_caption = QLabel(self.tr("Visits that happened"))
        self.happened_caption.setObjectName("happenedCaption")
        layout.addWidget(self.happened_caption)
        set_column_widths(self.view, {0: 13, 1: 24, 2: 19, 3: 16, 5: 11, 6: 10})
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.view.setMinimumHeight(self.view.verticalHeader().defaultSectionSize() * 4 + 4)
        layout.addWidget(self.view, 1)
        self.current = ListDetail(self.view, self.proxy, self.model, self)
        self.current.current_changed.connect(lambda key: self._picked(self.current, key))
        self._shown_from = self.current
        self._reloading = False
        self.proxy.modelReset.connect(self._update_empty)
        self.proxy.layoutChanged.connect(self._update_empty)
        return box

    def _build_planned(self) -> QWidget:
        """Planned visits (still ahead, cancelled ones too), listed apart, soonest first."""
        self.planned_box = QWidget()
        layout = QVBoxLayout(self.planned_box)
        layout.setContentsMargins(0, 0, 0, 0)
        caption = QLabel(self.tr("Planned visits"))
        caption.setObjectName("plannedCaption")
        layout.addWidget(caption)
        self.planned_model = RowTableModel(self._planned_columns(), parent=self)
        self.planned_view, self.planned_proxy = table_view(
            self.planned_model, "plannedVisitsView", self.tr("Planned visits"), stretch_column=2
        )
        set_column_widths(self.planned_view, {0: 18, 1: 24, 3: 16, 4: 10})
        self.planned_view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        rows = 3
        self.planned_view.setMaximumHeight(
            self.planned_view.verticalHeader().defaultSectionSize() * (rows + 1) + 6
        )
        caption.setBuddy(self.planned_view)
        layout.addWidget(self.planned_view)
        self.planned_current = ListDetail(
            self.planned_view, self.planned_proxy, self.planned_model, self
        )
        self.planned_current.current_changed.connect(
            lambda key: self._picked(self.planned_current, key)
        )
        return self.planned_box

    def _planned_columns(self) -> list[Column]:
        def when(v: Any) -> str:
            at = v.visit.visit_time
            day = i18n.words().date(v.visit.visit_on)
            return f"{day} {at.strftime('%H:%M')}" if at is not None else day

        return [
            Column(self.tr("When"), when),
            Column(
                self.tr("Doctor"),
                lambda v: v.doctor_name,
                display=lambda v: v.doctor_name or self.tr("(no doctor)"),
            ),
            Column(self.tr("Place"), lambda v: v.visit.place),
            Column(
                self.tr("Kind"),
                lambda v: v.visit.kind,
                display=lambda v: labels.label("visit_kind", v.visit.kind),
            ),
            Column(
                self.tr("Status"),
                lambda v: v.visit.cancelled,
                display=lambda v: self.tr("Cancelled") if v.visit.cancelled else self.tr("Planned"),
            ),
        ]

    def _picked(self, source: ListDetail, key: Any) -> None:
        """A row was chosen in one of the two lists: the other one lets go of its own."""
        if self._reloading or (key is None and source is not self._shown_from):
            return
        other = self.planned_current if source is self.current else self.current
        if key is not None and other.key is not None:
            other.key = None
            other.view.clearSelection()
        self._shown_from = source
        self._show_visit(key)

    def _selected(self) -> Any:
        return self._shown_from.current()

    def _select_visit(self, visit_id: Any) -> bool:
        return self.planned_current.select(visit_id) or self.current.select(visit_id)

    def _columns(self) -> list[Column]:
        return [
            Column(self.tr("Date"), lambda v: v.visit.visit_on),
            Column(
                self.tr("Doctor"),
                lambda v: v.doctor_name,
                display=lambda v: v.doctor_name or self.tr("(no doctor)"),
            ),
            Column(
                self.tr("Kind"),
                lambda v: v.visit.kind,
                display=lambda v: labels.label("visit_kind", v.visit.kind),
            ),
            Column(
                self.tr("Agreement"),
                lambda v: v.visit.agreement or "",
                display=lambda v: labels.label("agreement", v.visit.agreement),
            ),
            Column(self.tr("Diagnosis given"), lambda v: v.visit.diagnosis),
            Column(
                self.tr("Answers"),
                lambda v: v.answered,
                display=lambda v: (
                    self.tr("%1 of %2").replace("%1", str(v.answered)).replace("%2", str(v.asked))
                ),
                align=Qt.AlignmentFlag.AlignCenter,
                tooltip=lambda v: self.tr("Questions answered of those brought"),
            ),
            Column(
                self.tr("Trust"),
                lambda v: v.trust if v.trust is not None else -1,
                display=lambda v: "" if v.trust is None else f"{v.trust} / 5",
                align=Qt.AlignmentFlag.AlignCenter,
            ),
        ]

    def _build_detail(self) -> QWidget:
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        self.visit_state = QLabel()
        self.visit_state.setObjectName("visitState")
        self.visit_state.setWordWrap(True)
        self.visit_state.setVisible(False)
        column.addWidget(self.visit_state)
        column.addWidget(self._build_pages(), 1)
        return holder

    def _build_pages(self) -> QWidget:
        self.pages = QTabWidget()
        self.pages.setObjectName("visitPages")
        self.pages.addTab(self._build_opinion(), self.tr("The o&pinion"))
        # The answers and the feelings are built when first shown (or asked for).
        self._answers = LazyPage(
            self.pages, self._build_answers, self.tr("&Answers to my questions")
        )
        self._feelings: FeelingsPanel | None = None
        self._feelings_page = LazyPage(self.pages, self._build_feelings, self.tr("How it fe&lt"))
        return self.pages

    @property
    def answers(self) -> VisitAnswers:
        return self._answers.get()

    @property
    def feelings(self) -> FeelingsPanel:
        self._feelings_page.get()
        assert self._feelings is not None
        return self._feelings

    def _build_answers(self) -> VisitAnswers:
        answers = VisitAnswers(self.ctx)
        row = self._selected()
        answers.load(row.visit if row is not None else None)
        return answers

    def _build_feelings(self) -> QWidget:
        self._feelings = FeelingsPanel(self.ctx)
        self._feelings.saved.connect(self._reload_list)
        row = self._selected()
        self._feelings.load(row.id if row is not None else None)
        feelings = QScrollArea()
        feelings.setWidget(self._feelings)
        feelings.setWidgetResizable(True)
        feelings.setFrameShape(QScrollArea.Shape.NoFrame)
        feelings.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        return feelings

    def _build_opinion(self) -> QWidget:
        page = FittingPage()
        grid = QGridLayout(page)
        grid.setContentsMargins(6, 6, 6, 6)
        grid.setHorizontalSpacing(16)
        left = VisitForm(self.ctx, page)
        doctor = left.add(self.tr("Doctor"), "doctor_id", "choice")
        assert isinstance(doctor, QComboBox)
        self.doctor_combo = doctor
        doctor.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        doctor.setMinimumContentsLength(16)
        self.new_doctor = QPushButton(self.tr("New doctor…"))
        self.new_doctor.setObjectName("newDoctorForVisit")
        self.new_doctor.setToolTip(self.tr("Add a doctor who is not in the list yet"))
        self.new_doctor.clicked.connect(self.add_doctor)
        holder = doctor.parentWidget()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        holder.layout().insertLayout(0, row)
        holder.layout().removeWidget(doctor)
        row.addWidget(doctor, 1)
        row.addWidget(self.new_doctor)
        left.add(self.tr("Date"), "visit_on", "date")
        left.add(
            self.tr("Ti&me"),
            "visit_time",
            "time",
            tooltip=self.tr("The time of the appointment (HH:MM), for a planned visit"),
        )
        left.add(
            self.tr("Pla&ce"),
            "place",
            tooltip=self.tr("Where the appointment is: the clinic, the address, the room"),
        )
        left.add(self.tr("&Kind"), "kind", "choice", choices=labels.choices("visit_kind"))
        left.add(
            self.tr("A&greement"),
            "agreement",
            "choice",
            choices=[(NOT_SAID, self.tr("Not said")), *labels.choices("agreement")],
            tooltip=self.tr("Does this doctor agree with the original diagnosis?"),
        )
        left.add(self.tr("D&iagnosis given"), "diagnosis", "multiline")
        left.add(self.tr("Reco&mmended treatment"), "treatment", "multiline")
        right = VisitForm(self.ctx, page)
        right.add(self.tr("Tests s&uggested"), "tests", "multiline")
        right.add(self.tr("Their rationale"), "rationale", "multiline")
        right.add(self.tr("What they would do in m&y place"), "in_my_place", "multiline")
        right.add(self.tr("Notes"), "notes", "multiline")
        right.add(self.tr("This visit was cancelled"), "cancelled", "bool")
        self.forms = [left, right]
        for form in self.forms:
            form.saved.connect(self._opinion_saved)
            form.layout.setVerticalSpacing(8)
            for f in form.fields.values():
                if f.kind == "multiline":  # three lines each keeps the whole opinion in view
                    f.widget.setMaximumHeight(f.widget.fontMetrics().lineSpacing() * 3 + 14)
        for name, sample in (("visit_on", "0000-00-00"), ("visit_time", "00:00")):
            left.fields[name].widget.setMaximumWidth(
                left.fields[name].widget.fontMetrics().horizontalAdvance(sample) * 2 + 24
            )
        for column, form in enumerate(self.forms):  # one widget per column: Tab reads down each
            holder = QWidget()
            holder.setObjectName(("opinionLeft", "opinionRight")[column])
            holder.setLayout(form.layout)
            form.layout.setContentsMargins(0, 0, 0, 0)
            grid.addWidget(holder, 0, column)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(1, 1)
        scroll = QScrollArea()
        scroll.setWidget(page)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its fields take the focus, not the frame
        return scroll

    def field(self, name: str) -> QWidget:
        for form in self.forms:
            if name in form.fields:
                return form.fields[name].widget
        raise KeyError(name)

    # --- loading -----------------------------------------------------------------------------

    def reload(self) -> None:
        journal, cid = self.ctx.journal, self.ctx.concern_id
        self.setEnabled(journal is not None and cid is not None)
        if journal is None or cid is None:
            self.current.set_rows([])
            self.planned_current.set_rows([])
            self._show_visit(None)
            return
        self._fill_doctors()
        self._reload_list()
        if self.current.key is None and self.planned_current.key is None:
            self.current.select_first()
            if self.current.key is None:
                self.planned_current.select_first()
        self._show_visit(self._shown_from.key, keep_forms=True)

    def _reload_list(self) -> None:
        journal, cid = self.ctx.journal, self.ctx.concern_id
        if journal is None or cid is None:
            return
        now = datetime.now()
        listings = service.list_visits(journal, cid)
        planned = [v for v in listings if v.is_planned(now)]
        shown = self._shown_from.key
        self._reloading = True  # set_rows picks neighbours on its own; decide once, below
        try:
            self.planned_current.set_rows(planned)
            self.current.set_rows([v for v in listings if not v.is_planned(now)])
        finally:
            self._reloading = False
        self.planned_box.setVisible(bool(planned))
        self.happened_caption.setVisible(bool(planned))
        # The visit shown stays shown, in whichever list its date now puts it; if it went, the
        # row that took its place in its list is shown. The other list selects nothing.
        holder = next(
            (
                d
                for d in (self.planned_current, self.current)
                if shown is not None and d.model.position_of(shown) is not None
            ),
            self._shown_from,
        )
        if shown is not None and holder.model.position_of(shown) is not None:
            holder.key = shown
            holder.reselect()
        other = self.planned_current if holder is self.current else self.current
        other.key = None
        other.view.clearSelection()
        self._shown_from = holder
        if holder.key != shown:
            self._show_visit(holder.key)
        else:
            self._show_state(self._selected())
        self._update_empty()

    def _fill_doctors(self) -> None:
        journal, cid = self.ctx.journal, self.ctx.concern_id
        if journal is None:
            return
        combo = self.doctor_combo
        keep = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("(no doctor yet)"), NOT_SAID)
        for doctor_id, name, specialty in service.doctor_choices(journal, cid):
            combo.addItem(f"{name} — {specialty}" if specialty else name, doctor_id)
        combo.setCurrentIndex(max(0, combo.findData(keep)))
        combo.blockSignals(False)

    def _update_empty(self, *_args: Any) -> None:
        if not self.model.rows:
            text = self.tr(
                "No visits yet. Press New visit (Alt+N) after an appointment, or before one to "
                "have your questions ready, then write down the opinion, the answers and how "
                "it felt."
            )
        elif self.proxy.rowCount() == 0:
            text = self.tr("No visit matches the filter.")
        else:
            text = ""
        self.empty.setText(text)
        self.empty.setVisible(bool(text))

    def _show_visit(self, _key: Any, *, keep_forms: bool = False) -> None:
        row = self._selected()
        visit = row.visit if row is not None else None
        self._show_state(row)
        current_key = self.forms[0].key
        if not keep_forms or current_key != (visit.id if visit else None):
            for form in self.forms:
                form.load(visit)
        self.new_doctor.setEnabled(visit is not None)
        if self._answers.page is not None:  # a page not built yet loads the visit when built
            self._answers.page.load(visit)
        if self._feelings is not None:
            self._feelings.load(visit.id if visit is not None else None)
        self.pages.setEnabled(visit is not None)

    def _show_state(self, row: Any) -> None:
        """Say what a planned visit is waiting for, and what a past one still needs."""
        now = datetime.now()
        text = ""
        if row is not None and row.visit.cancelled:
            text = self.tr("This visit was cancelled.")
        elif row is not None and row.is_planned(now):
            text = self.tr(
                "Planned. Before you go, print the packet (File > Export > Appointment packet) "
                "and tick the questions to bring on the Questions tab."
            )
        elif row is not None and row.asks_for_opinion(now):
            text = self.tr(
                "This visit has happened. Write down what the doctor said, the answers to your "
                "questions and how the visit felt, while you remember them."
            )
        self.visit_state.setText(text)
        self.visit_state.setVisible(bool(text))

    def show_item(self, table: str, key: int) -> None:
        journal = self.ctx.journal
        if journal is None:
            return
        visit_id, page = key, OPINION_PAGE
        if table == "answer":
            answer = journal_rows.find(journal, Answer, key)
            if answer is None:
                return
            visit_id, page = answer.visit_id, ANSWERS_PAGE
        elif table == "visit_feelings":
            page = FEELINGS_PAGE
        self.reload()
        if not select_else_unfilter(lambda: self._select_visit(visit_id), self.filter.clear):
            return
        self.pages.setCurrentIndex(page)
        if table == "answer":
            self.answers.show_answer(key)
        elif page == FEELINGS_PAGE:
            self.feelings.rows["heard"].buttons[0].setFocus()
        else:
            self.view.setFocus()

    # --- changes -----------------------------------------------------------------------------

    def _on_data_changed(self, table: str, source: object) -> None:
        if source is self or self.ctx.journal is None or self.ctx.concern_id is None:
            return
        if table in ("doctor", "doctor_concern"):
            self._fill_doctors()
            self._reload_list()
        elif table in ("visit", "answer", "question", "visit_feelings"):
            self._reload_list()
            row = self._selected()
            answers, feelings = self._answers.page, self._feelings
            if row is not None and answers is not None and source is not answers:
                answers.load(row.visit)
            feelings_elsewhere = feelings is not None and source is not feelings
            if table == "visit_feelings" and row is not None and feelings_elsewhere:
                feelings.load(row.id)  # type: ignore[union-attr]
            if self._shown_from.key is None:
                self._show_visit(None)

    def _opinion_saved(self, visit: Visit) -> None:
        journal = self.ctx.journal
        if journal is not None:
            service.link_doctor_to_concern(journal, visit)

    def add(self) -> None:
        journal, cid = self.ctx.journal, self.ctx.concern_id
        if journal is None or cid is None:
            return
        kind = service.default_kind(journal, cid)
        try:
            command = AddCommand(
                self.ctx,
                Visit,
                lambda: service.create_visit(journal, cid, date.today(), kind),
                self.tr("Add visit"),
                ("visit", "answer"),
            )
        except JournalError:
            return  # nothing was added; the status bar says why
        self.ctx.push(command)
        self.filter.clear()
        self._select_visit(command.key)
        self.pages.setCurrentIndex(OPINION_PAGE)
        self.doctor_combo.setFocus()

    def delete(self) -> None:
        row = self._selected()
        if row is None:
            return
        when = i18n.words().date(row.visit.visit_on)
        self.ctx.delete_with_undo(Visit, row.id, self.tr("Delete visit of %1").replace("%1", when))
        bar = getattr(self.window(), "statusBar", None)
        if bar is not None:
            bar().showMessage(
                self.tr("Deleted the visit of %1. Edit > Undo (Ctrl+Z) brings it back.").replace(
                    "%1", when
                ),
                8000,
            )

    def add_doctor(self) -> None:
        """A doctor met at this visit and not in the list yet: create, link, choose."""
        journal, cid, row = self.ctx.journal, self.ctx.concern_id, self._selected()
        if journal is None or cid is None or row is None:
            return
        dialog = NewDoctorDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        command = DoctorAtVisitCommand(
            self.ctx, row.visit, Doctor(**dialog.values()), self.tr("Add doctor"), self
        )
        self.ctx.push(command)
        doctor = command.doctor
        self._fill_doctors()
        self.doctor_combo.blockSignals(True)
        self.doctor_combo.setCurrentIndex(self.doctor_combo.findData(doctor.id))
        self.doctor_combo.blockSignals(False)
        self._reload_list()
        self.doctor_combo.setFocus()
