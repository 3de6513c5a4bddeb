"""The demo journals: sizes as documented, and the same rows every time."""

from collections import Counter

from secondopinion.services.demo import ANCHOR, build


def test_huge_holds_what_the_benchmarks_promise() -> None:
    rows = build("huge")
    counts = Counter({table: len(found) for table, found in rows.items()})
    assert counts["symptom_entry"] == 100_000
    assert counts["record_request"] == 2_000
    assert counts["doctor"] == 1_000
    assert counts["visit"] == 1_500
    latest = max(r["recorded_at"] for r in rows["symptom_entry"])
    earliest = min(r["recorded_at"] for r in rows["symptom_entry"])
    assert (latest - earliest).days > 365  # a long log, not 100,000 entries crammed in 110 days
    assert latest.date() <= ANCHOR  # and it ends by the demo's "today"


def test_sizes_are_deterministic() -> None:
    assert build("small") == build("small")
