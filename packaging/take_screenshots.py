"""Screenshots for the AppStream metainfo (a build-time step; the PNGs are committed).

Opens the demo journal in the real main window and saves the tabs the metainfo lists:

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/take_screenshots.py

Run it again when a listed tab changes. The data folder is a temporary one: nothing of yours
is read or written.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

OUT = Path(__file__).resolve().parent / "appstream"
SHOTS = {"signs": "signsTab", "records": "recordsTab", "compare": "compareTab"}
SIZE = (1200, 760)  # about 16:10, wide enough for software centres, small enough to read


def main() -> int:
    scratch = Path(tempfile.mkdtemp(prefix="so-shots-"))
    os.environ["SECONDOPINION_HOME"] = str(scratch / "home")
    os.environ.pop("SECONDOPINION_PASSPHRASE", None)

    from PySide6.QtWidgets import QApplication, QWidget

    from secondopinion.services.demo import write_demo
    from secondopinion.ui.app import make_app, make_settings
    from secondopinion.ui.main_window import MainWindow

    app = make_app()
    journal = scratch / "demo.sojournal"
    write_demo(journal).close()
    window = MainWindow(make_settings())
    if not window.open_path(journal, remember=False):
        print("take_screenshots: the demo journal did not open", file=sys.stderr)
        return 1
    window.resize(*SIZE)
    window.show()
    OUT.mkdir(exist_ok=True)
    for name, tab_name in SHOTS.items():
        tab = window.findChild(QWidget, tab_name)
        if tab is None:
            print(f"take_screenshots: no {tab_name} yet", file=sys.stderr)
            return 1
        window.show_tab(window.tabs.indexOf(tab))
        for _ in range(5):
            app.processEvents()
        target = OUT / f"{name}.png"
        window.grab().save(str(target))
        print(target.relative_to(OUT.parent.parent))
    window.close()
    QApplication.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
