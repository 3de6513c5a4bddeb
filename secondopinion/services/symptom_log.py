"""The symptom log of a concern as the Signs tab shows it: sorted, filtered and counted in SQL.

A log can hold tens of thousands of entries; the tab asks for one page at a time, in the order
and with the filter the person chose, and for counts, names and the chart's lines, none of which
needs the entries loaded as objects. The order is the one the tab's sorting always gave: by the
chosen column (text case-folded), and entries that tie in it by time, then by id.

The chart asks for what it draws at its size: each line's first, lowest, highest and last entry in
every pixel column (``LogChart.lines``), so a spike survives however many entries share a column,
and drawing costs the chart's width, not the log's length. The entries are read for it once, as
two compact arrays, and an entry typed later joins them without reading the log again.

Long module: the log's order (pages, counts, where a new entry goes) and the chart's reading of
the same entries (summary, pixel columns) share one notion of a view and of a moment's key.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select, text
from sqlmodel import col

from secondopinion.store.journal import Journal
from secondopinion.store.tables import SymptomEntry

# The log's columns, left to right, and the field each sorts by.
SORT_FIELDS = ("recorded_at", "symptom", "severity", "notes")
TEXT_FIELDS = {"symptom", "notes"}


@dataclass(frozen=True)
class LogView:
    """Which entries, in which order: a concern's, perhaps of one symptom, sorted by a field."""

    concern_id: int
    symptom: str | None = None
    sort_field: str = "recorded_at"
    descending: bool = True

    def where(self) -> list[Any]:
        found = [col(SymptomEntry.concern_id) == self.concern_id]
        if self.symptom is not None:
            found.append(col(SymptomEntry.symptom) == self.symptom)
        return found

    def order_by(self) -> list[Any]:
        assert self.sort_field in SORT_FIELDS, self.sort_field
        key: Any = getattr(SymptomEntry, self.sort_field)
        if self.sort_field in TEXT_FIELDS:
            key = func.casefold(key)
        first = key.desc() if self.descending else key.asc()
        return [first, col(SymptomEntry.recorded_at).asc(), col(SymptomEntry.id).asc()]

    def shows(self, entry: SymptomEntry) -> bool:
        """Whether ``entry`` is in the log as this view shows it."""
        return entry.concern_id == self.concern_id and self.symptom in (None, entry.symptom)

    def comes_before(self, a: SymptomEntry, b: SymptomEntry) -> bool:
        """Whether ``a`` stands above ``b`` in the log: the order ``order_by`` gives in SQL."""
        key_a, key_b = self._key(a), self._key(b)
        if key_a != key_b:
            return bool(key_a > key_b) if self.descending else bool(key_a < key_b)
        return (a.recorded_at, a.id or 0) < (b.recorded_at, b.id or 0)

    def _key(self, entry: SymptomEntry) -> Any:
        value = getattr(entry, self.sort_field)
        return value.casefold() if self.sort_field in TEXT_FIELDS else value


def position_among(view: LogView, rows: Sequence[SymptomEntry], entry: SymptomEntry) -> int:
    """Where ``entry`` goes among ``rows`` (a stretch of the log from its top, in its order)."""
    low, high = 0, len(rows)
    while low < high:
        middle = (low + high) // 2
        if view.comes_before(rows[middle], entry):
            low = middle + 1
        else:
            high = middle
    return low


def log_page(journal: Journal, view: LogView, offset: int, limit: int) -> list[SymptomEntry]:
    """Entries ``offset`` to ``offset + limit`` of the log as ``view`` shows it."""
    stmt = (
        select(SymptomEntry)
        .where(*view.where())
        .order_by(*view.order_by())
        .offset(offset)
        .limit(limit)
    )
    with journal.session() as s:
        return list(s.scalars(stmt).all())


def count_entries(journal: Journal, concern_id: int, symptom: str | None = None) -> int:
    """How many entries the concern's log holds (of ``symptom`` only, if given)."""
    stmt = (
        select(func.count()).select_from(SymptomEntry).where(*LogView(concern_id, symptom).where())
    )
    with journal.session() as s:
        return int(s.execute(stmt).scalar_one())


def symptom_names(journal: Journal, concern_id: int) -> list[str]:
    """The different symptoms logged for a concern, in case-folded order."""
    stmt = (
        select(col(SymptomEntry.symptom))
        .where(col(SymptomEntry.concern_id) == concern_id)
        .distinct()
    )
    with journal.session() as s:
        names = [str(n) for n in s.execute(stmt).scalars()]
    # Case-folded order, and names that fold alike ("Fatigue", "fatigue") in a fixed order too.
    return sorted(names, key=lambda name: (name.casefold(), name))


@dataclass(frozen=True)
class SeriesSummary:
    """One line of the chart: a symptom, how often it was logged, its first and latest entry."""

    name: str
    count: int
    first_at: datetime
    latest_at: datetime
    latest_severity: int


@dataclass(frozen=True)
class ChartSummary:
    """The chart's lines in the order of their first entry (which gives each its colour), and
    the first and last moment logged (None without entries)."""

    series: tuple[SeriesSummary, ...] = ()
    first_at: datetime | None = None
    last_at: datetime | None = None

    def with_entry(self, when: datetime, symptom: str, severity: int) -> ChartSummary:
        """The summary once an entry, newer than every other by id, is added: what
        ``chart_summary`` would read again."""
        series = list(self.series)
        found = next((i for i, line in enumerate(series) if line.name == symptom), None)
        if found is None:  # a new line: after those that began before it, or at the same time
            at = sum(1 for line in series if line.first_at <= when)
            series.insert(at, SeriesSummary(symptom, 1, when, when, severity))
        else:
            line = series[found]
            latest = (when, severity) if when >= line.latest_at else None
            changed = SeriesSummary(
                line.name,
                line.count + 1,
                min(line.first_at, when),
                latest[0] if latest else line.latest_at,
                latest[1] if latest else line.latest_severity,
            )
            if when < line.first_at:  # it now begins here: its place (and colour) moves
                del series[found]
                series.insert(sum(1 for other in series if other.first_at <= when), changed)
            else:
                series[found] = changed
        return ChartSummary(
            tuple(series),
            when if self.first_at is None else min(self.first_at, when),
            when if self.last_at is None else max(self.last_at, when),
        )


@dataclass(frozen=True)
class PixelGrid:
    """How the chart turns a moment into a horizontal pixel position: ``low`` is drawn at
    ``left`` and ``low`` + ``span`` seconds at ``left + width``; the whole part is the column."""

    low: datetime
    span: float
    left: float
    width: float

    def x_of(self, when: datetime) -> float:
        return self.left + self.width * (when - self.low).total_seconds() / self.span

    def x_of_microseconds(self, since_low: int) -> float:
        """``x_of`` the moment ``since_low`` microseconds after ``low``: the same arithmetic."""
        return self.left + self.width * (since_low / 1_000_000) / self.span


def chart_summary(journal: Journal, concern_id: int, symptom: str | None = None) -> ChartSummary:
    """The lines the chart draws for the concern (``symptom``'s only, if given), without their
    points: from the entries as the chart reads them (``LogChart``)."""
    return LogChart(journal, concern_id, symptom).summary()


def _summary_of(
    journal: Journal, concern_id: int, symptom: str | None, lines: dict[str, _Line]
) -> ChartSummary:
    """The summary of ``lines`` (read for ``symptom``'s log): counts and first and last moments
    from them, and which entry is first and latest where several share that moment (by id)
    from one small query."""
    if not lines:
        return ChartSummary()
    groups = [
        (name, len(line.keys), _moment(line.keys[0]), _moment(line.keys[-1]))
        for name, line in lines.items()
    ]
    name, when = col(SymptomEntry.symptom), col(SymptomEntry.recorded_at)
    moments = {first for _n, _c, first, _l in groups} | {last for _n, _c, _f, last in groups}
    wanted = (col(SymptomEntry.concern_id), col(SymptomEntry.id), col(SymptomEntry.severity))
    with journal.session() as s:  # by the index of moments (few rows), then this log's
        at_ends = s.execute(select(name, when, *wanted).where(when.in_(sorted(moments))))
        ends = [
            (symptom_name, moment, key, severity)
            for symptom_name, moment, concern, key, severity in at_ends
            if concern == concern_id and symptom in (None, symptom_name)
        ]
    # Of the entries at a line's first (last) moment, the one with the lowest (highest) id.
    first: dict[str, tuple[datetime, int]] = {}
    latest: dict[str, tuple[datetime, int, int]] = {}
    for symptom_name, moment, key, severity in ends:
        if (moment, key) < first.get(symptom_name, (moment, key + 1)):
            first[symptom_name] = (moment, key)
        if (moment, key) > latest.get(symptom_name, (moment, -1, 0))[:2]:
            latest[symptom_name] = (moment, key, severity)
    groups.sort(key=lambda g: first[g[0]])
    return ChartSummary(
        tuple(SeriesSummary(n, c, f, latest[n][0], latest[n][2]) for n, c, f, _l in groups),
        min(g[2] for g in groups),
        max(g[3] for g in groups),
    )


_EPOCH = datetime(1970, 1, 1)
# Microseconds since 1970 of a stored moment ("YYYY-MM-DD HH:MM:SS.ffffff", wall-clock time):
# whole seconds from SQLite, the fraction as written, so the value is exact. Times 16 plus the
# severity (0-10), a moment and a severity are one integer that sorts by time, then severity
# (years 1 to 9999 fit in SQLite's 64-bit integers).
_KEYS = text(
    """
    SELECT json_group_array(symptom),
           json_group_array(
               (unixepoch(recorded_at) * 1000000 + CAST(substr(recorded_at, 21, 6) AS INTEGER))
               * 16 + severity
           )
    FROM symptom_entry
    WHERE concern_id = :concern AND (:symptom IS NULL OR symptom = :symptom)
    """
)


def _moment(key: int) -> datetime:
    """The moment of a key ``_KEYS`` read."""
    return _EPOCH + timedelta(microseconds=key >> 4)


def _key(when: datetime, severity: int) -> int:
    """The integer ``_KEYS`` reads for an entry at ``when`` of ``severity``."""
    return ((when.replace(tzinfo=None) - _EPOCH) // timedelta(microseconds=1)) * 16 + severity


class _Line:
    """One symptom's entries as the chart needs them: (moment, severity) packed as ``_KEYS``
    reads them, sorted (same-moment entries lowest first), and their severities alongside."""

    def __init__(self, keys: list[int]) -> None:
        self.keys = sorted(keys)
        self.severities = bytearray(key & 15 for key in self.keys)

    def add(self, key: int) -> None:
        at = bisect.bisect_right(self.keys, key)
        self.keys.insert(at, key)
        self.severities.insert(at, key & 15)

    def points(self, edges: _ColumnEdges) -> list[tuple[float, int]]:
        """The points (x, severity) this line goes through on ``edges``' grid: in every pixel
        column its first, lowest, highest and last entry (fewer when they coincide), left to
        right."""
        keys, severities = self.keys, self.severities
        first, last = edges.column_of(keys[0]), edges.column_of(keys[-1])
        # Where each column's entries begin: one bisection per column, in C.
        starts = [0, *map(functools.partial(bisect.bisect_left, keys), edges.up_to(first, last))]
        starts.append(len(keys))
        chosen: list[int] = []
        for start, end in itertools.pairwise(starts):
            if end - start <= 2:  # a sparse log: one or two entries a column
                chosen.extend(keys[start:end])
                if end - start == 2 and keys[start] == keys[start + 1]:
                    chosen.pop()  # the same moment and severity twice: one point
                continue
            found = severities[start:end]
            lowest = severities.index(min(found), start, end)  # the earliest of the lowest
            highest = severities.index(max(found), start, end)
            chosen.extend(sorted({keys[start], keys[lowest], keys[highest], keys[end - 1]}))
        low, left, width, span = edges.low, edges.left, edges.width, edges.span
        # grid.x_of_microseconds, written out: thousands of points
        return [
            (left + width * (((key >> 4) - low) / 1_000_000) / span, key & 15) for key in chosen
        ]


class _ColumnEdges:
    """Where each pixel column of a grid begins, as the smallest key (``_KEYS``) it holds:
    worked out once for all the chart's lines (columns ``first`` to ``last``), with the same
    arithmetic as the chart's ``x_of``, so an entry falls in the column the chart draws it in."""

    def __init__(self, grid: PixelGrid, first_key: int, last_key: int) -> None:
        self.low = (grid.low.replace(tzinfo=None) - _EPOCH) // timedelta(microseconds=1)
        self.left, self.width, self.span = grid.left, grid.width, grid.span
        self.first = self.column_of(first_key)
        low, left, width, span = self.low, self.left, self.width, self.span
        self.begins: list[int] = []  # of the columns after ``first``, to the last one's
        for column in range(self.first + 1, self.column_of(last_key) + 1):
            # The column's left edge worked back to microseconds, then made exact with the
            # same arithmetic as ``column_of`` (a step or two at most).
            moment = int((column - left) * span / width * 1_000_000)
            while int(left + width * (moment / 1_000_000) / span) >= column:
                moment -= 1
            while int(left + width * (moment / 1_000_000) / span) < column:
                moment += 1
            self.begins.append((moment + low) << 4)

    def column_of(self, key: int) -> int:
        return int(self.left + self.width * (((key >> 4) - self.low) / 1_000_000) / self.span)

    def up_to(self, first: int, last: int) -> list[int]:
        """The smallest key of each column after ``first`` up to ``last``."""
        return self.begins[first - self.first : last - self.first]


def _read_lines(journal: Journal, concern_id: int, symptom: str | None) -> dict[str, _Line]:
    """Every entry of the log (``symptom``'s only, if given) as the chart's lines need them."""
    with journal.session() as s:
        names, keys = s.execute(_KEYS, {"concern": concern_id, "symptom": symptom}).one()
    found: dict[str, list[int]] = {}
    for name, key in zip(json.loads(names), json.loads(keys), strict=True):
        found.setdefault(str(name), []).append(int(key))
    return {name: _Line(line) for name, line in found.items()}


class LogChart:
    """The severity chart's entries as they stand in the journal: the ``ChartSource`` the Signs
    tab hands its chart (the chart asks for the lines at the size it draws).

    The entries are read once, for the summary, as two JSON arrays (a moment and severity per
    entry, an integer, and its symptom) and kept: the lines at any size are then worked out
    from them, a few bisections per pixel column, and an entry the person adds (``add``) joins
    them without reading the log again. Any other change makes a new source.
    """

    def __init__(self, journal: Journal, concern_id: int, symptom: str | None = None) -> None:
        self.journal, self.concern_id, self.symptom = journal, concern_id, symptom
        self._lines: dict[str, _Line] | None = None

    def summary(self) -> ChartSummary:
        return _summary_of(self.journal, self.concern_id, self.symptom, self._read())

    def _read(self) -> dict[str, _Line]:
        if self._lines is None:
            self._lines = _read_lines(self.journal, self.concern_id, self.symptom)
        return self._lines

    def lines(self, grid: PixelGrid) -> dict[str, list[tuple[float, int]]]:
        """The points (x, severity) each symptom's line goes through on ``grid``, left to
        right: in every pixel column its first, lowest, highest and last entry.

        Drawn, that line looks like the one through every entry (each column spans the same
        severities and joins its neighbours at the same points), so every spike survives.
        Entries of one symptom at the very same moment are taken lowest severity first; two
        such entries of the same severity are one point.
        """
        lines = self._read()
        if not lines:
            return {}
        first = min(line.keys[0] for line in lines.values())
        last = max(line.keys[-1] for line in lines.values())
        edges = _ColumnEdges(grid, first, last)
        return {name: line.points(edges) for name, line in lines.items()}

    def add(self, when: datetime, symptom: str, severity: int) -> None:
        """An entry was just added to the log (and to this source's symptom, if it has one)."""
        if self._lines is None:
            return  # read with it when first asked
        key = _key(when, severity)
        if symptom in self._lines:
            self._lines[symptom].add(key)
        else:
            self._lines[symptom] = _Line([key])


def chart_points(
    journal: Journal, concern_id: int, symptom: str | None = None
) -> list[tuple[datetime, str, int]]:
    """(when, symptom, severity) of every entry, oldest first: what the severity chart plots."""
    stmt = (
        select(col(SymptomEntry.recorded_at), col(SymptomEntry.symptom), col(SymptomEntry.severity))
        .where(*LogView(concern_id, symptom).where())
        .order_by(col(SymptomEntry.recorded_at), col(SymptomEntry.id))
    )
    with journal.session() as s:
        return [(when, name, severity) for when, name, severity in s.execute(stmt)]


def position_in_log(journal: Journal, view: LogView, entry_id: int) -> int | None:
    """Where the entry ``entry_id`` stands in the log as ``view`` shows it (None: not in it)."""
    with journal.session() as s:
        ids = s.execute(
            select(col(SymptomEntry.id)).where(*view.where()).order_by(*view.order_by())
        )
        for position, (found,) in enumerate(ids):
            if found == entry_id:
                return position
    return None
