"""results: one measured value from a test, imported from records or typed by hand

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-03

Adds the ``result`` table (PRODUCT.md, "result") and its search-index triggers (kind code 17,
the same scheme as revision 0002: rowid = id * 32 + code). Frozen history like 0002: later
revisions add their own tables and triggers.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

STRIDE = 32
CODE = 17
COLUMNS = ("test_name", "loinc", "value_text", "unit", "reported_by", "notes")


def _body(prefix: str) -> str:
    return " || ' ' || ".join(f"coalesce({prefix}.\"{c}\", '')" for c in COLUMNS)


def upgrade() -> None:
    op.create_table(
        "result",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("test_name", sa.String(), nullable=False),
        sa.Column("loinc", sa.String(), nullable=False),
        sa.Column("value", sa.Float(), nullable=True),
        sa.Column("value_text", sa.String(), nullable=False),
        sa.Column("unit", sa.String(), nullable=False),
        sa.Column("range_low", sa.Float(), nullable=True),
        sa.Column("range_high", sa.Float(), nullable=True),
        sa.Column("range_text", sa.String(), nullable=False),
        sa.Column("interpretation", sa.String(), nullable=False),
        sa.Column("taken_at", sa.DateTime(), nullable=True),
        sa.Column("reported_by", sa.String(), nullable=False),
        sa.Column("notes", sa.String(), nullable=False),
        sa.Column("source", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(op.f("ix_result_taken_at"), "result", ["taken_at"], unique=False)
    new_id = f"new.id * {STRIDE} + {CODE}"
    old_id = f"old.id * {STRIDE} + {CODE}"
    forget = (
        "INSERT INTO search_index(search_index, rowid, body) "
        f"VALUES ('delete', {old_id}, {_body('old')});"
    )
    remember = f"INSERT INTO search_index(rowid, body) VALUES ({new_id}, {_body('new')});"
    op.execute(f"CREATE TRIGGER search_result_ai AFTER INSERT ON result BEGIN {remember} END")
    op.execute(f"CREATE TRIGGER search_result_ad AFTER DELETE ON result BEGIN {forget} END")
    op.execute(
        f"CREATE TRIGGER search_result_au AFTER UPDATE ON result BEGIN {forget} {remember} END"
    )


def downgrade() -> None:
    for suffix in ("ai", "ad", "au"):
        op.execute(f"DROP TRIGGER IF EXISTS search_result_{suffix}")
    op.drop_index(op.f("ix_result_taken_at"), table_name="result")
    op.drop_table("result")
