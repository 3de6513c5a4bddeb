"""The command-line contract: exit 0/1/2, one clear line on stderr, never a traceback."""

import hashlib
import subprocess
from pathlib import Path

import pytest

from secondopinion import __version__
from tests.cli_process import run_secondopinion


def run(*args: str, env: dict | None = None) -> subprocess.CompletedProcess[str]:
    return run_secondopinion(*args, env=env, without=["SECONDOPINION_PASSPHRASE"])


def one_line_error(result: subprocess.CompletedProcess[str]) -> str:
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    return lines[0]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"secondopinion {__version__}"


def test_demo_check_export_import_round_trip(tmp_path: Path) -> None:
    journal = tmp_path / "demo.sojournal"
    assert run("demo", "--out", str(journal)).returncode == 0
    assert journal.stat().st_mode & 0o777 == 0o600
    check = run("check", "--journal", str(journal))
    assert check.returncode == 0 and check.stdout.strip() == "ok"
    first, second = tmp_path / "1.json", tmp_path / "2.json"
    assert run("export", "json", "--journal", str(journal), "--out", str(first)).returncode == 0
    copy = tmp_path / "copy.sojournal"
    assert run("import", "json", "--journal", str(copy), str(first)).returncode == 0
    assert run("export", "json", "--journal", str(copy), "--out", str(second)).returncode == 0
    assert first.read_bytes() == second.read_bytes()


def test_demo_is_deterministic(tmp_path: Path) -> None:
    a, b = tmp_path / "a.sojournal", tmp_path / "b.sojournal"
    for path in (a, b):
        assert run("demo", "--out", str(path)).returncode == 0
        assert (
            run("export", "json", "--journal", str(path), "--out", f"{path}.json").returncode == 0
        )
    assert Path(f"{a}.json").read_bytes() == Path(f"{b}.json").read_bytes()


@pytest.mark.parametrize(
    "args",
    [
        ("bogus",),
        ("demo",),
        ("export", "pdf", "--out", "x.pdf"),
        ("demo", "--out", "x", "--size", "giant"),
        ("export", "yaml", "--journal", "j", "--out", "o"),
    ],
)
def test_bad_usage_exits_2_with_one_line(args: tuple[str, ...], tmp_path: Path) -> None:
    result = run(*args)
    assert result.returncode == 2
    assert "see --help" in one_line_error(result)


def test_demo_refuses_to_overwrite(tmp_path: Path) -> None:
    target = tmp_path / "exists.sojournal"
    target.write_bytes(b"precious")
    result = run("demo", "--out", str(target))
    assert result.returncode == 2
    assert "already exists" in one_line_error(result)
    assert target.read_bytes() == b"precious"


def _truncated_journal(tmp_path: Path) -> Path:
    whole = tmp_path / "whole.sojournal"
    assert run("demo", "--out", str(whole)).returncode == 0
    cut = tmp_path / "cut.sojournal"
    data = whole.read_bytes()
    cut.write_bytes(data[: len(data) // 2])
    return cut


@pytest.mark.parametrize("kind", ["image", "text", "empty", "truncated", "missing", "folder"])
def test_files_that_are_not_journals_are_refused_unchanged(tmp_path: Path, kind: str) -> None:
    path = tmp_path / f"{kind}.sojournal"
    if kind == "image":
        path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(4000))
    elif kind == "text":
        path.write_text("Dear diary,\n" * 500, encoding="utf-8")
    elif kind == "empty":
        path.write_bytes(b"")
    elif kind == "truncated":
        path = _truncated_journal(tmp_path)
    elif kind == "folder":
        path.mkdir()
    before = digest(path) if path.is_file() else None
    for args in (
        ("check", "--journal", str(path)),
        ("export", "json", "--journal", str(path), "--out", str(tmp_path / "o.json")),
    ):
        result = run(*args)
        assert result.returncode == 1, result.stderr
        line = one_line_error(result)
        assert line.startswith("secondopinion: ")
    if before is not None:
        assert digest(path) == before
    assert not (tmp_path / "o.json").exists()
    assert not Path(f"{path}-wal").exists()


def test_import_of_a_bad_file_fails_cleanly_and_creates_nothing(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{ nope", encoding="utf-8")
    target = tmp_path / "new.sojournal"
    result = run("import", "json", "--journal", str(target), str(bad))
    assert result.returncode == 1
    assert "not valid JSON" in one_line_error(result)
    assert not target.exists()
    missing = run("import", "json", "--journal", str(target), str(tmp_path / "nope.json"))
    assert missing.returncode == 2
    one_line_error(missing)


def test_encrypted_demo_needs_its_passphrase(tmp_path: Path) -> None:
    journal = tmp_path / "secret.sojournal"
    secret = {"SECONDOPINION_PASSPHRASE": "correct horse"}
    assert run("demo", "--out", str(journal), env=secret).returncode == 0
    assert not journal.read_bytes().startswith(b"SQLite format 3")
    assert run("check", "--journal", str(journal), env=secret).returncode == 0
    wrong = run("check", "--journal", str(journal), env={"SECONDOPINION_PASSPHRASE": "nope"})
    assert wrong.returncode == 1
    assert "passphrase" in one_line_error(wrong)
    missing = run("check", "--journal", str(journal), env={"SECONDOPINION_PASSPHRASE": ""})
    assert missing.returncode == 1
    assert "passphrase" in one_line_error(missing)


def test_backup_works_while_the_journal_is_open_elsewhere(tmp_path: Path) -> None:
    from secondopinion.store.journal import Journal

    journal = tmp_path / "demo.sojournal"
    assert run("demo", "--out", str(journal)).returncode == 0
    out = tmp_path / "copy.sojournal"
    with Journal.open(journal):  # this process holds the journal, as the app would
        result = run("backup", "--journal", str(journal), "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert out.stat().st_mode & 0o777 == 0o600
    assert run("check", "--journal", str(out)).returncode == 0
    text = tmp_path / "notes.txt"
    text.write_text("not a journal\n" * 100, encoding="utf-8")
    refused = run("backup", "--journal", str(text), "--out", str(tmp_path / "x.sojournal"))
    assert refused.returncode == 1
    one_line_error(refused)
    assert not (tmp_path / "x.sojournal").exists()
