"""The Signs tab: the diagnosis in question, why another opinion, the symptom log and its chart.

The tab lays out its panels and tells them which concern to show; each panel is a widget of its
own module, given the journal context and nothing else: ``ui/sign_list_panel.py`` (why another
opinion), ``ui/symptom_log_panel.py`` (the log, and the severity chart it fills),
``ui/treatment_changes_panel.py`` (whose ``markers_changed`` the chart marks). The diagnosis form
is small and stays here.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollArea, QSplitter, QVBoxLayout, QWidget

from secondopinion.services import concerns
from secondopinion.services.journal_rows import Concern
from secondopinion.ui import labels
from secondopinion.ui.context import JournalContext
from secondopinion.ui.doctor_talk_card import doctor_talk_card
from secondopinion.ui.forms import AutoSaveForm
from secondopinion.ui.journal_tab import follow_journal, side_by_side
from secondopinion.ui.sign_list_panel import SignListPanel
from secondopinion.ui.symptom_log_panel import ALL_SYMPTOMS, SymptomLogPanel
from secondopinion.ui.treatment_changes_panel import TreatmentChangesPanel
from secondopinion.ui.widgets import chars, section

__all__ = ["ALL_SYMPTOMS", "SignsTab"]


class SignsTab(QWidget):
    handles = ("concern", "sign", "symptom_entry", "treatment_change")

    def __init__(self, ctx: JournalContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signsTab")
        self.ctx = ctx
        self.signs = SignListPanel(ctx)
        self.log = SymptomLogPanel(ctx)
        self.changes = TreatmentChangesPanel(ctx)
        self.changes.markers_changed.connect(self.log.set_markers)
        self._build()
        follow_journal(ctx, self.reload, self._on_data_changed)

    # --- layout ------------------------------------------------------------------------------

    def _build(self) -> None:
        splitter = side_by_side(self)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 4, 0)
        left_layout.addWidget(self._build_diagnosis())
        left_layout.addWidget(self.signs, 1)
        left_layout.addWidget(doctor_talk_card())
        left_layout.addStretch(0)
        scroll = QScrollArea()
        scroll.setWidget(left)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a nameless Tab stop: its fields take it
        scroll.setMinimumWidth(chars(scroll, 43))
        splitter.addWidget(scroll)

        right = QSplitter(Qt.Orientation.Vertical)
        right.setChildrenCollapsible(False)
        right.addWidget(self.log.chart_box)
        right.addWidget(self.log)
        right.addWidget(self.changes)
        right.setStretchFactor(0, 3)
        right.setStretchFactor(1, 5)
        right.setStretchFactor(2, 2)
        right.setSizes([300, 420, 180])
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([380, 620])

    def _build_diagnosis(self) -> QWidget:
        box, layout = section(self.tr("The diagnosis in question"))
        form = AutoSaveForm(self.ctx, Concern, box)
        form.add(self.tr("&Title"), "title", tooltip=self.tr("A short name for this concern"))
        form.add(self.tr("Original &diagnosis"), "original_diagnosis")
        form.add(self.tr("Diagnosed &by"), "diagnosed_by", placeholder=self.tr("Doctor, clinic"))
        form.add(self.tr("Diagnosed o&n"), "diagnosed_on", "date")
        form.add(self.tr("&Proposed treatment"), "proposed_treatment", "multiline")
        form.add(
            self.tr("What I want &clarified"),
            "to_clarify",
            "multiline",
            placeholder=self.tr("The question you want the next doctor to answer"),
        )
        form.add(self.tr("&Status"), "status", "choice", choices=labels.choices("concern_status"))
        layout.addLayout(form.layout)
        self.concern_form = form
        return box

    def show_item(self, table: str, key: int) -> None:
        """Select the row ``key`` of ``table`` (search results land here)."""
        if table == "sign":
            self.signs.show_row(key)
        elif table == "symptom_entry":
            self.log.show_row(key)
        elif table == "treatment_change":
            self.changes.show_row(key)
        else:
            self.concern_form.fields["title"].widget.setFocus()

    # --- loading -----------------------------------------------------------------------------

    def reload(self) -> None:
        journal, cid = self.ctx.journal, self.ctx.concern_id
        enabled = journal is not None and cid is not None
        self.setEnabled(enabled)
        shown = cid if enabled else None
        if journal is not None and cid is not None:
            self.concern_form.load(concerns.get_concern(journal, cid))
        else:
            self.concern_form.load(None)
        self.signs.load(shown)
        self.changes.load(shown)  # first: the chart marks its changes when the log draws it
        self.log.load(shown)

    def _on_data_changed(self, table: str, source: object) -> None:
        mine = (self, self.concern_form, self.signs, self.log, self.changes)
        cid = self.ctx.concern_id
        if source in mine or cid is None:
            return
        if table == "sign":
            self.signs.load(cid)
        elif table == "symptom_entry":
            self.log.reload()
        elif table == "treatment_change":
            self.changes.load(cid)
        elif table == "concern":
            self.concern_form.load(concerns.get_concern(self.ctx.require(), cid))
