"""The health summary's lists: medications, allergies, conditions and procedures.

Each list is kept in the person's order; a new item goes at its end.
"""

from __future__ import annotations

from typing import Any, TypeVar

from sqlmodel import col

from secondopinion.services.positions import next_position
from secondopinion.store import commands
from secondopinion.store.journal import Journal
from secondopinion.store.tables import Allergy, Condition, Medication, Procedure

SummaryItem = Medication | Allergy | Condition | Procedure
Item = TypeVar("Item", bound=SummaryItem)


def summary_items(journal: Journal, item_type: type[Item]) -> list[Item]:
    """Every item of one list, in the person's order."""
    return commands.rows(
        journal,
        item_type,
        order_by=[col(item_type.position), col(item_type.id)],
    )


def new_summary_item(journal: Journal, item_type: type[Item], **fields: Any) -> Item:
    """A new item at the end of its list (not stored yet)."""
    return item_type(**fields, position=next_position(journal, item_type))
