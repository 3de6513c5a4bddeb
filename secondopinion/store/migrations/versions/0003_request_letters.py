"""request letters: the person's contact details and what a letter to a provider needs

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-03

The person gets a postal address, phone, email and the jurisdiction whose right of access the
letters cite; a record request gets the provider's address, email and fax, the person's record
number there, the period wanted, how the records should be delivered (possibly straight to a
doctor), and the dates of the letter, of the provider's extension notice and of the follow-up.

Only columns are added (``ALTER TABLE … ADD COLUMN``), so the tables are not copied and the
search index triggers of revision 0002 stay as they are. Text columns get an empty default in
the DDL so existing rows take it; the new columns are not indexed for search.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

PERSON_TEXT = ("address", "phone", "email", "jurisdiction")
REQUEST_TEXT = ("provider_address", "provider_email", "provider_fax", "record_number")
REQUEST_DATES = (
    "range_from",
    "range_to",
    "letter_sent_on",
    "extension_notified_on",
    "follow_up_sent_on",
)


def _text(name: str, default: str = "") -> sa.Column[str]:
    return sa.Column(name, sa.String(), nullable=False, server_default=default)


def upgrade() -> None:
    for name in PERSON_TEXT:
        op.add_column("person", _text(name))
    for name in REQUEST_TEXT:
        op.add_column("record_request", _text(name))
    for name in REQUEST_DATES:
        op.add_column("record_request", sa.Column(name, sa.Date(), nullable=True))
    op.add_column("record_request", _text("delivery", "post"))
    # SQLite adds a column with a foreign key only through plain DDL (no constraint ALTER).
    op.execute(
        "ALTER TABLE record_request ADD COLUMN delivery_doctor_id INTEGER "
        "REFERENCES doctor (id) ON DELETE SET NULL"
    )
    op.create_index(
        "ix_record_request_delivery_doctor_id", "record_request", ["delivery_doctor_id"]
    )


def downgrade() -> None:
    # Plain ``DROP COLUMN`` (SQLite 3.35+), not batch mode: copying the tables would drop their
    # search triggers, and with foreign keys on, dropping record_request would cascade to its
    # attachments.
    op.drop_index("ix_record_request_delivery_doctor_id", table_name="record_request")
    for name in (*REQUEST_TEXT, *REQUEST_DATES, "delivery", "delivery_doctor_id"):
        op.execute(f"ALTER TABLE record_request DROP COLUMN {name}")
    for name in PERSON_TEXT:
        op.execute(f"ALTER TABLE person DROP COLUMN {name}")
