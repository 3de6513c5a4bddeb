"""The chart draws a long log through a few points per pixel column, and its spikes survive:
for points held in memory (decimated in Python) and for a journal's log (grouped in SQL)."""

from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QFontMetrics

from secondopinion.services import symptom_log
from secondopinion.services.concerns import create_concern
from secondopinion.store.commands import table_of
from secondopinion.store.journal import Journal
from secondopinion.store.tables import SymptomEntry
from secondopinion.ui.chart import Point, SeverityChart, decimate

START = datetime(2024, 1, 1, 8, 0)


def _spiky(n: int) -> list[Point]:
    points = []
    for k in range(n):
        severity = 3 + (k % 2)  # a steady hum…
        if k % 997 == 500:
            severity = 10  # …with rare spikes up
        if k % 1499 == 700:
            severity = 0  # …and down
        points.append(Point(START + timedelta(hours=k), "Pain" if k % 3 else "Fatigue", severity))
    return points


def _spiky_log(n: int) -> list[Point]:
    """As ``_spiky``, with what a typed log has too: entries of one symptom at the same minute
    with different severities, a few seconds and microseconds, and a third symptom that
    begins later."""
    points = _spiky(n)
    for k in range(0, n, 53):
        points.append(Point(START + timedelta(hours=k), points[k].symptom, (k * 7) % 11))
    for k in range(1, n, 211):
        points.append(Point(START + timedelta(hours=k, seconds=17, microseconds=k), "Pain", 10))
    for k in range(n // 2, n, 5):
        points.append(Point(START + timedelta(hours=k, minutes=20), "Nausea", k % 11))
    return points


def _geometry(chart: SeverityChart) -> tuple[Callable[[datetime], float], Callable[[int], float]]:
    """How ``chart`` maps a moment and a severity to pixels at its size (as paintEvent does)."""
    plot = chart._plot_rect(QFontMetrics(chart.font()))
    low, high = chart._time_range()
    span = (high - low).total_seconds()
    return (
        lambda when: plot.left() + plot.width() * (when - low).total_seconds() / span,
        lambda sev: plot.bottom() - plot.height() * sev / 10,
    )


def _by_column(line: list[tuple[float, float]]) -> dict[int, list[float]]:
    found: dict[int, list[float]] = {}
    for x, y in line:
        found.setdefault(int(x), []).append(y)
    return found


def _assert_extremes_kept(
    drawn: dict[str, list[QPointF]], full: dict[str, list[tuple[float, float]]], width: int
) -> None:
    """Every pixel column of every line reaches exactly the data's lowest and highest point in
    that column, with at most four points, and the spikes are there."""
    assert drawn.keys() == full.keys()
    for name, line in drawn.items():
        assert len(line) <= 4 * width, "at most four points per pixel column"
        data = _by_column(full[name])
        shown = _by_column([(p.x(), p.y()) for p in line])
        assert shown.keys() == data.keys()
        for column, ys in data.items():
            assert len(shown[column]) <= 4
            assert min(shown[column]) == min(ys), (name, column)
            assert max(shown[column]) == max(ys), (name, column)
        assert min(p.y() for p in line) == min(y for _x, y in full[name])
        assert max(p.y() for p in line) == max(y for _x, y in full[name])


def test_drawn_extremes_per_pixel_column_are_the_datas(qtbot) -> None:
    chart = SeverityChart()
    qtbot.addWidget(chart)
    chart.resize(700, 300)
    points = _spiky(30_000)
    chart.set_data(points, [])
    drawn = chart.drawn_lines()
    for line in drawn.values():
        assert len(line) < 10_000  # 30,000 entries in three lines, not drawn one by one
    x_of, y_of = _geometry(chart)
    full: dict[str, list[tuple[float, float]]] = {}
    for p in points:
        full.setdefault(p.symptom, []).append((x_of(p.when), y_of(p.severity)))
    _assert_extremes_kept(drawn, full, chart.width())
    chart.grab()  # and it paints


def _write_log(path: Path, n: int) -> tuple[Journal, int]:
    journal = Journal.create(path)
    cid = int(create_concern(journal, "A spiky log").id or 0)
    other = int(create_concern(journal, "Another").id or 0)
    rows = [
        {"concern_id": cid, "recorded_at": p.when, "symptom": p.symptom, "severity": p.severity}
        for p in _spiky_log(n)
    ]
    rows += [  # another concern's entries, all over the same time: not drawn
        {"concern_id": other, "recorded_at": START + timedelta(hours=k), "symptom": "Pain"}
        | {"severity": 10}
        for k in range(0, n, 7)
    ]
    with journal.session() as s:
        s.connection().execute(table_of(SymptomEntry).insert(), [{**r, "notes": ""} for r in rows])
    return journal, cid


@pytest.fixture(scope="module")
def spiky_journal(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Journal, int]]:
    journal, cid = _write_log(tmp_path_factory.mktemp("chart") / "spiky.sojournal", 30_000)
    yield journal, cid
    journal.close()


@pytest.mark.parametrize("symptom", [None, "Pain"])
@pytest.mark.parametrize("size", [(700, 300), (1223, 260), (333, 200)])
def test_the_sql_lines_keep_every_columns_extremes(qtbot, spiky_journal, symptom, size) -> None:
    journal, cid = spiky_journal
    chart = SeverityChart()
    qtbot.addWidget(chart)
    chart.resize(*size)
    chart.set_source(symptom_log.LogChart(journal, cid, symptom), [])
    drawn = chart.drawn_lines()
    # the data: every entry of the log, as the full line would draw it
    x_of, y_of = _geometry(chart)
    full: dict[str, list[tuple[float, float]]] = {}
    for when, name, severity in symptom_log.chart_points(journal, cid, symptom):
        full.setdefault(name, []).append((x_of(when), y_of(severity)))
    assert list(drawn) == list(full)  # the lines in the order of their first entry (colours)
    _assert_extremes_kept(drawn, full, chart.width())
    assert sum(len(line) for line in drawn.values()) < 4 * chart.width() * len(drawn)
    # Point for point what the Python decimation draws, same-moment entries lowest first
    # (one point for two alike).
    for name, line in drawn.items():
        expected: list[tuple[float, float]] = []
        for xy in decimate(sorted(full[name], key=lambda xy: (xy[0], -xy[1]))):
            if not expected or expected[-1] != xy:
                expected.append(xy)
        assert [(p.x(), p.y()) for p in line] == expected
    chart.grab()


def test_an_added_entry_changes_the_summary_as_reading_it_again_does(tmp_path: Path) -> None:
    journal, cid = _write_log(tmp_path / "log.sojournal", 3000)
    summary = symptom_log.chart_summary(journal, cid)
    assert [s.name for s in summary.series] == ["Fatigue", "Pain", "Nausea"]
    assert summary.series[1].count == len([p for p in _spiky_log(3000) if p.symptom == "Pain"])
    for when, name, severity in [
        (START + timedelta(days=5000), "Pain", 2),  # the newest entry
        (START + timedelta(hours=3), "Nausea", 9),  # an old one: Nausea now begins earlier
        (START - timedelta(days=1), "Cramps", 4),  # a new symptom, before everything
        (START - timedelta(days=2), "Nausea", 5),  # Nausea now begins first: its colour moves
        (START + timedelta(days=5000), "Pain", 7),  # the same moment as the newest: it wins
    ]:
        expected = summary.with_entry(when, name, severity)
        with journal.session() as s:
            s.add(SymptomEntry(concern_id=cid, recorded_at=when, symptom=name, severity=severity))
            s.commit()
        summary = symptom_log.chart_summary(journal, cid)
        assert summary == expected
    assert [s.name for s in summary.series] == ["Nausea", "Cramps", "Fatigue", "Pain"]
    assert summary.series[3].latest_severity == 7
    journal.close()


def test_a_log_spanning_decades_draws_only_what_was_logged(qtbot, tmp_path: Path) -> None:
    """A year typed wrong (1975 for 2025) or a lifelong condition: the span is longer than the
    weight that once packed "severity, then time" (2**50 µs, 35.7 years), which drew severities
    that were never logged (review, 2026-12-03)."""
    journal = Journal.create(tmp_path / "decades.sojournal")
    cid = int(create_concern(journal, "Decades").id or 0)
    logged = [(datetime(1975, 3, 1), 7), (datetime(2026, 1, 5), 3), (datetime(2026, 1, 6), 9)]
    with journal.session() as s:
        for when, severity in logged:
            s.add(SymptomEntry(concern_id=cid, recorded_at=when, symptom="Pain", severity=severity))
        s.commit()
    chart = SeverityChart()
    qtbot.addWidget(chart)
    chart.resize(700, 300)
    chart.set_source(symptom_log.LogChart(journal, cid, None), [])
    x_of, y_of = _geometry(chart)
    drawn = [(p.x(), p.y()) for p in chart.drawn_lines()["Pain"]]
    assert drawn == [(x_of(when), y_of(severity)) for when, severity in logged]
    journal.close()


@pytest.mark.parametrize("symptom", [None, "Pain"])
def test_an_added_entry_joins_the_lines_as_reading_the_log_again_does(
    qtbot, tmp_path: Path, symptom: str | None
) -> None:
    """The log is read once for the chart; a typed entry joins what was read (no query), and
    the lines drawn then are the lines a new read of the log draws, point for point."""
    journal, cid = _write_log(tmp_path / "log.sojournal", 3000)
    write = journal.session
    reads = []

    def counted():  # type: ignore[no-untyped-def]
        reads.append(1)
        return write()

    chart = SeverityChart()
    qtbot.addWidget(chart)
    chart.resize(700, 300)
    chart.set_source(symptom_log.LogChart(journal, cid, symptom), [])
    chart.drawn_lines()
    journal.session = counted  # type: ignore[method-assign]
    for when, name, severity in [
        (START + timedelta(days=200), "Pain", 2),  # the newest entry: the axis widens
        (START + timedelta(days=200), "Pain", 9),  # the same moment, higher
        (START + timedelta(days=200), "Pain", 2),  # the same again: one point
        (START + timedelta(hours=3, seconds=1), "Pain", 0),  # among the others
        (START - timedelta(days=1), "Pain", 10),  # before everything: the axis widens left
        (START + timedelta(days=201), "Cramps", 4),  # a new symptom
    ]:
        if symptom in (None, name):
            with write() as s:
                s.add(
                    SymptomEntry(concern_id=cid, recorded_at=when, symptom=name, severity=severity)
                )
                s.commit()
            chart.add(Point(when, name, severity))
            before = len(reads)
            drawn = chart.drawn_lines()
            assert len(reads) == before, "the lines are worked out from what was read"
            again = SeverityChart()
            qtbot.addWidget(again)
            again.resize(700, 300)
            again.set_source(symptom_log.LogChart(journal, cid, symptom), [])
            expected = again.drawn_lines()
            assert list(drawn) == list(expected)
            for name_drawn, line in drawn.items():
                assert [(p.x(), p.y()) for p in line] == [
                    (p.x(), p.y()) for p in expected[name_drawn]
                ], name_drawn
    journal.session = write  # type: ignore[method-assign]
    journal.close()
