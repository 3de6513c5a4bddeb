"""A journal: one file, one person. Opening checks it, migrates it and hands out short sessions.

Opening takes the journal's lock (``store.lock``) before anything can write, so a second
instance is told the journal is already open and leaves it alone; ``close`` lets it go.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from secondopinion.domain.wording import Sentence
from secondopinion.store import engine as _engine
from secondopinion.store import lock as _lock
from secondopinion.store import migrate
from secondopinion.store.errors import JournalClosed, JournalError

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlmodel import Session


def _connect(path: Path, passphrase: str | None) -> tuple[Engine, str | None]:
    """Check the file, then make its engine and bring its schema up to date."""
    _engine.inspect_file(path, passphrase)
    key = passphrase if _engine.is_encrypted_file(path) else None
    engine = _engine.make_engine(path, key)
    try:
        migrate.check_not_newer(engine, path.name)
        _engine.set_wal(path, key)
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
        engine: Engine,
        lock: _lock.JournalLock | None = None,
    ) -> None:
        self.path = path
        self.passphrase = passphrase
        self.engine = engine
        self.lock = lock
        self.closed = False

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
        engine = _engine.make_engine(path, passphrase or None)
        try:
            migrate.upgrade(engine, path, passphrase or None)
        except BaseException:
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

    def checkpoint(self) -> None:
        """Fold the write-ahead log back into the file and let go of every connection."""
        try:
            with self.engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        except Exception:
            pass
        self.engine.dispose()

    def reopen(self, passphrase: str | None) -> None:
        """Connect again after the file was replaced or rekeyed under this object (lock kept)."""
        self.engine.dispose()
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
