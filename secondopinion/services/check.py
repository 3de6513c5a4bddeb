"""The integrity check behind ``secondopinion check``: reads only, writes nothing."""

from __future__ import annotations

from pathlib import Path

from secondopinion.store import engine as _engine
from secondopinion.store import migrate


def check_journal(path: Path, passphrase: str | None) -> list[str]:
    """Problems found in the journal at ``path``; an empty list means it is sound.

    Raises JournalError when the file cannot be opened as a journal at all.
    """
    _engine.inspect_file(path, passphrase)
    key = passphrase if _engine.is_encrypted_file(path) else None
    conn = _engine.raw_connect(path, key)
    problems: list[str] = []
    try:
        rows = conn.execute("PRAGMA integrity_check").fetchall()
        if rows != [("ok",)]:
            problems += [f"integrity: {r[0]}" for r in rows]
        for table, rowid, parent, _ in conn.execute("PRAGMA foreign_key_check").fetchall():
            problems.append(f"{table} row {rowid} points at a missing {parent}")
        found = conn.execute(
            "SELECT name FROM sqlite_master WHERE name = 'alembic_version'"
        ).fetchone()
        revision = (
            conn.execute("SELECT version_num FROM alembic_version").fetchone() if found else None
        )
    finally:
        conn.close()
    if revision is None:
        problems.append("the journal has no schema version")
    elif revision[0] not in migrate.known_revisions():
        problems.append(f"schema version {revision[0]} is newer than this app")
    elif revision[0] != migrate.head_revision():
        problems.append(f"schema version {revision[0]} will be upgraded when the journal opens")
    return problems
