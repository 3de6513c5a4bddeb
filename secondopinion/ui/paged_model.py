"""Long lists read a page at a time, in the order and with the filter the query gives them.

``PagedRowModel`` is a ``RowTableModel`` whose rows come from a ``fetch(offset, limit)`` callable
(a service function over SQL): it holds the first page and reads more as the view scrolls to
them (Qt's ``canFetchMore``/``fetchMore``), so a list of 100,000 rows costs what its first screen
costs. ``QuerySortProxy`` hands a click on a column header to the query instead of sorting rows
in Python: the view keeps its sort indicator, the rows come back sorted from SQL.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Qt

from secondopinion.ui.table_model import Column, Index, RowSortProxy, RowTableModel

PAGE = 200


class PagedRowModel(RowTableModel):
    def __init__(
        self,
        columns: Sequence[Column],
        on_edit: Callable[[Any, str, Any], Any] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(columns, on_edit=on_edit, parent=parent)
        self.fetch: Callable[[int, int], Sequence[Any]] = lambda _offset, _limit: []
        self.total = 0

    def set_source(self, fetch: Callable[[int, int], Sequence[Any]], total: int) -> None:
        """Show the rows ``fetch`` gives (``total`` of them), starting with the first page."""
        self.fetch, self.total = fetch, total
        super().set_rows(fetch(0, PAGE))

    def set_rows(self, rows: Sequence[Any]) -> None:
        """Show exactly ``rows`` (no more pages to read)."""
        self.fetch, self.total = (lambda _offset, _limit: []), len(rows)
        super().set_rows(rows)

    def insert_row(self, position: int, row: Any) -> None:
        """Show ``row``, just added to the list, at ``position`` (the rest move down one)."""
        self.beginInsertRows(QModelIndex(), position, position)
        self.rows.insert(position, row)
        self.total += 1
        self.endInsertRows()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self.rows) < self.total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        more = list(self.fetch(len(self.rows), PAGE))
        if not more:
            self.total = len(self.rows)  # the list shrank meanwhile
            return
        first = len(self.rows)
        self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
        self.rows.extend(more)
        self.endInsertRows()

    def load_through(self, position: int) -> None:
        """Read pages until row ``position`` is loaded (or the list ends)."""
        while len(self.rows) <= position and self.canFetchMore():
            before = len(self.rows)
            self.fetchMore()
            if len(self.rows) == before:
                break


class QuerySortProxy(RowSortProxy):
    """Passes sort requests to ``resort(column, descending)``; keeps the source's order."""

    def __init__(self, resort: Callable[[int, bool], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.resort = resort
        self.sorted_by: tuple[int, bool] = (0, True)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if column < 0:
            return
        self.sorted_by = (column, order == Qt.SortOrder.DescendingOrder)
        self.resort(*self.sorted_by)
