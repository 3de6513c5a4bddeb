"""The severity-over-time chart, drawn in the app with QPainter.

One line per symptom (colour-blind-safe colours, and each line's name in the legend), severity
0–10 on the vertical axis, time on the horizontal one, and treatment changes as dashed vertical
lines with their description, so cause and effect can be read off the same axis.

Long module: the widget, its two sources (a journal's, worked out in ``services.symptom_log``,
and points in memory, decimated here) and the picture it keeps belong together.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QEvent, QLineF, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFontMetrics,
    QHelpEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
    QPolygonF,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from secondopinion import i18n
from secondopinion.domain import chart_axis
from secondopinion.services.symptom_log import ChartSummary, PixelGrid, SeriesSummary

# Okabe–Ito: distinguishable with the common colour-vision deficiencies, on light and dark.
SERIES_COLOURS = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442"]


def tr(text: str, disambiguation: str = "", n: int = -1) -> str:
    return QCoreApplication.translate("SeverityChart", text, disambiguation or None, n)


@dataclass(frozen=True)
class Point:
    when: datetime
    symptom: str
    severity: int


@dataclass(frozen=True)
class Marker:
    when: date
    text: str


Lines = dict[str, list[tuple[float, int]]]  # per symptom, the (x, severity) its line goes through


class ChartSource(Protocol):
    """Where the chart's entries come from: a summary of its lines, and their points at a size."""

    def summary(self) -> ChartSummary: ...

    def lines(self, grid: PixelGrid) -> Lines:
        """Each line's points on ``grid``, left to right, a few per pixel column at most."""

    def add(self, when: datetime, symptom: str, severity: int) -> None:
        """An entry was just added where the source reads (newer than every other by id)."""


class PointsSource:
    """Entries held in memory (a few of them, or a test's): decimated here, in Python."""

    def __init__(self, points: Sequence[Point]) -> None:
        self.series: dict[str, list[Point]] = {}
        for p in sorted(points, key=lambda p: p.when):
            self.series.setdefault(p.symptom, []).append(p)

    def summary(self) -> ChartSummary:
        if not self.series:
            return ChartSummary()
        return ChartSummary(
            tuple(
                SeriesSummary(name, len(pts), pts[0].when, pts[-1].when, pts[-1].severity)
                for name, pts in self.series.items()
            ),
            min(pts[0].when for pts in self.series.values()),
            max(pts[-1].when for pts in self.series.values()),
        )

    def add(self, when: datetime, symptom: str, severity: int) -> None:
        line = self.series.setdefault(symptom, [])
        at = bisect.bisect_right([p.when for p in line], when)  # after those at the same moment
        line.insert(at, Point(when, symptom, severity))

    def lines(self, grid: PixelGrid) -> Lines:
        return {
            name: [
                (x, int(sev)) for x, sev in decimate([(grid.x_of(p.when), p.severity) for p in pts])
            ]
            for name, pts in self.series.items()
        }


def decimate(points: Sequence[tuple[float, float]]) -> list[tuple[float, float]]:
    """A line through ``points`` (sorted by x, in pixels) with at most four points per pixel
    column: the first, the lowest, the highest and the last of the column, in their order.

    Drawn, it looks the same as the full line (each column spans the same values and joins its
    neighbours at the same points), so every spike survives, however many entries share a pixel.
    """
    out: list[tuple[float, float]] = []
    i, n = 0, len(points)
    while i < n:
        column = int(points[i][0])
        j = i
        low = high = i
        while j + 1 < n and int(points[j + 1][0]) == column:
            j += 1
            if points[j][1] < points[low][1]:
                low = j
            elif points[j][1] > points[high][1]:
                high = j
        for k in sorted({i, low, high, j}):
            out.append(points[k])
        i = j + 1
    return out


class SeverityChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("severityChart")
        self.setAccessibleName(tr("Severity over time"))
        self._fit_font()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)
        self.source: ChartSource = PointsSource([])
        self.summary = ChartSummary()
        self.series: dict[str, SeriesSummary] = {}  # in the order of their colours
        self.markers: list[Marker] = []
        self._lines: tuple[PixelGrid, Lines] | None = None  # the last grid asked for, and its lines
        self._version = 0  # counts the data set, for the picture kept by paintEvent
        self._picture: tuple[object, QPixmap] | None = None
        self._marker_x: list[tuple[float, Marker]] = []

    def _fit_font(self) -> None:
        """Room for the legend, the dates and a few severities, in lines of the current font."""
        self.setMinimumHeight(self.fontMetrics().height() * 8 + 4)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._fit_font()
        super().changeEvent(event)

    def sizeHint(self) -> QSize:
        line = self.fontMetrics().height()
        return QSize(line * 28, line * 14)

    def set_data(self, points: Sequence[Point], markers: Sequence[Marker]) -> None:
        """Draw ``points`` (held in memory)."""
        self.set_source(PointsSource(points), markers)

    def set_source(self, source: ChartSource, markers: Sequence[Marker]) -> None:
        """Draw the entries ``source`` gives: their lines are asked for at the size drawn."""
        self.source = source
        self.markers = sorted(markers, key=lambda m: m.when)
        self._show(source.summary())

    def set_markers(self, markers: Sequence[Marker]) -> None:
        """Mark ``markers`` (the treatment changes) on the same entries."""
        self.markers = sorted(markers, key=lambda m: m.when)
        self._version += 1
        self.setAccessibleDescription(self.describe())
        self.update()

    def add(self, point: Point) -> None:
        """``point`` was just added to the source (the newest entry by id): the summary and the
        source's entries take it without reading the journal again; the lines are worked out
        again when next drawn."""
        self.source.add(point.when, point.symptom, point.severity)
        self._show(self.summary.with_entry(point.when, point.symptom, point.severity))

    def _show(self, summary: ChartSummary) -> None:
        self.summary = summary
        self.series = {line.name: line for line in summary.series}
        self._lines = None
        self._version += 1
        self.setAccessibleDescription(self.describe())
        self.update()

    def has_data(self) -> bool:
        return bool(self.series)

    def describe(self) -> str:
        """A text version of the chart for screen readers."""
        if not self.series:
            return tr("No symptom entries yet.")
        parts = []
        for name, line in self.series.items():
            parts.append(
                tr("{name}: %n entries, latest {sev} of 10 on {day}", "", line.count).format(
                    name=name, sev=line.latest_severity, day=i18n.words().date(line.latest_at)
                )
            )
        if self.markers:
            parts.append(tr("%n treatment changes marked", "", len(self.markers)))
        return "; ".join(parts)

    def colour_of(self, symptom: str) -> QColor:
        names = list(self.series)
        index = names.index(symptom) if symptom in names else 0
        return QColor(SERIES_COLOURS[index % len(SERIES_COLOURS)])

    # --- drawing ---------------------------------------------------------------------------

    def _time_range(self) -> tuple[datetime, datetime]:
        ends = [self.summary.first_at, self.summary.last_at]
        times = [t for t in ends if t is not None]
        times += [datetime.combine(m.when, time()) for m in self.markers]
        return chart_axis.time_span(times)

    def _plot_rect(self, fm: QFontMetrics) -> QRectF:
        left = fm.horizontalAdvance("10") + 14
        plot = QRectF(left, fm.height() + 12, self.width() - left - 14, 0)
        plot.setBottom(self.height() - fm.height() * 3 // 2 - 8)  # the dates clear the "0"
        return plot

    @staticmethod
    def _severities(plot: QRectF, fm: QFontMetrics) -> list[int]:
        """Every 2, 5 or 10 points of severity: as close as the font lets labels sit apart."""
        return chart_axis.severity_ticks(plot.height(), fm.height())

    def axis_labels(self) -> list[tuple[QRectF, str]]:
        """Where each severity and each date of the axes is written: never on one another,
        whatever the font size (fewer of them when they would touch)."""
        fm = QFontMetrics(self.font())
        plot = self._plot_rect(fm)
        if not self.series or plot.width() < 40 or plot.height() < 30:
            return []
        labels: list[tuple[QRectF, str]] = []
        for sev in self._severities(plot, fm):
            y = plot.bottom() - plot.height() * sev / 10
            w = fm.horizontalAdvance(str(sev))
            labels.append(
                (QRectF(plot.left() - 6 - w, y - fm.height() / 2, w, fm.height()), str(sev))
            )
        low, high = self._time_range()
        span = (high - low).total_seconds()
        # A date and half again apart, each under its own midnight (a different day each): the
        # first and last are pulled in to stay on the chart. Dates in the window's language.
        words = i18n.words()
        widest = words.date(date(2026, 9, 28))  # the longest month names in most languages
        room = fm.horizontalAdvance(widest) * 3 // 2 + fm.averageCharWidth() * 2
        most = min(7, int(plot.width() // room) + 1)
        for day in chart_axis.date_ticks(low, high, most):
            midnight = datetime.combine(day, time(), tzinfo=low.tzinfo)
            x = plot.left() + plot.width() * (midnight - low).total_seconds() / span
            label = words.date(day)
            w = fm.horizontalAdvance(label)
            left = min(max(0.0, x - w / 2), self.width() - w)
            top = plot.bottom() + fm.height() // 2 + 2
            labels.append((QRectF(left, top, w, fm.height()), label))
        return labels

    def _grid(self, plot: QRectF) -> PixelGrid:
        low, high = self._time_range()
        return PixelGrid(low, (high - low).total_seconds(), plot.left(), plot.width())

    def _line_points(self, plot: QRectF) -> tuple[Lines, list[float]]:
        """The points (x, severity) each symptom's line is drawn through, a few per pixel
        column, and the y of each severity."""
        grid = self._grid(plot)
        if self._lines is None or self._lines[0] != grid:
            self._lines = (grid, self.source.lines(grid))
        lines = self._lines[1]
        return (
            {name: lines.get(name, []) for name in self.series},
            [plot.bottom() - plot.height() * sev / 10 for sev in range(11)],
        )

    def polylines(self, plot: QRectF) -> dict[str, list[QPointF]]:
        """The points each symptom's line is drawn through: a few per pixel column at most."""
        lines, y_of = self._line_points(plot)
        return {name: [QPointF(x, y_of[sev]) for x, sev in line] for name, line in lines.items()}

    def drawn_lines(self) -> dict[str, list[QPointF]]:
        """What ``paintEvent`` draws at the chart's current size (for tests and tools)."""
        plot = self._plot_rect(QFontMetrics(self.font()))
        if not self.series or plot.width() < 40 or plot.height() < 30:
            return {}
        return self.polylines(plot)

    def paintEvent(self, event: QPaintEvent) -> None:
        """Draws from a picture of the chart kept until its data, size, palette or font change:
        a window repainted for another reason does not draw thousands of segments again."""
        ratio = self.devicePixelRatioF()
        key = (
            self.size(),
            ratio,
            self.palette().cacheKey(),
            self.font().key(),
            self._version,
        )
        if self._picture is None or self._picture[0] != key:
            picture = QPixmap(self.size() * ratio)
            picture.setDevicePixelRatio(ratio)
            painter = QPainter(picture)
            self._draw(painter)
            painter.end()
            self._picture = (key, picture)
        QPainter(self).drawPixmap(0, 0, self._picture[1])

    def _draw(self, painter: QPainter) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        text_colour = pal.color(QPalette.ColorRole.WindowText)
        grid = pal.color(QPalette.ColorRole.Mid)
        painter.fillRect(self.rect(), pal.color(QPalette.ColorRole.Base))
        fm = QFontMetrics(self.font())
        if not self.series:
            painter.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(
                self.rect().adjusted(12, 12, -12, -12),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                tr("No symptom entries yet. Add one in the log and it will appear here."),
            )
            return
        plot = self._plot_rect(fm)
        if plot.width() < 40 or plot.height() < 30:
            return
        low, high = self._time_range()
        span = (high - low).total_seconds()

        def x_of(when: datetime) -> float:
            return plot.left() + plot.width() * (when - low).total_seconds() / span

        def y_of(sev: int) -> float:
            return plot.bottom() - plot.height() * sev / 10

        # grid and axes
        for sev in self._severities(plot, fm):
            painter.setPen(QPen(grid, 1))
            painter.drawLine(QPointF(plot.left(), y_of(sev)), QPointF(plot.right(), y_of(sev)))
        painter.setPen(text_colour)
        for rect, label in self.axis_labels():
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, label)
        legend_h = fm.height() + 8

        # treatment changes
        self._marker_x = []
        dash = QPen(text_colour, 1, Qt.PenStyle.DashLine)
        for i, m in enumerate(self.markers):
            x = x_of(datetime.combine(m.when, time()))
            self._marker_x.append((x, m))
            painter.setPen(dash)
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
            painter.setPen(text_colour)
            tag = f"T{i + 1}"
            painter.drawText(QPointF(x + 3, plot.top() + fm.ascent()), tag)

        # one line per symptom: at most four points per pixel column (its first, lowest,
        # highest and last), so a long log draws in time independent of its length and every
        # spike still shows. A line denser than the pixels goes as separate segments: Qt strokes
        # a long zigzag polyline as one self-overlapping outline, many times slower.
        lines, y_at = self._line_points(plot)
        for name, line in lines.items():
            colour = self.colour_of(name)
            painter.setPen(QPen(colour, 2))
            if len(line) > plot.width():  # made straight from the numbers: thousands
                painter.drawLines(
                    [
                        QLineF(x0, y_at[sev0], x1, y_at[sev1])
                        for (x0, sev0), (x1, sev1) in itertools.pairwise(line)
                    ]
                )
            else:
                painter.drawPolyline(QPolygonF([QPointF(x, y_at[sev]) for x, sev in line]))
            if self.series[name].count <= 400:
                painter.setBrush(colour)
                for x, sev in line:
                    painter.drawEllipse(QPointF(x, y_at[sev]), 2.5, 2.5)
                painter.setBrush(Qt.BrushStyle.NoBrush)

        # legend: a swatch and the name of each line
        x = plot.left()
        for name in self.series:
            label = fm.elidedText(name, Qt.TextElideMode.ElideRight, 180)
            w = fm.horizontalAdvance(label) + 26
            if x + w > self.width():
                break
            painter.setPen(QPen(self.colour_of(name), 3))
            painter.drawLine(QPointF(x, legend_h / 2 + 2), QPointF(x + 16, legend_h / 2 + 2))
            painter.setPen(text_colour)
            painter.drawText(QPointF(x + 20, legend_h / 2 + fm.ascent() / 2), label)
            x += w + 8

    def event(self, event: object) -> bool:
        if isinstance(event, QHelpEvent):
            for i, (x, m) in enumerate(self._marker_x):
                if abs(event.pos().x() - x) < 6:
                    QToolTip.showText(
                        event.globalPos(), f"T{i + 1} · {m.when.isoformat()}: {m.text}", self
                    )
                    return True
            QToolTip.hideText()
            return True
        return super().event(event)  # type: ignore[arg-type]
