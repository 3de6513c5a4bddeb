"""Reading a lab result: its test, its flag, its value and range as text, the packet's choice.

Plain functions over anything with a result's fields (the ``Result`` table class, or the plain
rows the packet reads in SQL), so the packet can pick and word results without the table classes.
``services.results`` re-exports them under the names its callers use.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Protocol, TypeVar

from secondopinion.domain.enums import ResultFlag


class ResultLike(Protocol):
    @property
    def test_name(self) -> str: ...
    @property
    def loinc(self) -> str: ...
    @property
    def value(self) -> float | None: ...
    @property
    def value_text(self) -> str: ...
    @property
    def range_low(self) -> float | None: ...
    @property
    def range_high(self) -> float | None: ...
    @property
    def range_text(self) -> str: ...
    @property
    def interpretation(self) -> str: ...
    @property
    def taken_at(self) -> datetime | None: ...


R = TypeVar("R", bound=ResultLike)


def test_key(result: ResultLike) -> str:
    return (result.loinc or result.test_name).casefold()


def flag_of(result: ResultLike) -> ResultFlag:
    """The lab's flag, else high/low from the reference range, else not given."""
    if result.interpretation:
        return ResultFlag(result.interpretation)
    if result.value is not None:
        if result.range_high is not None and result.value > result.range_high:
            return ResultFlag.HIGH
        if result.range_low is not None and result.value < result.range_low:
            return ResultFlag.LOW
    return ResultFlag.NOT_GIVEN


def value_text(result: ResultLike) -> str:
    """ "12.6", "<5", "positive": the value as the lab wrote it, without the unit."""
    number = "" if result.value is None else f"{result.value:g}"
    if result.value_text and number:
        return f"{result.value_text}{number}"  # a comparator before the number
    return result.value_text or number


def range_text(result: ResultLike) -> str:
    low, high = result.range_low, result.range_high
    if low is not None and high is not None:
        return f"{low:g}–{high:g}"
    if low is not None:
        return f"≥ {low:g}"
    if high is not None:
        return f"≤ {high:g}"
    return result.range_text


def latest_of_each_test(ordered: Iterable[R]) -> list[tuple[str, list[R]]]:
    """Results (oldest first) grouped by test, the tests in alphabetical order of their latest
    result's name: ``(key, results oldest first)`` each."""
    grouped: dict[str, list[R]] = {}
    for r in ordered:
        grouped.setdefault(test_key(r), []).append(r)
    return sorted(grouped.items(), key=lambda kv: (kv[1][-1].test_name.casefold(), kv[0]))


def recent_for_packet(ordered: Iterable[R], limit: int = 30) -> list[R]:
    """The packet's "Recent results" from every result oldest first (by time, then id):
    flagged latest results first, then the other latest ones, newest first."""
    latest = [found[-1] for _key, found in latest_of_each_test(ordered)]
    newest_first = sorted(latest, key=lambda r: r.taken_at or datetime.min, reverse=True)
    flagged = [r for r in newest_first if flag_of(r).is_abnormal]
    others = [r for r in newest_first if not flag_of(r).is_abnormal]
    return (flagged + others)[:limit]
