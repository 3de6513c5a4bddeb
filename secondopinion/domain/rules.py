"""Rules of the domain, as plain functions over plain values."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from secondopinion.domain.enums import Agreement, RecordStatus
from secondopinion.domain.standard import RECORD_REQUEST_DAYS


def default_due_date(requested_on: date) -> date:
    """A record request is due 30 days after it was made (HIPAA right of access)."""
    return requested_on + timedelta(days=RECORD_REQUEST_DAYS)


def is_overdue(status: RecordStatus, due_on: date | None, today: date) -> bool:
    """Still waiting on the provider after the due date."""
    return status is RecordStatus.REQUESTED and due_on is not None and today > due_on


def is_missing(status: RecordStatus) -> bool:
    """Not in the person's hands yet."""
    return status in (RecordStatus.NEEDED, RecordStatus.REQUESTED)


def doctor_fit(*criteria: bool) -> int:
    """How many of the choice criteria a doctor meets; the shortlist sorts on it."""
    return sum(1 for met in criteria if met)


def same_text_key(text: str) -> str:
    """What "the same answer" is compared on, everywhere: case and spacing do not matter."""
    return " ".join(text.casefold().split())


def opinions_disagree(diagnoses: Iterable[str], agreements: Iterable[Agreement | None]) -> bool:
    """Do these opinions disagree? Different diagnoses, or any 'disagrees' or 'partly'."""
    written = {same_text_key(d) for d in diagnoses if d.strip()}
    if len(written) > 1:
        return True
    return any(a in (Agreement.DISAGREES, Agreement.PARTLY) for a in agreements)
