"""Write secondopinion/store/schema_head.py: a new journal's schema as Alembic leaves it.

Run after adding a migration revision (tests/store/test_schema_head.py fails until then):

    .venv/bin/python scripts/write_head_schema.py
    .venv/bin/ruff format secondopinion/store/schema_head.py
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from secondopinion.store import engine, migrate, schema_head

TARGET = Path(__file__).resolve().parent.parent / "secondopinion" / "store" / "schema_head.py"


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "head.sojournal"
        engine.initialise_file(path, None)
        made = engine.make_engine(path, None)
        migrate.upgrade(made, path, None)
        made.dispose()
        conn = engine.raw_connect(path, None)
        try:
            statements, settings = schema_head.read_schema(conn)
        finally:
            conn.close()
    text = TARGET.read_text(encoding="utf-8")
    head, _sep, _old = text.partition("# --- written by scripts/write_head_schema.py")
    lines = [
        head + "# --- written by scripts/write_head_schema.py (do not edit by hand) ---",
        "",
        f"REVISION = {migrate.head_revision()!r}",
        "",
        f"SETTINGS: tuple[tuple[str, object], ...] = {settings!r}",
        "",
        "STATEMENTS: tuple[str, ...] = (",
        *(f"    {s!r}," for s in statements),
        ")",
        "",
    ]
    TARGET.write_text("\n".join(lines), encoding="utf-8")


if __name__ == "__main__":
    main()
