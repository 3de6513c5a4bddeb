"""Wording and writing a request letter (or its follow-up): what "Write request letter…" does.

``letter_problems`` says what stops a letter, in the person's words; ``build_letter`` words it from
the catalogue ``services/letter_words.py`` and hands ``report/letter.py`` plain data;
``export_letter`` writes the PDF. Which requests a letter covers and what sending it changes are
in ``services/letters.py``.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import TypeVar

from secondopinion import i18n
from secondopinion.domain.enums import Delivery, RecordFormat, RecordKind
from secondopinion.domain.jurisdiction import Jurisdiction, right_of
from secondopinion.report.data import RenderResult
from secondopinion.report.letter import LetterBlock, LetterData, render_letter
from secondopinion.services.files import write_private_atomic
from secondopinion.services.letter_words import current as w  # in the current language
from secondopinion.services.letters import asked_on, current, letter_requests
from secondopinion.services.records import person, request_is_overdue
from secondopinion.services.report_words import paper_size
from secondopinion.services.rights import jurisdiction_of
from secondopinion.store import commands
from secondopinion.store.journal import Journal
from secondopinion.store.tables import Doctor, Person, RecordRequest

E = TypeVar("E", bound=StrEnum)


class LetterNotReady(ValueError):
    """What is missing before a letter can be written, in the person's words (one per line)."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__(" ".join(problems))
        self.problems = tuple(problems)


def _enum(kind: type[E], value: str) -> E | None:
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
    if request.range_from and request.range_to and request.range_from > request.range_to:
        problems.append(w.BAD_RANGE)
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
    request = current(journal, request_id)
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
    lang: str | None = None,
) -> RenderResult:
    """Write the letter (or follow-up) PDF to ``out`` in ``lang`` (default: the current
    language); encrypted first with ``password``."""
    from secondopinion.services.pdf_protect import protect

    with i18n.speaking(lang):
        data = build_letter(
            journal, request_id, today, follow_up=follow_up, paper=paper, jurisdiction=jurisdiction
        )
        result = render_letter(replace(data, name_in_metadata=name_in_metadata))
    write_private_atomic(Path(out), protect(result.pdf, password) if password else result.pdf)
    return result
