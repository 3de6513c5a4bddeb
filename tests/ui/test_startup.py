"""Show first, load after: the frame paints before the heavy imports, tabs build when shown."""

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QWidget

from secondopinion.services.demo import write_demo

HEAVY = (
    "sqlmodel",
    "sqlalchemy",
    "alembic",
    "reportlab",
    "secondopinion.store.tables",
    "importlib.metadata",  # the version is looked up when shown, not at start
)

# Starts the real app and reports, at the first paint of a main window and when a dialog is
# shown, which heavy modules were already imported; leaves as soon as the full window shows.
PROBE = """
import json, linecache, os, sys
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow, QDialog
HEAVY = json.loads(sys.argv[2])
seen = {}
def heavy():
    return sorted(m for m in HEAVY if m in sys.modules)
class Watch(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and isinstance(obj, QMainWindow):
            name = obj.objectName() or type(obj).__name__
            if name not in seen:
                seen[name] = heavy()
            if name != "startupFrame":
                seen["lines held"] = sorted(linecache.cache)
                print(json.dumps(seen), flush=True)
                os._exit(0)
        if event.type() == QEvent.Type.Show and isinstance(obj, QDialog):
            seen["dialog " + obj.objectName()] = heavy()
            print(json.dumps(seen), flush=True)
            os._exit(0)
        return False
app = QApplication(sys.argv[:1])
watch = Watch()
app.installEventFilter(watch)
from secondopinion.__main__ import main
main(["--journal", sys.argv[1]])
print(json.dumps(seen), flush=True)
"""


def _probe(journal: Path, home: Path, **env: str) -> dict[str, list[str]]:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(journal), json.dumps(HEAVY)],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "SECONDOPINION_HOME": str(home), **env},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def test_the_frame_paints_before_the_heavy_imports_and_the_window_follows(
    tmp_path: Path,
) -> None:
    journal = tmp_path / "j.sojournal"
    write_demo(journal).close()
    seen = _probe(journal, tmp_path / "home")
    assert seen["startupFrame"] == []  # painted with PySide6 alone
    assert "sqlmodel" in seen["MainWindow"]  # then the rest, and the full window
    assert "reportlab" not in seen["MainWindow"]  # PDFs are made on demand
    # PySide6 reads the source of every module imported after it; the lines are not kept.
    imported_for_the_window = (
        "sqlmodel/main.py",
        "orm/session.py",
        "store/tables.py",
        "main_window.py",
    )
    held = [
        f for f in seen["lines held"] if f.replace(os.sep, "/").endswith(imported_for_the_window)
    ]
    assert held == []


def test_the_passphrase_prompt_comes_before_the_heavy_imports(tmp_path: Path) -> None:
    journal = tmp_path / "locked.sojournal"
    write_demo(journal, passphrase="correct horse").close()
    seen = _probe(journal, tmp_path / "home", SECONDOPINION_PASSPHRASE="")
    assert seen["startupFrame"] == []
    assert seen["dialog unlockDialog"] == []


def test_tabs_are_built_when_first_shown(qtbot, demo_path: Path) -> None:
    from secondopinion.ui.app import make_app, make_settings
    from secondopinion.ui.main_tabs import LazyTab
    from secondopinion.ui.main_window import MainWindow

    make_app()
    window = MainWindow(make_settings())
    qtbot.addWidget(window)
    assert window.open_path(demo_path)
    window.show()
    assert window.findChild(QWidget, "doctorsTab") is None
    at = next(
        i
        for i in range(window.tabs.count())
        if window.tabs.widget(i).objectName() == "doctorsTabPage"
    )
    assert isinstance(window.tabs.widget(at), LazyTab)
    assert "doctor" in window.tabs.widget(at).handles  # known without building the tab
    window.tabs.setCurrentIndex(at)
    doctors = window.findChild(QWidget, "doctorsTab")
    assert doctors is not None and window.tabs.currentWidget() is doctors
    assert window.tabs.tabText(at) == "&Doctors" and window.tabs.currentIndex() == at
    assert doctors.isVisible() and doctors.model.rowCount() > 0  # loaded with the journal
    assert window.findChild(QWidget, "visitsTab") is None  # the others still wait
    window.close()
