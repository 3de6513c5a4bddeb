"""Concerns: creating one with its standard signs and questions, and listing them."""

from __future__ import annotations

from typing import Any

from sqlmodel import col

from secondopinion.domain.standard import STANDARD_QUESTIONS, STANDARD_SIGNS
from secondopinion.store import commands
from secondopinion.store.journal import Journal
from secondopinion.store.tables import Concern, Question, Sign


def standard_rows(concern_id: int) -> list[Sign | Question]:
    """The six standard signs and the five standard questions a new concern starts with."""
    found: list[Sign | Question] = [
        Sign(concern_id=concern_id, standard_key=key, text=text, position=i)
        for i, (key, text) in enumerate(STANDARD_SIGNS)
    ]
    found += [
        Question(concern_id=concern_id, standard_key=key, text=text, position=i)
        for i, (key, text) in enumerate(STANDARD_QUESTIONS)
    ]
    return found


def create_concern(journal: Journal, title: str, **fields: Any) -> Concern:
    """A new open concern with the standard signs and questions."""
    concern = commands.add(journal, Concern(title=title, **fields))
    assert concern.id is not None
    commands.add_all(journal, standard_rows(concern.id))
    return concern


def list_concerns(journal: Journal, *, include_archived: bool = False) -> list[Concern]:
    where = [] if include_archived else [col(Concern.archived).is_(False)]
    return commands.rows(journal, Concern, *where, order_by=[col(Concern.id)])


def get_concern(journal: Journal, concern_id: int) -> Concern | None:
    """The concern, or None when it is gone."""
    return commands.get(journal, Concern, concern_id)


def rename_concern(journal: Journal, concern_id: int, title: str) -> Concern:
    return commands.update(journal, Concern, concern_id, title=title)


def set_archived(journal: Journal, concern_id: int, archived: bool) -> Concern:
    """Put the concern aside (``archived``) or bring it back into the list."""
    return commands.update(journal, Concern, concern_id, archived=archived)
