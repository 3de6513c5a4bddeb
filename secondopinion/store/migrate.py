"""Schema migrations: numbered Alembic revisions applied atomically when a journal opens.

Before an upgrade the file is copied beside itself (``NAME.before-REV.bak``) with SQLite's
backup API, so an upgrade can always be undone by hand. A journal stamped with a revision this
version does not know was written by a newer Second Opinion and is refused untouched.
"""

from __future__ import annotations

import os
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from secondopinion.store.engine import FILE_MODE, is_encrypted_file, raw_connect
from secondopinion.store.errors import NewerJournal

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


def backup_copy(path: Path, passphrase: str | None, target: Path) -> None:
    """A consistent copy of a journal through SQLite's backup API, encrypted like the source."""
    key = passphrase if is_encrypted_file(path) else None
    os.close(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE))
    src = raw_connect(path, key)
    dst = raw_connect(target, key, create=True)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()


def upgrade(engine: Engine, path: Path, passphrase: str | None, *, target: str = "head") -> bool:
    """Bring a journal to ``target``. Returns True when anything was applied."""
    current = check_not_newer(engine, path.name)
    wanted = head_revision() if target == "head" else target
    if current == wanted:
        return False
    if current is not None:
        backup_copy(path, passphrase, path.with_name(f"{path.name}.before-{wanted}.bak"))
    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, target)
    return True
