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


PAGE = 100  # events laid out at first; more as the list scrolls to them


class TimelineModel(QAbstractListModel):
    """The events, of which the view is given a page at a time (``canFetchMore``): a concern
    with 1,500 events costs, when shown, the word-wrapped lines of its first page."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.events: list[TimelineEvent] = []
        self.shown = 0  # the first ``shown`` events are rows of the model
        self.lines: dict[int, tuple[str, str]] = {}  # row -> (display, accessible) text
        self.compared: set[int] = set()  # visits currently in the grid, shown in bold

    def set_events(self, events: Sequence[TimelineEvent], compared: Sequence[int] = ()) -> None:
        self.beginResetModel()
        self.events = list(events)
        self.shown = min(PAGE, len(self.events))
        self.lines = {}
        self.compared = set(compared)
        self.endResetModel()

    def set_compared(self, compared: Sequence[int]) -> None:
        self.compared = set(compared)
        if self.shown:
            self.dataChanged.emit(self.index(0), self.index(self.shown - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.shown

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self.shown < len(self.events)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        last = min(self.shown + PAGE, len(self.events))
        self.beginInsertRows(QModelIndex(), self.shown, last - 1)
        self.shown = last
        self.endInsertRows()

    def _lines(self, row: int) -> tuple[str, str]:
        found = self.lines.get(row)
        if found is None:
            event = self.events[row]
            day, what = i18n.words().date(event.on), describe(event)
            glyph = _GLYPHS.get(event.kind, "·")
            found = self.lines[row] = (f"{day}  {glyph} {what}", f"{day}: {what}")
        return found

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self.shown:
            return None
        event = self.events[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._lines(index.row())[0]
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._lines(index.row())[1]
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
