"""Errors the store raises; each carries one clear sentence for the person."""

from __future__ import annotations

from secondopinion.domain.wording import Sentence


class JournalError(Exception):
    """Anything that keeps a journal from opening or saving.

    It carries one Sentence (``exc.sentence``), translated where it is shown
    (``services.errors.in_words``); ``str(exc)`` is its English.
    """

    def __init__(self, message: Sentence | str) -> None:
        # args hold the Sentence itself: it survives pickling, and services.errors.in_words
        # translates any exception whose argument is a Sentence
        super().__init__(message)

    @property
    def sentence(self) -> Sentence | str:
        message = self.args[0] if self.args else ""
        return message if isinstance(message, Sentence) else str(message)

    def __str__(self) -> str:
        return str(self.sentence)


class NotAJournal(JournalError):
    pass


class PassphraseRequired(JournalError):
    pass


class WrongPassphrase(JournalError):
    pass


class NewerJournal(JournalError):
    pass


class DamagedJournal(JournalError):
    pass


class JournalInUse(JournalError):
    pass


class JournalClosed(JournalError):
    """The journal was closed; nothing may read or write through it any more."""


class SaveFailed(JournalError):
    """Writing failed (a full disk, a failing drive); nothing saved before is lost."""


class ChangeRefused(JournalError):
    """The journal refused one change (it broke a link or a rule); nothing of it was written."""


# SQLite's primary result codes (the low byte of an extended code).
_BUSY, _LOCKED, _NOMEM, _READONLY, _IOERR, _CORRUPT, _FULL, _CANTOPEN = 5, 6, 7, 8, 10, 11, 13, 14
_CONSTRAINT, _NOTADB = 19, 26


def _code_of(exc: BaseException) -> int | None:
    code = getattr(exc, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def journal_error(exc: BaseException) -> JournalError:
    """The one sentence a person reads for a database error, whatever layer raised it.

    Takes SQLAlchemy's wrapped errors (``DBAPIError``, ``StatementError``: the original is in
    ``.orig``) and the driver's own (``sqlcipher3.Error``, from raw connections). Nothing the
    person typed is quoted: SQLite's text names tables and columns, never values.
    """
    if isinstance(exc, JournalError):
        return exc
    orig = getattr(exc, "orig", None)
    driver = orig if isinstance(orig, BaseException) else exc
    code = _code_of(driver)
    text = str(driver).lower()
    if code == _FULL or (code is None and ("full" in text or "too large" in text)):
        return SaveFailed(
            Sentence(
                "The journal could not be saved: the disk is full. Free some space and try again; "
                "everything saved before is safe."
            )
        )
    if code == _IOERR or (code is None and "disk i/o error" in text):
        return SaveFailed(
            Sentence(
                "The journal could not be saved: the disk refused to write (it may be full). "
                "Free some space and try again; everything saved before is safe."
            )
        )
    if code == _READONLY or (code is None and "readonly" in text):
        return SaveFailed(
            Sentence(
                "The journal could not be saved: the file or its folder is read-only. "
                "Allow writing to it and try again; everything saved before is safe."
            )
        )
    if code in (_BUSY, _LOCKED) or (code is None and "locked" in text):
        return SaveFailed(
            Sentence(
                "The journal is busy: another program is using it. Try again in a moment; "
                "everything saved before is safe."
            )
        )
    if code == _CANTOPEN:
        return SaveFailed(
            Sentence(
                "The journal file cannot be reached any more (was it moved, or its drive "
                "removed?). Put it back and try again; everything saved before is safe."
            )
        )
    if code == _NOMEM or isinstance(driver, MemoryError):
        return SaveFailed(
            Sentence(
                "The journal could not be saved: the computer ran out of memory; "
                "everything saved before is safe."
            )
        )
    if code in (_CORRUPT, _NOTADB) or "malformed" in text or "no such table" in text:
        return DamagedJournal(
            Sentence(
                "The journal is damaged and cannot be read or saved. "
                "Restore it from a backup (File > Restore)."
            )
        )
    if code == _CONSTRAINT or "constraint failed" in text:
        if "foreign key" in text:
            return ChangeRefused(
                Sentence(
                    "That change refers to something no longer in the journal; nothing was changed."
                )
            )
        if "unique" in text or "primary key" in text:
            return ChangeRefused(Sentence("That is already in the journal; nothing was changed."))
        if "not null" in text:
            return ChangeRefused(Sentence("A required value is missing; nothing was changed."))
        return ChangeRefused(Sentence("A value is not allowed there; nothing was changed."))
    if isinstance(orig, TypeError | ValueError):
        # A value the driver could not take at all (StatementError around a TypeError).
        return ChangeRefused(
            Sentence("A value could not be stored in the journal; nothing was changed.")
        )
    if "closed" in text:
        return JournalError(
            Sentence("The journal was closed before this could finish; nothing was changed.")
        )
    return JournalError(Sentence("The journal could not do that; nothing was changed."))
