"""Time searches on the large demo journal (the budget: under 50 ms per search).

Usage: .venv/bin/python scripts/bench_search.py [--runs 25] [--journal PATH] [--encrypted]

Without --journal it writes the large demo (``write_demo(path, "large")``) into a private
temporary folder, which it removes afterwards. Each query is timed ``--runs`` times the way the
search dialog runs it (the best 200 hits plus the total count) and the way the command line runs
it (every hit); the table gives the median and the worst time of each.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from secondopinion.services.demo import write_demo
from secondopinion.services.search import count, search
from secondopinion.store.journal import Journal

DIALOG_LIMIT = 200
BUDGET_MS = 50.0
QUERIES = [
    "pain",  # thousands of symptom entries
    "worse stairs",  # two words, both common
    "fibr",  # a prefix
    "ÉMBOLI",  # case and accents folded
    "haemoglobin",  # an attachment's name
    "dr",  # a very short prefix
    "penicillin",  # one row in the health summary
    "xyzzy",  # nothing
    'NEAR "* -<b>',  # FTS syntax typed as text
]


def _time(fn: Callable[[], object], runs: int) -> tuple[float, float, object]:
    result: object = None
    times = []
    fn()  # warm the page cache once, as a person's second keystroke would find it
    for _ in range(runs):
        start = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), max(times), result


def bench(journal: Journal, runs: int) -> list[tuple[str, int, float, float, float, float]]:
    rows = []
    for q in QUERIES:

        def dialog(q: str = q) -> int:
            search(journal, q, limit=DIALOG_LIMIT)
            return count(journal, q)

        d_med, d_max, total = _time(dialog, runs)
        c_med, c_max, _ = _time(lambda q=q: search(journal, q), runs)  # type: ignore[misc]
        rows.append((q, int(total), d_med, d_max, c_med, c_max))  # type: ignore[call-overload]
    return rows


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--runs", type=int, default=25)
    ap.add_argument("--journal", type=Path)
    ap.add_argument("--encrypted", action="store_true", help="write the demo with a passphrase")
    args = ap.parse_args()
    passphrase = "benchmark passphrase" if args.encrypted else None
    with tempfile.TemporaryDirectory() as tmp:
        path = args.journal
        if path is None:
            path = Path(tmp) / "large.sojournal"
            start = time.perf_counter()
            write_demo(path, "large", passphrase).close()
            print(f"wrote the large demo in {time.perf_counter() - start:.1f} s")
        with Journal.open(path, passphrase) as journal:
            rows = bench(journal, args.runs)
    print(f"\n{args.runs} runs per query; times in ms (dialog: best {DIALOG_LIMIT} + count)\n")
    print("| query | matches | dialog median | dialog worst | all hits median | all hits worst |")
    print("|---|---:|---:|---:|---:|---:|")
    for q, total, d_med, d_max, c_med, c_max in rows:
        shown = q.replace("|", "\\|")
        print(f"| `{shown}` | {total} | {d_med:.1f} | {d_max:.1f} | {c_med:.1f} | {c_max:.1f} |")
    medians = [r[2] for r in rows]
    worst = max(r[3] for r in rows)
    print(f"\ndialog: median of medians {statistics.median(medians):.1f} ms, worst {worst:.1f} ms")
    if worst > BUDGET_MS:
        print(f"OVER BUDGET: a dialog search took {worst:.1f} ms (> {BUDGET_MS:.0f} ms)")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
