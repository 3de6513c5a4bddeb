"""The symptom log sorted and filtered in SQL gives the order the tab's Python sort gave."""

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlmodel import col

from secondopinion.services import symptom_log
from secondopinion.services.concerns import create_concern
from secondopinion.services.symptom_log import SORT_FIELDS, LogView
from secondopinion.store.commands import table_of
from secondopinion.store.journal import Journal
from secondopinion.store.tables import SymptomEntry

ENTRIES = 100_000
# Ties, case, accents and scripts: where a naive SQL ORDER BY would differ from casefold().
NAMES = ["Fatigue", "fatigue", "Ärger", "arger", "Zeh", "ßtraße", "STRASSE", "Éclair", "nausea"]
NOTES = ["", "Worse after stairs", "worse after STAIRS", "ǅemal", "dzemal", "Straße", "b", "B"]


def _old_sort_key(value: object) -> object:
    """The tab's sort key before issue 12 (``ui.table_model._sort_key``)."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value.casefold()
    if isinstance(value, datetime):
        return value.isoformat()
    return value


@pytest.fixture(scope="module")
def big_log(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    path: Path = tmp_path_factory.mktemp("log") / "big.sojournal"
    journal = Journal.create(path)
    cid = int(create_concern(journal, "A long log").id or 0)
    other = int(create_concern(journal, "Another").id or 0)
    start = datetime(2020, 1, 1, 8, 0)
    rows = [
        {
            "concern_id": cid if k % 10 else other,
            # many entries share a minute, so the ties are ordered too
            "recorded_at": start + timedelta(minutes=(k * 7919) % 40_000),
            "symptom": NAMES[(k * 31) % len(NAMES)],
            "severity": (k * 13) % 11,
            "notes": NOTES[(k * 17) % len(NOTES)],
        }
        for k in range(ENTRIES)
    ]
    with journal.session() as s:
        s.connection().execute(table_of(SymptomEntry).insert(), rows)
    yield journal, cid
    journal.close()


@pytest.fixture(scope="module")
def loaded(big_log):  # type: ignore[no-untyped-def]
    """The old way's starting point: every entry of the concern, loaded in time order."""
    journal, cid = big_log
    table = table_of(SymptomEntry)
    with journal.session() as s:
        found = s.connection().execute(
            table.select()
            .where(table.c.concern_id == cid)
            .order_by(table.c.recorded_at, table.c.id)
        )
        return [dict(r._mapping) for r in found]


def _before(entries: list[dict[str, object]], view: LogView) -> list[int]:
    """Filtered and stably sorted in Python on the column's raw value, as the tab's proxy did
    (descending keeps ties in their loaded order, as Qt's stable sort does)."""
    if view.symptom is not None:
        entries = [e for e in entries if e["symptom"] == view.symptom]
    ordered = sorted(
        entries, key=lambda e: _old_sort_key(e[view.sort_field]), reverse=view.descending
    )
    return [int(e["id"]) for e in ordered]  # type: ignore[call-overload]


@pytest.mark.parametrize("sort_field", SORT_FIELDS)
@pytest.mark.parametrize("descending", [True, False])
@pytest.mark.parametrize("symptom", [None, "fatigue"])
def test_sql_order_is_the_old_order(  # type: ignore[no-untyped-def]
    big_log, loaded, sort_field: str, descending: bool, symptom
) -> None:
    journal, cid = big_log
    view = LogView(cid, symptom, sort_field, descending)
    expected = _before(loaded, view)
    assert len(expected) == symptom_log.count_entries(journal, cid, symptom)
    assert len(expected) > (1000 if symptom else 80_000)
    with journal.session() as s:  # the whole order, by the query the pages use
        ids = s.execute(
            select(col(SymptomEntry.id)).where(*view.where()).order_by(*view.order_by())
        )
        assert [int(i) for (i,) in ids] == expected
    for offset in (0, len(expected) // 2, len(expected) - 150):  # pages read as the view does
        page = symptom_log.log_page(journal, view, offset, 200)
        assert [int(e.id or 0) for e in page] == expected[offset : offset + 200]
    some = expected[len(expected) // 3]
    assert symptom_log.position_in_log(journal, view, some) == len(expected) // 3


@pytest.mark.parametrize("sort_field", SORT_FIELDS)
@pytest.mark.parametrize("descending", [True, False])
def test_an_added_entry_goes_where_sql_puts_it(big_log, sort_field: str, descending: bool) -> None:  # type: ignore[no-untyped-def]
    """The tab places a new entry among the rows it has read without asking SQL again."""
    journal, cid = big_log
    view = LogView(cid, None, sort_field, descending)
    top = symptom_log.log_page(journal, view, 0, 1000)
    for position in [0, 1, 17, 500, 998, 999]:
        entry = top[position]
        others = top[:position] + top[position + 1 :]
        assert symptom_log.position_among(view, others, entry) == position
    below = symptom_log.log_page(journal, view, 5000, 1)[0]
    assert symptom_log.position_among(view, top, below) == len(top)
    assert view.shows(below) and not LogView(cid, "no such symptom").shows(below)


def test_names_counts_and_chart_points(big_log) -> None:  # type: ignore[no-untyped-def]
    journal, cid = big_log
    # A total order: names that fold alike must not depend on set order (hash seed) or SQL.
    assert symptom_log.symptom_names(journal, cid) == sorted(
        set(NAMES), key=lambda name: (name.casefold(), name)
    )
    points = symptom_log.chart_points(journal, cid, "Zeh")
    assert len(points) == symptom_log.count_entries(journal, cid, "Zeh")
    assert [p[0] for p in points] == sorted(p[0] for p in points)
    assert {p[1] for p in points} == {"Zeh"}
