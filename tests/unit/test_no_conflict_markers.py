"""No merge-conflict markers are committed (a marker inside a docstring still imports fine)."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FOLDERS = ("secondopinion", "tests", "docs", "scripts", "packaging", "resources", "requirements")
TOP_FILES = ("pyproject.toml", "setup.py", "conftest.py", "README.md")
TEXT_SUFFIXES = {".py", ".md", ".toml", ".txt", ".sh", ".ts", ".po", ".pot", ".cfg", ".spec"}
# Built at run time so that this file does not hold a marker itself.
MARKER = re.compile("^(" + "<" * 7 + "|" + ">" * 7 + ")( |$)", re.MULTILINE)


def _text_files() -> list[Path]:
    files = [ROOT / name for name in TOP_FILES if (ROOT / name).is_file()]
    for folder in FOLDERS:
        files.extend(
            path
            for path in (ROOT / folder).rglob("*")
            if path.is_file() and path.suffix in TEXT_SUFFIXES and "__pycache__" not in path.parts
        )
    return files


def test_no_conflict_markers_in_the_tree() -> None:
    files = _text_files()
    assert any(path.name == "app.py" for path in files)  # the walk does reach the package
    found = [
        f"{path.relative_to(ROOT)}:{text.count(chr(10), 0, match.start()) + 1}"
        for path in files
        for text in [path.read_text(encoding="utf-8", errors="replace")]
        for match in MARKER.finditer(text)
    ]
    assert found == [], f"merge conflict markers committed: {found}"
