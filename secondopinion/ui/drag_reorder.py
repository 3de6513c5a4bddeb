"""Reordering rows of a ``RowTableModel`` by drag and drop.

The model hands out the dragged rows' ids as its own mime type; an event filter on the view
turns a drop into "put these ids before/after that row" and calls back, so the store does the
moving and the view simply reloads. Qt's own row moving is never used: the rows belong to the
store, not to the model.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QByteArray, QEvent, QMimeData, QModelIndex, QObject, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QAbstractItemView, QTableView

from secondopinion.ui.table_model import Index, RowSortProxy, RowTableModel

MIME = "application/x-secondopinion-row-ids"


class DraggableRowModel(RowTableModel):
    """A ``RowTableModel`` whose rows can be dragged (by id) and dropped between."""

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid():
            return base | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled
        return base | Qt.ItemFlag.ItemIsDropEnabled

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        ids: list[str] = []
        for index in indexes:
            key = str(self.rows[index.row()].id)
            if key not in ids:
                ids.append(key)
        data = QMimeData()
        data.setData(MIME, QByteArray(",".join(ids).encode()))
        return data


def dragged_ids(data: QMimeData) -> list[int]:
    if not data.hasFormat(MIME):
        return []
    raw = bytes(data.data(MIME).data()).decode()
    return [int(x) for x in raw.split(",") if x.strip().lstrip("-").isdigit()]


class _DropFilter(QObject):
    def __init__(
        self,
        view: QTableView,
        proxy: RowSortProxy,
        model: RowTableModel,
        on_drop: Callable[[list[int], Any, Any], None],
    ) -> None:
        super().__init__(view)
        self.view, self.proxy, self.model, self.on_drop = view, proxy, model, on_drop

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Drop or not isinstance(event, QDropEvent):
            return False
        ids = dragged_ids(event.mimeData())
        if not ids:
            return False
        point = event.position().toPoint()
        index = self.view.indexAt(point)
        before: Any = None
        after: Any = None
        if index.isValid():
            target = self.model.row_at(self.proxy.mapToSource(index)).id
            rect = self.view.visualRect(index)
            if point.y() < rect.center().y():
                before = target
            else:
                after = target
        elif self.proxy.rowCount() > 0:  # below the last row
            last = self.proxy.index(self.proxy.rowCount() - 1, 0)
            after = self.model.row_at(self.proxy.mapToSource(last)).id
        event.setDropAction(Qt.DropAction.CopyAction)  # the view must not remove anything
        event.accept()
        if before not in ids and after not in ids:
            self.on_drop(ids, before, after)
        return True


def enable_drag_reorder(
    view: QTableView,
    proxy: RowSortProxy,
    model: DraggableRowModel,
    on_drop: Callable[[list[int], Any, Any], None],
) -> None:
    """Let the rows of ``view`` be dragged; ``on_drop(ids, before_id, after_id)`` moves them."""
    view.setDragEnabled(True)
    view.setAcceptDrops(True)
    view.setDropIndicatorShown(True)
    view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
    view.setDefaultDropAction(Qt.DropAction.MoveAction)
    view.setDragDropOverwriteMode(False)
    view.viewport().installEventFilter(_DropFilter(view, proxy, model, on_drop))
