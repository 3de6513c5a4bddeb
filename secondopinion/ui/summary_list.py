"""One editable list of the health summary: a table, a quick-add line, delete with undo."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout

from secondopinion.domain.validation import FieldError
from secondopinion.services import journal_rows
from secondopinion.services.health_summary import SummaryItem, new_summary_item, summary_items
from secondopinion.services.journals import JournalError
from secondopinion.ui.context import JournalContext
from secondopinion.ui.forms import error_label, show_error
from secondopinion.ui.journal_panel import add_row
from secondopinion.ui.journal_tab import select_row
from secondopinion.ui.table_model import Column, RowTableModel
from secondopinion.ui.view_helpers import EmptyState, commit_open_editor
from secondopinion.ui.widgets import selected_rows, set_column_widths, table_view


@dataclass
class ListSpec:
    cls: type[SummaryItem]
    name: str  # object name prefix: medications, allergies…
    title: str
    columns: Sequence[Column]
    first_field: str
    placeholder: str
    add_text: str
    empty_text: str
    undo_add: str
    undo_delete: str
    widths: Sequence[int] = ()  # in average characters (0: leave as it is)
    stretch: int | None = None


class ListSection(QGroupBox):
    """One editable list of the summary: the table, a quick-add line, delete with undo."""

    def __init__(self, ctx: JournalContext, spec: ListSpec, owner: QObject) -> None:
        super().__init__(spec.title)
        self.ctx, self.spec, self.owner = ctx, spec, owner
        self.table = journal_rows.table_name(spec.cls)
        self.setObjectName(f"{spec.name}Section")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(4)
        self.model = RowTableModel(spec.columns, on_edit=self._edit, parent=self)
        self.view, self.proxy = table_view(
            self.model,
            f"{spec.name}View",
            spec.title,
            stretch_column=spec.stretch,
            on_delete=self.delete_selected,
        )
        # The stored order until the person clicks a header.
        self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        set_column_widths(self.view, {i: count for i, count in enumerate(spec.widths) if count})
        self.view.setMinimumHeight(self.view.verticalHeader().defaultSectionSize() * 3 + 28)
        self.empty = EmptyState(self.view, spec.empty_text)
        ctx.register_flush(lambda: commit_open_editor(self.view))
        self.model.edit_failed.connect(lambda m: show_error(self.error, m))
        self.model.edited.connect(lambda: show_error(self.error, None))
        layout.addWidget(self.view, 1)
        self.error = error_label()
        layout.addWidget(self.error)
        row = QHBoxLayout()
        self.new = QLineEdit()
        self.new.setObjectName(f"new_{spec.name}")
        self.new.setPlaceholderText(spec.placeholder)
        self.new.setAccessibleName(spec.placeholder.rstrip("…"))
        self.new.setMaxLength(1_000_000)
        self.new.returnPressed.connect(self.add)
        self.add_button = QPushButton(spec.add_text)
        self.add_button.setObjectName(f"add_{spec.name}")
        self.add_button.clicked.connect(self.add)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setObjectName(f"delete_{spec.name}")
        self.delete_button.setToolTip(self.tr("Delete the selected rows (Delete); Ctrl+Z undoes"))
        self.delete_button.setAccessibleName(spec.undo_delete)
        self.delete_button.clicked.connect(self.delete_selected)
        row.addWidget(self.new, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.delete_button)
        layout.addLayout(row)

    def reload(self) -> None:
        journal = self.ctx.journal
        found: list[Any] = []
        if journal is not None:
            found = summary_items(journal, self.spec.cls)
        self.model.set_rows(found)
        self.setTitle(f"{self.spec.title} ({len(found)})" if found else self.spec.title)

    def _edit(self, row: Any, field: str, value: Any) -> Any:
        if self.ctx.journal is None:  # an editor closing with the window
            raise FieldError(field, self.tr("The journal is closed; this was not saved."))
        if isinstance(value, str) and field == self.spec.first_field:
            value = value.strip()
        updated = journal_rows.change(self.ctx.journal, self.spec.cls, row.id, **{field: value})
        self.ctx.changed(self.table, self.owner)
        return updated

    def add(self) -> None:
        text = self.new.text().strip()
        try:
            obj = new_summary_item(
                self.ctx.require(), self.spec.cls, **{self.spec.first_field: text}
            )
        except JournalError:
            return  # its place in the list could not be read; nothing was added
        row = add_row(self.ctx, obj, self.spec.undo_add, self.error)
        if row is None:
            return
        self.new.clear()
        self.select(row.id)

    def select(self, key: Any) -> bool:
        return select_row(self.view, self.proxy, self.model, key)

    def delete_selected(self) -> None:
        rows = selected_rows(self.view, self.proxy, self.model)
        if not rows:
            return
        self.ctx.delete_many_with_undo(
            self.spec.cls, [getattr(r, "id", None) for r in rows], self.spec.undo_delete
        )
        show_error(self.error, None)
