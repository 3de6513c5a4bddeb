"""Rules of the domain, as plain functions over plain values."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, time, timedelta

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


def visit_is_ahead(day: date, at: time | None, now: datetime) -> bool:
    """A planned visit: its day is after today, or it is today at a time still to come.

    A visit dated today without a time is one being written down after the appointment.
    """
    if at is None:
        return day > now.date()
    return datetime.combine(day, at) > now


def opinion_written(diagnosis: str, agreement: str | None, treatment: str) -> bool:
    """Has the person written down what the doctor said (any of diagnosis, agreement, treatment)?"""
    return bool(diagnosis.strip() or agreement or treatment.strip())
