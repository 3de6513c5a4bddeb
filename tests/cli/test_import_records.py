"""`secondopinion import records`: one line per file, --dry-run and refused files write nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from secondopinion.services import records_import as ri
from secondopinion.store import commands
from secondopinion.store.journal import Journal
from secondopinion.store.tables import Attachment, RecordRequest, Result
from tests.cli.test_cli import digest, one_line_error, run
from tests.unit import records_fixtures as fx

SAMPLES = Path(__file__).resolve().parents[2] / ".." / "shared" / "data" / "records-samples"
needs_samples = pytest.mark.skipif(
    not SAMPLES.is_dir(), reason=f"the public records samples are not at {SAMPLES}"
)


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    from secondopinion.services.demo import write_demo

    path = tmp_path / "demo.sojournal"
    write_demo(path).close()
    return path


def test_dry_run_prints_the_summary_and_leaves_the_journal_byte_identical(
    demo: Path, tmp_path: Path
) -> None:
    records = tmp_path / "summary.json"
    records.write_bytes(fx.bundle_json())
    before = digest(demo)
    result = run("import", "records", "--journal", str(demo), "--dry-run", str(records))
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "summary.json: would add 1 medication, 1 allergy, 1 condition, 1 procedure, 4 results; "
        "file attached to a received record request; not imported: 2 claims, 1 immunization, "
        "1 other observation (social history, surveys…); 1 entry skipped for missing parts; "
        "the person's name or date of birth in the file differs and was not changed"
    ]
    assert digest(demo) == before


def test_import_adds_then_adds_nothing(demo: Path, tmp_path: Path) -> None:
    records = tmp_path / "summary.xml"
    records.write_bytes(fx.bundle_xml())
    first = run("import", "records", "--journal", str(demo), str(records))
    assert first.returncode == 0, first.stderr
    assert first.stdout.startswith("summary.xml: added 1 medication, 1 allergy")
    second = run("import", "records", "--journal", str(demo), str(records))
    assert second.stdout.startswith("summary.xml: added nothing new; skipped 8 duplicates")
    assert "file already attached" in second.stdout


def test_a_refused_file_prints_one_line_and_leaves_the_journal_byte_identical(
    demo: Path, tmp_path: Path
) -> None:
    pdf = tmp_path / "letter.pdf"
    pdf.write_bytes(b"%PDF-1.4\n%...")
    before = digest(demo)
    result = run("import", "records", "--journal", str(demo), str(pdf))
    assert result.returncode == 1
    assert result.stdout == ""
    line = one_line_error(result)
    assert "letter.pdf: This is a PDF document; the app reads FHIR R4" in line
    assert digest(demo) == before


# --- the public samples (present on developers' machines, absent in CI's fresh clone) -----------

# file -> (medications, allergies, conditions, procedures, results) the preview counts, as the
# files hold them (see the module docstring of records_map for what counts as a result).
SAMPLE_COUNTS = {
    "hl7-ips-bundle-minimal.json": (1, 1, 1, 0, 0),
    "synthea-r4-christian-balistreri.json": (0, 0, 1, 3, 58),
    "hl7-ccda-ccd-2.xml": (0, 0, 0, 3, 9),
    "hl7-ccda-consultation-note.xml": (2, 2, 4, 0, 13),
}


@needs_samples
@pytest.mark.parametrize("name", sorted(SAMPLE_COUNTS))
def test_each_sample_imports_once_with_the_counts_of_its_resources(
    name: str, tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    from secondopinion.services.concerns import create_concern

    data = (SAMPLES / name).read_bytes()
    with Journal.create(tmp_path / "j.sojournal") as journal:
        create_concern(journal, "Second opinion")
        plan = ri.plan_import(journal, data, name)
        counts = tuple(plan.count(key) for key, _, _ in ri.KINDS)
        assert counts == SAMPLE_COUNTS[name]
        ri.apply_import(journal, plan)
        assert commands.count(journal, Result) == SAMPLE_COUNTS[name][4]
        (request,) = commands.rows(journal, RecordRequest)
        assert request.status == "received"
        (attachment,) = commands.rows(journal, Attachment)
        assert attachment.data == data and attachment.filename == name
        again = ri.plan_import(journal, data, name)
        assert not again.changes_anything
    # The C-CDA library's log lines quote the document: none of them may reach the output.
    out, err = capfd.readouterr()
    assert out == "" and err == ""


@needs_samples
def test_the_samples_mapped_fields_are_the_files(tmp_path: Path) -> None:
    from secondopinion.services.records_map import map_resources
    from secondopinion.services.records_read import read_path

    ips = map_resources(read_path(SAMPLES / "hl7-ips-bundle-minimal.json").resources)
    assert ips.person_name == "Martha DeLarosa"
    assert ips.medications[0].since == "2015-03" and ips.medications[0].how_taken == "Oral use"
    assert ips.author == "Anorg Aniza Tion BV / The best custodian ever"
    consult = map_resources(read_path(SAMPLES / "hl7-ccda-consultation-note.xml").resources)
    platelets = next(r for r in consult.results if r.loinc == "777-3")
    assert (platelets.value, platelets.unit, platelets.range_low, platelets.range_high) == (
        123.0,
        "10*9/L",
        150.0,
        350.0,
    )
    assert platelets.interpretation == "abnormal"
    assert consult.kind == "doctors_notes" and consult.author == "Good Health HIE"


# Peak memory is this process's own high-water mark (VmHWM). Not ru_maxrss: on Linux that also
# holds the RSS of the process it was forked from (kept across exec), so under a long pytest run
# whose own RSS passed 300 MB the import was "measured" at the size of pytest.
MEASURE = """
import resource, sys
from secondopinion import cli
rc = cli.run(sys.argv[1:])
usage = resource.getrusage(resource.RUSAGE_SELF)
try:
    with open("/proc/self/status") as status:
        peak_kb = next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
except OSError:  # no /proc: ru_maxrss (bytes on macOS)
    peak_kb = usage.ru_maxrss // (1024 if sys.platform == "darwin" else 1)
print(peak_kb, usage.ru_utime + usage.ru_stime, file=sys.stderr)
sys.exit(rc)
"""


def test_fifty_thousand_observations_in_bounded_time_and_memory(demo: Path, tmp_path: Path) -> None:
    """≤ 10 s of CPU and ≤ 300 MB peak (scripts/bench.py measures the wall-clock time)."""
    import subprocess
    import sys

    bundle = tmp_path / "many.json"
    bundle.write_bytes(fx.many_observations(50_000))
    done = subprocess.run(
        [sys.executable, "-c", MEASURE, "import", "records", "--journal", str(demo), str(bundle)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("many.json: added 50,000 results")
    peak_kb, cpu_s = done.stderr.split()
    assert int(peak_kb) / 1024 <= 300
    assert float(cpu_s) <= 10
    with Journal.open(demo) as journal:
        assert commands.count(journal, Result) == 50_000 + 10  # and the demo's own ten
