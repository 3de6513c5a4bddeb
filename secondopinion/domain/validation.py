"""What each kind of field can take. The UI shows a FieldError's message next to the field."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, time
from enum import StrEnum

from secondopinion.domain.enums import (
    FEELING_SCALE_MAX,
    SEVERITY_MAX,
    SEVERITY_MIN,
    TRUST_MAX,
    TRUST_MIN,
    Agreement,
    AllergySeverity,
    ConcernStatus,
    Delivery,
    DoctorStatus,
    Feeling,
    RecordFormat,
    RecordKind,
    RecordStatus,
    ResultFlag,
    VisitKind,
)
from secondopinion.domain.jurisdiction import Jurisdiction
from secondopinion.domain.standard import STANDARD_QUESTIONS, STANDARD_SIGNS
from secondopinion.domain.wording import Sentence

# Limits are generous: they stop accidents (a pasted book), never a person's real notes.
TITLE_MAX = 200  # one-line names and titles
LINE_MAX = 2_000  # one-line free text: symptom name, dose, institution
TEXT_MAX = 200_000  # notes and reflections

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_URL = re.compile(r"^(https?://)?[^\s/$.?#][^\s]*\.[^\s]{2,}$", re.IGNORECASE)
# Half of a UTF-16 pair on its own (JSON's "\ud800"): no encoding can store it.
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
# SQLite stores whole numbers in 64 bits.
INT_MIN, INT_MAX = -(1 << 63), (1 << 63) - 1


@dataclass(eq=False)  # not frozen: raising sets __traceback__, which a frozen one refuses
class FieldError(ValueError):
    """A value a field cannot take, with the message to show next to it.

    ``message`` is a Sentence (translated where shown: ``i18n.words().sentence``), or a text
    a service already wrote in the reader's language.
    """

    field: str
    message: Sentence | str

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


def check_text(field: str, value: str, limit: int, *, required: bool = False) -> str:
    if required and not value.strip():
        raise FieldError(field, Sentence("This cannot be empty."))
    if len(value) > limit:
        raise FieldError(
            field,
            Sentence(
                # TRANSLATORS: "{length:,}" writes 2,001; write {length} where 2001 is right
                "This is {length:,} characters long; at most {limit:,} fit here.",
                length=len(value),
                limit=limit,
            ),
        )
    if "\x00" in value:
        raise FieldError(field, Sentence("This contains a NUL character, which cannot be stored."))
    if not value.isascii() and _LONE_SURROGATE.search(value):  # ASCII holds no surrogate
        raise FieldError(
            field,
            Sentence("This contains a broken character (half of a pair), which cannot be stored."),
        )
    return value


def check_int(field: str, value: int, low: int, high: int) -> int:
    if not low <= value <= high:
        raise FieldError(
            field, Sentence("Choose a whole number from {low} to {high}.", low=low, high=high)
        )
    return value


def check_email(field: str, value: str) -> str:
    value = check_text(field, value.strip(), TITLE_MAX)
    if value and not _EMAIL.match(value):
        raise FieldError(
            field,
            Sentence("This does not look like an email address (name@example.org)."),
        )
    return value


def check_url(field: str, value: str) -> str:
    value = check_text(field, value.strip(), LINE_MAX)
    if value and not _URL.match(value):
        raise FieldError(
            field, Sentence("This does not look like a web address (example.org/portal).")
        )
    return value


def parse_date(field: str, text: str) -> date | None:
    """An ISO date (YYYY-MM-DD), or None for an empty field."""
    text = text.strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise FieldError(
            field, Sentence("Write the date as YYYY-MM-DD, for example 2026-03-14.")
        ) from None


def parse_time(field: str, text: str) -> time | None:
    """A time of day (HH:MM, 24-hour clock), or None for an empty field."""
    text = text.strip()
    if not text:
        return None
    try:
        hours, minutes = text.split(":")
        if len(minutes) != 2 or not hours.isdigit() or not minutes.isdigit():
            raise ValueError(text)
        return time(int(hours), int(minutes))
    except ValueError:
        raise FieldError(
            field, Sentence("Write the time as HH:MM on a 24-hour clock, e.g. 14:30.")
        ) from None


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
    "visit": {"place": (LINE_MAX, False)},
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


@dataclass(frozen=True)
class Range:
    """A whole number from ``low`` to ``high``; ``None`` only where ``optional``."""

    low: int
    high: int
    optional: bool = False


@dataclass(frozen=True)
class Choice:
    """One of a closed vocabulary's stable values; ``None`` only where ``optional``."""

    values: tuple[str, ...]
    optional: bool = False

    @classmethod
    def of(cls, vocabulary: type[StrEnum] | Iterable[str], *, optional: bool = False) -> Choice:
        return cls(tuple(str(v) for v in vocabulary), optional)


# Every closed-vocabulary and every bounded number the journal stores. Forms offer only these
# values; the store (on every flush) and the JSON import check them here, so nothing else can
# put another value in.
_RANGES: dict[str, dict[str, Range]] = {
    "visit": {"duration_minutes": Range(5, 24 * 60, optional=True)},
    "symptom_entry": {"severity": Range(SEVERITY_MIN, SEVERITY_MAX)},
    "visit_feelings": {
        **{str(f): Range(0, FEELING_SCALE_MAX, optional=True) for f in Feeling},
        "trust": Range(TRUST_MIN, TRUST_MAX, optional=True),
    },
    "attachment": {"size": Range(0, INT_MAX)},
}

_CHOICES: dict[str, dict[str, Choice]] = {
    "allergy": {"severity": Choice.of(AllergySeverity)},
    "concern": {"status": Choice.of(ConcernStatus)},
    "sign": {"standard_key": Choice.of((k for k, _ in STANDARD_SIGNS), optional=True)},
    "record_request": {
        "kind": Choice.of(RecordKind),
        "status": Choice.of(RecordStatus),
        "format": Choice.of(RecordFormat),
        "delivery": Choice.of(Delivery),
    },
    "result": {"interpretation": Choice.of(ResultFlag)},
    # Empty: not chosen yet (the locale decides).
    "person": {"jurisdiction": Choice.of(("", *Jurisdiction))},
    "doctor": {"status": Choice.of(DoctorStatus)},
    "question": {"standard_key": Choice.of((k for k, _ in STANDARD_QUESTIONS), optional=True)},
    "visit": {"kind": Choice.of(VisitKind), "agreement": Choice.of(Agreement, optional=True)},
}


def bounded_fields(table: str) -> set[str]:
    """The fields of ``table`` that take a closed vocabulary or a bounded number."""
    return set(_RANGES.get(table, {})) | set(_CHOICES.get(table, {}))


def check_choice(field: str, value: object, choice: Choice) -> None:
    if value is None and choice.optional:
        return
    if not isinstance(value, str) or value not in choice.values:
        # The stored values are codes (the same in every language); "nothing" and "empty" are not.
        shown: Sentence | str
        if isinstance(value, str):
            shown = f'"{value[:40]}"'
        else:
            shown = Sentence("nothing") if value is None else str(value)[:40]
        allowed = ", ".join(v or '""' for v in choice.values)
        raise FieldError(
            field,
            Sentence(
                "{value} is not allowed here; choose one of {allowed}.",
                value=shown,
                allowed=allowed,
            ),
        )


def check_range(field: str, value: object, bounds: Range) -> None:
    if value is None and bounds.optional:
        return
    if isinstance(value, bool) or not isinstance(value, int):
        raise FieldError(
            field,
            Sentence(
                "Choose a whole number from {low} to {high}.", low=bounds.low, high=bounds.high
            ),
        )
    check_int(field, value, bounds.low, bounds.high)


def check_fields(table: str, values: dict[str, object]) -> None:
    """Raise FieldError for the first value of ``table`` its field cannot take.

    Only the fields present in ``values`` are checked, so a change of one field checks that one.
    """
    lines = _LINE_FIELDS.get(table, {})
    ranges = _RANGES.get(table, {})
    choices = _CHOICES.get(table, {})
    for name, value in values.items():
        if name in choices:
            check_choice(name, value, choices[name])
        elif name in ranges:
            check_range(name, value, ranges[name])
        elif isinstance(value, str):
            limit, required = lines.get(name, (TEXT_MAX, False))
            check_text(name, value, limit, required=required)
    emails = {"doctor": "email", "person": "email", "record_request": "provider_email"}
    if table in emails and isinstance(values.get(emails[table]), str):
        check_email(emails[table], str(values[emails[table]]))
    if table == "doctor" and isinstance(values.get("website"), str):
        check_url("website", str(values["website"]))


_ADDRESS_FIELDS = {"doctor", "person", "record_request"}  # check_fields reads their addresses


@dataclass(frozen=True)
class FieldRules:
    """What ``check_fields`` asks of one table's values, for quick tests of many rows.

    ``choices``: field -> (allowed values, None allowed); ``ranges``: field -> (low, high, None
    allowed); ``lines``: text field -> (limit, required), other text fields take ``TEXT_MAX``;
    ``addresses``: check_fields also reads an address field of this table (no quick test).
    """

    choices: dict[str, tuple[frozenset[str], bool]]
    ranges: dict[str, tuple[int, int, bool]]
    lines: dict[str, tuple[int, bool]]
    addresses: bool


def field_rules(table: str) -> FieldRules:
    return FieldRules(
        choices={n: (frozenset(c.values), c.optional) for n, c in _CHOICES.get(table, {}).items()},
        ranges={n: (r.low, r.high, r.optional) for n, r in _RANGES.get(table, {}).items()},
        lines=dict(_LINE_FIELDS.get(table, {})),
        addresses=table in _ADDRESS_FIELDS,
    )


def plainly_fine(table: str) -> Callable[[dict[str, object]], bool]:
    """A quick test of many rows of ``table``: True only when ``check_fields`` accepts them.

    False means "ask ``check_fields``" (it gives the refusal, or accepts a text that is not
    ASCII): the test holds the same rules, checked without a call per value, for imports of
    many rows. Tables with an address field always say False.
    """
    rules = field_rules(table)
    lines, ranges, choices = rules.lines, rules.ranges, rules.choices
    if rules.addresses:
        return lambda values: False

    def fine(values: dict[str, object]) -> bool:
        for name, value in values.items():
            if name in choices:
                allowed, optional = choices[name]
                if value is None and optional:
                    continue
                if type(value) is not str or value not in allowed:
                    return False
            elif name in ranges:
                low, high, optional = ranges[name]
                if value is None and optional:
                    continue
                if type(value) is not int or not low <= value <= high:
                    return False
            elif isinstance(value, str):
                limit, required = lines.get(name, (TEXT_MAX, False))
                if (
                    type(value) is not str
                    or len(value) > limit
                    or "\x00" in value
                    or not value.isascii()
                    or (required and not value.strip())
                ):
                    return False
        return True

    return fine
