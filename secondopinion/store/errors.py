"""Errors the store raises; each carries one clear sentence for the person."""

from __future__ import annotations


class JournalError(Exception):
    """Anything that keeps a journal from opening or saving. ``str()`` is the message to show."""


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
