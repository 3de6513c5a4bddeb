"""The packet reads its symptom log in plain SQL: the same items as through the table class."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from sqlmodel import col

from secondopinion.report.data import SymptomItem
from secondopinion.services.concerns import list_concerns
from secondopinion.services.packet import symptom_items
from secondopinion.store import commands
from secondopinion.store.journal import Journal
from secondopinion.store.tables import SymptomEntry


def _through_the_table_class(journal: Journal, concern_id: int) -> tuple[SymptomItem, ...]:
    entries = commands.rows(
        journal,
        SymptomEntry,
        SymptomEntry.concern_id == concern_id,
        order_by=[col(SymptomEntry.recorded_at), col(SymptomEntry.id)],
    )
    return tuple(SymptomItem(e.recorded_at, e.symptom, e.severity, e.notes) for e in entries)


def test_the_symptom_log_reads_as_through_the_table_class(
    demo_journals: dict[str, Journal],
) -> None:
    journal = demo_journals["large"]
    for concern in list_concerns(journal, include_archived=True):
        assert concern.id is not None
        items = symptom_items(journal, concern.id)
        assert items == _through_the_table_class(journal, concern.id)
    assert max(len(symptom_items(journal, c.id or 0)) for c in list_concerns(journal)) >= 4000


def test_odd_times_and_texts_read_back_unchanged(demo_path: Path) -> None:
    with Journal.open(demo_path) as journal:
        concern = list_concerns(journal)[0]
        assert concern.id is not None
        for when, notes in (
            (datetime(2026, 1, 1, 0, 0), ""),
            (datetime(2026, 1, 1, 0, 0, 0, 1), "שלום <b> & é"),
            (datetime(1999, 12, 31, 23, 59, 59, 999999), "x" * 5000),
        ):
            commands.add(
                journal,
                SymptomEntry(
                    concern_id=concern.id, recorded_at=when, symptom="Ache", severity=0, notes=notes
                ),
            )
        assert symptom_items(journal, concern.id) == _through_the_table_class(journal, concern.id)
