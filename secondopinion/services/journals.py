"""Opening, creating and recognising journal files, for the ui and the command line.

The ui speaks of journals through this module: the ``Journal`` handle, the errors opening one can
raise, and whether a file is encrypted. (``store`` holds the engine; the ui never imports it.)
"""

from __future__ import annotations

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
]
