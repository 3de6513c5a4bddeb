"""The symptom log of a concern as the Signs tab shows it: sorted, filtered and counted in SQL.

A log can hold tens of thousands of entries; the tab asks for one page at a time, in the order
and with the filter the person chose, and for counts, names and chart points, none of which needs
the entries loaded as objects. The order is the one the tab's sorting always gave: by the chosen
column (text case-folded), and entries that tie in it by time, then by id.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
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
