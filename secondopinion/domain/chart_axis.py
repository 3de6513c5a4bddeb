"""Where the severity chart's axes put their marks: plain dates and numbers, no drawing.

Shared by the chart in the window (``ui/chart.py``) and the one in the packet
(``report/chart.py``), so that both read the same way: a single entry, or entries all on one
day, sit in the middle of a week of named days (not under five copies of one date), every date
on the time axis is a different day, and the severity axis always shows 0 and 10.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta

SEVERITY_MAX = 10
PAD_DAYS = 3  # days shown each side of a chart whose entries are all on one day


def time_span(times: Sequence[datetime]) -> tuple[datetime, datetime]:
    """The stretch of time the axis shows: first to last, or the week around their one day."""
    if not times:
        raise ValueError("a chart needs at least one moment")
    low, high = min(times), max(times)
    if low.date() == high.date():
        day = datetime.combine(low.date(), time(), tzinfo=low.tzinfo)
        return day - timedelta(days=PAD_DAYS), day + timedelta(days=PAD_DAYS + 1)
    return low, high


def day_span(days: Sequence[date]) -> tuple[date, date]:
    """As ``time_span``, for charts that plot whole days (one point a day)."""
    if not days:
        raise ValueError("a chart needs at least one day")
    low, high = min(days), max(days)
    if low == high:
        return low - timedelta(days=PAD_DAYS), high + timedelta(days=PAD_DAYS)
    return low, high


def date_ticks(low: datetime | date, high: datetime | date, most: int) -> list[date]:
    """At most ``most`` different days from ``low`` to ``high``, a whole number of days apart.

    A day counts when its midnight lies in the span (``low`` itself when it is a date).
    """
    if most < 1:
        return []
    if isinstance(low, datetime):
        first = low.date() if low.time() == time() else low.date() + timedelta(days=1)
    else:
        first = low
    last = high.date() if isinstance(high, datetime) else high
    if last < first:
        return []
    days = (last - first).days
    step = max(1, math.ceil(days / (most - 1))) if most > 1 else days + 1
    return [first + timedelta(days=d) for d in range(0, days + 1, step)][:most]


def severity_ticks(length: float, label_height: float) -> list[int]:
    """0 to 10 every 2, 5 or 10: the finest whose labels stand apart along ``length``."""
    for step in (2, 5, 10):
        if length * step / SEVERITY_MAX >= label_height * 1.2:
            return list(range(0, SEVERITY_MAX + 1, step))
    return [0, SEVERITY_MAX]
