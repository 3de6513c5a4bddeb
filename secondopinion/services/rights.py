"""Which jurisdiction's right of access applies to this journal: the person's choice or the locale.

The setting is stored with the person (``person.jurisdiction``; empty means "follow the
locale"), so the GUI and the command line agree. The facts are in ``domain/jurisdiction.py``.
"""

from __future__ import annotations

import locale
import os
from datetime import date

from secondopinion.domain.jurisdiction import AccessRight, Jurisdiction, from_locale, right_of
from secondopinion.store import commands
from secondopinion.store.journal import Journal
from secondopinion.store.tables import Person


def locale_jurisdiction(locale_name: str | None = None) -> Jurisdiction:
    """The jurisdiction the locale suggests (LC_ALL, LC_MESSAGES, LANG, then Python's)."""
    name = locale_name
    if name is None:
        name = next(
            (os.environ[v] for v in ("LC_ALL", "LC_MESSAGES", "LANG") if os.environ.get(v)), None
        )
    if name is None:
        name = locale.getlocale()[0] or ""
    return from_locale(name)


def jurisdiction_of(found: Person | None, locale_name: str | None = None) -> Jurisdiction:
    """The person's chosen jurisdiction, or the locale's when they have not chosen."""
    if found is not None and found.jurisdiction:
        try:
            return Jurisdiction(found.jurisdiction)
        except ValueError:
            pass
    return locale_jurisdiction(locale_name)


def journal_jurisdiction(journal: Journal) -> Jurisdiction:
    found = commands.rows(journal, Person)
    return jurisdiction_of(found[0] if found else None)


def journal_right(journal: Journal) -> AccessRight:
    return right_of(journal_jurisdiction(journal))


def due_date(journal: Journal, requested_on: date) -> date:
    """The default due date of a request made on ``requested_on``: the law's deadline."""
    return journal_right(journal).deadline(requested_on)
