"""The Signs tab's treatment changes: what changed when (the chart marks them T1, T2…).

A widget of its own: given the journal context, it shows the changes of the concern the tab asks
for (``load``), adds, edits and deletes them as undoable steps, and says what the chart should
mark whenever they change (``markers_changed``). Its words keep the tab's translation context.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QDateTime, Qt, Signal
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QLineEdit, QPushButton, QWidget

from secondopinion.services.journal_rows import TreatmentChange
from secondopinion.services.symptoms import treatment_changes
from secondopinion.ui.chart import Marker
from secondopinion.ui.forms import error_label
from secondopinion.ui.journal_panel import (
    JournalPanel,
    add_row,
    delete_selected,
    save_change,
    show_messages,
)
from secondopinion.ui.journal_tab import select_row
from secondopinion.ui.table_model import Column, RowTableModel
from secondopinion.ui.widgets import section, set_column_widths, table_view


class TreatmentChangesPanel(JournalPanel):
    markers_changed = Signal(list)  # list[Marker]: the changes as the chart marks them

    def _build(self) -> QWidget:
        box, layout = section(QCoreApplication.translate("SignsTab", "Treatment changes"))
        row = QHBoxLayout()
        self.change_date = QDateEdit(QDateTime.currentDateTime().date())
        self.change_date.setObjectName("changeDate")
        self.change_date.setAccessibleName(
            QCoreApplication.translate("SignsTab", "Date of the change")
        )
        self.change_date.setDisplayFormat("yyyy-MM-dd")
        self.change_date.setCalendarPopup(True)
        self.change_text = QLineEdit()
        self.change_text.setObjectName("changeText")
        self.change_text.setPlaceholderText(
            QCoreApplication.translate("SignsTab", "What changed, e.g. started iron 200 mg")
        )
        self.change_text.setAccessibleName(QCoreApplication.translate("SignsTab", "What changed"))
        self.change_text.setMaxLength(1_000_000)
        self.change_text.returnPressed.connect(self.add_change)
        add = QPushButton(QCoreApplication.translate("SignsTab", "Add c&hange"))
        add.setObjectName("addChange")
        add.clicked.connect(self.add_change)
        delete = QPushButton(QCoreApplication.translate("SignsTab", "Delete change"))
        delete.setObjectName("deleteChange")
        delete.clicked.connect(self.delete_changes)
        row.addWidget(self.change_date)
        row.addWidget(self.change_text, 1)
        row.addWidget(add)
        row.addWidget(delete)
        layout.addLayout(row)
        self.change_error = error_label()
        layout.addWidget(self.change_error)
        self.changes_model = RowTableModel(
            [
                Column(
                    QCoreApplication.translate("SignsTab", "Date"),
                    lambda c: c.changed_on,
                    field="changed_on",
                    editor="date",
                ),
                Column(
                    QCoreApplication.translate("SignsTab", "What changed"),
                    lambda c: c.description,
                    field="description",
                ),
            ],
            on_edit=self._edit_change,
            parent=self,
        )
        self.changes_view, self.changes_proxy = table_view(
            self.changes_model,
            "treatmentChanges",
            QCoreApplication.translate("SignsTab", "Treatment changes"),
            stretch_column=1,
            on_delete=self.delete_changes,
        )
        set_column_widths(self.changes_view, {0: 16})
        self.changes_view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        show_messages(self.changes_model, self.change_error)
        self.changes_model.edited.connect(self._tell_markers)
        layout.addWidget(self.changes_view, 1)
        return box

    def load(self, concern_id: int | None) -> None:
        """Show the treatment changes of ``concern_id`` (none: an empty list)."""
        self.concern_id = concern_id
        journal = self.ctx.journal
        found = (
            [] if journal is None or concern_id is None else treatment_changes(journal, concern_id)
        )
        self.changes_model.set_rows(found)
        self._tell_markers()

    def markers(self) -> list[Marker]:
        return [Marker(c.changed_on, c.description) for c in self.changes_model.rows]

    def _tell_markers(self) -> None:
        self.markers_changed.emit(self.markers())

    def show_row(self, key: int) -> None:
        """Select the change ``key`` (search results land here)."""
        select_row(self.changes_view, self.changes_proxy, self.changes_model, key, focus=True)

    def _edit_change(self, row: TreatmentChange, field: str, value: Any) -> TreatmentChange:
        return save_change(self.ctx, row, field, value, self)  # type: ignore[no-any-return]

    def add_change(self) -> None:
        assert self.concern_id is not None
        change = TreatmentChange(
            concern_id=self.concern_id,
            changed_on=self.change_date.date().toPython(),  # type: ignore[arg-type]
            description=self.change_text.text().strip(),
        )
        label = QCoreApplication.translate("SignsTab", "Add treatment change")
        if add_row(self.ctx, change, label, self.change_error) is not None:
            self.change_text.clear()

    def delete_changes(self) -> None:
        delete_selected(
            self.ctx,
            TreatmentChange,
            self.changes_view,
            self.changes_proxy,
            self.changes_model,
            lambda _n: QCoreApplication.translate("SignsTab", "Delete treatment change"),
        )
