"""planned visits: a time of day, a length, a place, whether it was cancelled, a calendar UID

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-03

A visit ahead of its date is a planned visit: it needs a time and a place to go in the calendar,
and a planned visit can be cancelled without deleting what was prepared for it. Each visit gets a
random calendar UID (existing ones too) so that calendar exports update their events. Only columns are
added (``ALTER TABLE … ADD COLUMN``), so the table is not copied and the search triggers of
revision 0002 stay as they are; the place is not indexed for search.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("visit", sa.Column("visit_time", sa.Time(), nullable=True))
    op.add_column("visit", sa.Column("duration_minutes", sa.Integer(), nullable=True))
    op.add_column("visit", sa.Column("place", sa.String(), nullable=False, server_default=""))
    op.add_column(
        "visit",
        sa.Column("cancelled", sa.Boolean(), nullable=False, server_default=sa.false()),
    )
    op.add_column(
        "visit", sa.Column("calendar_uid", sa.String(), nullable=False, server_default="")
    )
    op.execute("UPDATE visit SET calendar_uid = lower(hex(randomblob(16)))")


def downgrade() -> None:
    # Plain DROP COLUMN (SQLite 3.35+), not batch mode: copying the table would drop its search
    # triggers, and dropping visit would cascade to its answers and feelings.
    for name in ("visit_time", "duration_minutes", "place", "cancelled", "calendar_uid"):
        op.execute(f"ALTER TABLE visit DROP COLUMN {name}")
