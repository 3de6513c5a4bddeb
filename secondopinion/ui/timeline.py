"""The concern's timeline: visits, treatment changes and record milestones in date order.

A list model over ``services.opinion_grid.timeline`` events and a list view that opens the event's
row in its own tab (Enter or double-click).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

from secondopinion import i18n
from secondopinion.services.opinion_grid import TimelineEvent
from secondopinion.ui import labels

Index = QModelIndex | QPersistentModelIndex
EVENT_ROLE = Qt.ItemDataRole.UserRole

# A glyph per kind of event, so the list can be scanned without reading every line.
_GLYPHS = {
    "diagnosis": "◆",
    "visit": "●",
    "treatment": "✚",
    "requested": "→",
    "received": "✓",
    "due": "⌛",
}


def tr(text: str) -> str:
    return QCoreApplication.translate("Timeline", text)


def describe(event: TimelineEvent) -> str:
    """One line saying what happened, in the person's language."""
    kind = event.kind
    if kind == "diagnosis":
        text = tr("Original diagnosis: {what}").format(what=event.title or "—")
        return text + (f" ({event.detail})" if event.detail else "")
    if kind == "visit":
        what = labels.label("visit_kind", event.detail)
        return f"{what} · {event.title}" if event.title else what
    if kind == "treatment":
        return tr("Treatment: {what}").format(what=event.title)
    record = labels.label("record_kind", event.detail)
    source = event.title or tr("unknown source")
    if kind == "requested":
        return tr("{record} requested from {source}").format(record=record, source=source)
    if kind == "received":
        return tr("{record} received from {source}").format(record=record, source=source)
    text = tr("{record} due from {source}").format(record=record, source=source)
    return text + (" · " + tr("overdue") if event.overdue else "")


class TimelineModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.events: list[TimelineEvent] = []
        self.compared: set[int] = set()  # visits currently in the grid, shown in bold

    def set_events(self, events: Sequence[TimelineEvent], compared: Sequence[int] = ()) -> None:
        self.beginResetModel()
        self.events = list(events)
        self.compared = set(compared)
        self.endResetModel()

    def set_compared(self, compared: Sequence[int]) -> None:
        self.compared = set(compared)
        if self.events:
            self.dataChanged.emit(self.index(0), self.index(len(self.events) - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.events)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        event = self.events[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            glyph = _GLYPHS.get(event.kind, "·")
            return f"{i18n.words().date(event.on)}  {glyph} {describe(event)}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{i18n.words().date(event.on)}: {describe(event)}"
        if role == Qt.ItemDataRole.FontRole and (
            event.overdue or (event.kind == "visit" and event.row_id in self.compared)
        ):
            font = QFont()
            font.setBold(True)
            return font
        if role == EVENT_ROLE:
            return event
        return None


class TimelineView(QListView):
    """Enter or double-click opens the event's entry in its tab."""

    activated_event = Signal(object)  # TimelineEvent

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timelineView")
        self.setWordWrap(True)
        self.setUniformItemSizes(False)
        self.setAlternatingRowColors(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.doubleClicked.connect(self._open)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._open(self.currentIndex())
            return
        super().keyPressEvent(event)

    def _open(self, index: QModelIndex) -> None:
        event = index.data(EVENT_ROLE)
        if isinstance(event, TimelineEvent):
            self.activated_event.emit(event)
