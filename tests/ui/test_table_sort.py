"""The sort proxy reads each row's sort value once per sort, and sorts exactly as before; a list
that sorts its own rows (``SortedRowModel``) gives the proxy's order."""

from __future__ import annotations

import functools
import random
from dataclasses import dataclass
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt

from secondopinion.ui.paged_model import QuerySortProxy
from secondopinion.ui.sorted_rows import SortedRowModel
from secondopinion.ui.table_model import Column, RowSortProxy, RowTableModel, _sort_key


@dataclass
class Item:
    id: int
    name: str
    due: date | None
    score: int | None


def _items(n: int, seed: int) -> list[Item]:
    rng = random.Random(seed)
    names = ["Émile", "emile", "Zoë", "zoe", "ß", "ss", "Anna", "anna", "", "ǅemal"]
    return [
        Item(
            i,
            rng.choice(names),
            rng.choice([None, date(2026, 1, rng.randint(1, 5))]),
            rng.choice([None, 1, 2, 3]),  # None sorts as "": mixed with ints, compared as text
        )
        for i in range(n)
    ]


COLUMNS = [
    Column("Name", lambda r: r.name),
    Column("Due", lambda r: r.due),
    Column("Score", lambda r: r.score),
]


def _old_less(a: Any, b: Any) -> bool:
    """What ``lessThan`` has always done with two sort values."""
    try:
        return bool(a < b)
    except TypeError:
        return str(a) < str(b)


def _expected(rows: list[Item], column: int, descending: bool) -> list[int]:
    """A stable sort with the old comparison (Qt's sort is stable; descending keeps ties in
    their order too)."""
    keys = {r.id: _sort_key(COLUMNS[column].value(r)) for r in rows}

    def compare(a: Item, b: Item) -> int:
        x, y = (keys[b.id], keys[a.id]) if descending else (keys[a.id], keys[b.id])
        return -1 if _old_less(x, y) else (1 if _old_less(y, x) else 0)

    return [r.id for r in sorted(rows, key=functools.cmp_to_key(compare))]


def _shown(proxy: RowSortProxy, model: RowTableModel) -> list[int]:
    return [model.row_at(proxy.mapToSource(proxy.index(r, 0))).id for r in range(proxy.rowCount())]


@pytest.mark.parametrize("column", [0, 1, 2])
@pytest.mark.parametrize("descending", [False, True])
def test_sorting_gives_the_old_order_and_reads_each_value_once(
    qapp: Any, column: int, descending: bool
) -> None:
    reads: list[int] = []
    columns = list(COLUMNS)
    value = columns[column].value

    def counted(row: Item) -> Any:
        reads.append(1)
        return value(row)

    columns[column] = Column(columns[column].title, counted)
    model = RowTableModel(columns)
    proxy = RowSortProxy()
    proxy.setSourceModel(model)
    order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
    proxy.sort(column, order)

    rows = _items(400, seed=column * 2 + descending)
    model.set_rows(rows)  # a reset: the proxy sorts the new rows
    assert _shown(proxy, model) == _expected(rows, column, descending)
    assert len(reads) == len(rows)  # once per row, not twice per comparison

    reads.clear()
    other = Qt.SortOrder.AscendingOrder if descending else Qt.SortOrder.DescendingOrder
    proxy.sort(column, other)  # a click on the header
    assert _shown(proxy, model) == _expected(rows, column, not descending)
    assert len(reads) == len(rows)

    # After the sort, a changed row moves to its new place (values are read afresh).
    proxy.sort(column, order)
    moved = rows[0]
    changed = Item(moved.id, "Ångström", date(2026, 1, 9), 0)
    model.replace_row(0, changed)
    rows[0] = changed
    assert _shown(proxy, model) == _expected(rows, column, descending)


@pytest.mark.parametrize("column", [0, 1, 2])
@pytest.mark.parametrize("descending", [False, True])
def test_a_list_sorted_by_itself_is_in_the_proxys_order(
    qapp: Any, column: int, descending: bool
) -> None:
    """The old way (the proxy sorting) is the oracle, on rows with ties, case, accents and
    values of mixed kinds; then a header click, then new rows, keep the two equal."""
    old_model = RowTableModel(COLUMNS)
    old = RowSortProxy()
    old.setSourceModel(old_model)
    new_model = SortedRowModel(COLUMNS)
    new = QuerySortProxy(new_model.sort_rows)
    new.setSourceModel(new_model)
    order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
    for proxy in (old, new):
        proxy.sort(column, order)
    rows = _items(500, seed=10 + column * 2 + descending)
    old_model.set_rows(rows)
    new_model.set_rows(rows)
    assert _shown(new, new_model) == _shown(old, old_model) == _expected(rows, column, descending)
    # The rows are in order in the model itself: the proxy passes them through.
    assert [r.id for r in new_model.rows] == _shown(new, new_model)

    other = Qt.SortOrder.AscendingOrder if descending else Qt.SortOrder.DescendingOrder
    current = new.index(7, 0)
    kept = new_model.row_at(new.mapToSource(current)).id
    selection = QItemSelectionModel(new)
    selection.setCurrentIndex(current, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    for proxy in (old, new):
        proxy.sort(2 - column, other)
    assert _shown(new, new_model) == _shown(old, old_model)
    # The current row is still the same row after the sort.
    assert new_model.row_at(new.mapToSource(selection.currentIndex())).id == kept

    fewer = rows[::3]
    old_model.set_rows(fewer)
    new_model.set_rows(fewer)
    assert _shown(new, new_model) == _shown(old, old_model)
