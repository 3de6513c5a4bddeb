"""What the Doctors, Questions and Visits tabs share: a list beside a detail pane.

A ``ListDetail`` keeps one row "current" by its id across reloads, filters and sorting, so that
a reload caused by the detail form's own save never swaps the form out from under the person
typing in it. The undo commands these tabs use (``AddCommand``, ``FunctionCommand``) live with
the others in ``ui.context``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QTableView, QWidget

from secondopinion.ui.journal_tab import proxy_index
from secondopinion.ui.table_model import RowSortProxy, RowTableModel


def align_labels(layouts: list[QFormLayout]) -> None:
    """Give the captions of several forms stacked in one column the same width, so their
    fields line up."""
    captions = []
    for layout in layouts:
        for row in range(layout.rowCount()):
            item = layout.itemAt(row, QFormLayout.ItemRole.LabelRole)
            if item is not None and item.widget() is not None:
                captions.append(item.widget())
    width = max((c.sizeHint().width() for c in captions), default=0)
    for caption in captions:
        caption.setMinimumWidth(width)


def filter_edit(proxy: RowSortProxy, placeholder: str, accessible: str, name: str) -> QLineEdit:
    """A line that filters ``proxy`` on every column's text as the person types."""
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setPlaceholderText(placeholder)
    edit.setAccessibleName(accessible)
    edit.setClearButtonEnabled(True)
    edit.textChanged.connect(proxy.setFilterFixedString)
    return edit


def filter_row(caption: str, edit: QLineEdit, *after: QWidget) -> QHBoxLayout:
    """The row above a list: ``caption`` (the edit's buddy), the filter ``edit`` taking the
    room, then ``after`` (a box widening what the list shows, buttons)."""
    label = QLabel(caption)
    label.setBuddy(edit)
    row = QHBoxLayout()
    row.addWidget(label)
    row.addWidget(edit, 1)
    for widget in after:
        row.addWidget(widget)
    return row


class ListDetail(QObject):
    """Tracks the current row of ``view`` by id; ``current_changed(id | None)`` when it moves."""

    current_changed = Signal(object)

    def __init__(
        self, view: QTableView, proxy: RowSortProxy, model: RowTableModel, parent: QObject
    ) -> None:
        super().__init__(parent)
        self.view, self.proxy, self.model = view, proxy, model
        self.key: Any = None
        self._quiet = False
        view.selectionModel().currentRowChanged.connect(self._moved)

    def _moved(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._quiet or not current.isValid():
            return  # a reset or a filter hid the row: keep showing what was shown
        row = self.model.row_at(self.proxy.mapToSource(current))
        if row.id != self.key:
            self.key = row.id
            self.current_changed.emit(self.key)

    def current(self) -> Any:
        position = self.model.position_of(self.key)
        return None if position is None else self.model.rows[position]

    def set_rows(self, rows: list[Any]) -> None:
        """New rows; the current one stays current if it still exists (even if filtered out).

        When it went (deleted, or another concern), the row now in its place becomes current.
        """
        before = self._proxy_row()
        self._quiet = True
        try:
            self.model.set_rows(rows)
        finally:
            self._quiet = False
        if self.model.position_of(self.key) is None:
            self.select_near(max(before, 0))
        else:
            self.reselect()

    def _proxy_row(self) -> int:
        return proxy_index(self.proxy, self.model, self.key).row()

    def reselect(self) -> None:
        """Show the current row selected again (after a reset, sort or filter change)."""
        index = proxy_index(self.proxy, self.model, self.key)
        if not index.isValid():
            return
        self._quiet = True
        try:
            self.view.setCurrentIndex(index)
            self.view.selectRow(index.row())
        finally:
            self._quiet = False
        self.view.scrollTo(index)

    def select(self, key: Any) -> bool:
        """Make ``key`` current and selected; False when it is not in the (filtered) view."""
        if not proxy_index(self.proxy, self.model, key).isValid():
            return False
        if key != self.key:
            self.key = key
            self.current_changed.emit(key)
        self.reselect()
        return True

    def select_first(self) -> None:
        if self.proxy.rowCount() > 0:
            index = self.proxy.index(0, 0)
            self.select(self.model.row_at(self.proxy.mapToSource(index)).id)
        elif self.key is not None:
            self.key = None
            self.current_changed.emit(None)

    def select_near(self, proxy_row: int) -> None:
        """After a delete: the row that took the deleted one's place, or the one before it."""
        count = self.proxy.rowCount()
        if count == 0:
            if self.key is not None:
                self.key = None
                self.current_changed.emit(None)
            return
        index = self.proxy.index(min(proxy_row, count - 1), 0)
        self.select(self.model.row_at(self.proxy.mapToSource(index)).id)
