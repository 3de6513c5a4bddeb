"""Request letters' rules without Qt: deadlines by jurisdiction, extensions, follow-ups."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from secondopinion.domain.enums import Delivery, RecordKind, RecordStatus
from secondopinion.domain.jurisdiction import (
    EU_GDPR,
    HIPAA,
    PLAIN,
    UK_GDPR,
    Jurisdiction,
    add_months,
    from_locale,
)
from secondopinion.domain.validation import FieldError
from secondopinion.services import letter_words, letter_writing, letters, records, rights
from secondopinion.services.concerns import create_concern
from secondopinion.store import commands
from secondopinion.store.journal import Journal
from secondopinion.store.tables import Doctor, Person, RecordRequest

SENT = date(2026, 1, 31)


@pytest.fixture
def journal(tmp_path: Path):  # type: ignore[no-untyped-def]
    with Journal.create(tmp_path / "letters.sojournal") as j:
        commands.add(j, Person(name="Ana Díaz", address="1 Calle Mayor\nMadrid", jurisdiction="us"))
        yield j


def _request(journal: Journal, **values: object) -> RecordRequest:
    concern = create_concern(journal, "Back pain")
    fields: dict[str, object] = {"kind": RecordKind.LAB_REPORT.value, "source": "City Clinic"}
    fields.update(values)
    return commands.add(journal, RecordRequest(concern_id=concern.id, **fields))


# --- the facts ----------------------------------------------------------------------------------


def test_deadlines_are_30_days_in_the_us_and_one_month_in_the_uk_and_eu() -> None:
    assert HIPAA.deadline(date(2026, 3, 1)) == date(2026, 3, 31)
    assert UK_GDPR.deadline(date(2026, 3, 1)) == date(2026, 4, 1)
    assert EU_GDPR.deadline(date(2026, 3, 1)) == date(2026, 4, 1)
    # a month from 31 January is the end of February (ICO's counting)
    assert UK_GDPR.deadline(SENT) == date(2026, 2, 28)
    assert add_months(date(2027, 12, 31), 2) == date(2028, 2, 29)


def test_the_letter_sentences_state_the_same_periods_as_the_rules() -> None:
    us, uk = letter_words.RIGHTS[Jurisdiction.US], letter_words.RIGHTS[Jurisdiction.UK]
    assert HIPAA.answer_days == 30 and "within 30 calendar days" in us
    assert HIPAA.extension_days == 30 and "no more than 30 days" in us and "164.524" in us
    assert UK_GDPR.answer_months == 1 and "within one month" in uk and "Article 15" in uk
    assert UK_GDPR.extension_months == 2 and "two further months" in uk
    assert letter_words.RIGHTS[Jurisdiction.ELSEWHERE] == "" and not PLAIN.cited


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("en_US.UTF-8", Jurisdiction.US),
        ("es_US", Jurisdiction.US),
        ("en_GB.UTF-8", Jurisdiction.UK),
        ("de_DE@euro", Jurisdiction.EU),
        ("es-ES", Jurisdiction.EU),
        ("nb_NO", Jurisdiction.EU),
        ("ja_JP.UTF-8", Jurisdiction.ELSEWHERE),
        ("C", Jurisdiction.ELSEWHERE),
        ("", Jurisdiction.ELSEWHERE),
    ],
)
def test_the_locale_suggests_the_jurisdiction(name: str, expected: Jurisdiction) -> None:
    assert from_locale(name) is expected
    assert rights.locale_jurisdiction(name) is expected


def test_the_persons_choice_beats_the_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LC_ALL", "en_GB.UTF-8")
    assert rights.jurisdiction_of(None) is Jurisdiction.UK
    assert rights.jurisdiction_of(Person(jurisdiction="")) is Jurisdiction.UK
    assert rights.jurisdiction_of(Person(jurisdiction="us")) is Jurisdiction.US


# --- extensions --------------------------------------------------------------------------------


def test_a_us_extension_of_up_to_30_days_is_accepted() -> None:
    letters.check_extension(HIPAA, SENT, date(2026, 2, 20), date(2026, 4, 1), date(2026, 2, 21))


def test_a_us_extension_beyond_30_days_is_refused_with_the_reason() -> None:
    with pytest.raises(FieldError) as refused:
        letters.check_extension(HIPAA, SENT, date(2026, 2, 20), date(2026, 4, 2), date(2026, 3, 1))
    assert refused.value.field == "due_on"
    assert "HIPAA allows one extension of at most 30 days" in refused.value.message
    assert "1 April 2026" in refused.value.message


def test_a_uk_extension_beyond_two_further_months_is_refused() -> None:
    first_due = UK_GDPR.deadline(SENT)  # 28 February
    letters.check_extension(UK_GDPR, SENT, SENT, date(2026, 4, 28), SENT)
    with pytest.raises(FieldError, match=r"at most two further months.*28 April 2026"):
        letters.check_extension(UK_GDPR, SENT, SENT, date(2026, 4, 29), SENT)
    with pytest.raises(FieldError, match="after the first one"):
        letters.check_extension(UK_GDPR, SENT, SENT, first_due, SENT)


def test_an_extension_needs_a_sent_request_and_a_notice_not_in_the_future() -> None:
    with pytest.raises(FieldError, match="has been sent"):
        letters.check_extension(HIPAA, None, SENT, date(2026, 3, 10), SENT)
    with pytest.raises(FieldError, match="future") as refused:
        letters.check_extension(HIPAA, SENT, date(2026, 2, 2), date(2026, 3, 10), SENT)
    assert refused.value.field == "extension_notified_on"


def test_elsewhere_any_later_date_is_the_persons_to_set() -> None:
    letters.check_extension(PLAIN, SENT, SENT, date(2027, 12, 31), SENT)
    with pytest.raises(FieldError):
        letters.check_extension(PLAIN, SENT, SENT, SENT, SENT)


def test_notifying_an_extension_moves_the_due_date_and_never_stacks(journal: Journal) -> None:
    request = _request(
        journal, status="requested", requested_on=SENT, letter_sent_on=SENT, due_on=date(2026, 3, 2)
    )
    today = date(2026, 2, 25)
    extended = letters.notify_extension(journal, request.id, today, date(2026, 4, 1), today)
    assert (extended.due_on, extended.extension_notified_on) == (date(2026, 4, 1), today)
    assert letters.marks(extended) == ("extended",)
    # a second notice is measured from the first deadline too: it cannot add another 30 days
    with pytest.raises(FieldError, match="30 days"):
        letters.notify_extension(journal, request.id, today, date(2026, 5, 1), today)
    assert commands.get(journal, RecordRequest, request.id).due_on == date(2026, 4, 1)  # type: ignore[union-attr]


def test_a_needed_request_cannot_be_extended(journal: Journal) -> None:
    request = _request(journal)
    with pytest.raises(FieldError, match="has been sent"):
        letters.notify_extension(journal, request.id, SENT, date(2026, 3, 1), SENT)


# --- sending and following up -------------------------------------------------------------------


def test_sending_the_letter_makes_its_requests_requested_today(journal: Journal) -> None:
    request = _request(journal)
    sibling = commands.add(
        journal,
        RecordRequest(concern_id=request.concern_id, kind="pathology", source="  city   CLINIC "),
    )
    other = commands.add(
        journal, RecordRequest(concern_id=request.concern_id, kind="pathology", source="Elsewhere")
    )
    sent = letters.mark_letter_sent(journal, request.id, SENT)
    assert {r.id for r in sent} == {request.id, sibling.id}
    for r in sent:
        assert r.status == RecordStatus.REQUESTED
        assert (r.requested_on, r.letter_sent_on, r.due_on) == (SENT, SENT, date(2026, 3, 2))
    assert commands.get(journal, RecordRequest, other.id).status == "needed"  # type: ignore[union-attr]
    uk = letters.mark_letter_sent(journal, other.id, SENT, Jurisdiction.UK)
    assert uk[0].due_on == date(2026, 2, 28)


def test_follow_up_only_for_an_overdue_request(journal: Journal) -> None:
    request = _request(
        journal, status="requested", requested_on=SENT, letter_sent_on=SENT, due_on=date(2026, 3, 2)
    )
    assert not letters.can_follow_up(request, date(2026, 3, 2))
    assert letters.can_follow_up(request, date(2026, 3, 3))
    problems = letter_writing.letter_problems(journal, request, date(2026, 3, 1), follow_up=True)
    assert problems == [letter_words.NOT_OVERDUE]
    assert letter_writing.letter_problems(journal, request, date(2026, 3, 3), follow_up=True) == []
    done = letters.mark_follow_up_sent(journal, request.id, date(2026, 3, 5))
    assert [r.follow_up_sent_on for r in done] == [date(2026, 3, 5)]
    assert letters.marks(done[0]) == ("follow_up_sent",)
    received = commands.update(journal, RecordRequest, request.id, status="received")
    assert not letters.can_follow_up(received, date(2026, 4, 1))


def test_what_is_missing_is_said_instead_of_an_empty_letter(journal: Journal) -> None:
    request = _request(journal, source="  ", delivery=Delivery.TO_DOCTOR.value)
    # No write path stores a kind outside RecordKind any more (store/checks.py); a journal
    # written before that could hold one, so put it there behind the store's back.
    with journal.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE record_request SET kind = '' WHERE id = ?", (request.id,))
    request = commands.get(journal, RecordRequest, request.id)
    assert request is not None and request.kind == ""
    problems = letter_writing.letter_problems(journal, request, SENT)
    assert letter_words.NO_PROVIDER in problems
    assert letter_words.NO_KIND in problems
    assert letter_words.NO_DOCTOR in problems
    with pytest.raises(letter_writing.LetterNotReady) as refused:
        letter_writing.build_letter(journal, request.id, SENT)
    assert "provider's name" in str(refused.value)
    doctor = commands.add(journal, Doctor(name="Dr. Lee"))
    ready = commands.update(
        journal,
        RecordRequest,
        request.id,
        source="City Clinic",
        kind="pathology",
        delivery_doctor_id=doctor.id,
    )
    assert letter_writing.letter_problems(journal, ready, SENT) == []


def test_delivery_by_email_or_post_needs_the_persons_details(journal: Journal) -> None:
    email = _request(journal, delivery=Delivery.EMAIL.value)
    assert letter_writing.letter_problems(journal, email, SENT) == [letter_words.NO_EMAIL]
    person = commands.rows(journal, Person)[0]
    commands.update(journal, Person, person.id, address="", email="ana@example.org")
    assert letter_writing.letter_problems(journal, email, SENT) == []
    post = _request(journal, delivery=Delivery.POST.value)
    assert letter_writing.letter_problems(journal, post, SENT) == [letter_words.NO_ADDRESS]


def test_the_default_due_date_follows_the_jurisdiction(journal: Journal) -> None:
    request = _request(journal)
    us = records.update_request(journal, request, SENT, status="requested")
    assert (us.requested_on, us.due_on) == (SENT, date(2026, 3, 2))  # 30 days
    commands.update(journal, Person, 1, jurisdiction="uk")
    uk = records.update_request(journal, us, SENT, requested_on=date(2026, 3, 31))
    assert uk.due_on == date(2026, 4, 30)  # one month


def test_contact_details_are_checked_and_saved(journal: Journal) -> None:
    saved = records.save_person(
        journal, SENT, phone="+34 600", email=" ana@example.org ", jurisdiction="eu"
    )
    assert (saved.phone, saved.email, saved.jurisdiction) == ("+34 600", "ana@example.org", "eu")
    with pytest.raises(FieldError) as refused:
        records.save_person(journal, SENT, email="not an address")
    assert refused.value.field == "email"
    with pytest.raises(FieldError):
        records.save_person(journal, SENT, jurisdiction="mars")


def test_a_period_that_ends_before_it_starts_is_pointed_out(journal: Journal) -> None:
    request = _request(journal, range_from=date(2026, 5, 1), range_to=date(2026, 4, 1))
    assert letter_writing.letter_problems(journal, request, SENT) == [letter_words.BAD_RANGE]
