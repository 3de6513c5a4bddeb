"""Starting the GUI: the application object, settings, translations, the first journal."""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from secondopinion import __version__, paths
from secondopinion.services.journals import make_private_dir
from secondopinion.ui import language

APP_ID = "io.github.secondopinion.SecondOpinion"


def make_settings() -> QSettings:
    """Settings in the data folder, owner-only: they name the journals (often after people)."""
    make_private_dir(paths.data_dir())
    path = paths.settings_file()
    if not path.exists():
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))
    os.chmod(path, 0o600)  # QSettings rewrites the file through QSaveFile, which keeps this mode
    return QSettings(str(path), QSettings.Format.IniFormat)


def make_app(lang: str | None = None) -> QApplication:
    """The application object, in ``lang`` (a code), else the remembered or system language."""
    from secondopinion.ui import refcount_guard

    refcount_guard.guard()  # before the first window: PySide6 6.12 on Python 3.11 leaks None
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv)
    app.setApplicationName("Second Opinion")
    app.setApplicationDisplayName("Second Opinion")
    app.setOrganizationName("SecondOpinion")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    language.install(app, language.chosen(make_settings(), lang))
    from secondopinion.ui import theme

    theme.install(app)  # unticked boxes stay visible in a dark scheme; the palette is the system's
    try:
        from secondopinion.ui.icons import app_icon

        app.setWindowIcon(app_icon())
    except ImportError:
        pass
    return app


def run_gui(journal: Path | None = None, demo: bool = False, lang: str | None = None) -> int:
    app = make_app(lang)
    from secondopinion.ui.main_window import MainWindow

    settings = make_settings()
    window = MainWindow(settings)
    if demo:
        from secondopinion.services.demo import write_demo

        folder = Path(tempfile.mkdtemp(prefix="secondopinion-demo-"))
        app.aboutToQuit.connect(lambda: shutil.rmtree(folder, ignore_errors=True))
        write_demo(folder / "demo.sojournal", today=date.today()).close()
        opened = window.open_path(folder / "demo.sojournal", remember=False)
    elif journal is not None:
        opened = window.open_path(journal, create=not journal.exists())
    else:
        last = settings.value("lastJournal")
        target = Path(str(last)) if last and Path(str(last)).exists() else paths.default_journal()
        opened = window.open_path(target, create=target == paths.default_journal())
    if not opened:
        return 1
    window.show()
    return app.exec()
