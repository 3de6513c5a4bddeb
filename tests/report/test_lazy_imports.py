"""An export loads the bidi algorithm and fontTools only when its text needs them (issue 12)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
RENDER = """
import sys
from datetime import date
from secondopinion.report.data import ConcernInfo, PacketData, PacketOptions, PersonInfo
from secondopinion.report.packet import render_packet
data = PacketData(PersonInfo({name!r}), ConcernInfo({title!r}), date(2026, 10, 1))
assert render_packet(data, PacketOptions()).pdf.startswith(b"%PDF")
print(" ".join(m for m in ("fontTools", "secondopinion.report.bidi_levels") if m in sys.modules))
"""


@pytest.mark.parametrize(
    ("name", "title", "loaded"),
    [
        ("Mei", "Back pain", ""),  # English only: neither
        # Hebrew and Arabic: the bidi levels; the bundled font draws them, so no fontTools
        ("מרים", "Back pain مرحبا", "secondopinion.report.bidi_levels"),
    ],
)
def test_what_an_export_loads(name: str, title: str, loaded: str) -> None:
    run = subprocess.run(
        [sys.executable, "-c", RENDER.format(name=name, title=title)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    assert run.stdout.strip() == loaded
