"""Request letters, their deadlines and follow-ups: the use cases behind "Write request letter…".

A letter asks one provider for the records of a request, and for the other records of the same
concern still needed from that provider (so one letter covers them all). Sending it makes those
requests 'requested' today, due by the jurisdiction's deadline. A provider may notify an
extension, which moves the due date as far as the law allows and no further. A request past its
due date gets a follow-up letter citing the first one. The facts come from
``domain/jurisdiction.py``, the words from ``services/letter_words.py``; nothing here knows Qt.

Long module: one use case (a letter, its deadline, its follow-up) whose steps share the
requests it gathers; the facts and the words are already apart (see above).
"""

from __future__ import annotations

import locale
import os
from dataclasses import replace
from datetime import date
from pathlib import Path

from sqlmodel import col

from secondopinion.domain.enums import Delivery, RecordFormat, RecordKind, RecordStatus
from secondopinion.domain.jurisdiction import AccessRight, Jurisdiction, from_locale, right_of
from secondopinion.domain.rules import same_text_key
from secondopinion.domain.validation import FieldError
from secondopinion.report.data import RenderResult
from secondopinion.report.letter import LetterBlock, LetterData, render_letter
from secondopinion.services import letter_words as w
from secondopinion.services.files import write_private_atomic
from secondopinion.services.records import person, request_is_overdue
from secondopinion.services.report_words import paper_size
from secondopinion.store import commands
from secondopinion.store.journal import Journal
from secondopinion.store.tables import Doctor, Person, RecordRequest


class LetterNotReady(ValueError):
    """What is missing before a letter can be written, in the person's words (one per line)."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__(" ".join(problems))
        self.problems = tuple(problems)


# --- the jurisdiction ---------------------------------------------------------------------------


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
    return jurisdiction_of(person(journal))


def asked_on(request: RecordRequest) -> date | None:
    """When the request was made: the letter's date, else the date it was marked requested."""
    return request.letter_sent_on or request.requested_on


def default_due(jurisdiction: Jurisdiction, requested_on: date) -> date:
    """The due date a request made on ``requested_on`` gets: the law's deadline."""
    return right_of(jurisdiction).deadline(requested_on)


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


def notify_extension(
    journal: Journal,
    request_id: int,
    notified_on: date,
    new_due: date,
    today: date,
    jurisdiction: Jurisdiction | None = None,
) -> RecordRequest:
    """Record the provider's extension notice: the request is due on ``new_due`` from now on."""
    request = _request(journal, request_id)
    right = right_of(jurisdiction or journal_jurisdiction(journal))
    first = asked_on(request) if request.status == RecordStatus.REQUESTED else None
    check_extension(right, first, notified_on, new_due, today)
    return commands.update(
        journal, RecordRequest, request_id, due_on=new_due, extension_notified_on=notified_on
    )


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


def mark_letter_sent(
    journal: Journal,
    request_id: int,
    today: date,
    jurisdiction: Jurisdiction | None = None,
) -> list[RecordRequest]:
    """The letter went out today: its requests are 'requested' today, due by the deadline."""
    request = _request(journal, request_id)
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
    request = _request(journal, request_id)
    return [
        commands.update(journal, RecordRequest, r.id, follow_up_sent_on=today)
        for r in letter_requests(journal, request, follow_up=True)
    ]


# --- the letter ----------------------------------------------------------------------------------


def _request(journal: Journal, request_id: int) -> RecordRequest:
    found = commands.get(journal, RecordRequest, request_id)
    if found is None:
        raise LookupError(f"there is no record request {request_id}")
    return found


def _enum(kind: type[RecordKind] | type[RecordFormat] | type[Delivery], value: str):  # type: ignore[no-untyped-def]
    try:
        return kind(value)
    except ValueError:
        return None


def letter_problems(
    journal: Journal, request: RecordRequest, today: date, *, follow_up: bool = False
) -> list[str]:
    """What stops the letter from being written, in the person's words; empty when ready."""
    problems = []
    who = person(journal)
    if who is None or not who.name.strip():
        problems.append(w.NO_NAME)
    if not request.source.strip():
        problems.append(w.NO_PROVIDER)
    kinds = [r.kind for r in letter_requests(journal, request, follow_up=follow_up)]
    if not any(_enum(RecordKind, k) for k in kinds):
        problems.append(w.NO_KIND)
    delivery = _enum(Delivery, request.delivery) or Delivery.POST
    if delivery is Delivery.TO_DOCTOR and (
        request.delivery_doctor_id is None
        or commands.get(journal, Doctor, request.delivery_doctor_id) is None
    ):
        problems.append(w.NO_DOCTOR)
    if delivery is Delivery.EMAIL and (who is None or not who.email.strip()):
        problems.append(w.NO_EMAIL)
    if delivery is Delivery.POST and (who is None or not who.address.strip()):
        problems.append(w.NO_ADDRESS)
    if follow_up:
        if asked_on(request) is None:
            problems.append(w.NOT_SENT)
        elif not request_is_overdue(request, today):
            problems.append(w.NOT_OVERDUE)
    return problems


def build_letter(
    journal: Journal,
    request_id: int,
    today: date,
    *,
    follow_up: bool = False,
    paper: str | None = None,
    jurisdiction: Jurisdiction | None = None,
) -> LetterData:
    """The worded letter for a request (or its follow-up); LetterNotReady says what is missing."""
    request = _request(journal, request_id)
    problems = letter_problems(journal, request, today, follow_up=follow_up)
    if problems:
        raise LetterNotReady(problems)
    who = person(journal)
    assert who is not None  # letter_problems checked it
    j = jurisdiction or jurisdiction_of(who)
    right = right_of(j)
    covered = letter_requests(journal, request, follow_up=follow_up)
    kinds = []
    for r in covered:
        kind = _enum(RecordKind, r.kind)
        if kind is not None and w.KINDS[kind] not in kinds:
            kinds.append(w.KINDS[kind])

    sender = [who.name, *who.address.splitlines()]
    if who.phone.strip():
        sender.append(w.PHONE_LINE.format(phone=who.phone.strip()))
    if who.email.strip():
        sender.append(w.EMAIL_LINE.format(email=who.email.strip()))
    recipient = [request.source, w.TO_RECORDS, *request.provider_address.splitlines()]
    if request.provider_email.strip():
        recipient.append(w.EMAIL_LINE.format(email=request.provider_email.strip()))
    if request.provider_fax.strip():
        recipient.append(w.FAX_LINE.format(fax=request.provider_fax.strip()))

    born = w.ASK_BORN.format(date=w.long_date(who.date_of_birth)) if who.date_of_birth else ""
    number = (
        w.ASK_NUMBER.format(number=request.record_number.strip())
        if request.record_number.strip()
        else ""
    )
    identity = w.ASK_WHO.format(name=who.name.strip(), born=born, number=number)
    blocks: list[LetterBlock] = []
    first = asked_on(request)
    if follow_up:
        assert first is not None and request.due_on is not None
        blocks.append(LetterBlock(w.FOLLOW_UP_ASK.format(date=w.long_date(first)), tuple(kinds)))
        blocks.append(LetterBlock(identity))
        due_text = w.FOLLOW_UP_DUE[j].format(due=w.long_date(request.due_on))
        if request.extension_notified_on is not None:
            due_text = w.FOLLOW_UP_EXTENDED.format(
                notified=w.long_date(request.extension_notified_on),
                due=w.long_date(request.due_on),
            )
        blocks.append(LetterBlock(f"{due_text} {w.FOLLOW_UP_MISSED}"))
        blocks.append(LetterBlock(w.FOLLOW_UP_PLEASE))
    else:
        blocks.append(LetterBlock(w.ASK, tuple(kinds)))
        blocks.append(LetterBlock(identity))
    fmt = _enum(RecordFormat, request.format) or RecordFormat.ELECTRONIC
    period = "" if follow_up else _range(request) + " "
    blocks.append(LetterBlock(period + w.FORMATS[fmt]))
    blocks.append(_delivery(journal, request, who))
    if not follow_up:
        due = right.deadline(today)
        if not right.cited and request.due_on is not None and request.due_on > today:
            due = request.due_on
        if right.cited:
            blocks.append(LetterBlock(w.RIGHTS[j]))
        blocks.append(LetterBlock(w.DUE.format(date=w.long_date(due))))
    blocks.append(LetterBlock(w.FEES[right.fees]))
    blocks.append(LetterBlock(f"{_contact(who)} {w.THANKS}"))

    title = w.FOLLOW_UP_TITLE if follow_up else w.TITLE
    subject = (
        w.FOLLOW_UP_SUBJECT.format(date=w.long_date(first)) if follow_up and first else w.SUBJECT
    )
    return LetterData(
        title=title,
        kicker=w.FOLLOW_UP_KICKER if follow_up else w.KICKER,
        sender=tuple(sender),
        date_line=w.long_date(today),
        recipient=tuple(recipient),
        subject=subject,
        greeting=w.GREETING,
        blocks=tuple(blocks),
        closing=w.CLOSING,
        signer=who.name.strip(),
        signature_label=w.SIGNATURE,
        date_label=w.DATE,
        sent_on=w.SENT_ON,
        sent_how=w.SENT_HOW,
        paper=paper_size(paper),
    )


def _range(request: RecordRequest) -> str:
    start = w.long_date(request.range_from) if request.range_from else ""
    end = w.long_date(request.range_to) if request.range_to else ""
    if start and end:
        return w.RANGE_BOTH.format(start=start, end=end)
    if start:
        return w.RANGE_FROM.format(start=start)
    if end:
        return w.RANGE_TO.format(end=end)
    return w.RANGE_ALL


def _delivery(journal: Journal, request: RecordRequest, who: Person) -> LetterBlock:
    delivery = _enum(Delivery, request.delivery) or Delivery.POST
    if delivery is not Delivery.TO_DOCTOR:
        return LetterBlock(w.DELIVERIES[delivery].format(email=who.email.strip()))
    assert request.delivery_doctor_id is not None
    doctor = commands.get(journal, Doctor, request.delivery_doctor_id)
    assert doctor is not None  # letter_problems checked it
    lines = [", ".join(x.strip() for x in (doctor.specialty, doctor.institution) if x.strip())]
    lines += [line for line in doctor.address.splitlines() if line.strip()]
    if doctor.phone.strip():
        lines.append(w.PHONE_LINE.format(phone=doctor.phone.strip()))
    if doctor.email.strip():
        lines.append(w.EMAIL_LINE.format(email=doctor.email.strip()))
    text = w.DELIVERIES[delivery].format(doctor=doctor.name.strip())
    return LetterBlock(text, tuple(x for x in lines if x), bulleted=False)


def _contact(who: Person) -> str:
    phone, email = who.phone.strip(), who.email.strip()
    if phone and email:
        how = w.CONTACT_BOTH.format(phone=phone, email=email)
    elif phone:
        how = w.CONTACT_PHONE.format(phone=phone)
    elif email:
        how = w.CONTACT_EMAIL.format(email=email)
    else:
        how = ""
    return w.CONTACT.format(how=how)


def export_letter(
    journal: Journal,
    request_id: int,
    out: Path,
    today: date,
    *,
    follow_up: bool = False,
    paper: str | None = None,
    jurisdiction: Jurisdiction | None = None,
    name_in_metadata: bool = True,
    password: str | None = None,
) -> RenderResult:
    """Write the letter (or follow-up) PDF to ``out``; encrypted first with ``password``."""
    from secondopinion.services.pdf_protect import protect

    data = build_letter(
        journal, request_id, today, follow_up=follow_up, paper=paper, jurisdiction=jurisdiction
    )
    result = render_letter(replace(data, name_in_metadata=name_in_metadata))
    write_private_atomic(Path(out), protect(result.pdf, password) if password else result.pdf)
    return result
