"""The signs that a second opinion is wise: the six standard ones and the person's own.

The rules hold wherever signs change (the Signs tab, JSON import): a standard sign stays in the
list with its standard wording (shown translated, which counts as unchanged); the person unticks
it when it does not apply, and adds signs of their own, which they may reword and remove.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from sqlmodel import col

from secondopinion.domain.standard import STANDARD_SIGNS
from secondopinion.domain.validation import FieldError
from secondopinion.i18n import N_, words
from secondopinion.services.positions import next_position
from secondopinion.store import commands
from secondopinion.store.journal import Journal
from secondopinion.store.tables import Sign

STANDARD_WORDING = dict(STANDARD_SIGNS)

REWORD_PROBLEM = N_("Standard signs cannot be reworded; add your own.")
REMOVE_PROBLEM = N_("Standard signs stay in the list; untick them if they do not apply.")


def signs_of(journal: Journal, concern_id: int) -> list[Sign]:
    """The concern's signs in the person's order."""
    return commands.rows(
        journal,
        Sign,
        col(Sign.concern_id) == concern_id,
        order_by=[col(Sign.position), col(Sign.id)],
    )


def own_sign(journal: Journal, concern_id: int, text: str) -> Sign:
    """A new ticked sign of the person's own at the end of the list (not stored yet)."""
    return Sign(
        concern_id=concern_id,
        text=text,
        ticked=True,
        position=next_position(journal, Sign, concern_id),
    )


def check_sign_change(
    sign: Sign, field: str, value: Any, *, shown_as: str | None = None, problem: str = ""
) -> None:
    """Raise ``FieldError`` when the change would reword a standard sign.

    ``shown_as`` is the wording the person saw (the standard text in their language): handing it
    back unchanged is not a rewording. ``problem`` is the message in the caller's language.
    """
    if field != "text" or sign.standard_key is None:
        return
    if value in (sign.text, shown_as):
        return
    raise FieldError(field, problem or words()._(REWORD_PROBLEM))


def check_removal(signs: Iterable[Sign], *, problem: str = "") -> None:
    """Raise ``FieldError`` when any of ``signs`` is a standard sign (they are never removed)."""
    if any(s.standard_key is not None for s in signs):
        raise FieldError("standard_key", problem or words()._(REMOVE_PROBLEM))


def check_imported_sign(row: Mapping[str, Any]) -> None:
    """Raise ``FieldError`` for an imported standard sign unknown or not in the standard wording."""
    key = row.get("standard_key")
    if key is None:
        return
    if key not in STANDARD_WORDING:
        raise FieldError("standard_key", words()._("{key} is not a standard sign.", key=repr(key)))
    if row.get("text", STANDARD_WORDING[key]) != STANDARD_WORDING[key]:
        raise FieldError("text", words()._(REWORD_PROBLEM))
