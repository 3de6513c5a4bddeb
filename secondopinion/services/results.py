"""Results over time: one line per test with its latest value, a test's history, typed results.

A *test* is the results that share a LOINC code, or, without one, a name (case folded): the same
key ``services.next_steps.flagged_results`` uses. The flag shown is the lab's interpretation;
when the lab gave none and the value lies outside the reference range, the range decides
(``flag_of``), so a Synthea file without interpretations still shows its high values.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlmodel import col

from secondopinion.domain import lab_results
from secondopinion.domain.enums import ResultFlag
from secondopinion.domain.lab_results import flag_of as flag_of
from secondopinion.domain.lab_results import range_text as range_text
from secondopinion.domain.lab_results import test_key as test_key
from secondopinion.domain.lab_results import value_text as value_text
from secondopinion.domain.validation import FieldError, check_fields
from secondopinion.domain.wording import Sentence
from secondopinion.store import commands
from secondopinion.store.journal import Journal
from secondopinion.store.tables import Result


@dataclass(frozen=True)
class TestLine:
    """One test on the Results page: its latest result and the numbers before it."""

    key: str
    latest: Result
    count: int
    values: tuple[float, ...]  # numeric values, oldest first (the small trend)

    @property
    def flag(self) -> ResultFlag:
        return flag_of(self.latest)


def _ordered(journal: Journal) -> list[Result]:
    return commands.rows(journal, Result, order_by=(col(Result.taken_at), col(Result.id)))


def latest_per_test(journal: Journal) -> list[TestLine]:
    """Every test once, with its latest result; tests in alphabetical order of their name."""
    grouped: dict[str, list[Result]] = {}
    for r in _ordered(journal):
        grouped.setdefault(test_key(r), []).append(r)
    lines = [
        TestLine(
            key=key,
            latest=found[-1],
            count=len(found),
            values=tuple(r.value for r in found if r.value is not None),
        )
        for key, found in grouped.items()
    ]
    return sorted(lines, key=lambda line: (line.latest.test_name.casefold(), line.key))


def history(journal: Journal, key: str) -> list[Result]:
    """The results of one test, oldest first."""
    return [r for r in _ordered(journal) if test_key(r) == key]


def recent_for_packet(journal: Journal, limit: int = 30) -> list[Result]:
    """The packet's "Recent results": flagged latest results first, then the other latest ones."""
    return lab_results.recent_for_packet(_ordered(journal), limit)


# --- typing results by hand ----------------------------------------------------------------------


def parse_number(field: str, text: str) -> float | None:
    text = text.strip().replace(",", ".")
    if not text:
        return None
    try:
        number = float(text)
    except ValueError:
        raise FieldError(field, Sentence("Write a number, for example 12.5.")) from None
    if not math.isfinite(number):
        raise FieldError(field, Sentence("Write a number, for example 12.5."))
    return number


def result_values(
    *,
    test_name: str,
    value: str,
    unit: str = "",
    range_low: str = "",
    range_high: str = "",
    interpretation: str = "",
    taken_at: datetime | None = None,
    reported_by: str = "",
    loinc: str = "",
    notes: str = "",
) -> dict[str, Any]:
    """The fields of a typed result, checked; a value that is not a number is kept as text."""
    text = value.strip()
    number: float | None = None
    comparator = ""
    stripped = text.lstrip("<>=≤≥ ")
    if text:
        try:
            number = parse_number("value", stripped)
            comparator = text[: len(text) - len(stripped)].strip()
        except FieldError:
            number = None
    values: dict[str, Any] = {
        "test_name": test_name.strip(),
        "loinc": loinc.strip(),
        "value": number,
        "value_text": comparator if number is not None else text,
        "unit": unit.strip(),
        "range_low": parse_number("range_low", range_low),
        "range_high": parse_number("range_high", range_high),
        "interpretation": ResultFlag(interpretation).value,
        "taken_at": taken_at,
        "reported_by": reported_by.strip(),
        "notes": notes,
    }
    check_fields("result", values)
    return values


ResultRow = Result  # what the ui handles (it never imports the store itself)


def new_result(**values: Any) -> Result:
    """A typed result, checked, not yet stored (the ui adds it as an undoable step)."""
    return Result(**result_values(**values))


def add_result(journal: Journal, **values: Any) -> Result:
    return commands.add(journal, new_result(**values))


def get_result(journal: Journal, key: int) -> Result | None:
    return commands.get(journal, Result, key)


def restore_fields(journal: Journal, key: int, fields: dict[str, Any]) -> Result:
    """Put stored fields back as they were (the undo of an edit)."""
    return commands.update(journal, Result, key, **fields)


def update_result(journal: Journal, key: int, **values: Any) -> Result:
    return commands.update(journal, Result, key, **result_values(**values))
