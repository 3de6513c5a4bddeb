"""``export pdf`` imports what the packet needs and nothing more (each import is start-up time)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from xml.sax.saxutils import escape as sax_escape

import pytest

from secondopinion.report.text import escape

NOT_FOR_THE_PACKET = (
    "alembic",  # only when a migration is due
    "secondopinion.services.comparison_pdf",  # the other PDF
    "xml.sax",  # saxutils.escape pulled in urllib.request, http.client and email
    "urllib.request",
    "http.client",
    # the packet is read in plain SQL (services.packet_reads): no ORM, no table classes
    "sqlalchemy",
    "sqlmodel",
    "pydantic",
    "secondopinion.store.tables",
    "secondopinion.store.commands",
    "secondopinion.services.concerns",
    "secondopinion.services.results",
)


def test_export_pdf_imports_nothing_the_packet_does_not_use(
    demo_path: Path, tmp_path: Path
) -> None:
    probe = (
        "import sys\n"
        "from secondopinion import cli\n"
        f"argv = ['export', 'pdf', '--journal', {str(demo_path)!r}, '--out', "
        f"{str(tmp_path / 'p.pdf')!r}]\n"
        "assert cli.run(argv) == 0\n"
        f"print(sorted(m for m in {NOT_FOR_THE_PACKET!r} if m in sys.modules))\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
    assert (tmp_path / "p.pdf").read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize(
    "typed",
    ["", "plain", "a < b > c & d", "&amp;&lt;", "<b>bold</b>", "\"quoted\" 'single'", "é ש 中 🙂"],
)
def test_escape_is_the_one_xml_sax_gave(typed: str) -> None:
    assert escape(typed) == sax_escape(typed)
