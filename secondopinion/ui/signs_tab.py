"""The Signs tab: the diagnosis in question, why another opinion, the symptom log and its chart.

The tab lays out its panels and routes loading to them; each panel lives in its own module:
``ui/sign_list_panel.py`` (why another opinion), ``ui/symptom_log_panel.py`` (the log and the
severity chart), ``ui/treatment_changes_panel.py``. The diagnosis form is small and stays here.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollArea, QSplitter, QVBoxLayout, QWidget

from secondopinion.services import concerns, journal_rows
from secondopinion.services.journal_rows import Concern
from secondopinion.ui import labels
from secondopinion.ui.context import JournalContext
from secondopinion.ui.doctor_talk_card import doctor_talk_card
from secondopinion.ui.forms import AutoSaveForm
from secondopinion.ui.journal_tab import follow_journal, select_row, side_by_side
from secondopinion.ui.sign_list_panel import SignListPanel
from secondopinion.ui.symptom_log_panel import ALL_SYMPTOMS, SymptomLogPanel
from secondopinion.ui.treatment_changes_panel import TreatmentChangesPanel
from secondopinion.ui.widgets import chars, section

__all__ = ["ALL_SYMPTOMS", "SignsTab"]


class SignsTab(SignListPanel, SymptomLogPanel, TreatmentChangesPanel, QWidget):
    handles = ("concern", "sign", "symptom_entry", "treatment_change")

    def __init__(self, ctx: JournalContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signsTab")
        self.ctx = ctx
        self._build()
        follow_journal(ctx, self.reload, self._on_data_changed)

    # --- layout ------------------------------------------------------------------------------

    def _build(self) -> None:
        splitter = side_by_side(self)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 4, 0)
        left_layout.addWidget(self._build_diagnosis())
        left_layout.addWidget(self._build_signs(), 1)
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
        right.addWidget(self._build_chart())
        right.addWidget(self._build_log())
        right.addWidget(self._build_changes())
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
        targets = {
            "sign": (self.signs_model, self.signs_proxy, self.signs_view),
            "symptom_entry": (self.log_model, self.log_proxy, self.log_view),
            "treatment_change": (self.changes_model, self.changes_proxy, self.changes_view),
        }
        if table not in targets:
            self.concern_form.fields["title"].widget.setFocus()
            return
        model, proxy, view = targets[table]
        if table == "symptom_entry":
            self.symptom_filter.setCurrentIndex(0)
            self._load_entry(key)  # the log reads its pages as far as the entry
        select_row(view, proxy, model, key, focus=True)

    # --- loading -----------------------------------------------------------------------------

    def reload(self) -> None:
        journal, cid = self.ctx.journal, self.ctx.concern_id
        enabled = journal is not None and cid is not None
        self.setEnabled(enabled)
        if not enabled:
            self.concern_form.load(None)
            for model in (self.signs_model, self.log_model, self.changes_model):
                model.set_rows([])
            self._refresh_chart()
            return
        assert journal is not None and cid is not None
        self.concern_form.load(concerns.get_concern(journal, cid))
        self._load_signs()
        self._load_log()
        self._load_changes()

    def _on_data_changed(self, table: str, source: object) -> None:
        if source in (self, self.concern_form) or self.ctx.concern_id is None:
            return
        if table == "sign":
            self._load_signs()
        elif table == "symptom_entry":
            self._on_log_changed()
        elif table == "treatment_change":
            self._load_changes()
        elif table == "concern":
            self.concern_form.load(concerns.get_concern(self.ctx.require(), self.ctx.concern_id))

    # --- editing -----------------------------------------------------------------------------

    def _concern(self) -> int:
        assert self.ctx.concern_id is not None
        return self.ctx.concern_id

    def _save(self, cls: Any, row: Any, field: str, value: Any) -> Any:
        updated = journal_rows.change(self.ctx.require(), cls, row.id, **{field: value})
        self.ctx.changed(journal_rows.table_name(cls), self)
        return updated
