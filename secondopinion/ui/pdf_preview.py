"""Pictures of a PDF's first pages for the export preview, and its page count.

The pages are rasterised with poppler's ``pdftoppm`` through pipes, so no page image or PDF of
the person's text is ever written to a temporary file. (QtPdf would do it in-process, but it ships
in PySide6-Addons, not in the PySide6-Essentials this app depends on.)
"""

from __future__ import annotations

import re
import shutil
import subprocess

PREVIEW_PAGES = 6
PREVIEW_DPI = 60


def rasterise(pdf: bytes, pages: int = PREVIEW_PAGES, dpi: int = PREVIEW_DPI) -> list[bytes]:
    """PNG images of the first ``pages`` pages, through pipes only; [] without pdftoppm."""
    tool = shutil.which("pdftoppm")
    if tool is None:
        return []
    images = []
    for number in range(1, pages + 1):
        done = subprocess.run(
            # PDF from stdin and, with no output root, the image on stdout: no files at all
            [
                tool,
                "-png",
                "-r",
                str(dpi),
                "-f",
                str(number),
                "-l",
                str(number),
                "-singlefile",
                "-",
            ],
            input=pdf,
            capture_output=True,
            timeout=60,
            check=False,
        )
        if done.returncode != 0 or not done.stdout:
            break
        images.append(done.stdout)
    return images


def page_count(pdf: bytes) -> int:
    """How many pages ``pdf`` has (ReportLab writes one ``/Type /Page`` object per page)."""
    return len(re.findall(rb"/Type\s*/Page\b", pdf))
