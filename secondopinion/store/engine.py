"""Opening journal files: checks, pragmas, the optional passphrase, and the SQLAlchemy engine.

Every connection goes through ``sqlcipher3``: without a key it reads and writes plain SQLite
files, with one it encrypts every page (SQLCipher 4). One driver keeps the SQL dialect and the
SQLite version identical for plain and encrypted journals.

Nothing is written to a file until it has been checked to be a sound journal of ours, so a
file that is not one is refused with its bytes unchanged.

The passphrase is stretched once per file (PBKDF2, SQLCipher 4's defaults) and the derived key is
handed to every later connection, so opening connections stays cheap. Temporary tables and sorts
stay in memory: nothing the person typed reaches a temporary file in plain text.

SQLAlchemy is imported by the functions that make engines and sessions, not by this module: the
file checks (``inspect_file``, ``raw_connect``) serve ``secondopinion check`` and the start-up
without it.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import threading
from collections import OrderedDict
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import sqlcipher3

from secondopinion.domain.wording import Sentence
from secondopinion.paths import DIR_MODE, SQLITE_MAGIC, is_encrypted_file, make_private_dir
from secondopinion.store.errors import (
    DamagedJournal,
    JournalError,
    NotAJournal,
    PassphraseRequired,
    SaveFailed,
    WrongPassphrase,
    journal_error,
)

# SaveFailed lived here first, and the folder helpers (now in paths): callers still import them.
__all__ = [
    "DIR_MODE",
    "SQLITE_MAGIC",
    "SaveFailed",
    "is_encrypted_file",
    "make_private_dir",
    "storage_error",
]

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlmodel import Session

# PRAGMA application_id marks a file as ours ("SOPJ"); `file` and other tools can recognise it.
APPLICATION_ID = 0x534F504A
FILE_MODE = 0o600
SALT_SIZE = 16
# SQLCipher 4's defaults, which every journal we create uses.
KDF_ALGORITHM, KDF_ITERATIONS, KEY_SIZE = "sha512", 256_000, 32


def storage_error(exc: BaseException) -> JournalError | None:
    """The plain sentence for a failed write (full disk, I/O error…), or None for other failures.

    The sentences themselves live in ``errors.journal_error``, the one mapping of database errors.
    """
    found = journal_error(exc)
    return found if isinstance(found, SaveFailed) else None


def ensure_dir(folder: Path) -> None:
    """Create a missing folder owner-only; leave a folder the person chose as it is."""
    if not folder.is_dir():
        folder.mkdir(parents=True, exist_ok=True, mode=DIR_MODE)


def create_private_file(path: Path) -> None:
    """Create an empty file with owner-only permissions; fail if it exists."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    os.close(fd)


def _quote_literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def file_salt(path: Path) -> bytes | None:
    """The salt an encrypted journal starts with; None for a plain, new or empty file."""
    try:
        with path.open("rb") as fh:
            head = fh.read(SALT_SIZE)
    except FileNotFoundError:
        return None
    if len(head) < SALT_SIZE or head == SQLITE_MAGIC:
        return None
    return head


_derived: OrderedDict[bytes, bytes] = OrderedDict()
_derived_mutex = threading.Lock()


def derived_key(passphrase: str, salt: bytes) -> bytes:
    """The page key SQLCipher derives from ``passphrase`` and ``salt`` (kept for a few files)."""
    cache_key = hashlib.sha256(salt + b"\0" + passphrase.encode("utf-8")).digest()
    with _derived_mutex:
        found = _derived.get(cache_key)
        if found is not None:
            _derived.move_to_end(cache_key)
            return found
    key = hashlib.pbkdf2_hmac(
        KDF_ALGORITHM, passphrase.encode("utf-8"), salt, KDF_ITERATIONS, KEY_SIZE
    )
    with _derived_mutex:
        _derived[cache_key] = key
        while len(_derived) > 16:
            _derived.popitem(last=False)
    return key


def forget_keys() -> None:
    with _derived_mutex:
        _derived.clear()


def key_literal(passphrase: str, salt: bytes | None) -> str:
    """What follows ``PRAGMA key =`` or ``KEY`` in ATTACH: a raw key when the salt is known."""
    if salt is None:
        return _quote_literal(passphrase)
    return f"\"x'{derived_key(passphrase, salt).hex()}{salt.hex()}'\""


def raw_connect(
    path: Path, passphrase: str | None, *, create: bool = False, salt: bytes | None = None
) -> sqlcipher3.Connection:
    """A DB-API connection in autocommit mode (transactions are begun explicitly).

    ``salt`` keys a new, empty file with the same salt (and so the same derived key) as another
    journal, which makes copies cheap to open.
    """
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
            literal = key_literal(passphrase, salt or file_salt(path))
            conn.execute(f"PRAGMA key = {literal}")
        conn.execute("PRAGMA temp_store = MEMORY")
    except Exception:
        conn.close()
        raise
    return conn


def _casefold(value: object) -> str:
    return "" if value is None else str(value).casefold()


def configure(conn: sqlcipher3.Connection) -> None:
    """The pragmas every working connection runs with, and ``casefold(text)``: lists sorted by
    text in SQL order as Python's ``str.casefold`` does, whatever the script."""
    conn.create_function("casefold", 1, _casefold, deterministic=True)
    conn.execute("PRAGMA busy_timeout = 10000")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA secure_delete = ON")  # deleted notes are overwritten, not left behind
    conn.execute("PRAGMA trusted_schema = OFF")


def _plain_header_damaged(path: Path) -> bool:
    """A plain SQLite header whose first bytes changed (encrypted files are random there).

    Bytes 21-23 of every SQLite header are fixed at 64, 32, 32; an encrypted page matches by
    chance once in sixteen million files.
    """
    with path.open("rb") as fh:
        head = fh.read(24)
    return len(head) == 24 and head[21:24] == b"\x40\x20\x20"


def _is_corrupt(exc: BaseException) -> bool:
    """SQLITE_CORRUPT ("malformed"): the key was right but the pages are damaged.

    A wrong key gives SQLITE_NOTADB ("file is not a database") instead.
    """
    code = getattr(exc, "sqlite_errorcode", None)
    if isinstance(code, int):
        return code & 0xFF == 11
    return "malformed" in str(exc)


def inspect_file(path: Path, passphrase: str | None) -> None:
    """Refuse anything that is not a sound journal of ours, without writing to it."""
    if not path.exists():
        raise NotAJournal(Sentence("There is no journal at {path}.", path=path))
    if not path.is_file():
        raise NotAJournal(Sentence("{path} is a folder, not a journal file.", path=path))
    size = path.stat().st_size
    if size == 0:
        raise NotAJournal(
            Sentence("{name} is empty: it is not a Second Opinion journal.", name=path.name)
        )
    encrypted = is_encrypted_file(path)
    if encrypted and size < 1024:
        raise NotAJournal(Sentence("{name} is not a Second Opinion journal.", name=path.name))
    if encrypted and _plain_header_damaged(path):
        raise DamagedJournal(
            Sentence("{name} is damaged: the start of the file was overwritten.", name=path.name)
        )
    if encrypted and not passphrase:
        raise PassphraseRequired(
            Sentence(
                "{name} is protected by a passphrase (or is not a Second Opinion journal).",
                name=path.name,
            )
        )
    conn = raw_connect(path, passphrase if encrypted else None)
    try:
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        except sqlcipher3.DatabaseError as exc:
            if encrypted and not _is_corrupt(exc):
                raise WrongPassphrase(
                    Sentence(
                        "The passphrase does not open {name} (or it is not a journal).",
                        name=path.name,
                    )
                ) from None
            raise DamagedJournal(
                Sentence("{name} is damaged and cannot be read.", name=path.name)
            ) from None
        if app_id != APPLICATION_ID:
            raise NotAJournal(
                Sentence("{name} is a database, but not a Second Opinion journal.", name=path.name)
            )
        if encrypted and size % 512:
            raise DamagedJournal(
                Sentence("{name} is damaged: the file has been cut short.", name=path.name)
            )
        try:
            result = conn.execute("PRAGMA quick_check").fetchall()
        except sqlcipher3.DatabaseError:
            result = [("unreadable",)]
        if result != [("ok",)]:
            raise DamagedJournal(
                Sentence("{name} is damaged: its integrity check failed.", name=path.name)
            )
    finally:
        conn.close()


def make_engine(path: Path, passphrase: str | None) -> Engine:
    """An engine whose connections are keyed and configured, with real transactions for DDL."""
    from sqlalchemy import create_engine, event
    from sqlalchemy.pool import QueuePool

    key = passphrase if passphrase and is_encrypted_file(path) else None

    def creator() -> sqlcipher3.Connection:
        conn = raw_connect(path, key)
        configure(conn)
        return conn

    engine = create_engine(
        "sqlite://",
        # The real DB-API module: SQLAlchemy then wraps sqlcipher3's errors in its own
        # (IntegrityError, OperationalError…), which ``errors.journal_error`` turns into words.
        module=sqlcipher3,
        creator=creator,
        poolclass=QueuePool,
        pool_size=2,
        max_overflow=4,
        hide_parameters=True,  # error messages never carry what the person typed
    )

    @event.listens_for(engine, "begin")
    def _begin(connection: Any) -> None:
        # The driver is in autocommit mode; this BEGIN makes DDL transactional too, so a
        # migration either applies whole or not at all.
        connection.exec_driver_sql("BEGIN")

    return engine


def initialise_file(path: Path, passphrase: str | None) -> None:
    """Make a new, empty journal file: private permissions, our application id, WAL mode."""
    ensure_dir(path.parent)
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
    from sqlalchemy.exc import StatementError

    from secondopinion.store.checks import CheckedSession

    with CheckedSession(engine, expire_on_commit=False) as session:
        try:
            yield session
            session.commit()
        except (StatementError, sqlcipher3.Error) as exc:
            # StatementError covers SQLAlchemy's DBAPIError family; a raw driver error can still
            # come from code that reaches the driver connection itself.
            with contextlib.suppress(Exception):  # after a failed write, rolling back may fail too
                session.rollback()
            raise journal_error(exc) from exc
        except BaseException:
            session.rollback()
            raise
