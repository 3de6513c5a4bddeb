"""Showing a tab does not import the PDF renderers: ReportLab comes when a PDF is made, and the
report's data classes (``secondopinion.report.data``) when a report is put together."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

PROBE = """
import sys
from secondopinion.ui.app import make_app, make_settings
from secondopinion.ui.main_window import MainWindow
make_app()
window = MainWindow(make_settings())
assert window.open_path(sys.argv[1])
window.show()
for i in range(window.tabs.count()):
    window.tabs.setCurrentIndex(i)  # each tab built and shown, as a person goes through them
    assert window.tabs.currentWidget().objectName().endswith("Tab"), i
print(sorted(m for m in sys.modules if m.startswith(("reportlab", "secondopinion.report."))))
"""


def test_showing_every_tab_imports_no_pdf_renderer(demo_path: Path, tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", SECONDOPINION_HOME=str(tmp_path))
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(demo_path)],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip().splitlines()[-1] == "[]"
