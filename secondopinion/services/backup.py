"""Backups: consistent copies of a journal while it is in use, encrypted like the journal.

Automatic backups go to a ``backups`` folder beside the journal (owner-only), at most one a day,
keeping the newest ten. Every copy is checked before it is trusted: a backup is written under a
temporary name, checked, then renamed; a restore checks the backup again and keeps the current
file aside (``NAME.before-restore-…``) instead of overwriting it.
"""

from __future__ import annotations

import os
import re
import secrets
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from secondopinion.domain.wording import Sentence
from secondopinion.services.check import check_journal, is_problem
from secondopinion.store import filecopy
from secondopinion.store import lock as _lock
from secondopinion.store.engine import (
    ensure_dir,
    inspect_file,
    is_encrypted_file,
    make_private_dir,
)
from secondopinion.store.errors import DamagedJournal, JournalError
from secondopinion.store.journal import Journal

BACKUP_FOLDER = "backups"
KEEP = 10
_STAMP = "%Y%m%d-%H%M%S"


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime


def backups_folder(journal_path: Path) -> Path:
    return Path(journal_path).parent / BACKUP_FOLDER


def _suffix(journal_path: Path) -> str:
    return journal_path.suffix or ".sojournal"


def _stamp(now: datetime | None) -> str:
    return (now or datetime.now()).strftime(_STAMP)


def list_backups(journal_path: Path) -> list[BackupInfo]:
    """The backups of this journal in its backups folder, newest first."""
    journal_path = Path(journal_path)
    folder = backups_folder(journal_path)
    pattern = re.compile(
        re.escape(journal_path.stem)
        + r"-(\d{8}-\d{6})(?:-\d+)?"
        + re.escape(_suffix(journal_path))
        + "$"
    )
    found: list[BackupInfo] = []
    try:
        entries = list(folder.iterdir())
    except (FileNotFoundError, NotADirectoryError):
        return []
    for entry in entries:
        match = pattern.match(entry.name)
        if match and entry.is_file():
            found.append(BackupInfo(entry, datetime.strptime(match.group(1), _STAMP)))
    found.sort(key=lambda b: (b.taken_at, b.path.stat().st_mtime_ns, b.path.name), reverse=True)
    return found


def check_backup(path: Path, passphrase: str | None) -> None:
    """Raise JournalError unless ``path`` is a sound journal this app can open."""
    problems = [p for p in check_journal(path, passphrase) if is_problem(p)]
    if problems:
        raise DamagedJournal(
            Sentence("{name} is damaged: {problem}.", name=path.name, problem=problems[0])
        )


def _write_checked(journal_path: Path, passphrase: str | None, out: Path) -> Path:
    """Copy ``journal_path`` to ``out`` under a temporary name, check it, then rename it."""
    # Unique per writer: an automatic backup and "Back up now" (or the CLI) in the same second
    # must not share a temporary file.
    part = out.with_name(f".{out.name}.{os.getpid()}-{secrets.token_hex(4)}.part")
    try:
        filecopy.backup_copy(journal_path, passphrase, part)
        check_backup(part, passphrase if is_encrypted_file(journal_path) else None)
        filecopy.install(part, out)
    except BaseException:
        for suffix in ("", *filecopy.COMPANIONS):
            Path(f"{part}{suffix}").unlink(missing_ok=True)
        raise
    return out


def backup_file(path: Path, passphrase: str | None, out: Path) -> Path:
    """Back up the journal at ``path`` (open elsewhere or not) to ``out``, mode 0600."""
    inspect_file(Path(path), passphrase)  # a clear refusal for a wrong or missing passphrase
    out = Path(out).absolute()
    ensure_dir(out.parent)
    return _write_checked(Path(path), passphrase, out)


def backup_journal(journal: Journal, out: Path) -> Path:
    """Write a copy of ``journal`` to ``out`` (0600) through SQLite's backup API, atomically."""
    return backup_file(journal.path, journal.passphrase, out)


def back_up_now(journal: Journal, *, now: datetime | None = None, keep: int = KEEP) -> Path:
    """A backup in the journal's backups folder (File > Back up now); old ones rotate out."""
    folder = backups_folder(journal.path)
    make_private_dir(folder)
    name = f"{journal.path.stem}-{_stamp(now)}"
    out = filecopy.unique_name(folder, name, _suffix(journal.path))
    _write_checked(journal.path, journal.passphrase, out)
    prune(journal.path, keep)
    return out


def automatic_backup(
    journal: Journal, *, now: datetime | None = None, keep: int = KEEP
) -> Path | None:
    """Back up on open, at most once a day; returns the new backup, or None if one is recent."""
    now = now or datetime.now()
    newest = list_backups(journal.path)
    if newest and newest[0].taken_at.date() >= now.date():
        return None
    return back_up_now(journal, now=now, keep=keep)


def prune(journal_path: Path, keep: int = KEEP) -> list[Path]:
    """Delete all but the newest ``keep`` backups of this journal; returns what went."""
    gone = [b.path for b in list_backups(journal_path)[keep:]]
    for path in gone:
        filecopy.shred(path)
    return gone


def newest_good_backup(journal_path: Path, passphrase: str | None) -> BackupInfo | None:
    """The newest backup that passes its check with ``passphrase`` (None if there is none)."""
    for info in list_backups(journal_path):
        try:
            check_backup(info.path, passphrase)
        except (JournalError, OSError):
            continue
        return info
    return None


def _aside_name(path: Path, why: str) -> Path:
    return filecopy.unique_name(path.parent, f"{path.name}.{why}-{_stamp(None)}", "")


def restore_backup(journal: Journal, backup: Path, backup_passphrase: str | None = None) -> Path:
    """Replace the open journal's contents with ``backup``; returns where the old file was kept.

    The backup is checked first and copied with the journal's current encryption; the journal
    object stays open (and locked) throughout and is reconnected to the restored file.
    """
    backup = Path(backup)
    source_key = (backup_passphrase or journal.passphrase) if is_encrypted_file(backup) else None
    check_backup(backup, source_key)
    path = journal.path
    part = path.with_name(f".{path.name}.restoring")
    try:
        filecopy.copy_journal(backup, source_key, part, journal.passphrase)
        check_backup(part, journal.passphrase)
    except BaseException:
        filecopy.shred(part)
        raise
    journal.checkpoint()
    aside = filecopy.move_aside(path, _aside_name(path, "before-restore"))
    try:
        filecopy.install(part, path)
        journal.reopen(journal.passphrase)
    except BaseException:
        journal.engine.dispose()
        filecopy.move_aside(aside, path)
        journal.reopen(journal.passphrase)
        raise
    return aside


def replace_damaged(path: Path, backup: Path, passphrase: str | None) -> Path:
    """Put ``backup`` in place of a damaged journal that is not open; returns where it was kept.

    The damaged file is renamed (``NAME.damaged-…``), never written to or deleted.
    """
    path = Path(path).absolute()
    held = _lock.acquire(path)
    try:
        key = passphrase if is_encrypted_file(backup) else None
        check_backup(backup, key)
        part = path.with_name(f".{path.name}.restoring")
        try:
            filecopy.backup_copy(backup, key, part)
            check_backup(part, key)
        except BaseException:
            filecopy.shred(part)
            raise
        aside = filecopy.move_aside(path, _aside_name(path, "damaged"))
        filecopy.install(part, path)
    finally:
        held.release()
    return aside


def companions(journal_path: Path) -> list[Path]:
    """Every copy the app keeps of this journal: its backups and pre-upgrade copies."""
    journal_path = Path(journal_path)
    found = [b.path for b in list_backups(journal_path)]
    prefix = f"{journal_path.name}.before-"
    found += sorted(
        p
        for p in journal_path.parent.glob(f"{glob_escape(journal_path.name)}.before-*")
        if p.is_file() and p.name.startswith(prefix) and not p.name.endswith(("-wal", "-shm"))
    )
    return found


def glob_escape(text: str) -> str:
    return re.sub(r"([*?\[])", r"[\1]", text)


def reencrypt(path: Path, old: str | None, new: str | None, salt: bytes | None) -> bool:
    """Re-encrypt one copy from ``old`` to ``new`` in place; False if ``old`` does not open it."""
    key = old if is_encrypted_file(path) else None
    try:
        check_backup(path, key)
    except (JournalError, OSError):
        return False
    part = path.with_name(f".{path.name}.converting")
    try:
        filecopy.copy_journal(path, key, part, new, salt=salt)
        check_backup(part, new)
    except BaseException:
        filecopy.shred(part)
        raise
    previous = path.with_name(f".{path.name}.previous")
    os.replace(path, previous)
    filecopy.install(part, path)
    filecopy.shred(previous)
    return True
