"""A test's values over time, with its reference range as a band; and the small trend line.

Drawn with QPainter in the palette's colours. Values outside the range are drawn as hollow
squares (not by colour alone) and the band is labelled with its bounds.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from secondopinion.services.results import ResultRow as Result

RAW_ROLE = Qt.ItemDataRole.UserRole
LINE = QColor("#0072B2")
BAND = QColor(0, 158, 115, 60)  # Okabe–Ito green, translucent


def tr(text: str, disambiguation: str = "", n: int = -1) -> str:
    return QCoreApplication.translate("ResultChart", text, disambiguation or None, n)


class ResultChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resultChart")
        self.setAccessibleName(tr("Values over time"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.results: list[Result] = []
        self.title = ""

    def sizeHint(self) -> QSize:
        h = self.fontMetrics().height()
        return QSize(h * 30, h * 14)

    def minimumSizeHint(self) -> QSize:
        h = self.fontMetrics().height()
        return QSize(h * 14, h * 8)

    def set_results(self, title: str, results: Sequence[Result]) -> None:
        self.title = title
        self.results = [r for r in results if r.value is not None and r.taken_at is not None]
        unit = next((r.unit for r in reversed(self.results) if r.unit), "")
        self.setAccessibleDescription(
            tr("%1: %n values", "", len(self.results)).replace("%1", title)
            + (f" ({unit})" if unit else "")
        )
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        text = pal.color(QPalette.ColorRole.WindowText)
        fm = self.fontMetrics()
        h = fm.height()
        area = QRectF(self.rect()).adjusted(
            fm.horizontalAdvance("00000.0") + 8, h * 1.6, -h, -h * 2
        )
        p.setPen(text)
        title = self.title
        latest = self.results[-1] if self.results else None
        if latest is not None and latest.unit:
            title += f" ({latest.unit})"
        p.drawText(QRectF(0, 0, self.width(), h * 1.4), Qt.AlignmentFlag.AlignCenter, title)
        if not self.results:
            p.drawText(area, Qt.AlignmentFlag.AlignCenter, tr("No numeric values to chart yet"))
            return
        values = [r.value for r in self.results if r.value is not None]
        low = latest.range_low if latest is not None else None
        high = latest.range_high if latest is not None else None
        lo = min([*values, *(v for v in (low,) if v is not None)])
        hi = max([*values, *(v for v in (high,) if v is not None)])
        if hi == lo:
            hi, lo = hi + 1, lo - 1
        pad = (hi - lo) * 0.1
        lo, hi = lo - pad, hi + pad
        times = [r.taken_at for r in self.results if r.taken_at is not None]
        t0, t1 = min(times), max(times)
        span = (t1 - t0).total_seconds() or 1.0

        def x_of(when: datetime) -> float:
            if t0 == t1:
                return area.center().x()
            return area.left() + (when - t0).total_seconds() / span * area.width()

        def y_of(v: float) -> float:
            return area.bottom() - (v - lo) / (hi - lo) * area.height()

        # the reference range as a band, labelled with its bounds
        if low is not None or high is not None:
            top = y_of(high) if high is not None else area.top()
            bottom = y_of(low) if low is not None else area.bottom()
            p.fillRect(QRectF(area.left(), top, area.width(), bottom - top), BAND)
            p.setPen(QPen(text, 1, Qt.PenStyle.DotLine))
            for bound in (low, high):
                if bound is not None:
                    p.drawLine(
                        QPointF(area.left(), y_of(bound)), QPointF(area.right(), y_of(bound))
                    )
            label = tr("reference range")
            p.drawText(QPointF(area.left() + 4, (top if high is not None else bottom) - 3), label)
        # axes and their labels
        p.setPen(text)
        p.drawLine(area.bottomLeft(), area.bottomRight())
        p.drawLine(area.bottomLeft(), area.topLeft())
        for v in (lo + pad, (lo + hi) / 2, hi - pad):
            p.drawText(
                QRectF(0, y_of(v) - h / 2, area.left() - 4, h),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                f"{v:.4g}",
            )
        label_width = fm.horizontalAdvance("0000-00-00") + 4
        for when, align in ((t0, Qt.AlignmentFlag.AlignLeft), (t1, Qt.AlignmentFlag.AlignRight)):
            x = x_of(when)
            left = x - label_width / 2
            left = min(max(left, 0.0), self.width() - label_width)
            p.drawText(
                QRectF(left, area.bottom() + 2, label_width, h), align, when.date().isoformat()
            )
            if t0 == t1:
                break
        # the values: a line, round points inside the range, hollow squares outside it
        points = [
            QPointF(x_of(r.taken_at), y_of(r.value))
            for r in self.results
            if r.taken_at and r.value is not None
        ]
        p.setPen(QPen(LINE, 2))
        p.drawPolyline(QPolygonF(points))
        radius = max(3.0, h / 4)
        for r, point in zip(self.results, points, strict=True):
            assert r.value is not None
            outside = (r.range_high is not None and r.value > r.range_high) or (
                r.range_low is not None and r.value < r.range_low
            )
            if outside:
                p.setBrush(pal.color(QPalette.ColorRole.Base))
                p.setPen(QPen(text, 2))
                p.drawRect(QRectF(point.x() - radius, point.y() - radius, radius * 2, radius * 2))
            else:
                p.setBrush(LINE)
                p.setPen(QPen(LINE, 1))
                p.drawEllipse(point, radius, radius)


class TrendDelegate(QStyledItemDelegate):
    """Draws the tuple of numbers under ``RAW_ROLE`` as a small line (the Results page's trend)."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        super().paint(painter, option, index)
        values = index.data(RAW_ROLE)
        if not isinstance(values, tuple | list) or len(values) < 2:
            return
        rect = QRectF(option.rect).adjusted(4, 4, -4, -4)  # type: ignore[attr-defined]
        lo, hi = min(values), max(values)
        span = (hi - lo) or 1.0
        step = rect.width() / (len(values) - 1)
        points = [
            QPointF(rect.left() + i * step, rect.bottom() - (v - lo) / span * rect.height())
            for i, v in enumerate(values)
        ]
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(option.palette.color(QPalette.ColorRole.Text), 1.5))  # type: ignore[attr-defined]
        painter.drawPolyline(QPolygonF(points))
        painter.restore()
