"""Adding, changing and removing a journal's passphrase, with its backups following along.

Changing rekeys the file in place (``PRAGMA rekey``, one transaction). Adding or removing
encryption cannot be done in place: the journal is exported (``sqlcipher_export``) into a new
file, which is checked and then renamed over the old one; the old file is kept aside until the
new one opens, then overwritten and deleted (a plain copy must not linger once encrypted).
The backups and pre-upgrade copies beside the journal are re-encrypted the same way, so they
always open with the journal's passphrase.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from secondopinion.domain.wording import Sentence
from secondopinion.services import backup
from secondopinion.store import filecopy
from secondopinion.store.engine import (
    SALT_SIZE,
    file_salt,
    key_literal,
    raw_connect,
    storage_error,
)
from secondopinion.store.errors import JournalError, WrongPassphrase
from secondopinion.store.journal import Journal

MIN_LENGTH = 8


@dataclass
class Result:
    encrypted: bool
    copies_updated: int
    copies_skipped: int  # backups that did not open with the old passphrase, left as they were


def check_new(passphrase: str) -> str | None:
    """Why ``passphrase`` is not acceptable as a new passphrase, or None."""
    if not passphrase:
        return "Type a passphrase."
    if passphrase != passphrase.strip():
        return "A passphrase cannot start or end with a space (it is too easy to mistype)."
    if len(passphrase) < MIN_LENGTH:
        return f"Use at least {MIN_LENGTH} characters: a few words are easy to remember."
    if "\0" in passphrase:
        return "A passphrase cannot contain that character."
    return None


def verify(journal: Journal, current: str | None) -> None:
    """Raise WrongPassphrase unless ``current`` is the journal's passphrase."""
    if journal.passphrase is None:
        return
    import hmac

    if current is None or not hmac.compare_digest(
        current.encode("utf-8"), journal.passphrase.encode("utf-8")
    ):
        raise WrongPassphrase(Sentence("That is not the journal's current passphrase."))


def set_passphrase(journal: Journal, new: str | None) -> Result:
    """Protect the journal with ``new``, change to it, or (None) remove the passphrase.

    The caller has saved everything pending and stopped background work on the journal.
    """
    new = new or None
    if new is not None:
        problem = check_new(new)
        if problem:
            raise ValueError(problem)
    old = journal.passphrase
    if old == new:
        return Result(encrypted=new is not None, copies_updated=0, copies_skipped=0)
    if old is not None and new is not None:
        _rekey(journal, new)
        salt = file_salt(journal.path)
    else:
        salt = os.urandom(SALT_SIZE) if new is not None else None
        _convert(journal, new, salt)
    updated = skipped = 0
    for copy in backup.companions(journal.path):
        if backup.reencrypt(copy, old, new, salt):
            updated += 1
        else:
            skipped += 1
    return Result(encrypted=new is not None, copies_updated=updated, copies_skipped=skipped)


def _rekey(journal: Journal, new: str) -> None:
    journal.checkpoint()
    conn = raw_connect(journal.path, journal.passphrase)
    try:
        conn.execute("PRAGMA busy_timeout = 10000")
        conn.execute(f"PRAGMA rekey = {key_literal(new, None)}")
    except Exception as exc:
        plain = storage_error(exc)
        raise (plain or JournalError("The passphrase could not be changed.")) from None
    finally:
        conn.close()
    journal.reopen(new)


def _convert(journal: Journal, new: str | None, salt: bytes | None) -> None:
    path = journal.path
    part = path.with_name(f".{path.name}.converting")
    journal.checkpoint()
    try:
        filecopy.export_copy(path, journal.passphrase, part, new, salt=salt)
        backup.check_backup(part, new)
    except BaseException:
        filecopy.shred(part)
        journal.reopen(journal.passphrase)
        raise
    old_key = journal.passphrase
    previous = filecopy.move_aside(path, path.with_name(f".{path.name}.previous"))
    try:
        filecopy.install(part, path)
        journal.reopen(new)
    except BaseException:
        journal.engine.dispose()
        filecopy.move_aside(previous, path)
        journal.reopen(old_key)
        raise
    filecopy.shred(previous)
