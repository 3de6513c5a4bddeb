"""The chart draws a long log through a few points per pixel column, and its spikes survive."""

from datetime import datetime, timedelta

from secondopinion.ui.chart import Point, SeverityChart, decimate


def _spiky(n: int) -> list[Point]:
    start = datetime(2024, 1, 1, 8, 0)
    points = []
    for k in range(n):
        severity = 3 + (k % 2)  # a steady hum…
        if k % 997 == 500:
            severity = 10  # …with rare spikes up
        if k % 1499 == 700:
            severity = 0  # …and down
        points.append(Point(start + timedelta(hours=k), "Pain" if k % 3 else "Fatigue", severity))
    return points


def test_drawn_extremes_per_pixel_column_are_the_datas(qtbot) -> None:
    chart = SeverityChart()
    qtbot.addWidget(chart)
    chart.resize(700, 300)
    points = _spiky(30_000)
    chart.set_data(points, [])
    drawn = chart.drawn_lines()
    plot_width = chart.width()
    for line in drawn.values():
        assert len(line) <= 4 * plot_width, "at most four points per pixel column"
        assert len(line) < 10_000  # 30,000 entries in three lines, not drawn one by one
    full = _full_lines(chart)
    for name, line in drawn.items():
        by_column: dict[int, list[float]] = {}
        for x, y in full[name]:
            by_column.setdefault(int(x), []).append(y)
        drawn_by_column: dict[int, list[float]] = {}
        for p in line:
            drawn_by_column.setdefault(int(p.x()), []).append(p.y())
        assert drawn_by_column.keys() == by_column.keys()
        for column, ys in by_column.items():
            assert min(drawn_by_column[column]) == min(ys)
            assert max(drawn_by_column[column]) == max(ys)
        # the spikes are there: the line reaches severity 10 and 0 as the data does
        assert min(p.y() for p in line) == min(y for _x, y in full[name])
        assert max(p.y() for p in line) == max(y for _x, y in full[name])
    chart.grab()  # and it paints


def _full_geometry(chart: SeverityChart):  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QFontMetrics

    plot = chart._plot_rect(QFontMetrics(chart.font()))
    low, high = chart._time_range()
    span = (high - low).total_seconds()
    return (
        plot,
        lambda when: plot.left() + plot.width() * (when - low).total_seconds() / span,
        lambda sev: plot.bottom() - plot.height() * sev / 10,
    )


def _full_lines(chart: SeverityChart) -> dict[str, list[tuple[float, float]]]:
    _plot, x_of, y_of = _full_geometry(chart)
    return {
        name: [(x_of(p.when), y_of(p.severity)) for p in pts] for name, pts in chart.series.items()
    }


def test_decimate_keeps_order_and_short_lines_whole() -> None:
    few = [(0.5, 3.0), (2.2, 1.0), (7.9, 4.0)]
    assert decimate(few) == few
    many = [(10 + i / 100, float(i % 7)) for i in range(100)]  # a hundred points in one column
    kept = decimate(many)
    assert kept == [many[0], many[6], many[-1]]  # first (also lowest), highest, last
    assert min(y for _x, y in kept) == 0.0 and max(y for _x, y in kept) == 6.0
    assert [x for x, _y in kept] == sorted(x for x, _y in kept)
