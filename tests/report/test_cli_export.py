"""The command-line contract for the two PDF exports."""

from __future__ import annotations

import stat
from pathlib import Path

from tests.cli_process import run_secondopinion
from tests.report.conftest import pdf_text

_run = run_secondopinion


def test_export_pdf_and_compare(demo_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "packet.pdf"
    done = _run(
        "export",
        "pdf",
        "--journal",
        str(demo_path),
        "--out",
        str(out),
        "--paper",
        "letter",
        "--concern",
        "chronic lower back pain",
    )
    assert done.returncode == 0, done.stderr
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert "Chronic lower back pain" in pdf_text(out)

    compared = tmp_path / "compare.pdf"
    done = _run("export", "compare", "--journal", str(demo_path), "--out", str(compared))
    assert done.returncode == 0, done.stderr
    assert stat.S_IMODE(compared.stat().st_mode) == 0o600
    assert "Comparison of opinions" in pdf_text(compared)


def test_bad_concern_is_usage_error_in_one_line(demo_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "packet.pdf"
    done = _run(
        "export",
        "pdf",
        "--journal",
        str(demo_path),
        "--out",
        str(out),
        "--concern",
        "No such concern",
    )
    assert done.returncode == 2
    assert len(done.stderr.strip().splitlines()) == 1
    assert "No such concern" in done.stderr
    assert not out.exists()


def test_overwrites_atomically_and_leaves_no_temp_files(demo_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "packet.pdf"
    out.write_bytes(b"old")
    done = _run("export", "pdf", "--journal", str(demo_path), "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert out.read_bytes().startswith(b"%PDF-")
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".packet")) == []


def test_text_no_font_can_draw_gives_one_warning_line(demo_path: Path, tmp_path: Path) -> None:
    from secondopinion.store import commands
    from secondopinion.store.journal import Journal
    from secondopinion.store.tables import Concern

    journal = Journal.open(demo_path)
    first = commands.rows(journal, Concern)[0]
    commands.update(journal, Concern, first.id, title="Cough 咳嗽 and my private worries")
    journal.close()
    no_fonts = tmp_path / "no-fonts"
    no_fonts.mkdir()
    out = tmp_path / "packet.pdf"
    done = _run(
        "export",
        "pdf",
        "--journal",
        str(demo_path),
        "--out",
        str(out),
        "--concern",
        "Cough 咳嗽 and my private worries",
        env={"SECONDOPINION_FONT_PATH": str(no_fonts)},
    )
    assert done.returncode == 0, done.stderr
    assert out.read_bytes().startswith(b"%PDF-")
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith("secondopinion: warning: ")
    assert "no installed font can draw" in lines[0]
    assert '(first: "咳嗽")' in lines[0]
    assert "private" not in lines[0]  # the characters are named, not the text around them
