"""Start, switch, export and import times, each held against its floor measured in the same run.

Usage: .venv/bin/python scripts/bench.py [--reps 5] [--write docs/benchmarks.md] [--section latest]
(``bash scripts/bench.sh`` sets everything up first and passes its arguments here.)

Every figure is the median of ``--reps`` whole-process runs (the app started, a command run) and
is printed next to a floor timed in the same run, one repetition of each floor beside one of each
figure, so a slow or busy machine moves both and the ratio keeps its meaning. The floors:

- **bare window**: a PySide6 ``QMainWindow`` shown and painted offscreen (``bench_gui.py bare``);
- **sqlmodel**: ``python -c "import sqlmodel"``;
- **sqlmodel + platypus**: ``python -c "import sqlmodel, reportlab.platypus"``.

The journals are the demo's (``demo --size small|large|huge``), written into a private temporary
folder that is removed afterwards; the GUI runs offscreen with a fresh, empty settings folder.
With ``--write`` the table replaces the section ``--section`` of that Markdown file (between
``<!-- bench:NAME -->`` and ``<!-- /bench:NAME -->``), with the machine, the date and the commit.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable
GUI = str(ROOT / "scripts" / "bench_gui.py")
SEARCH_TEXT = "embolisation"


# Runs one command in-process and prints its peak resident memory (KB) as the last word: its own
# high-water mark (VmHWM), not ru_maxrss, which on Linux keeps the RSS of the forking parent.
_MEASURE = (
    "import resource, sys\n"
    "from secondopinion import cli\n"
    "rc = cli.run(sys.argv[1:])\n"
    "try:\n"
    "    with open('/proc/self/status') as f:\n"
    "        kb = next(int(x.split()[1]) for x in f if x.startswith('VmHWM:'))\n"
    "except OSError:\n"
    "    kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
    "    kb //= 1024 if sys.platform == 'darwin' else 1\n"
    "print(kb)\n"
    "sys.exit(rc)\n"
)


def observations_bundle(n: int) -> bytes:
    """A FHIR R4 collection Bundle of one person and ``n`` lab Observations: the same file the
    records-import tests time (one generator, ``tests/unit/records_fixtures.many_observations``)."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from tests.unit.records_fixtures import many_observations

    return many_observations(n)


@dataclass
class Figure:
    """One row of the table: its samples, the floor it is held to, and the target."""

    name: str
    unit: str = "s"
    floor: str | None = None  # the name of a floor (or "window+sqlmodel")
    target: float | None = None  # a ratio when floor is set, else an absolute value in unit
    samples: list[float] = field(default_factory=list)

    def median(self) -> float | None:
        return statistics.median(self.samples) if self.samples else None


class Bench:
    def __init__(self, folder: Path, reps: int, encrypted: bool) -> None:
        self.folder = folder
        self.reps = reps
        self.env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONDONTWRITEBYTECODE="1")
        self.env.pop(("SECONDOPINION_PASSPHRASE"), None)
        self.floors: dict[str, list[float]] = {"window": [], "sqlmodel": [], "platypus": []}
        self.figures: dict[str, Figure] = {}
        self.notes: list[str] = []
        self.encrypted = encrypted

    # --- running -----------------------------------------------------------------------------

    def _run(self, args: list[str], env: dict[str, str] | None = None) -> tuple[float, str]:
        """Seconds from spawn to exit, and what the process printed."""
        start = time.monotonic()
        done = subprocess.run(args, env=env or self.env, capture_output=True, text=True)
        took = time.monotonic() - start
        if done.returncode != 0:
            raise RuntimeError(f"{' '.join(args)} failed: {done.stderr.strip()[-500:]}")
        return took, done.stdout

    def cli(self, *args: str, env: dict[str, str] | None = None) -> float:
        return self._run([PY, "-m", "secondopinion", *args], env)[0]

    def gui(self, mode: str, journal: Path | None = None) -> dict[str, float]:
        """One start of bench_gui.py; its milestones as seconds after the spawn."""
        home = Path(tempfile.mkdtemp(dir=self.folder, prefix="home-"))
        env = dict(self.env, SECONDOPINION_HOME=str(home))
        args = [PY, GUI, mode] + ([str(journal)] if journal else [])
        start = time.monotonic()
        _took, out = self._run(args, env)
        shutil.rmtree(home, ignore_errors=True)
        result = json.loads(out.strip().splitlines()[-1])
        for key in ("paint", "ready", "prompt"):
            if key in result:
                result[key] -= start
        return result  # type: ignore[no-any-return]

    def add(self, name: str, value: float, **spec: object) -> None:
        figure = self.figures.setdefault(name, Figure(name, **spec))  # type: ignore[arg-type]
        figure.samples.append(value)

    # --- the journals ------------------------------------------------------------------------

    def prepare(self) -> None:
        # As pip does when it installs the wheel (and the bundle ships): our modules byte-compiled.
        # The runs have PYTHONDONTWRITEBYTECODE, so an editable checkout would otherwise compile
        # every module from source at every start, while the floors' packages were compiled at
        # their install.
        subprocess.run([PY, "-m", "compileall", "-q", str(ROOT / "secondopinion")], check=True)
        self.notes.append("secondopinion byte-compiled first (compileall), as an install does")
        for size in ("small", "large", "huge"):
            took = self.cli("demo", "--out", str(self.journal(size)), "--size", size)
            self.notes.append(f"demo --size {size} written in {took:.1f} s")
        locked_env = dict(self.env, SECONDOPINION_PASSPHRASE="benchmark passphrase")
        self.cli("demo", "--out", str(self.folder / "locked.sojournal"), env=locked_env)
        took = self.cli(
            "export", "json", "--journal", str(self.journal("huge")), "--out", str(self.huge_json)
        )
        self.notes.append(f"export json of huge in {took:.1f} s")
        self.records.write_bytes(observations_bundle(50_000))

    def journal(self, size: str) -> Path:
        return self.folder / f"{size}.sojournal"

    @property
    def huge_json(self) -> Path:
        return self.folder / "huge.json"

    @property
    def records(self) -> Path:
        return self.folder / "records-50000.json"

    # --- one repetition of everything --------------------------------------------------------

    def floor_runs(self) -> None:
        self.floors["window"].append(self.gui("bare")["paint"])
        self.floors["sqlmodel"].append(self._run([PY, "-c", "import sqlmodel"])[0])
        self.floors["platypus"].append(
            self._run([PY, "-c", "import sqlmodel, reportlab.platypus"])[0]
        )

    def start_runs(self) -> None:
        for size in ("small", "large", "huge"):
            r = self.gui("start", self.journal(size))
            self.add(f"first paint, {size}", r["paint"], floor="window", target=2.0)
            target = 1.5 if size == "small" else 1.8
            self.add(f"content ready, {size}", r["ready"], floor="window+sqlmodel", target=target)
            if size != "small":
                limit = 150.0 if size == "large" else 160.0
                self.add(f"peak memory at ready, {size}", r["rss_mb"], unit="MB", target=limit)
        r = self.gui("unlock", self.folder / "locked.sojournal")
        self.add("passphrase prompt painted", r["prompt"], floor="window", target=2.0)

    def command_runs(self) -> None:
        huge, small = str(self.journal("huge")), str(self.journal("small"))
        self.add("check, huge", self.cli("check", "--journal", huge), floor="sqlmodel", target=1.3)
        self.add(
            "search, huge",
            self.cli("search", "--journal", huge, SEARCH_TEXT),
            floor="sqlmodel",
            target=1.3,
        )
        pdf = str(self.folder / "packet.pdf")
        self.add(
            "export pdf, small",
            self.cli("export", "pdf", "--journal", small, "--out", pdf),
            floor="platypus",
            target=1.5,
        )
        self.add(
            "export pdf, huge",
            self.cli("export", "pdf", "--journal", huge, "--out", pdf),
            floor="platypus",
            target=2.5,
        )
        target = self.folder / "imported.sojournal"
        for suffix in ("", "-wal", "-shm", ".lock"):
            Path(f"{target}{suffix}").unlink(missing_ok=True)
        took = self.cli("import", "json", "--journal", str(target), str(self.huge_json))
        self.add("import json, huge", took, target=3.0)
        try:
            self.records_runs()
        except RuntimeError as exc:  # one broken figure must not lose the others
            self.notes.append(f"FAILED: import records, 50,000 observations ({str(exc)[-160:]})")

    def records_runs(self) -> None:
        """import records of a 50,000-observation FHIR bundle into a copy of the small demo."""
        target = self.folder / "records-target.sojournal"
        for suffix in ("", "-wal", "-shm", ".lock"):
            Path(f"{target}{suffix}").unlink(missing_ok=True)
        shutil.copyfile(self.journal("small"), target)
        target.chmod(0o600)
        start = time.monotonic()
        _took, printed = self._run(
            [PY, "-c", _MEASURE, "import", "records", "--journal", str(target), str(self.records)]
        )
        took = time.monotonic() - start
        self.add("import records, 50,000 observations", took, target=10.0)
        peak_mb = int(printed.split()[-1]) / 1024
        self.add("peak memory, import records 50,000", peak_mb, unit="MB", target=300.0)

    def in_process_runs(self) -> None:
        r = self.gui("inprocess", self.journal("huge"))
        for tab, ms in r["tabs_ms"].items():
            self.add(f"switch to {tab}, huge (first time)", ms, unit="ms", target=100.0)
        if "entry_ms" not in r:
            self.notes.append("FAILED: the in-process run stopped before typing an entry")
            return
        if not r.get("entry_shown"):
            self.notes.append("WARNING: the typed symptom entry did not show in the log")
        self.add("symptom entry typed + Enter, huge", r["entry_ms"], unit="ms", target=50.0)
        self.add("search in-process, huge", r["search_ms"], unit="ms", target=20.0)

    def run(self, log: Callable[[str], None]) -> None:
        self.prepare()
        for rep in range(self.reps):
            start = time.monotonic()
            self.floor_runs()
            self.start_runs()
            self.command_runs()
            self.in_process_runs()
            log(f"repetition {rep + 1}/{self.reps} took {time.monotonic() - start:.0f} s")

    # --- the table ---------------------------------------------------------------------------

    def floor(self, name: str) -> float:
        if name == "window+sqlmodel":
            return self.floor("window") + self.floor("sqlmodel")
        return statistics.median(self.floors[name])

    def rows(self) -> list[tuple[str, str, str, str, str, str]]:
        rows = []
        for f in self.figures.values():
            value = f.median()
            assert value is not None
            shown = f"{value:.2f} s" if f.unit == "s" else f"{value:.0f} {f.unit}"
            if f.floor is not None:
                floor = self.floor(f.floor)
                ratio = value / floor
                rows.append(
                    (
                        f.name,
                        shown,
                        f"{FLOOR_NAMES[f.floor]} {floor:.2f} s",
                        f"{ratio:.2f}×",
                        f"≤ {f.target:.1f}×",
                        "yes" if f.target is not None and ratio <= f.target else "NO",
                    )
                )
            else:
                assert f.target is not None
                rows.append(
                    (
                        f.name,
                        shown,
                        "—",
                        "—",
                        f"≤ {f.target:g} {f.unit}",
                        "yes" if value <= f.target else "NO",
                    )
                )
        small = self.figures.get("content ready, small")
        huge = self.figures.get("content ready, huge")
        if small and huge and small.median() and huge.median():
            grow = huge.median() / small.median() - 1  # type: ignore[operator]
            rows.append(
                (
                    "content ready, huge vs small",
                    f"{grow * 100:+.0f} %",
                    "small",
                    "—",
                    "≤ +15 %",
                    "yes" if grow <= 0.15 else "NO",
                )
            )
        return rows

    def table(self) -> str:
        lines = [
            "| figure | median | floor (same run) | ratio | target | met |",
            "|---|---:|---|---:|---|---|",
        ]
        lines += ["| " + " | ".join(r) + " |" for r in self.rows()]
        return "\n".join(lines)


FLOOR_NAMES = {
    "window": "bare window",
    "sqlmodel": "import sqlmodel",
    "platypus": "import sqlmodel+platypus",
    "window+sqlmodel": "bare window + import sqlmodel",
}


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (
        f"{cpu}, {os.cpu_count()} cores, {platform.system()} {platform.release()}, "
        f"Python {platform.python_version()}"
    )


def commit() -> str:
    try:
        sha = subprocess.run(
            ["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "-C", str(ROOT), "status", "--porcelain", "--untracked-files=no"],
            capture_output=True,
            text=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return sha + (" (with uncommitted changes)" if dirty else "")


def report(bench: Bench, reps: int, took: float) -> str:
    when = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    head = [
        f"Commit {commit()}, {when}; {machine()}.",
        f"Medians of {reps} whole-process runs each (load average {load:.1f} at the end; "
        f"the whole run took {took / 60:.1f} min).",
    ]
    tail = [""] + [f"- {n}" for n in bench.notes] if bench.notes else []
    return "\n".join(head) + "\n\n" + bench.table() + "\n" + "\n".join(tail)


def write_section(path: Path, section: str, text: str) -> None:
    begin, end = f"<!-- bench:{section} -->", f"<!-- /bench:{section} -->"
    block = f"{begin}\n{text.rstrip()}\n{end}"
    old = path.read_text() if path.exists() else "# Benchmarks\n"
    pattern = re.compile(re.escape(begin) + r".*?" + re.escape(end), re.S)
    new = pattern.sub(lambda _m: block, old) if pattern.search(old) else old + "\n" + block + "\n"
    path.write_text(new)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--reps", type=int, default=5, help="whole-process runs per figure")
    ap.add_argument("--write", type=Path, help="put the table in this Markdown file")
    ap.add_argument("--section", default="latest", help="which section of it (default: latest)")
    args = ap.parse_args()
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="secondopinion-bench-") as tmp:
        os.chmod(tmp, 0o700)
        bench = Bench(Path(tmp), args.reps, encrypted=False)
        bench.run(lambda line: print(line, file=sys.stderr, flush=True))
    text = report(bench, args.reps, time.monotonic() - started)
    print(text)
    if args.write:
        write_section(args.write, args.section, text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
