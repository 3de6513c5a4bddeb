"""A list that keeps its rows sorted itself, in one pass of Python's sort, instead of a proxy that
calls a Python ``lessThan`` n·log n times from C++.

A ``QSortFilterProxyModel`` sorting 1,000 rows calls back into Python about 8,000 times for
``lessThan`` and twice as often for the indexes it compares; the callbacks, not the comparisons,
are the cost. ``SortedRowModel`` reads each row's sort value once and sorts the rows with
``sorted``; the view's ``QuerySortProxy`` hands header clicks to it and only filters. The order is
exactly the proxy's: a stable sort on the same raw values (``table_model._sort_key``), compared
the way ``RowSortProxy.lessThan`` compares them, ties in the rows' own order whichever way it
goes (``tests/ui/test_table_sort.py`` holds the two equal).

It suits lists whose rows change by reload, not by editing a cell in place: an edited row stays
where it is until the next sort or reload.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QObject

from secondopinion.ui.table_model import Column, RowTableModel, _sort_key


def _less(a: Any, b: Any) -> bool:
    """``RowSortProxy.lessThan`` on two sort values."""
    try:
        return bool(a < b)
    except TypeError:
        return str(a) < str(b)


def sorted_order(keys: Sequence[Any], descending: bool) -> list[int]:
    """The positions of ``keys`` in the order a stable sort with ``_less`` gives them."""
    positions = range(len(keys))
    try:  # values of one kind: Python compares them directly, the same way
        return sorted(positions, key=keys.__getitem__, reverse=descending)
    except TypeError:

        def compare(i: int, j: int) -> int:
            return -1 if _less(keys[i], keys[j]) else (1 if _less(keys[j], keys[i]) else 0)

        return sorted(positions, key=functools.cmp_to_key(compare), reverse=descending)


class SortedRowModel(RowTableModel):
    """A ``RowTableModel`` keeping its rows in the order of ``sorted_by`` (column, descending)."""

    def __init__(
        self,
        columns: Sequence[Column],
        on_edit: Callable[[Any, str, Any], Any] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(columns, on_edit=on_edit, parent=parent)
        self.sorted_by: tuple[int, bool] | None = None

    def _order(self, rows: Sequence[Any]) -> list[int]:
        if self.sorted_by is None:
            return list(range(len(rows)))
        column, descending = self.sorted_by
        value = self.columns[column].value
        return sorted_order([_sort_key(value(r)) for r in rows], descending)

    def set_rows(self, rows: Sequence[Any]) -> None:
        rows = list(rows)
        super().set_rows([rows[i] for i in self._order(rows)])

    def sort_rows(self, column: int, descending: bool) -> None:
        """Sort by ``column`` now; selections and the current row follow their rows."""
        self.sorted_by = (column, descending)
        if not self.rows:
            return
        self.layoutAboutToBeChanged.emit()
        order = self._order(self.rows)
        moved_to = {old: new for new, old in enumerate(order)}
        before = self.persistentIndexList()
        after = [self.index(moved_to[p.row()], p.column()) for p in before]
        self.rows = [self.rows[i] for i in order]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()
