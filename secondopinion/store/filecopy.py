"""Copies of journal files: consistent while in use, encrypted as asked, installed atomically.

A copy is always written to a new file first and only then renamed over its target, so a
crash or a full disk leaves either the old file or the new one, never half of each.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

import sqlcipher3

from secondopinion.store.engine import (
    APPLICATION_ID,
    FILE_MODE,
    file_salt,
    is_encrypted_file,
    key_literal,
    raw_connect,
    storage_error,
)

COMPANIONS = ("-wal", "-shm")


def fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


@contextlib.contextmanager
def _source(path: Path, key: str | None) -> Iterator[sqlcipher3.Connection]:
    """The journal being copied, opened raw; its errors in the store's words; always closed."""
    src = raw_connect(path, key)
    try:
        yield src
    except Exception as exc:
        plain = storage_error(exc)
        if plain is not None:
            raise plain from None
        raise
    finally:
        src.close()


def _fresh(target: Path) -> None:
    for suffix in ("", *COMPANIONS):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    os.close(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE))


def backup_copy(path: Path, passphrase: str | None, target: Path) -> None:
    """A consistent copy of a journal through SQLite's backup API, encrypted like the source.

    The copy is keyed with the source's salt, so it opens with the same passphrase as cheaply.
    """
    key = passphrase if is_encrypted_file(path) else None
    _fresh(target)
    with _source(path, key) as src:
        dst = raw_connect(target, key, create=True, salt=file_salt(path) if key else None)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")  # a copy is one self-contained file
        finally:
            dst.close()


def export_copy(
    path: Path,
    passphrase: str | None,
    target: Path,
    new: str | None,
    *,
    salt: bytes | None = None,
) -> None:
    """Copy a journal into ``target`` encrypted with ``new`` (plain when None).

    SQLCipher's backup API cannot change encryption, so this goes through ``sqlcipher_export``
    into a freshly attached database. ``salt`` (16 bytes) makes the copy share another file's
    salt, and so its derived key, which spares the key stretching for each further file.
    """
    key = passphrase if is_encrypted_file(path) else None
    _fresh(target)
    with _source(path, key) as src:
        literal = key_literal(new, salt) if new else "''"
        src.execute(f"ATTACH DATABASE ? AS target KEY {literal}", (str(target),))
        try:
            src.execute("SELECT sqlcipher_export('target')")
            src.execute(f"PRAGMA target.application_id = {APPLICATION_ID}")
        finally:
            src.execute("DETACH DATABASE target")


def copy_journal(
    path: Path,
    passphrase: str | None,
    target: Path,
    new: str | None,
    *,
    salt: bytes | None = None,
) -> None:
    """Copy ``path`` to ``target`` encrypted with ``new`` (plain when None), cheaply if it can."""
    old = passphrase if is_encrypted_file(path) else None
    if (new or None) == old and (old is None or salt is None or salt == file_salt(path)):
        backup_copy(path, old, target)
    else:
        export_copy(path, old, target, new or None, salt=salt)


def move_aside(path: Path, target: Path) -> Path:
    """Rename a journal (and any write-ahead log beside it) to ``target``; returns ``target``."""
    for suffix in COMPANIONS:
        companion = Path(f"{path}{suffix}")
        if companion.exists():
            os.replace(companion, f"{target}{suffix}")
    os.replace(path, target)
    fsync_dir(path.parent)
    return target


def install(part: Path, target: Path) -> None:
    """Put a finished copy in place of ``target`` in one rename."""
    for suffix in COMPANIONS:
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    os.replace(part, target)
    fsync_dir(target.parent)


def shred(path: Path) -> None:
    """Overwrite a file with zeros before deleting it (best effort: SSDs may keep old blocks)."""
    for suffix in ("", *COMPANIONS):
        victim = Path(f"{path}{suffix}")
        try:
            size = victim.stat().st_size
        except FileNotFoundError:
            continue
        with contextlib.suppress(OSError), victim.open("r+b") as fh:
            block = b"\0" * 65536
            left = size
            while left > 0:
                fh.write(block[: min(left, len(block))])
                left -= len(block)
            fh.flush()
            os.fsync(fh.fileno())
        victim.unlink(missing_ok=True)


def unique_name(folder: Path, stem: str, suffix: str) -> Path:
    """``folder/stem+suffix``, or with -2, -3 … when that name is taken."""
    candidate = folder / f"{stem}{suffix}"
    n = 2
    while candidate.exists():
        candidate = folder / f"{stem}-{n}{suffix}"
        n += 1
    return candidate
