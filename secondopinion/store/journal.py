"""A journal: one file, one person. Opening checks it, migrates it and hands out short sessions.

Opening takes the journal's lock (``store.lock``) before anything can write, so a second
instance is told the journal is already open and leaves it alone; ``close`` lets it go.

Opening a journal whose schema is current needs no SQLAlchemy: the file is checked and its stamp
read on plain connections, and the engine is made when something first asks for a session (a
command that only reads, such as ``search``, reads through ``reading`` and never does).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import sqlcipher3

from secondopinion.domain.wording import Sentence
from secondopinion.store import engine as _engine
from secondopinion.store import lock as _lock
from secondopinion.store import migrate, schema_head
from secondopinion.store.errors import JournalClosed, JournalError, journal_error

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlmodel import Session


def _connect(path: Path, passphrase: str | None) -> tuple[Engine | None, str | None]:
    """Check the file and bring its schema up to date; the engine when one was needed for it."""
    _engine.inspect_file(path, passphrase)
    key = passphrase if _engine.is_encrypted_file(path) else None
    current = migrate.stamp_of_file(path, key)
    migrate.refuse_newer(current, path.name)
    _engine.set_wal(path, key)
    if current == migrate.head_revision():
        return None, key  # nothing to apply: the engine waits until a session is asked for
    engine = _engine.make_engine(path, key)
    try:
        migrate.upgrade(engine, path, key)
    except BaseException:
        engine.dispose()
        raise
    return engine, key


class Journal:
    """An open journal file. Holds an engine, never a live session."""

    def __init__(
        self,
        path: Path,
        passphrase: str | None,
        engine: Engine | None,
        lock: _lock.JournalLock | None = None,
    ) -> None:
        self.path = path
        self.passphrase = passphrase
        self._engine: Engine | None = engine
        self._engine_made = threading.Lock()
        self.lock = lock
        self.closed = False

    @property
    def engine(self) -> Engine:
        """The SQLAlchemy engine of this file, made on first use (jobs may ask from threads)."""
        with self._engine_made:
            if self._engine is None:
                self._engine = _engine.make_engine(self.path, self.passphrase)
            return self._engine

    @engine.setter
    def engine(self, engine: Engine | None) -> None:
        with self._engine_made:
            self._engine = engine

    @property
    def encrypted(self) -> bool:
        return _engine.is_encrypted_file(self.path)

    @classmethod
    def open(cls, path: Path | str, passphrase: str | None = None) -> Journal:
        """Open an existing journal, upgrading its schema if it is older than this app.

        Raises JournalInUse when another process has it open.
        """
        path = Path(path).expanduser().absolute()
        held = _lock.acquire(path)
        try:
            engine, key = _connect(path, passphrase)
        except BaseException:
            held.release()
            raise
        return cls(path, key, engine, held)

    @classmethod
    def create(cls, path: Path | str, passphrase: str | None = None) -> Journal:
        """Create a new, empty journal at the current schema. Refuses to overwrite a file."""
        path = Path(path).expanduser().absolute()
        if path.exists():
            raise JournalError(
                Sentence("{name} already exists; choose another name.", name=path.name)
            )
        _engine.ensure_dir(path.parent)
        held = _lock.acquire(path)
        try:
            _engine.initialise_file(path, passphrase or None)
        except FileExistsError:
            held.release()
            raise JournalError(
                Sentence("{name} already exists; choose another name.", name=path.name)
            ) from None
        except BaseException:
            held.release()
            raise
        engine: Engine | None = None
        try:
            if migrate.head_revision() == schema_head.REVISION:  # without Alembic
                conn = _engine.raw_connect(path, passphrase or None)
                try:
                    schema_head.create(conn)
                finally:
                    conn.close()
            else:
                engine = _engine.make_engine(path, passphrase or None)
                migrate.upgrade(engine, path, passphrase or None)
        except BaseException:
            if engine is not None:
                engine.dispose()
            for suffix in ("", "-wal", "-shm"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
            held.release()
            raise
        return cls(path, passphrase or None, engine, held)

    @classmethod
    def open_or_create(cls, path: Path | str, passphrase: str | None = None) -> Journal:
        path = Path(path).expanduser().absolute()
        if path.exists():
            return cls.open(path, passphrase)
        return cls.create(path, passphrase)

    @contextmanager
    def session(self) -> Iterator[Session]:
        if self.closed:  # its lock is gone: another instance may own the file by now
            raise JournalClosed(Sentence("{name} is closed.", name=self.path.name))
        with _engine.session_for(self.engine) as session:
            yield session

    @contextmanager
    def reading(self) -> Iterator[sqlcipher3.Connection]:
        """A plain DB-API connection inside one read transaction, for reads in plain SQL.

        Rows come back as SQLite stores them (dates as ISO text). The engine's pool lends one
        when the engine exists; otherwise a connection of its own is opened, so a command that
        only reads never imports SQLAlchemy.
        """
        if self.closed:
            raise JournalClosed(Sentence("{name} is closed.", name=self.path.name))
        with self._engine_made:
            engine = self._engine
        if engine is not None:
            pooled = engine.raw_connection()
            conn = pooled.driver_connection
            assert conn is not None
            close = pooled.close
        else:
            conn = _engine.raw_connect(self.path, self.passphrase)
            _engine.configure(conn)
            close = conn.close
        try:
            conn.execute("BEGIN")
            try:
                yield conn
            finally:
                if conn.in_transaction:  # an error may have ended it already
                    conn.execute("ROLLBACK")  # it only read
        except sqlcipher3.Error as exc:
            raise journal_error(exc) from exc
        finally:
            close()

    def checkpoint(self) -> None:
        """Fold the write-ahead log back into the file and let go of every connection."""
        with self._engine_made:
            engine = self._engine
        try:
            if engine is None:
                conn = _engine.raw_connect(self.path, self.passphrase)
                try:
                    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                finally:
                    conn.close()
            else:
                with engine.connect() as sa_conn:
                    sa_conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        except Exception:
            pass
        if engine is not None:
            engine.dispose()

    def reopen(self, passphrase: str | None) -> None:
        """Connect again after the file was replaced or rekeyed under this object (lock kept)."""
        with self._engine_made:
            engine, self._engine = self._engine, None
        if engine is not None:
            engine.dispose()
        self.engine, self.passphrase = _connect(self.path, passphrase)

    def close(self) -> None:
        """Fold the write-ahead log back into the file and release it (and its lock)."""
        if self.closed:
            return
        self.closed = True
        try:
            self.checkpoint()
        finally:
            if self.lock is not None:
                self.lock.release()

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
