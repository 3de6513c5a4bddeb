"""Small helpers for the Records tab's lists: empty states, open editors, the warning icon.

An empty state is painted over an empty list's blank viewport, so it takes no room once there
are rows; the view's accessible description carries the same words for screen readers.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QIcon, QPainter, QPalette
from PySide6.QtWidgets import QAbstractItemDelegate, QAbstractItemView, QApplication, QStyle


class EmptyState(QObject):
    def __init__(self, view: QAbstractItemView, text: str) -> None:
        super().__init__(view)
        self.view = view
        self.text = text
        view.viewport().installEventFilter(self)
        view.setAccessibleDescription(text)

    def set_text(self, text: str) -> None:
        self.text = text
        self.view.setAccessibleDescription(text)
        self.view.viewport().update()

    def _empty(self) -> bool:
        model = self.view.model()
        return model is None or model.rowCount() == 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._empty() and self.text:
            viewport = self.view.viewport()
            painter = QPainter(viewport)
            color = viewport.palette().color(QPalette.ColorRole.PlaceholderText)
            painter.setPen(color)
            font = painter.font()
            font.setItalic(True)
            painter.setFont(font)
            area = QRect(viewport.rect()).adjusted(12, 8, -12, -8)
            painter.drawText(
                area,
                int(Qt.AlignmentFlag.AlignCenter) | Qt.TextFlag.TextWordWrap,
                self.text,
            )
            painter.end()
            return True
        return False


def warning_icon() -> QIcon:
    return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)


def commit_open_editor(view: QAbstractItemView) -> None:
    """Save what is typed in a cell editor now (before the journal closes or changes)."""
    if view.state() != QAbstractItemView.State.EditingState:
        return
    editor = view.indexWidget(view.currentIndex())
    if editor is not None:
        delegate = view.itemDelegate()
        delegate.commitData.emit(editor)
        delegate.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)


def counted(n: int, one: str, many: str) -> str:
    """``one`` for a single thing, ``many`` with %n replaced otherwise.

    Both come through tr() at the call site, so languages with other plural rules translate
    ``many`` with Qt's numerus forms; English reads right without a translation file.
    """
    return one if n == 1 else many.replace("%n", str(n))
