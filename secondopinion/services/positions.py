"""Where a new item goes in a list the person orders: signs, questions, health summary items."""

from __future__ import annotations

from typing import Any

from sqlmodel import SQLModel, col

from secondopinion.store import commands
from secondopinion.store.journal import Journal


def next_position(journal: Journal, row_type: type[SQLModel], concern_id: int | None = None) -> int:
    """One past the last position of ``row_type``'s list (of ``concern_id``'s rows, if given)."""
    where: list[Any] = []
    if concern_id is not None:
        where.append(col(getattr(row_type, "concern_id")) == concern_id)  # noqa: B009
    found = commands.rows(journal, row_type, *where)
    return max((int(getattr(r, "position")) for r in found), default=-1) + 1  # noqa: B009
