"""Opening, creating and recognising journal files, for the ui and the command line.

The ui speaks of journals through this module: the ``Journal`` handle, the errors opening one can
raise, and whether a file is encrypted. (``store`` holds the engine; the ui never imports it.)
"""

from __future__ import annotations

from pathlib import Path

from secondopinion.store.engine import is_encrypted_file, make_private_dir
from secondopinion.store.errors import (
    ChangeRefused,
    DamagedJournal,
    JournalClosed,
    JournalError,
    JournalInUse,
    NewerJournal,
    NotAJournal,
    PassphraseRequired,
    SaveFailed,
    WrongPassphrase,
)
from secondopinion.store.journal import Journal
from secondopinion.store.migrate import head_revision, stamp_of_file

__all__ = [
    "ChangeRefused",
    "DamagedJournal",
    "Journal",
    "JournalClosed",
    "JournalError",
    "JournalInUse",
    "NewerJournal",
    "NotAJournal",
    "PassphraseRequired",
    "SaveFailed",
    "WrongPassphrase",
    "is_encrypted_file",
    "make_private_dir",
    "opens_as_it_is",
]


def opens_as_it_is(path: Path, passphrase: str | None) -> bool:
    """Whether the journal at ``path`` is at this version's schema, so opening it needs no
    upgrade (and imports neither SQLAlchemy nor Alembic). False when it cannot be read."""
    try:
        key = passphrase if is_encrypted_file(path) else None
        return stamp_of_file(path, key) == head_revision()
    except Exception:  # any reason it cannot be read: the full opening says which
        return False
