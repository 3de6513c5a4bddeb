"""search the request letters' fields: the person's contact details, the provider's details

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-03

Revision 0003 added text the person types (the person's address, phone and email; a request's
provider address, email, fax and record number) without indexing it. This revision rewrites the
search triggers of ``person`` and ``record_request`` to include those columns and re-indexes
their rows. The index is contentless, so a document can only be taken out with the exact text it
was put in with: every row's old document is deleted with the old expression first.

Frozen history: the column lists below are those of this revision.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

STRIDE = 32

# table -> (kind code, columns before this revision, columns after it)
CHANGED: dict[str, tuple[int, tuple[str, ...], tuple[str, ...]]] = {
    "person": (1, ("name", "notes"), ("name", "notes", "address", "phone", "email")),
    "record_request": (
        10,
        ("source", "notes"),
        (
            "source",
            "notes",
            "provider_address",
            "provider_email",
            "provider_fax",
            "record_number",
        ),
    ),
}


def _body(prefix: str, columns: tuple[str, ...]) -> str:
    return " || ' ' || ".join(f"coalesce({prefix}.\"{c}\", '')" for c in columns)


def _rowid(prefix: str, code: int) -> str:
    return f'{prefix}."id" * {STRIDE} + {code}'


def _reindex(table: str, code: int, old: tuple[str, ...], new: tuple[str, ...]) -> None:
    t = f'"{table}"'
    op.execute(
        "INSERT INTO search_index(search_index, rowid, body) "
        f"SELECT 'delete', {_rowid(t, code)}, {_body(t, old)} FROM {t}"
    )
    for suffix in ("ai", "ad", "au"):
        op.execute(f"DROP TRIGGER IF EXISTS search_{table}_{suffix}")
    forget = (
        f"INSERT INTO search_index(search_index, rowid, body) "
        f"VALUES ('delete', {_rowid('old', code)}, {_body('old', new)});"
    )
    op.execute(
        f"CREATE TRIGGER search_{table}_ai AFTER INSERT ON {t} BEGIN "
        f"INSERT INTO search_index(rowid, body) "
        f"VALUES ({_rowid('new', code)}, {_body('new', new)}); END"
    )
    op.execute(f"CREATE TRIGGER search_{table}_ad AFTER DELETE ON {t} BEGIN {forget} END")
    op.execute(
        f"CREATE TRIGGER search_{table}_au AFTER UPDATE ON {t} BEGIN {forget} "
        f"INSERT INTO search_index(rowid, body) "
        f"VALUES ({_rowid('new', code)}, {_body('new', new)}); END"
    )
    op.execute(
        f"INSERT INTO search_index(rowid, body) SELECT {_rowid(t, code)}, {_body(t, new)} FROM {t}"
    )


def upgrade() -> None:
    for table, (code, old, new) in CHANGED.items():
        _reindex(table, code, old, new)


def downgrade() -> None:
    for table, (code, old, new) in CHANGED.items():
        _reindex(table, code, new, old)
