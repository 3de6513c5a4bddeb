from datetime import date

import pytest

from secondopinion.domain.enums import Agreement, Feeling, RecordStatus
from secondopinion.domain.rules import (
    default_due_date,
    doctor_fit,
    is_missing,
    is_overdue,
    opinions_disagree,
)
from secondopinion.domain.validation import (
    TITLE_MAX,
    FieldError,
    check_email,
    check_fields,
    check_url,
    parse_date,
)


def test_due_date_is_thirty_days_after_request() -> None:
    assert default_due_date(date(2026, 1, 15)) == date(2026, 2, 14)


def test_overdue_only_while_waiting_after_the_due_date() -> None:
    due = date(2026, 3, 1)
    assert is_overdue(RecordStatus.REQUESTED, due, date(2026, 3, 2))
    assert not is_overdue(RecordStatus.REQUESTED, due, date(2026, 3, 1))
    assert not is_overdue(RecordStatus.RECEIVED, due, date(2026, 4, 1))
    assert not is_overdue(RecordStatus.REQUESTED, None, date(2026, 4, 1))
    assert is_missing(RecordStatus.NEEDED) and not is_missing(RecordStatus.SENT_ON)


def test_fit_counts_criteria() -> None:
    assert doctor_fit(True, False, True, True) == 3


def test_disagreement_from_diagnoses_or_agreement() -> None:
    assert not opinions_disagree(["Fibroids", " fibroids "], [Agreement.AGREES, None])
    assert opinions_disagree(["Fibroids", "Adenomyosis"], [Agreement.AGREES, Agreement.AGREES])
    assert opinions_disagree(["Fibroids", ""], [Agreement.PARTLY])
    assert not opinions_disagree([], [])


def test_feelings_split_into_good_and_warning_signs() -> None:
    assert [f for f in Feeling if not f.is_positive] == [
        Feeling.BRUSHED_OFF,
        Feeling.HURRIED,
        Feeling.MINIMIZED,
    ]


@pytest.mark.parametrize(
    ("table", "values", "field"),
    [
        ("concern", {"title": ""}, "title"),
        ("concern", {"title": "x" * (TITLE_MAX + 1)}, "title"),
        ("symptom_entry", {"severity": 11}, "severity"),
        ("symptom_entry", {"severity": -1}, "severity"),
        ("visit_feelings", {"trust": 0}, "trust"),
        ("doctor", {"name": "Dr. A", "email": "not an email"}, "email"),
        ("doctor", {"name": "Dr. A", "website": "no spaces allowed here"}, "website"),
        ("sign", {"note": "nul\x00byte"}, "note"),
    ],
)
def test_fields_refuse_what_they_cannot_take(table: str, values: dict, field: str) -> None:
    with pytest.raises(FieldError) as err:
        check_fields(table, values)
    assert err.value.field == field
    assert err.value.message


def test_fields_take_hostile_but_valid_text() -> None:
    check_fields(
        "concern",
        {"title": "<b>&</b> مرحبا 😀", "to_clarify": "w" * 5000 + " " + "x" * 20_000},
    )


def test_email_url_and_dates() -> None:
    assert check_email("email", " a@b.org ") == "a@b.org"
    assert check_url("website", "example.org/portal") == "example.org/portal"
    assert check_url("website", "") == ""
    assert parse_date("d", "2026-03-14") == date(2026, 3, 14)
    assert parse_date("d", "  ") is None
    with pytest.raises(FieldError):
        parse_date("d", "14/03/2026")
