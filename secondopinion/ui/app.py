"""Starting the GUI: the application object, settings, translations, the first journal."""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
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


def _first_journal(settings: QSettings, journal: Path | None) -> tuple[Path, bool]:
    """The journal to open, and whether to create it if missing."""
    if journal is not None:
        return journal, not journal.exists()
    last = settings.value("lastJournal")
    target = Path(str(last)) if last and Path(str(last)).exists() else paths.default_journal()
    return target, target == paths.default_journal()


def _needs_passphrase(path: Path) -> bool:
    from secondopinion.services.journals import is_encrypted_file

    try:
        return path.is_file() and path.stat().st_size > 0 and is_encrypted_file(path)
    except OSError:
        return False


def run_gui(journal: Path | None = None, demo: bool = False, lang: str | None = None) -> int:
    """Show the window's frame at once, then import, open the journal and show the window."""
    from secondopinion.ui.startup import StartupFrame

    app = make_app(lang)
    settings = make_settings()
    target, create = (None, False) if demo else _first_journal(settings, journal)
    opening = (
        QCoreApplication.translate("startup", "Opening {name}…").format(name=target.name)
        if target is not None
        else QCoreApplication.translate("startup", "Opening the demo journal…")
    )
    frame = StartupFrame(settings, opening)
    frame.show_and_paint()
    passphrase = None
    if target is not None and not create and _needs_passphrase(target):
        from secondopinion.ui.unlock import ask_passphrase

        passphrase = ask_passphrase(frame, target)
        if passphrase is None:
            return 1

    from secondopinion.ui.main_window import MainWindow

    window = MainWindow(settings)
    if target is None:
        from secondopinion.services.demo import write_demo

        folder = Path(tempfile.mkdtemp(prefix="secondopinion-demo-"))
        app.aboutToQuit.connect(lambda: shutil.rmtree(folder, ignore_errors=True))
        write_demo(folder / "demo.sojournal", today=date.today(), planned_visit=True).close()
        opened = window.open_path(folder / "demo.sojournal", remember=False)
    else:
        opened = window.open_path(target, create=create, passphrase=passphrase)
    if not opened:
        frame.close()
        return 1
    window.show()
    frame.close()
    frame.deleteLater()
    return app.exec()
