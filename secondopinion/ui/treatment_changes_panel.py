"""The Signs tab's treatment changes: what changed when (the chart marks them T1, T2…).

A mixin of ``SignsTab``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDateTime, Qt
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QLineEdit, QPushButton

from secondopinion.domain.validation import FieldError
from secondopinion.services.journal_rows import TreatmentChange
from secondopinion.services.journals import JournalError
from secondopinion.services.symptoms import treatment_changes
from secondopinion.ui.context import JournalContext
from secondopinion.ui.forms import error_label, show_error
from secondopinion.ui.table_model import Column, RowTableModel
from secondopinion.ui.widgets import section, selected_rows, set_column_widths, table_view

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    _Tab = QWidget
else:
    _Tab = object


class TreatmentChangesPanel(_Tab):
    ctx: JournalContext

    if TYPE_CHECKING:  # from SignsTab, for the type checker only

        def _concern(self) -> int: ...
        def _save(self, cls: Any, row: Any, field: str, value: Any) -> Any: ...

        def _refresh_chart(self) -> None: ...

    def _build_changes(self) -> QWidget:
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
        self.changes_model.edit_failed.connect(lambda m: show_error(self.change_error, m))
        self.changes_model.edited.connect(self._after_change_edit)
        layout.addWidget(self.changes_view, 1)
        return box

    def _load_changes(self) -> None:
        journal = self.ctx.require()
        self.changes_model.set_rows(treatment_changes(journal, self._concern()))
        self._refresh_chart()

    def _edit_change(self, row: TreatmentChange, field: str, value: Any) -> TreatmentChange:
        return self._save(TreatmentChange, row, field, value)  # type: ignore[no-any-return]

    def _after_change_edit(self) -> None:
        show_error(self.change_error, None)
        self._refresh_chart()

    def add_change(self) -> None:
        try:
            self.ctx.add_with_undo(
                TreatmentChange(
                    concern_id=self._concern(),
                    changed_on=self.change_date.date().toPython(),  # type: ignore[arg-type]
                    description=self.change_text.text().strip(),
                ),
                QCoreApplication.translate("SignsTab", "Add treatment change"),
            )
        except JournalError:
            return  # nothing was added; the status bar says why
        except FieldError as exc:
            show_error(self.change_error, exc.message)
            return
        show_error(self.change_error, None)
        self.change_text.clear()

    def delete_changes(self) -> None:
        rows = selected_rows(self.changes_view, self.changes_proxy, self.changes_model)
        if not rows:
            return
        label = QCoreApplication.translate("SignsTab", "Delete treatment change")
        self.ctx.delete_many_with_undo(
            TreatmentChange, [getattr(c, "id", None) for c in rows], label
        )
