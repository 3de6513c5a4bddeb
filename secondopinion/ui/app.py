"""Starting the GUI: the application object, settings, translations, the first journal."""

from __future__ import annotations

import gc
import importlib
import linecache
import os
import shutil
import sys
import tempfile
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtWidgets import QApplication

import secondopinion
from secondopinion import paths
from secondopinion.ui import language

if TYPE_CHECKING:
    from collections.abc import Callable
    from concurrent.futures import Future

    from secondopinion.services.journals import Journal

APP_ID = "io.github.secondopinion.SecondOpinion"


def make_settings() -> QSettings:
    """Settings in the data folder, owner-only: they name the journals (often after people)."""
    paths.make_private_dir(paths.data_dir())
    path = paths.settings_file()
    if not path.exists():
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))
    os.chmod(path, 0o600)  # QSettings rewrites the file through QSaveFile, which keeps this mode
    return QSettings(str(path), QSettings.Format.IniFormat)


def make_app(lang: str | None = None, *, styled: bool = True) -> QApplication:
    """The application object, in ``lang`` (a code), else the remembered or system language.

    ``styled=False`` leaves the style to ``use_style`` (the start calls it once its frame has
    painted: the frame has nothing the style changes, no check box, no list).
    """
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv)
    app.setApplicationName("Second Opinion")
    app.setApplicationDisplayName("Second Opinion")
    app.setOrganizationName("SecondOpinion")
    app.setDesktopFileName(APP_ID)
    language.install(app, language.chosen(make_settings(), lang))
    if styled:
        use_style(app)
    try:
        from secondopinion.ui.icons import app_icon

        app.setWindowIcon(app_icon())
    except ImportError:
        pass
    return app


def use_style(app: QApplication) -> None:
    from secondopinion.ui import theme

    theme.install(app)  # unticked boxes stay visible in a dark scheme; the palette is the system's


def _first_journal(settings: QSettings, journal: Path | None) -> tuple[Path, bool]:
    """The journal to open, and whether to create it if missing."""
    if journal is not None:
        return journal, not journal.exists()
    last = settings.value("lastJournal")
    target = Path(str(last)) if last and Path(str(last)).exists() else paths.default_journal()
    return target, target == paths.default_journal()


def _needs_passphrase(path: Path) -> bool:
    try:
        return path.is_file() and path.stat().st_size > 0 and paths.is_encrypted_file(path)
    except OSError:
        return False


def _open_early(path: Path, passphrase: str | None) -> Future[Journal | None]:
    """Open the journal on a thread while the window's modules are imported.

    Opening a journal at the current schema needs none of them (SQLite, the lock, the integrity
    check: ``Journal.open`` imports no SQLAlchemy then) and SQLite lets go of the interpreter
    while it reads, so the check of a large file costs the start nothing. Any problem, or an
    upgrade to make, gives None: the window then opens the file itself, with its questions and
    messages (a passphrase, a journal open elsewhere, a damaged file, the upgrade).
    """
    from concurrent.futures import ThreadPoolExecutor

    from secondopinion.services.journals import Journal, opens_as_it_is

    def attempt() -> Journal | None:
        # A journal to upgrade is left to the window: the upgrade imports SQLAlchemy and
        # Alembic, and importing them here while the main thread imports them too can hand one
        # of the two a half-initialised module.
        try:
            return Journal.open(path, passphrase) if opens_as_it_is(path, passphrase) else None
        except Exception:
            return None

    pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="open-journal")
    try:
        return pool.submit(attempt)
    finally:
        pool.shutdown(wait=False)


def _reads_pyside(module: object, pysides_own: Callable[[object], bool]) -> bool:
    """Whether a module's source file mentions "PySide6", read as bytes, kept nowhere."""
    file = getattr(module, "__file__", None)
    if not isinstance(file, str) or not file.endswith(".py"):
        return pysides_own(module)
    try:
        with open(file, "rb") as source:
            return b"PySide6" in source.read()
    except OSError:
        return pysides_own(module)


def quicker_module_check() -> None:
    """Answer PySide6's question about each new module without ``linecache``.

    Once PySide6 is imported it asks, of every module imported after it, whether its source
    mentions "PySide6" (the modules that may use ``from __feature__ import``). It asks through
    ``inspect.getsource``, which splits the whole file into lines and keeps them in
    ``linecache``: for the ~400 modules the window imports, some 5 % of the start's time and
    about 17 MB at its peak. The same question is answered here by looking for the same word
    in the file's bytes; a module without a plain ``.py`` file still gets PySide6's own
    answer. Nothing is changed when this PySide6 has no such check.
    """
    feature = sys.modules.get("shibokensupport.feature")
    pysides_own = getattr(feature, "_mod_uses_pyside", None)
    if pysides_own is None or getattr(pysides_own, "quicker", False):
        return

    def check(module: object) -> bool:
        return _reads_pyside(module, pysides_own)

    check.quicker = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = check  # type: ignore[union-attr]


def forget_module_sources() -> None:
    """Let go of the source lines PySide6 read while the window's modules were imported.

    Once PySide6 is imported, it looks through the source of every module imported after it
    for ``from __feature__ import``, and Python's ``linecache`` keeps every line it read: about
    25 MB for the window's imports, a sixth of the whole process, kept for nothing (a traceback
    reads the lines again if it needs them).
    """
    linecache.clearcache()


def run_gui(journal: Path | None = None, demo: bool = False, lang: str | None = None) -> int:
    """Show the window's frame at once, then import, open the journal and show the window."""
    quicker_module_check()
    from secondopinion.ui.startup import StartupFrame

    app = make_app(lang, styled=False)
    settings = make_settings()
    target, create = (None, False) if demo else _first_journal(settings, journal)
    opening = (
        QCoreApplication.translate("startup", "Opening {name}…").format(name=target.name)
        if target is not None
        else QCoreApplication.translate("startup", "Opening the demo journal…")
    )
    frame = StartupFrame(settings, opening)
    frame.show_and_paint()
    use_style(app)  # before the passphrase prompt, which has a check box
    passphrase = None
    if target is not None and not create and _needs_passphrase(target):
        from secondopinion.ui.unlock import ask_passphrase

        passphrase = ask_passphrase(frame, target)
        if passphrase is None:
            return 1

    early = _open_early(target, passphrase) if target is not None and not create else None

    # The cyclic garbage collector would walk the imports' objects again and again while they
    # are made (and at every full collection after): they live as long as the app, so it is
    # paused for the imports and they are set aside (gc.freeze) before it runs again.
    gc.disable()
    try:
        # In two steps, so the first step's lines are let go before the second reads its own:
        # the data layer (SQLModel, SQLAlchemy, the tables), then the window's modules.
        importlib.import_module("secondopinion.services.journal_rows")
        forget_module_sources()
        from secondopinion.ui.main_window import MainWindow

        forget_module_sources()
        gc.freeze()
    finally:
        gc.enable()
    window = MainWindow(settings)
    if target is None:
        from secondopinion.services.demo import write_demo

        folder = Path(tempfile.mkdtemp(prefix="secondopinion-demo-"))
        app.aboutToQuit.connect(lambda: shutil.rmtree(folder, ignore_errors=True))
        write_demo(folder / "demo.sojournal", today=date.today(), planned_visit=True).close()
        opened = window.open_path(folder / "demo.sojournal", remember=False)
    else:
        ready = early.result() if early is not None else None
        if ready is not None:
            window.files.adopt(ready, created=False, offer=passphrase is None, remember=True)
        opened = ready is not None or window.open_path(target, create=create, passphrase=passphrase)
    if not opened:
        frame.close()
        return 1
    window.show()
    frame.close()
    frame.deleteLater()
    # Looked up once the window is on screen: importlib.metadata is slow to import.
    QTimer.singleShot(0, lambda: app.setApplicationVersion(secondopinion.__version__))
    return app.exec()
