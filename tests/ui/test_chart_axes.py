"""The severity chart's axes read sensibly with a single entry or with entries all on one day:
different days under the time axis (the entries in the middle of them), 0 and 10 always on the
severity axis — in the window and in the packet. The tick arithmetic itself is
``domain/chart_axis.py``, tested here without Qt too."""

from __future__ import annotations

import itertools
from datetime import date, datetime, timedelta

import pytest
from PySide6.QtWidgets import QApplication
from reportlab.graphics.shapes import String

from secondopinion import i18n
from secondopinion.domain import chart_axis
from secondopinion.report.chart import Series, severity_chart
from secondopinion.ui.chart import Point, SeverityChart

ONE = [Point(datetime(2026, 11, 20, 9, 30), "Back pain", 6)]
ONE_DAY = [
    Point(datetime(2026, 11, 20, 8, 0), "Back pain", 6),
    Point(datetime(2026, 11, 20, 13, 0), "Back pain", 4),
    Point(datetime(2026, 11, 20, 21, 0), "Headache", 7),
]
WEEKS = [
    Point(datetime(2026, 10, 1) + timedelta(days=3 * i), "Back pain", i % 11) for i in range(20)
]


def shown_chart(qtbot, points: list[Point], width: int = 640, height: int = 300) -> SeverityChart:  # type: ignore[no-untyped-def]
    chart = SeverityChart()
    qtbot.addWidget(chart)
    chart.set_data(points, [])
    chart.resize(width, height)
    chart.show()
    QApplication.processEvents()
    return chart


def split(labels: list[tuple[object, str]]) -> tuple[list[str], list[str]]:
    severities = [text for _, text in labels if text.isdigit()]
    dates = [text for _, text in labels if not text.isdigit()]
    return severities, dates


def _day(label: str) -> date:
    """The day an axis label names (labels are in the window's language: "20 Nov 2026")."""
    words = i18n.words()
    candidates = (date(2026, 9, 1) + timedelta(days=i) for i in range(200))
    return next(d for d in candidates if words.date(d) == label)


@pytest.mark.parametrize("points", [ONE, ONE_DAY, WEEKS], ids=["one entry", "one day", "weeks"])
@pytest.mark.parametrize("size", [(640, 300), (360, 200), (1200, 500)], ids=str)
def test_window_chart_axes(qtbot, points, size) -> None:  # type: ignore[no-untyped-def]
    chart = shown_chart(qtbot, points, *size)
    severities, dates = split(chart.axis_labels())
    assert severities[0] == "0" and severities[-1] == "10", severities
    assert len(dates) >= 2, dates
    assert len(set(dates)) == len(dates), f"the same date twice: {dates}"
    days = [_day(d) for d in dates]
    assert days == sorted(days)
    first, last = min(p.when for p in points), max(p.when for p in points)
    assert days[0] <= last.date() and days[-1] >= first.date(), (days, first, last)


@pytest.mark.parametrize("points", [ONE, ONE_DAY], ids=["one entry", "one day"])
def test_one_day_sits_in_the_middle_of_named_days(qtbot, points) -> None:  # type: ignore[no-untyped-def]
    chart = shown_chart(qtbot, points)
    low, high = chart._time_range()
    assert low < points[0].when and points[-1].when < high
    middle = low + (high - low) / 2
    assert abs(middle - points[0].when) <= timedelta(days=1)
    _, dates = split(chart.axis_labels())
    assert len(set(dates)) >= 3, dates


def test_packet_chart_axes_with_one_entry() -> None:
    words = i18n.words("en")
    day = date(2026, 11, 20)
    drawing = severity_chart([Series("Back pain", ((day, 6.0),))], [], 400, words)
    texts = [s.text for s in drawing.contents if isinstance(s, String)]
    severities = [t for t in texts if t.isdigit()]
    dates = [t for t in texts if not t.isdigit() and t != words._("Severity (0–10)")]
    assert severities[0] == "0" and severities[-1] == "10", texts
    assert len(dates) >= 3 and len(set(dates)) == len(dates), dates
    assert words.date(day) in dates[len(dates) // 2 - 1 : len(dates) // 2 + 2], dates


# --- the arithmetic, without Qt ----------------------------------------------------------------


def test_time_span_pads_one_day_to_a_week() -> None:
    when = datetime(2026, 11, 20, 9, 30)
    low, high = chart_axis.time_span([when])
    assert low == datetime(2026, 11, 17) and high == datetime(2026, 11, 24)
    assert chart_axis.time_span([when, when + timedelta(days=2)]) == (
        when,
        when + timedelta(days=2),
    )
    assert chart_axis.day_span([date(2026, 1, 5)]) == (date(2026, 1, 2), date(2026, 1, 8))


@pytest.mark.parametrize("most", [1, 2, 3, 6, 7, 40])
@pytest.mark.parametrize("days", [0, 1, 2, 6, 13, 400])
def test_date_ticks_are_different_days_within_the_span(most: int, days: int) -> None:
    low = datetime(2026, 3, 1, 10, 0)
    high = low + timedelta(days=days, hours=1)
    ticks = chart_axis.date_ticks(low, high, most)
    assert len(ticks) <= most
    assert len(set(ticks)) == len(ticks) and ticks == sorted(ticks)
    assert all(low <= datetime.combine(t, datetime.min.time()) <= high for t in ticks)
    if days >= 1:
        assert ticks, (low, high)
    steps = {(b - a).days for a, b in itertools.pairwise(ticks)}
    assert len(steps) <= 1  # evenly spaced


def test_severity_ticks_always_show_both_ends() -> None:
    assert chart_axis.severity_ticks(300, 15) == [0, 2, 4, 6, 8, 10]
    assert chart_axis.severity_ticks(60, 15) == [0, 5, 10]
    assert chart_axis.severity_ticks(10, 15) == [0, 10]
