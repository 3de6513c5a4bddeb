"""Reading PDFs back: the poppler and qpdf tools, and pypdf, on files the export wrote."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from secondopinion.services.demo import write_demo
from secondopinion.store.journal import Journal

TOOLS = ("pdftotext", "pdffonts", "qpdf")


@pytest.fixture(autouse=True)
def _pdf_tools() -> None:
    missing = [t for t in TOOLS if shutil.which(t) is None]
    if missing:
        pytest.fail(f"install poppler-utils and qpdf (bash scripts/setup.sh --dev): {missing}")


@pytest.fixture(scope="session")
def demo_journals(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Journal]]:
    """The small and the large demo journal, written once for the whole run."""
    folder = tmp_path_factory.mktemp("demo")
    opened = {size: write_demo(folder / f"{size}.sojournal", size) for size in ("small", "large")}
    yield opened  # type: ignore[misc]
    for journal in opened.values():
        journal.close()


def pdf_text(path: Path, *, raw: bool = False) -> str:
    args = ["pdftotext", "-enc", "UTF-8"] + (["-raw"] if raw else [])
    return subprocess.run(
        [*args, str(path), "-"], check=True, capture_output=True, text=True
    ).stdout


def body_text(path: Path, *, landscape: bool = False) -> str:
    """The text of an A4 page's body only: no running header, no footer.

    Page furniture otherwise lands in the middle of text that flows from one page to the next.
    """
    width, height = (842, 595) if landscape else (595, 842)
    crop = ["-x", "0", "-y", "70", "-W", str(width), "-H", str(height - 70 - 52)]
    done = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "-raw", *crop, str(path), "-"],
        check=True,
        capture_output=True,
        text=True,
    )
    return done.stdout


def fonts(path: Path) -> list[tuple[str, bool]]:
    """(font name, embedded) for every font the PDF uses."""
    out = subprocess.run(["pdffonts", str(path)], check=True, capture_output=True, text=True)
    found = []
    for line in out.stdout.splitlines()[2:]:
        parts = line.split()
        # name type... encoding emb sub uni object ID: 'emb' is the 5th field from the end
        found.append((parts[0], parts[-5] == "yes"))
    return found


def qpdf_check(path: Path) -> None:
    done = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "No syntax or stream encoding errors" in done.stdout


def squeeze(text: str) -> str:
    """Text without any whitespace: words broken across lines join up again."""
    return "".join(text.split())
