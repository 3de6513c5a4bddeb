"""The integrity check behind ``secondopinion check``: reads only, writes nothing."""

from __future__ import annotations

from pathlib import Path

from secondopinion.domain.wording import Sentence
from secondopinion.store import engine as _engine
from secondopinion.store import migrate

# Not a problem: a note that the journal is at an older schema, which opening it upgrades.
WILL_UPGRADE = "schema version {version} will be upgraded when the journal opens"


def is_problem(found: Sentence) -> bool:
    return found.source != WILL_UPGRADE


def check_journal(path: Path, passphrase: str | None) -> list[Sentence]:
    """Problems found in the journal at ``path`` (and the upgrade note, see ``is_problem``);
    an empty list means it is sound. Each is a Sentence, shown in the reader's language.

    Raises JournalError when the file cannot be opened as a journal at all.
    """
    _engine.inspect_file(path, passphrase)
    key = passphrase if _engine.is_encrypted_file(path) else None
    conn = _engine.raw_connect(path, key)
    problems: list[Sentence] = []
    try:
        rows = conn.execute("PRAGMA integrity_check").fetchall()
        if rows != [("ok",)]:
            problems += [Sentence("integrity: {detail}", detail=r[0]) for r in rows]
        for table, rowid, parent, _ in conn.execute("PRAGMA foreign_key_check").fetchall():
            problems.append(
                Sentence(
                    "{table} row {id} points at a missing {parent}",
                    table=table,
                    id=rowid,
                    parent=parent,
                )
            )
        found = conn.execute(
            "SELECT name FROM sqlite_master WHERE name = 'alembic_version'"
        ).fetchone()
        revision = (
            conn.execute("SELECT version_num FROM alembic_version").fetchone() if found else None
        )
    finally:
        conn.close()
    if revision is None:
        problems.append(Sentence("the journal has no schema version"))
    elif revision[0] not in migrate.known_revisions():
        problems.append(
            Sentence("schema version {version} is newer than this app", version=revision[0])
        )
    elif revision[0] != migrate.head_revision():
        problems.append(Sentence(WILL_UPGRADE, version=revision[0]))
    return problems
