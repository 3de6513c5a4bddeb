"""A journal: one file, one person. Opening checks it, migrates it and hands out short sessions."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine
from sqlmodel import Session

from secondopinion.store import engine as _engine
from secondopinion.store import migrate
from secondopinion.store.errors import JournalError


class Journal:
    """An open journal file. Holds an engine, never a live session."""

    def __init__(self, path: Path, passphrase: str | None, engine: Engine) -> None:
        self.path = path
        self.passphrase = passphrase
        self.engine = engine

    @property
    def encrypted(self) -> bool:
        return _engine.is_encrypted_file(self.path)

    @classmethod
    def open(cls, path: Path | str, passphrase: str | None = None) -> Journal:
        """Open an existing journal, upgrading its schema if it is older than this app."""
        path = Path(path).expanduser().absolute()
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
        return cls(path, key, engine)

    @classmethod
    def create(cls, path: Path | str, passphrase: str | None = None) -> Journal:
        """Create a new, empty journal at the current schema. Refuses to overwrite a file."""
        path = Path(path).expanduser().absolute()
        if path.exists():
            raise JournalError(f"{path.name} already exists; choose another name.")
        _engine.initialise_file(path, passphrase or None)
        engine = _engine.make_engine(path, passphrase or None)
        try:
            migrate.upgrade(engine, path, passphrase or None)
        except BaseException:
            engine.dispose()
            path.unlink(missing_ok=True)
            raise
        return cls(path, passphrase or None, engine)

    @classmethod
    def open_or_create(cls, path: Path | str, passphrase: str | None = None) -> Journal:
        path = Path(path).expanduser().absolute()
        if path.exists():
            return cls.open(path, passphrase)
        return cls.create(path, passphrase)

    @contextmanager
    def session(self) -> Iterator[Session]:
        with _engine.session_for(self.engine) as session:
            yield session

    def close(self) -> None:
        """Fold the write-ahead log back into the file and release it."""
        try:
            with self.engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        except Exception:
            pass
        self.engine.dispose()

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
