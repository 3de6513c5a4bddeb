"""Where things live. Computed when asked, never at import; every path can be redirected.

``SECONDOPINION_HOME`` replaces the platform's user data folder (tests, portable use).
"""

from __future__ import annotations

import os
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

import platformdirs

APP_NAME = "SecondOpinion"
HOME_ENV = "SECONDOPINION_HOME"
PASSPHRASE_ENV = "SECONDOPINION_PASSPHRASE"


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
