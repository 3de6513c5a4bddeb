"""`secondopinion search --journal PATH TEXT`: one line per match, exit 0."""

import subprocess
from pathlib import Path

from secondopinion.services.search import search
from secondopinion.store.journal import Journal
from tests.cli_process import run_secondopinion


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return run_secondopinion(*args, without=["SECONDOPINION_PASSPHRASE"])


def test_prints_one_line_per_match(demo_path: Path) -> None:
    result = run("search", "--journal", str(demo_path), "fibr")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    lines = result.stdout.splitlines()
    with Journal.open(demo_path) as journal:
        expected = search(journal, "fibr")
    assert len(lines) == len(expected) > 3
    for line in lines:
        kind, concern, when, snippet = line.split("\t")
        assert kind and concern and when and "fibroid" in snippet.casefold()


def test_accents_case_and_syntax_are_plain_text(demo_path: Path) -> None:
    assert run("search", "--journal", str(demo_path), "ÉMBOLI").stdout.strip()
    for typed in ('"', "NEAR(", "-", "*"):
        result = run("search", "--journal", str(demo_path), typed)
        assert result.returncode == 0 and result.stdout == "" and result.stderr == "", typed


def test_no_match_prints_nothing_and_succeeds(demo_path: Path) -> None:
    result = run("search", "--journal", str(demo_path), "xyzzy")
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")


def test_a_missing_journal_is_one_clear_line(tmp_path: Path) -> None:
    result = run("search", "--journal", str(tmp_path / "nope.sojournal"), "x")
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr
