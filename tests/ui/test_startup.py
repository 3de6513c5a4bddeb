"""Show first, load after: the frame paints before the heavy imports, tabs build when shown."""

import json
import os
import shutil
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
    "importlib.metadata",  # the version is looked up when shown (SQLAlchemy imports it later)
    "sqlcipher3",  # the data folder is made by paths, not the store: SQLCipher and OpenSSL wait
    "secondopinion.store.engine",
    "secondopinion.ui.theme",  # the style: after the frame's paint, before the prompt
)

# Modules the window's content does not need: imported when their part is first used.
NOT_NEEDED = (
    "alembic",
    "reportlab",
    "secondopinion.report.data",
    "secondopinion.services.passphrase",
    "secondopinion.ui.passphrase_dialog",
    "secondopinion.ui.restore_dialog",
    "secondopinion.ui.export_dialog",
    "secondopinion.ui.records_tab",
    "secondopinion.ui.doctors_tab",
    "secondopinion.ui.questions_tab",
    "secondopinion.ui.visits_tab",
    "secondopinion.ui.compare_tab",
)

# Starts the real app and reports, at the first paint of a main window and when a dialog is
# shown, which heavy modules were already imported; leaves as soon as the full window shows.
PROBE = """
import gc, json, linecache, os, sys
import PySide6.QtCore
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow, QDialog
HEAVY = json.loads(sys.argv[2])
NOT_NEEDED = json.loads(sys.argv[3])
seen = {}
def heavy():
    return sorted(m for m in HEAVY if m in sys.modules)
class Watch(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and isinstance(obj, QMainWindow):
            name = obj.objectName() or type(obj).__name__
            if name not in seen:
                seen[name] = heavy()
                seen[name + " Qt namespace"] = "Qt" in PySide6.QtCore.__dict__
            if name != "startupFrame":
                seen["lines held"] = sorted(linecache.cache)
                seen["style"] = type(QApplication.style()).__name__
                seen["frozen"] = gc.get_freeze_count()
                seen["not needed"] = sorted(m for m in NOT_NEEDED if m in sys.modules)
                journal = getattr(obj, "journal", None)
                seen["journal"] = journal.path.name if journal is not None else None
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
        [sys.executable, "-c", PROBE, str(journal), json.dumps(HEAVY), json.dumps(NOT_NEEDED)],
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
    # ... and before PySide6 built the Qt namespace's Python enums (~25 ms): see _Centred
    assert seen["startupFrame Qt namespace"] is False
    assert "sqlmodel" in seen["MainWindow"]  # then the rest, and the full window
    assert seen["style"] == "VisibleIndicators"  # the app's style, set after the frame's paint
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
    # The imports' objects were set aside from the cyclic collector before the journal loaded.
    assert seen["frozen"] > 100_000
    assert seen["journal"] == "j.sojournal"  # opened beside the imports, shown in the window
    assert seen["not needed"] == []  # the window's first paint, its content loaded


# Opens a journal the way the start does, beside the imports: it needs none of them.
OPEN_EARLY = """
import json, sys
from pathlib import Path
from secondopinion.ui.app import _open_early
journal = _open_early(Path(sys.argv[1]), None).result()
heavy = sorted(m for m in ("sqlmodel", "sqlalchemy") if m in sys.modules)
print(json.dumps([journal is not None, heavy]))
"""


def test_the_journal_opens_beside_the_imports_without_them(tmp_path: Path) -> None:
    journal = tmp_path / "j.sojournal"
    write_demo(journal).close()
    done = subprocess.run(
        [sys.executable, "-c", OPEN_EARLY, str(journal)],
        env={**os.environ, "SECONDOPINION_HOME": str(tmp_path / "home")},
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    assert json.loads(done.stdout) == [True, []]


def test_a_journal_the_early_open_cannot_open_is_left_to_the_window(tmp_path: Path) -> None:
    from secondopinion.services.journals import Journal
    from secondopinion.ui.app import _open_early

    locked = tmp_path / "locked.sojournal"
    write_demo(locked, passphrase="correct horse").close()
    assert _open_early(locked, None).result() is None  # the window asks for the passphrase
    assert _open_early(locked, "wrong").result() is None
    busy = tmp_path / "busy.sojournal"
    write_demo(busy).close()
    holder = subprocess.Popen(  # another instance has it open
        [sys.executable, "-c", HOLD, str(busy)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        assert _open_early(busy, None).result() is None  # the window says it is open elsewhere
    finally:
        holder.communicate("", timeout=60)
    opened = _open_early(busy, None).result()  # and the early attempt left nothing held
    assert isinstance(opened, Journal)
    opened.close()


HOLD = """
import sys
from secondopinion.services.journals import Journal
with Journal.open(sys.argv[1]):
    print("open", flush=True)
    sys.stdin.read()
"""


def test_the_passphrase_prompt_comes_before_the_heavy_imports(tmp_path: Path) -> None:
    journal = tmp_path / "locked.sojournal"
    write_demo(journal, passphrase="correct horse").close()
    seen = _probe(journal, tmp_path / "home", SECONDOPINION_PASSPHRASE="")
    assert seen["startupFrame"] == []
    # The prompt reads the file's first bytes (paths.is_encrypted_file): SQLCipher waits too.
    # The app's style is set before the prompt (its check box).
    assert seen["dialog unlockDialog"] == ["secondopinion.ui.theme"]


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


def test_a_journal_to_upgrade_is_left_to_the_window_and_opens(tmp_path: Path) -> None:
    # Upgrading imports SQLAlchemy and Alembic: done on the early thread while the main thread
    # imported them too, one of the two met a half-initialised module and the start failed.
    from secondopinion.services.journals import opens_as_it_is
    from secondopinion.ui.app import _open_early

    old = tmp_path / "old.sojournal"
    shutil.copyfile(Path(__file__).parent.parent / "fixtures" / "journal-0001.sojournal", old)
    old.chmod(0o600)
    assert not opens_as_it_is(old, None)
    assert _open_early(old, None).result() is None
    assert not opens_as_it_is(old, None)  # left as it was for the window
    seen = _probe(old, tmp_path / "home")
    assert seen["journal"] == "old.sojournal"
    assert opens_as_it_is(old, None)  # the window upgraded it


# The frame paints before the app's style is set (ui.theme waits until then): the style must
# change nothing the frame shows.
FRAME_LOOK = """
import sys
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QStyleFactory
app = QApplication(sys.argv[:1])
app.setStyle(QStyleFactory.create("fusion"))
from secondopinion.ui.app import use_style
from secondopinion.ui.startup import StartupFrame
frame = StartupFrame(QSettings(sys.argv[1], QSettings.Format.IniFormat), "Opening j.sojournal…")
frame.resize(1000, 600)
frame.show()
app.processEvents()
before = frame.grab().toImage()
use_style(app)
app.processEvents()
after = frame.grab().toImage()
print(type(app.style()).__name__, before == after, before.width())
"""


def test_the_frame_looks_the_same_before_and_after_the_style(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-c", FRAME_LOOK, str(tmp_path / "settings.ini")],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    style, same, width = done.stdout.split()
    assert style == "VisibleIndicators" and int(width) >= 1000
    assert same == "True"


def test_the_frame_centres_its_line_as_a_centred_layout_does(qtbot) -> None:
    """_Centred places its child where a layout's centre alignment would, at any size."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel, QVBoxLayout

    from secondopinion.ui.startup import _Centred

    for width, height in ((1280, 800), (1281, 801), (1001, 603), (400, 61), (401, 60)):
        reference, aligned = QWidget(), QLabel("Opening a journal with a long name…")
        box = QVBoxLayout(reference)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(aligned, 1, Qt.AlignmentFlag.AlignCenter)
        centred_label = QLabel(aligned.text())
        centred = _Centred(centred_label)
        for widget in (reference, centred):
            qtbot.addWidget(widget)
            widget.resize(width, height)
            widget.show()
        qtbot.waitUntil(
            lambda c=centred_label, a=aligned: c.geometry() == a.geometry(), timeout=2000
        )
        assert centred_label.geometry() == aligned.geometry(), (width, height)
