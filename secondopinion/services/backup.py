"""Backups: a consistent copy of a journal while it is in use, encrypted like the journal."""

from __future__ import annotations

import os
from pathlib import Path

from secondopinion.store import migrate
from secondopinion.store.engine import make_private_dir
from secondopinion.store.journal import Journal


def backup_journal(journal: Journal, out: Path) -> Path:
    """Write a copy of ``journal`` to ``out`` (0600) through SQLite's backup API, atomically."""
    out = Path(out).absolute()
    make_private_dir(out.parent) if not out.parent.exists() else None
    part = out.with_name(f".{out.name}.part")
    try:
        migrate.backup_copy(journal.path, journal.passphrase, part)
        os.replace(part, out)
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    return out
