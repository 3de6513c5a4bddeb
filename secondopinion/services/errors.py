"""What a person reads when something fails: our own sentence, never an exception's class name.

The command line prints it on stderr; the window shows it in a message box or the status bar.
Database errors, whichever layer raised them, go through the one mapping in
``store.errors.journal_error``.
"""

from __future__ import annotations

import errno
import sys

import sqlcipher3

from secondopinion.domain.validation import FieldError
from secondopinion.domain.wording import Sentence
from secondopinion.i18n import N_, words
from secondopinion.store.errors import JournalError, journal_error

# A fault in the app itself. Its class and text are not shown: neither helps the person, and a
# message could quote what they typed.
INTERNAL_FAULT = N_("It stopped on a fault in Second Opinion itself; please report it.")
OUT_OF_MEMORY = N_("The computer ran out of memory; nothing more was saved.")


# The C library's words for the errors a person meets with files (errno -> its sentence).
_OS_ERRORS = {
    errno.ENOENT: N_("No such file or directory"),
    errno.EACCES: N_("Permission denied"),
    errno.EPERM: N_("Operation not permitted"),
    errno.ENOSPC: N_("No space left on device"),
    errno.EROFS: N_("Read-only file system"),
    errno.EEXIST: N_("File exists"),
    errno.EISDIR: N_("Is a directory"),
    errno.ENOTDIR: N_("Not a directory"),
    errno.ENAMETOOLONG: N_("File name too long"),
}


def _from_sqlalchemy(exc: BaseException) -> bool:
    # Commands that never open a journal do not import SQLAlchemy; their errors are not its.
    if "sqlalchemy" not in sys.modules:
        return False
    from sqlalchemy.exc import SQLAlchemyError

    return isinstance(exc, SQLAlchemyError)


def in_words(exc: BaseException) -> str:
    """One line for ``exc``, in the current language (the window's; the CLI's ``--lang``).

    Messages of domain/ and store/ travel as a ``Sentence`` (their English source and its
    values) and are translated here, where they are shown.
    """
    if isinstance(exc, sqlcipher3.Error) or _from_sqlalchemy(exc):
        return words().sentence(journal_error(exc).sentence)
    if isinstance(exc, FieldError):
        return words().sentence(exc.message)
    if exc.args and isinstance(exc.args[0], Sentence):
        return " ".join(words().sentence(exc.args[0]).split())
    if isinstance(exc, MemoryError):
        return words()._(OUT_OF_MEMORY)
    if isinstance(exc, OSError) and exc.strerror:
        # The system's own sentence is English whatever the reader's language: ours for the
        # common ones, the system's for the rest.
        known = _OS_ERRORS.get(exc.errno or 0)
        problem = words()._(known) if known else exc.strerror
        return f"{problem}: {exc.filename}" if exc.filename else problem
    if isinstance(exc, JournalError | FieldError | ValueError | OSError | LookupError):
        text = " ".join(str(exc).split())
        if text:
            return text
    return words()._(INTERNAL_FAULT)
