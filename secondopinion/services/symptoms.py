"""The symptom log and the treatment changes of a concern (the Signs tab and its chart)."""

from __future__ import annotations

from sqlmodel import col

from secondopinion.store import commands
from secondopinion.store.journal import Journal
from secondopinion.store.tables import SymptomEntry, TreatmentChange


def symptom_log(journal: Journal, concern_id: int) -> list[SymptomEntry]:
    """The concern's symptom entries, oldest first."""
    return commands.rows(
        journal,
        SymptomEntry,
        col(SymptomEntry.concern_id) == concern_id,
        order_by=[col(SymptomEntry.recorded_at)],
    )


def treatment_changes(journal: Journal, concern_id: int) -> list[TreatmentChange]:
    """The concern's treatment changes, oldest first."""
    return commands.rows(
        journal,
        TreatmentChange,
        col(TreatmentChange.concern_id) == concern_id,
        order_by=[col(TreatmentChange.changed_on)],
    )
