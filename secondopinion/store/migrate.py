"""Schema migrations: numbered Alembic revisions applied atomically when a journal opens.

Before an upgrade the file is copied beside itself (``NAME.before-REV.bak``) with SQLite's
backup API, so an upgrade can always be undone by hand. A journal stamped with a revision this
version does not know was written by a newer Second Opinion and is refused untouched.

All revisions run in one transaction: the engine's ``begin`` event issues a real ``BEGIN`` (the
driver is in autocommit mode, so DDL would otherwise commit statement by statement), and any
error rolls back every step and the version stamp together. Foreign keys are switched off for
the run, as SQLite requires for batch table rebuilds (dropping a parent table would otherwise
cascade into its children), and checked before the commit.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from secondopinion.store import filecopy
from secondopinion.store.engine import storage_error
from secondopinion.store.errors import JournalError, NewerJournal

_HERE = Path(__file__).resolve().parent / "migrations"


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(_HERE))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    return {s.revision for s in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def check_not_newer(engine: Engine, name: str) -> str | None:
    current = current_revision(engine)
    if current is not None and current not in known_revisions():
        raise NewerJournal(
            f"{name} was written by a newer version of Second Opinion. "
            "Update the app to open it; the file was left untouched."
        )
    return current


class MigrationFailed(JournalError):
    pass


def backup_copy(path: Path, passphrase: str | None, target: Path) -> None:
    """A consistent copy of a journal through SQLite's backup API, encrypted like the source."""
    filecopy.backup_copy(path, passphrase, target)


def upgrade(engine: Engine, path: Path, passphrase: str | None, *, target: str = "head") -> bool:
    """Bring a journal to ``target``. Returns True when anything was applied."""
    current = check_not_newer(engine, path.name)
    wanted = head_revision() if target == "head" else target
    if current == wanted:
        return False
    if current is not None:
        backup_copy(path, passphrase, path.with_name(f"{path.name}.before-{wanted}.bak"))
    config = alembic_config()
    with engine.connect() as conn:
        driver = conn.connection.driver_connection
        assert driver is not None
        driver.execute("PRAGMA foreign_keys = OFF")  # a no-op inside a transaction: do it first
        try:
            with conn.begin():
                config.attributes["connection"] = conn
                try:
                    command.upgrade(config, target)
                except JournalError:
                    raise
                except Exception as exc:
                    plain = storage_error(exc)
                    why = f" {plain}" if plain is not None else ""
                    raise MigrationFailed(
                        f"{path.name} could not be upgraded; it was left exactly as it was.{why}"
                    ) from exc
                broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise MigrationFailed(
                        f"{path.name} could not be upgraded (rows would lose their links); "
                        "it was left exactly as it was."
                    )
        finally:
            driver.execute("PRAGMA foreign_keys = ON")
    return True
