"""What each kind of field can take. The UI shows a FieldError's message next to the field."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from secondopinion.domain.enums import ResultFlag

# Limits are generous: they stop accidents (a pasted book), never a person's real notes.
TITLE_MAX = 200  # one-line names and titles
LINE_MAX = 2_000  # one-line free text: symptom name, dose, institution
TEXT_MAX = 200_000  # notes and reflections

_RESULT_FLAGS = frozenset(flag.value for flag in ResultFlag)

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_URL = re.compile(r"^(https?://)?[^\s/$.?#][^\s]*\.[^\s]{2,}$", re.IGNORECASE)


@dataclass(frozen=True)
class FieldError(ValueError):
    """A value a field cannot take, with the message to show next to it."""

    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


def check_text(field: str, value: str, limit: int, *, required: bool = False) -> str:
    if required and not value.strip():
        raise FieldError(field, "This cannot be empty.")
    if len(value) > limit:
        raise FieldError(
            field, f"This is {len(value):,} characters long; at most {limit:,} fit here."
        )
    if "\x00" in value:
        raise FieldError(field, "This contains a NUL character, which cannot be stored.")
    return value


def check_int(field: str, value: int, low: int, high: int) -> int:
    if not low <= value <= high:
        raise FieldError(field, f"Choose a whole number from {low} to {high}.")
    return value


def check_email(field: str, value: str) -> str:
    value = check_text(field, value.strip(), TITLE_MAX)
    if value and not _EMAIL.match(value):
        raise FieldError(field, "This does not look like an email address (name@example.org).")
    return value


def check_url(field: str, value: str) -> str:
    value = check_text(field, value.strip(), LINE_MAX)
    if value and not _URL.match(value):
        raise FieldError(field, "This does not look like a web address (example.org/portal).")
    return value


def parse_date(field: str, text: str) -> date | None:
    """An ISO date (YYYY-MM-DD), or None for an empty field."""
    text = text.strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise FieldError(field, "Write the date as YYYY-MM-DD, for example 2026-03-14.") from None


# What each stored text field may hold: (limit, required). Fields not named are notes (TEXT_MAX).
_LINE_FIELDS: dict[str, dict[str, tuple[int, bool]]] = {
    "person": {
        "name": (TITLE_MAX, False),
        "address": (LINE_MAX, False),
        "phone": (TITLE_MAX, False),
        "email": (TITLE_MAX, False),
    },
    "record_request": {
        "provider_address": (LINE_MAX, False),
        "provider_email": (TITLE_MAX, False),
        "provider_fax": (TITLE_MAX, False),
        "record_number": (TITLE_MAX, False),
    },
    "medication": {"name": (TITLE_MAX, True), "dose": (LINE_MAX, False)},
    "allergy": {"substance": (TITLE_MAX, True)},
    "condition": {"name": (TITLE_MAX, True)},
    "procedure": {"what": (TITLE_MAX, True)},
    "concern": {"title": (TITLE_MAX, True)},
    "sign": {"text": (LINE_MAX, True)},
    "symptom_entry": {"symptom": (TITLE_MAX, True)},
    "treatment_change": {"description": (LINE_MAX, True)},
    "attachment": {"filename": (LINE_MAX, True)},
    "doctor": {"name": (TITLE_MAX, True)},
    "question": {"text": (LINE_MAX, True)},
    "result": {
        "test_name": (TITLE_MAX, True),
        "loinc": (TITLE_MAX, False),
        "value_text": (LINE_MAX, False),
        "unit": (TITLE_MAX, False),
        "range_text": (LINE_MAX, False),
        "reported_by": (LINE_MAX, False),
        "source": (LINE_MAX, False),
    },
}

_RANGES: dict[str, dict[str, tuple[int, int]]] = {
    "symptom_entry": {"severity": (0, 10)},
    "visit_feelings": {
        **{f: (0, 4) for f in ("heard", "respected", "validated", "included", "encouraged")},
        **{f: (0, 4) for f in ("brushed_off", "hurried", "minimized")},
        "trust": (1, 5),
    },
}


def check_fields(table: str, values: dict[str, object]) -> None:
    """Raise FieldError for the first value of ``table`` its field cannot take."""
    lines = _LINE_FIELDS.get(table, {})
    ranges = _RANGES.get(table, {})
    for name, value in values.items():
        if isinstance(value, str):
            limit, required = lines.get(name, (TEXT_MAX, False))
            check_text(name, value, limit, required=required)
        elif isinstance(value, int) and not isinstance(value, bool) and name in ranges:
            check_int(name, value, *ranges[name])
    if table == "result":
        flag = values.get("interpretation")
        if isinstance(flag, str) and flag not in _RESULT_FLAGS:
            raise FieldError("interpretation", "Choose high, low, abnormal, normal or none.")
    emails = {"doctor": "email", "person": "email", "record_request": "provider_email"}
    if table in emails and isinstance(values.get(emails[table]), str):
        check_email(emails[table], str(values[emails[table]]))
    if table == "doctor" and isinstance(values.get("website"), str):
        check_url("website", str(values["website"]))
