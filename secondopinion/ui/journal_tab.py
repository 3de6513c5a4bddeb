"""What the journal tabs share: the tables a tab can show, and finding one row in a filtered view.

``main_tabs`` routes "show this row" (search results, links between tabs) to the tab whose
``handles`` names the row's table, through the ``JournalTab`` protocol.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol, runtime_checkable

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QSplitter, QWidget

from secondopinion.ui.context import JournalContext
from secondopinion.ui.table_model import RowTableModel


@runtime_checkable
class JournalTab(Protocol):
    handles: tuple[str, ...]  # the tables whose rows this tab can show

    def show_item(self, table: str, key: int) -> None:
        """Show row ``key`` of ``table``: select it, and make it visible if a filter hid it."""


def proxy_index(proxy: QSortFilterProxyModel, model: RowTableModel, key: Any) -> QModelIndex:
    """Where row ``key`` of ``model`` is in the sorted, filtered ``proxy`` (invalid: not shown)."""
    position = model.position_of(key)
    if position is None:
        return QModelIndex()
    return proxy.mapFromSource(model.index(position, 0))


def select_row(
    view: QAbstractItemView,
    proxy: QSortFilterProxyModel,
    model: RowTableModel,
    key: Any,
    *,
    focus: bool = False,
) -> bool:
    """Make row ``key`` current in ``view`` and scroll to it; False when it is not shown."""
    index = proxy_index(proxy, model, key)
    if not index.isValid():
        return False
    view.setCurrentIndex(index)
    view.scrollTo(index)
    if focus:
        view.setFocus()
    return True


def select_else_unfilter(select: Callable[[], bool], *unfilters: Callable[[], None]) -> bool:
    """``select()``; when a filter hides the row, lift the filters one by one and try again."""
    if select():
        return True
    for unfilter in unfilters:
        unfilter()
        if select():
            return True
    return False


def follow_journal(
    ctx: JournalContext, on_switch: Callable[[], None], on_data: Callable[[str, object], None]
) -> None:
    """Call ``on_switch`` when another journal or concern is shown, ``on_data`` on changes."""
    ctx.journal_changed.connect(on_switch)
    ctx.concern_changed.connect(on_switch)
    ctx.data_changed.connect(on_data)


def side_by_side(tab: QWidget) -> QSplitter:
    """The tab's panes, side by side in a splitter that never collapses one of them."""
    outer = QHBoxLayout(tab)
    outer.setContentsMargins(6, 6, 6, 6)
    splitter = QSplitter(Qt.Orientation.Horizontal)
    splitter.setChildrenCollapsible(False)
    outer.addWidget(splitter)
    return splitter
