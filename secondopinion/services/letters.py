"""A record request's letters over time: sent, extended, followed up (no Qt).

A letter asks one provider for the records of a request, and for the other records of the same
concern still needed from that provider (so one letter covers them all). Sending it makes those
requests 'requested' today, due by the jurisdiction's deadline. A provider may notify an
extension, which moves the due date as far as the law allows and no further. A request past its
due date gets a follow-up letter citing the first one. The facts come from
``domain/jurisdiction.py``; the letter itself is worded in ``services/letter_writing.py``.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select
from sqlmodel import col

from secondopinion.domain.enums import RecordStatus
from secondopinion.domain.jurisdiction import AccessRight, Jurisdiction, right_of
from secondopinion.domain.rules import same_text_key
from secondopinion.domain.validation import FieldError
from secondopinion.domain.wording import Sentence
from secondopinion.services.letter_words import current as w  # in the current language
from secondopinion.services.records import request_is_overdue
from secondopinion.services.rights import journal_jurisdiction
from secondopinion.store import commands
from secondopinion.store.journal import Journal
from secondopinion.store.tables import Doctor, RecordRequest

# The stored request, as the screens name it (they import services, never the store).
Request = RecordRequest


# --- the request ----------------------------------------------------------------------------------


def current(journal: Journal, request_id: int) -> RecordRequest:
    """The request as stored now; LookupError when there is none with that id."""
    found = commands.get(journal, RecordRequest, request_id)
    if found is None:
        raise LookupError(Sentence("there is no record request {id}", id=request_id))
    return found


def asked_on(request: RecordRequest) -> date | None:
    """When the request was made: the letter's date, else the date it was marked requested."""
    return request.letter_sent_on or request.requested_on


# --- extensions and follow-ups -------------------------------------------------------------------


def check_extension(
    right: AccessRight, first_asked: date | None, notified_on: date, new_due: date, today: date
) -> None:
    """Raise FieldError (on ``due_on``/``extension_notified_on``) when the extension can't stand.

    The limit counts from the first deadline, not from the current due date, so a second notice
    corrects the first one and extensions never add up past what the law allows.
    """
    if first_asked is None:
        raise FieldError("extension_notified_on", w.EXTENSION_NOT_REQUESTED)
    if notified_on > today:
        raise FieldError("extension_notified_on", w.NOTICE_IN_FUTURE)
    if new_due <= first_asked:
        raise FieldError("due_on", w.EXTENSION_BEFORE_REQUEST)
    if not right.cited:
        return
    first_due = right.deadline(first_asked)
    if new_due <= first_due:
        raise FieldError("due_on", w.EXTENSION_NOT_LATER.format(due=w.long_date(first_due)))
    latest = right.latest_extension(first_due)
    if latest is not None and new_due > latest:
        message = w.EXTENSION_TOO_LONG[right.jurisdiction].format(latest=w.long_date(latest))
        raise FieldError("due_on", message)


def check_notice(
    journal: Journal,
    request_id: int,
    notified_on: date,
    new_due: date,
    today: date,
    jurisdiction: Jurisdiction | None = None,
) -> None:
    """``check_extension`` for a stored request (FieldError when the notice cannot stand)."""
    request = current(journal, request_id)
    right = right_of(jurisdiction or journal_jurisdiction(journal))
    first = asked_on(request) if request.status == RecordStatus.REQUESTED else None
    check_extension(right, first, notified_on, new_due, today)


def notify_extension(
    journal: Journal,
    request_id: int,
    notified_on: date,
    new_due: date,
    today: date,
    jurisdiction: Jurisdiction | None = None,
) -> RecordRequest:
    """Record the provider's extension notice: the request is due on ``new_due`` from now on."""
    check_notice(journal, request_id, notified_on, new_due, today, jurisdiction)
    return commands.update(
        journal, RecordRequest, request_id, due_on=new_due, extension_notified_on=notified_on
    )


def latest_extension(
    journal: Journal, request: RecordRequest, jurisdiction: Jurisdiction | None = None
) -> date | None:
    """The latest due date an extension may give this request; None when the law sets none."""
    right = right_of(jurisdiction or journal_jurisdiction(journal))
    first = asked_on(request)
    if first is None or not right.cited:
        return None
    return right.latest_extension(right.deadline(first))


def doctor_choices(journal: Journal) -> list[tuple[int, str]]:
    """(id, name) of every doctor on the Doctors tab, by name: where records may be sent."""
    stmt = select(col(Doctor.id), col(Doctor.name))  # names only: there may be a thousand
    with journal.session() as s:
        found = [(int(i), str(name)) for i, name in s.execute(stmt)]
    return sorted(found, key=lambda pair: (pair[1].casefold(), pair[0]))


def can_follow_up(request: RecordRequest, today: date) -> bool:
    """A follow-up is for a request that was made and is past its due date."""
    return asked_on(request) is not None and request_is_overdue(request, today)


def marks(request: RecordRequest) -> tuple[str, ...]:
    """What the Records list adds to a request's status: 'extended', 'follow_up_sent'."""
    found = []
    if request.extension_notified_on is not None:
        found.append("extended")
    if request.follow_up_sent_on is not None:
        found.append("follow_up_sent")
    return tuple(found)


# --- which requests one letter covers -----------------------------------------------------------


def _same_provider(a: str, b: str) -> bool:
    return same_text_key(a) == same_text_key(b)


def letter_requests(
    journal: Journal, request: RecordRequest, *, follow_up: bool = False
) -> list[RecordRequest]:
    """The request and the concern's other requests the same letter covers.

    A first letter adds the records still needed from the same provider; a follow-up, those
    asked for in the same first letter and still awaited.
    """
    if not request.source.strip():
        return [request]
    found = commands.rows(
        journal,
        RecordRequest,
        col(RecordRequest.concern_id) == request.concern_id,
        order_by=[col(RecordRequest.id)],
    )

    def covered(other: RecordRequest) -> bool:
        if other.id == request.id:
            return True
        if not _same_provider(other.source, request.source):
            return False
        if follow_up:
            return other.status == RecordStatus.REQUESTED and asked_on(other) == asked_on(request)
        return other.status == RecordStatus.NEEDED

    return [r for r in found if covered(r)]


# What sending a letter, a follow-up or noting an extension changes on a request.
LETTER_STATE = (
    "status",
    "requested_on",
    "letter_sent_on",
    "due_on",
    "extension_notified_on",
    "follow_up_sent_on",
)


def letter_state(journal: Journal, request_ids: list[int]) -> list[tuple[int, dict[str, Any]]]:
    """The requests' letter fields as they are now, to put back with ``restore_letter_state``."""
    found = []
    for key in request_ids:
        row = commands.get(journal, RecordRequest, key)
        if row is not None:
            found.append((key, {name: getattr(row, name) for name in LETTER_STATE}))
    return found


def restore_letter_state(journal: Journal, state: list[tuple[int, dict[str, Any]]]) -> None:
    for key, values in state:
        commands.update(journal, RecordRequest, key, **values)


def mark_letter_sent(
    journal: Journal,
    request_id: int,
    today: date,
    jurisdiction: Jurisdiction | None = None,
) -> list[RecordRequest]:
    """The letter went out today: its requests are 'requested' today, due by the deadline."""
    request = current(journal, request_id)
    j = jurisdiction or journal_jurisdiction(journal)
    due = right_of(j).deadline(today)
    if not right_of(j).cited and request.due_on is not None and request.due_on > today:
        due = request.due_on  # elsewhere the person's own due date stands
    updated = []
    for r in letter_requests(journal, request):
        updated.append(
            commands.update(
                journal,
                RecordRequest,
                r.id,
                status=RecordStatus.REQUESTED.value,
                requested_on=today,
                letter_sent_on=today,
                due_on=due,
                extension_notified_on=None,
                follow_up_sent_on=None,
            )
        )
    return updated


def mark_follow_up_sent(journal: Journal, request_id: int, today: date) -> list[RecordRequest]:
    request = current(journal, request_id)
    return [
        commands.update(journal, RecordRequest, r.id, follow_up_sent_on=today)
        for r in letter_requests(journal, request, follow_up=True)
    ]
