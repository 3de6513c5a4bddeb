"""Record requests and the health summary's person: the Records tab's use cases (no Qt).

A request is 'needed' until asked for, then 'requested' with a due date at the provider's legal
deadline (30 days in the US, one month under the GDPR: ``services/rights.py``), 'received', and
'sent on' to the next doctor. The files attached to requests are in ``services/attachments.py``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlmodel import col

from secondopinion.domain.enums import STANDARD_RECORD_KINDS, RecordKind, RecordStatus
from secondopinion.domain.jurisdiction import Jurisdiction
from secondopinion.domain.rules import default_due_date, is_missing, is_overdue
from secondopinion.domain.validation import (
    LINE_MAX,
    TITLE_MAX,
    FieldError,
    check_email,
    check_text,
)
from secondopinion.domain.wording import Sentence
from secondopinion.services.rights import journal_right
from secondopinion.store import commands
from secondopinion.store.journal import Journal
from secondopinion.store.tables import Person, RecordRequest

# --- record requests ---------------------------------------------------------------------------


def _status(value: str) -> RecordStatus:
    try:
        return RecordStatus(value)
    except ValueError:
        return RecordStatus.NEEDED


def request_is_overdue(request: RecordRequest, today: date) -> bool:
    return is_overdue(_status(request.status), request.due_on, today)


def request_is_missing(request: RecordRequest) -> bool:
    return is_missing(_status(request.status))


@dataclass(frozen=True)
class RequestSummary:
    total: int
    missing: int  # needed or requested: not in hand yet
    overdue: int  # requested and past the due date (counted among the missing too)


def summarise(requests: list[RecordRequest], today: date) -> RequestSummary:
    return RequestSummary(
        total=len(requests),
        missing=sum(1 for r in requests if request_is_missing(r)),
        overdue=sum(1 for r in requests if request_is_overdue(r, today)),
    )


def requests_for(journal: Journal, concern_id: int) -> list[RecordRequest]:
    return commands.rows(
        journal,
        RecordRequest,
        col(RecordRequest.concern_id) == concern_id,
        order_by=[col(RecordRequest.id)],
    )


def new_request(
    concern_id: int,
    kind: RecordKind | str,
    source: str = "",
    requested_on: date | None = None,
    deadline: Callable[[date], date] = default_due_date,
) -> RecordRequest:
    """A request not yet stored: 'needed' without a date, 'requested' (due by ``deadline``)."""
    return RecordRequest(
        concern_id=concern_id,
        kind=RecordKind(kind).value,
        source=source,
        requested_on=requested_on,
        due_on=None if requested_on is None else deadline(requested_on),
        status=(RecordStatus.NEEDED if requested_on is None else RecordStatus.REQUESTED).value,
    )


def standard_set(journal: Journal, concern_id: int) -> list[RecordRequest]:
    """New (unstored) 'needed' requests for each standard kind the concern does not have yet."""
    present = {r.kind for r in requests_for(journal, concern_id)}
    return [
        new_request(concern_id, kind) for kind in STANDARD_RECORD_KINDS if kind.value not in present
    ]


def implied_changes(
    before: RecordRequest,
    after: RecordRequest,
    today: date,
    deadline: Callable[[date], date] = default_due_date,
) -> dict[str, Any]:
    """What else follows from an edit, so the dates and status stay consistent.

    - Marking a request 'requested' without a date dates it today.
    - A requested date makes a 'needed' request 'requested'.
    - A new requested date moves the due date to the deadline (30 days, or what the
      jurisdiction says), unless the person had set the due date themselves.
    """
    changes: dict[str, Any] = {}
    requested_on = after.requested_on
    if (
        after.status == RecordStatus.REQUESTED
        and before.status != RecordStatus.REQUESTED
        and requested_on is None
    ):
        requested_on = changes["requested_on"] = today
    if (
        after.requested_on is not None
        and before.requested_on is None
        and after.status == RecordStatus.NEEDED
    ):
        changes["status"] = RecordStatus.REQUESTED.value
    if requested_on is not None and requested_on != before.requested_on:
        was_default = before.due_on is None or (
            before.requested_on is not None
            and before.due_on
            in (deadline(before.requested_on), default_due_date(before.requested_on))
        )
        if was_default and after.due_on == before.due_on:
            changes["due_on"] = deadline(requested_on)
    return changes


def update_request(
    journal: Journal, request: RecordRequest, today: date, **changes: Any
) -> RecordRequest:
    """Save ``changes`` to ``request`` and whatever they imply (see ``implied_changes``)."""
    updated = commands.update(journal, RecordRequest, request.id, **changes)
    extra = implied_changes(request, updated, today, journal_right(journal).deadline)
    if extra:
        updated = commands.update(journal, RecordRequest, request.id, **extra)
    return updated


# --- the person --------------------------------------------------------------------------------


def person(journal: Journal) -> Person | None:
    found = commands.rows(journal, Person)
    return found[0] if found else None


def check_date_of_birth(value: date | None, today: date) -> date | None:
    if value is not None and value > today:
        raise FieldError("date_of_birth", Sentence("A date of birth cannot be in the future."))
    return value


def check_contact(changes: dict[str, Any]) -> None:
    """The contact details and jurisdiction among ``changes`` (the email cleaned of spaces)."""
    for name in ("address", "phone"):
        if name in changes:
            check_text(name, changes[name], LINE_MAX if name == "address" else TITLE_MAX)
    if "email" in changes:
        changes["email"] = check_email("email", changes["email"])
    if changes.get("jurisdiction"):
        try:
            Jurisdiction(changes["jurisdiction"])
        except ValueError:
            raise FieldError(
                "jurisdiction", Sentence("Choose a jurisdiction from the list.")
            ) from None


def save_person(journal: Journal, today: date, **changes: Any) -> Person:
    """Save the person's name, date of birth or contact details, creating the person on the
    first edit.

    The row is made only when something is typed, so an untouched journal has no person and a
    JSON import into it keeps the imported one.
    """
    if "name" in changes:
        check_text("name", changes["name"], TITLE_MAX)
    if "date_of_birth" in changes:
        check_date_of_birth(changes["date_of_birth"], today)
    check_contact(changes)
    found = person(journal)
    if found is None:
        return commands.add(journal, Person(**changes))
    return commands.update(journal, Person, found.id, **changes)
