"""Opening journal files: checks, pragmas, the optional passphrase, and the SQLAlchemy engine.

Every connection goes through ``sqlcipher3``: without a key it reads and writes plain SQLite
files, with one it encrypts every page (SQLCipher 4). One driver keeps the SQL dialect and the
SQLite version identical for plain and encrypted journals.

Nothing is written to a file until it has been checked to be a sound journal of ours, so a
file that is not one is refused with its bytes unchanged.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import quote

import sqlcipher3
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool
from sqlmodel import Session

from secondopinion.store.errors import (
    DamagedJournal,
    NotAJournal,
    PassphraseRequired,
    WrongPassphrase,
)

# PRAGMA application_id marks a file as ours ("SOPJ"); `file` and other tools can recognise it.
APPLICATION_ID = 0x534F504A
SQLITE_MAGIC = b"SQLite format 3\x00"
FILE_MODE = 0o600
DIR_MODE = 0o700


def make_private_dir(folder: Path) -> None:
    """Create a folder (and parents) readable by the owner only."""
    folder.mkdir(parents=True, exist_ok=True, mode=DIR_MODE)
    if stat.S_IMODE(folder.stat().st_mode) & 0o077:
        os.chmod(folder, DIR_MODE)


def create_private_file(path: Path) -> None:
    """Create an empty file with owner-only permissions; fail if it exists."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    os.close(fd)


def _quote_literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def is_encrypted_file(path: Path) -> bool:
    with path.open("rb") as fh:
        return fh.read(16) != SQLITE_MAGIC


def raw_connect(
    path: Path, passphrase: str | None, *, create: bool = False
) -> sqlcipher3.Connection:
    """A DB-API connection in autocommit mode (transactions are begun explicitly)."""
    mode = "rwc" if create else "rw"
    conn = sqlcipher3.connect(
        f"file:{quote(str(path))}?mode={mode}",
        uri=True,
        check_same_thread=False,
        isolation_level=None,
        timeout=10.0,
    )
    try:
        # Before the key: otherwise a wrong passphrase also prints SQLCipher's log on stderr.
        conn.execute("PRAGMA cipher_log_level = NONE")
        if passphrase:
            conn.execute(f"PRAGMA key = {_quote_literal(passphrase)}")
    except Exception:
        conn.close()
        raise
    return conn


def configure(conn: sqlcipher3.Connection) -> None:
    """The pragmas every working connection runs with."""
    conn.execute("PRAGMA busy_timeout = 10000")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA secure_delete = ON")  # deleted notes are overwritten, not left behind
    conn.execute("PRAGMA trusted_schema = OFF")


def inspect_file(path: Path, passphrase: str | None) -> None:
    """Refuse anything that is not a sound journal of ours, without writing to it."""
    if not path.exists():
        raise NotAJournal(f"There is no journal at {path}.")
    if not path.is_file():
        raise NotAJournal(f"{path} is a folder, not a journal file.")
    size = path.stat().st_size
    if size == 0:
        raise NotAJournal(f"{path.name} is empty: it is not a Second Opinion journal.")
    encrypted = is_encrypted_file(path)
    if encrypted and size % 512:
        raise NotAJournal(f"{path.name} is not a Second Opinion journal.")
    if encrypted and not passphrase:
        raise PassphraseRequired(
            f"{path.name} is protected by a passphrase (or is not a Second Opinion journal)."
        )
    conn = raw_connect(path, passphrase if encrypted else None)
    try:
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        except sqlcipher3.DatabaseError:
            if encrypted:
                raise WrongPassphrase(
                    f"The passphrase does not open {path.name} (or it is not a journal)."
                ) from None
            raise DamagedJournal(f"{path.name} is damaged and cannot be read.") from None
        if app_id != APPLICATION_ID:
            raise NotAJournal(f"{path.name} is a database, but not a Second Opinion journal.")
        try:
            result = conn.execute("PRAGMA quick_check").fetchall()
        except sqlcipher3.DatabaseError:
            result = [("unreadable",)]
        if result != [("ok",)]:
            raise DamagedJournal(f"{path.name} is damaged: its integrity check failed.")
    finally:
        conn.close()


def make_engine(path: Path, passphrase: str | None) -> Engine:
    """An engine whose connections are keyed and configured, with real transactions for DDL."""
    key = passphrase if passphrase and is_encrypted_file(path) else None

    def creator() -> sqlcipher3.Connection:
        conn = raw_connect(path, key)
        configure(conn)
        return conn

    engine = create_engine(
        "sqlite://", creator=creator, poolclass=QueuePool, pool_size=2, max_overflow=4
    )

    @event.listens_for(engine, "begin")
    def _begin(connection: Any) -> None:
        # The driver is in autocommit mode; this BEGIN makes DDL transactional too, so a
        # migration either applies whole or not at all.
        connection.exec_driver_sql("BEGIN")

    return engine


def initialise_file(path: Path, passphrase: str | None) -> None:
    """Make a new, empty journal file: private permissions, our application id, WAL mode."""
    make_private_dir(path.parent)
    create_private_file(path)
    conn = raw_connect(path, passphrase)
    try:
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute("PRAGMA journal_mode = WAL")
    finally:
        conn.close()


def set_wal(path: Path, passphrase: str | None) -> None:
    conn = raw_connect(path, passphrase if is_encrypted_file(path) else None)
    try:
        conn.execute("PRAGMA journal_mode = WAL")
    finally:
        conn.close()


@contextmanager
def session_for(engine: Engine) -> Iterator[Session]:
    """A short session that commits on success; objects stay usable after it closes."""
    with Session(engine, expire_on_commit=False) as session:
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
