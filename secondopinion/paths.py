"""Where things live. Computed when asked, never at import; every path can be redirected.

``SECONDOPINION_HOME`` replaces the platform's user data folder (tests, portable use).
"""

from __future__ import annotations

import os
import stat
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

import platformdirs

APP_NAME = "SecondOpinion"
HOME_ENV = "SECONDOPINION_HOME"
PASSPHRASE_ENV = "SECONDOPINION_PASSPHRASE"
DIR_MODE = 0o700  # the data folder, backups, demo folders: the owner's alone
SQLITE_MAGIC = b"SQLite format 3\x00"  # how a plain SQLite file begins


def is_encrypted_file(path: Path) -> bool:
    """Whether a journal file is encrypted (it does not begin as a plain SQLite file does).

    Here, not in the store, so the start can ask for a passphrase before SQLCipher is loaded.
    """
    with path.open("rb") as fh:
        return fh.read(16) != SQLITE_MAGIC


def make_private_dir(folder: Path) -> None:
    """Create a folder (and parents) readable by the owner only; tighten one we own.

    Here rather than in the store because the GUI makes its data folder before its first paint,
    when nothing of the journal's machinery (SQLCipher, OpenSSL) is imported yet."""
    folder.mkdir(parents=True, exist_ok=True, mode=DIR_MODE)
    if stat.S_IMODE(folder.stat().st_mode) & 0o077:
        os.chmod(folder, DIR_MODE)


def data_dir() -> Path:
    override = os.environ.get(HOME_ENV)
    if override:
        return Path(override).expanduser().absolute()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_journal() -> Path:
    return data_dir() / "journal.sojournal"


def settings_file() -> Path:
    """QSettings in INI form inside the data folder, so tests and portable use stay contained."""
    return data_dir() / "settings.ini"


def resources_dir() -> Traversable:
    """The bundled resources: inside the installed package, or the repo's resources/ folder."""
    try:
        return resources.files("secondopinion.resources")
    except ModuleNotFoundError:  # editable install or source tree: resources/ sits beside us
        return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    """A bundled resource file as a real path (every install we make unpacks to files)."""
    found = resources_dir().joinpath(*parts)
    return Path(str(found))
