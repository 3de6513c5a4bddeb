"""The layout checks hold with the fonts desktops really have, not only with the bundled one.

The suite itself sees only the bundled DejaVu Sans (``tests/fonts.py``), so what it measures is
the same on every machine. Here the clipping checks run again in a fresh process with each real
font set: the Ghostscript fonts beside DejaVu (a glyph DejaVu lacks, such as a check mark, then
comes from a taller font), and everything the machine has (with ``fonts-urw-base35`` and
``fonts-noto-core``, which ``scripts/setup.sh --dev`` installs when run as root).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QFont, QFontDatabase, QFontInfo

from secondopinion.ui.app import make_app
from tests import fonts

ROOT = Path(__file__).resolve().parents[2]
CLIPPING_CHECKS = [
    "tests/ui/test_dark_and_large.py::test_nothing_clipped_at_1024x700",
    "tests/ui/test_dark_and_large.py::test_twice_the_font_size",
    "tests/ui/test_windows_fit.py",
]


def test_the_suite_sees_only_the_bundled_font() -> None:
    if fonts.current() != "bundled":
        pytest.skip(f"this run uses the {fonts.current()} font set")
    make_app()
    aliases = {"Monospace", "Sans Serif", "Serif"}  # fontconfig's generic names, all DejaVu here
    assert set(QFontDatabase.families()) - aliases == {"DejaVu Sans"}
    assert {QFontInfo(QFont(family)).family() for family in aliases} == {"DejaVu Sans"}


@pytest.mark.parametrize("font_set", ["ghostscript", "machine"])
def test_nothing_clipped_with_real_fonts(font_set: str) -> None:
    if fonts.current() != "bundled":
        pytest.skip("started from the bundled-font run")
    why = fonts.missing(font_set)
    if why:
        pytest.skip(why)
    env = {k: v for k, v in os.environ.items() if k != "FONTCONFIG_FILE"}
    env[fonts.ENV] = font_set
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *CLIPPING_CHECKS],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=1800,
        check=False,
    )
    assert run.returncode == 0, f"with the {font_set} fonts:\n{run.stdout[-8000:]}{run.stderr}"
    assert " passed" in run.stdout and "skipped" not in run.stdout, run.stdout[-2000:]
