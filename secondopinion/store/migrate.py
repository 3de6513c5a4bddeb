"""Schema migrations: numbered Alembic revisions applied atomically when a journal opens.

Before an upgrade the file is copied beside itself (``NAME.before-REV.bak``) with SQLite's
backup API, so an upgrade can always be undone by hand. A journal stamped with a revision this
version does not know was written by a newer Second Opinion and is refused untouched.

All revisions run in one transaction: the engine's ``begin`` event issues a real ``BEGIN`` (the
driver is in autocommit mode, so DDL would otherwise commit statement by statement), and any
error rolls back every step and the version stamp together. Foreign keys are switched off for
the run, as SQLite requires for batch table rebuilds (dropping a parent table would otherwise
cascade into its children), and checked before the commit.

Alembic is imported only when a migration is due: knowing the revisions (read from the version
files' ``revision``/``down_revision`` lines) and a journal's stamp (one SELECT) needs no Alembic,
and opening an up-to-date journal is most of what this module does.
"""

from __future__ import annotations

import ast
import functools
from pathlib import Path
from typing import TYPE_CHECKING

from secondopinion.domain.wording import Sentence
from secondopinion.store import filecopy
from secondopinion.store.engine import raw_connect, storage_error
from secondopinion.store.errors import JournalError, NewerJournal

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Engine

_HERE = Path(__file__).resolve().parent / "migrations"


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(_HERE))
    return config


@functools.cache
def revision_graph() -> dict[str, str | None]:
    """Each revision this version knows, with the one it revises (None for the first).

    Read from the version files' module-level ``revision`` and ``down_revision`` assignments,
    the same ones Alembic reads (a test holds the two answers equal).
    """
    graph: dict[str, str | None] = {}
    for file in sorted((_HERE / "versions").glob("[0-9]*.py")):
        found: dict[str, object] = {}
        for node in ast.parse(file.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.AnnAssign):
                target: ast.expr | None = node.target
            elif isinstance(node, ast.Assign) and len(node.targets) == 1:
                target = node.targets[0]
            else:
                continue
            wanted = isinstance(target, ast.Name) and target.id in ("revision", "down_revision")
            if wanted and node.value is not None:
                found[target.id] = ast.literal_eval(node.value)  # type: ignore[union-attr]
        revision = found.get("revision")
        assert isinstance(revision, str), f"{file.name} names no revision"
        down = found.get("down_revision")
        assert down is None or isinstance(down, str), f"{file.name}: one parent only"
        graph[revision] = down
    return graph


def head_revision() -> str:
    graph = revision_graph()
    heads = set(graph) - {down for down in graph.values() if down is not None}
    assert len(heads) == 1, f"the migrations must have one head, not {sorted(heads)}"
    return heads.pop()


def known_revisions() -> set[str]:
    return set(revision_graph())


def current_revision(engine: Engine) -> str | None:
    """The revision a journal is stamped with (None for a new, empty file)."""
    with engine.connect() as conn:
        found = conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
        ).first()
        if found is None:
            return None
        row = conn.exec_driver_sql("SELECT version_num FROM alembic_version").first()
        return None if row is None else str(row[0])


def stamp_of_file(path: Path, passphrase: str | None) -> str | None:
    """``current_revision`` on a plain connection: opening a current journal needs no engine."""
    conn = raw_connect(path, passphrase)
    try:
        found = conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
        ).fetchone()
        if found is None:
            return None
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return None if row is None else str(row[0])
    finally:
        conn.close()


def refuse_newer(current: str | None, name: str) -> None:
    """A journal stamped with a revision this version does not know is left untouched."""
    if current is not None and current not in known_revisions():
        raise NewerJournal(
            Sentence(
                "{name} was written by a newer version of Second Opinion. "
                "Update the app to open it; the file was left untouched.",
                name=name,
            )
        )


def check_not_newer(engine: Engine, name: str) -> str | None:
    current = current_revision(engine)
    refuse_newer(current, name)
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
    from alembic import command

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
                    failed = Sentence(
                        "{name} could not be upgraded; it was left exactly as it was.",
                        name=path.name,
                    )
                    if plain is not None:
                        # TRANSLATORS: two sentences, one after the other
                        failed = Sentence("{first} {second}", first=failed, second=plain.sentence)
                    raise MigrationFailed(failed) from exc
                broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise MigrationFailed(
                        Sentence(
                            "{name} could not be upgraded (rows would lose their links); "
                            "it was left exactly as it was.",
                            name=path.name,
                        )
                    )
        finally:
            driver.execute("PRAGMA foreign_keys = ON")
    return True
