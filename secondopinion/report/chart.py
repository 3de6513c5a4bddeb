"""The severity-over-time chart: one line per symptom (daily mean), treatment changes marked.

The drawing holds only numbers and dates; symptom names and change descriptions are typed text,
so the legend beneath it is set as Paragraphs (escaped, any script) by the section code.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine, Rect, String
from reportlab.lib.colors import white

from secondopinion.domain import chart_axis
from secondopinion.i18n import Words
from secondopinion.report.data import SymptomItem, TreatmentChangeItem
from secondopinion.report.fonts import BOLD, REGULAR
from secondopinion.report.styles import FAINT_RULE, INK, MUTED, RULE, SERIES, WARN

MAX_SERIES = len(SERIES)
SEVERITY_MAX = 10


@dataclass(frozen=True)
class Series:
    symptom: str
    points: tuple[tuple[date, float], ...]  # (day, mean severity that day)


def daily_series(entries: Sequence[SymptomItem]) -> tuple[list[Series], int]:
    """The most-recorded symptoms as daily means, and how many symptoms were left out."""
    counts = Counter(e.symptom for e in entries)
    chosen = [name for name, _ in counts.most_common(MAX_SERIES)]
    by_day: dict[str, dict[date, list[int]]] = defaultdict(lambda: defaultdict(list))
    for e in entries:
        if e.symptom in chosen:
            by_day[e.symptom][e.recorded_at.date()].append(e.severity)
    series = [
        Series(name, tuple((d, sum(v) / len(v)) for d, v in sorted(by_day[name].items())))
        for name in chosen
    ]
    return series, max(0, len(counts) - MAX_SERIES)


def severity_chart(
    series: Sequence[Series],
    changes: Sequence[TreatmentChangeItem],
    width: float,
    words: Words,
    height: float = 150,
) -> Drawing:
    """The chart as a ReportLab drawing ``width`` points wide."""
    drawing = Drawing(width, height)
    drawing.initialFontName = REGULAR  # else the renderer starts in (unembedded) Helvetica
    drawing.initialFontSize = 6.5
    left, right, bottom, top = 26.0, 8.0, 20.0, 16.0
    plot_w, plot_h = width - left - right, height - bottom - top
    days = [d for s in series for d, _ in s.points] + [c.on for c in changes]
    first, last = chart_axis.day_span(days)  # one day alone: the week around it
    span = (last - first).days

    def x(day: date) -> float:
        return left + plot_w * (day - first).days / span

    def y(value: float) -> float:
        return bottom + plot_h * value / SEVERITY_MAX

    drawing.add(
        Rect(left, bottom, plot_w, plot_h, fillColor=None, strokeColor=RULE, strokeWidth=0.5)
    )
    for level in range(0, SEVERITY_MAX + 1, 2):
        if 0 < level < SEVERITY_MAX:
            drawing.add(
                Line(
                    left, y(level), left + plot_w, y(level), strokeColor=FAINT_RULE, strokeWidth=0.5
                )
            )
        drawing.add(
            String(
                left - 4,
                y(level) - 2.5,
                str(level),
                fontName=REGULAR,
                fontSize=6.5,
                fillColor=MUTED,
                textAnchor="end",
            )
        )
    for tick in chart_axis.date_ticks(first, last, 7):
        drawing.add(Line(x(tick), bottom, x(tick), bottom - 3, strokeColor=RULE, strokeWidth=0.5))
        drawing.add(
            String(
                x(tick),
                bottom - 11,
                words.date(tick),
                fontName=REGULAR,
                fontSize=6.5,
                fillColor=MUTED,
                textAnchor="middle",
            )
        )
    drawing.add(
        String(
            2,
            bottom + plot_h + 6,
            words._("Severity (0–10)"),
            fontName=REGULAR,
            fontSize=6.5,
            fillColor=MUTED,
        )
    )

    for number, change in enumerate(changes, start=1):
        cx = x(change.on)
        drawing.add(
            Line(
                cx,
                bottom,
                cx,
                bottom + plot_h,
                strokeColor=WARN,
                strokeWidth=0.7,
                strokeDashArray=[2, 2],
            )
        )
        drawing.add(Circle(cx, bottom + plot_h + 6, 5, fillColor=WARN, strokeColor=None))
        drawing.add(
            String(
                cx,
                bottom + plot_h + 3.6,
                str(number),
                fontName=BOLD,
                fontSize=6,
                fillColor=white,
                textAnchor="middle",
            )
        )

    for index, s in enumerate(series):
        colour = SERIES[index % len(SERIES)]
        coords: list[float] = []
        for day, value in s.points:
            coords += [x(day), y(value)]
        if len(s.points) == 1:
            drawing.add(Circle(coords[0], coords[1], 1.8, fillColor=colour, strokeColor=None))
        else:
            drawing.add(PolyLine(coords, strokeColor=colour, strokeWidth=1.1, strokeLineJoin=1))
    drawing.add(Line(left, bottom, left + plot_w, bottom, strokeColor=INK, strokeWidth=0.6))
    return drawing
