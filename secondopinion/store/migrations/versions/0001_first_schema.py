"""the first journal schema

Revision ID: 0001
Revises:
Create Date: 2026-11-26
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "allergy",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("substance", sa.String(), nullable=False),
        sa.Column("reaction", sa.String(), nullable=False),
        sa.Column("severity", sa.String(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "concern",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("original_diagnosis", sa.String(), nullable=False),
        sa.Column("diagnosed_by", sa.String(), nullable=False),
        sa.Column("diagnosed_on", sa.Date(), nullable=True),
        sa.Column("proposed_treatment", sa.String(), nullable=False),
        sa.Column("to_clarify", sa.String(), nullable=False),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("archived", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "condition",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("since", sa.String(), nullable=False),
        sa.Column("notes", sa.String(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "doctor",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("specialty", sa.String(), nullable=False),
        sa.Column("institution", sa.String(), nullable=False),
        sa.Column("healthcare_system", sa.String(), nullable=False),
        sa.Column("phone", sa.String(), nullable=False),
        sa.Column("email", sa.String(), nullable=False),
        sa.Column("address", sa.String(), nullable=False),
        sa.Column("website", sa.String(), nullable=False),
        sa.Column("cost_notes", sa.String(), nullable=False),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("notes", sa.String(), nullable=False),
        sa.Column("other_system", sa.Boolean(), nullable=False),
        sa.Column("specialises", sa.Boolean(), nullable=False),
        sa.Column("complex_cases", sa.Boolean(), nullable=False),
        sa.Column("teaching_hospital", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "medication",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("dose", sa.String(), nullable=False),
        sa.Column("how_taken", sa.String(), nullable=False),
        sa.Column("since", sa.String(), nullable=False),
        sa.Column("until", sa.String(), nullable=False),
        sa.Column("reason", sa.String(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "person",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("date_of_birth", sa.Date(), nullable=True),
        sa.Column("notes", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "procedure",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("what", sa.String(), nullable=False),
        sa.Column("when", sa.String(), nullable=False),
        sa.Column("where", sa.String(), nullable=False),
        sa.Column("notes", sa.String(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "doctor_concern",
        sa.Column("doctor_id", sa.Integer(), nullable=False),
        sa.Column("concern_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["concern_id"], ["concern.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["doctor_id"], ["doctor.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("doctor_id", "concern_id"),
    )
    with op.batch_alter_table("doctor_concern", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_doctor_concern_concern_id"), ["concern_id"], unique=False
        )

    op.create_table(
        "question",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("concern_id", sa.Integer(), nullable=False),
        sa.Column("standard_key", sa.String(), nullable=True),
        sa.Column("text", sa.String(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("retired", sa.Boolean(), nullable=False),
        sa.Column("bring_next", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["concern_id"], ["concern.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("question", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_question_concern_id"), ["concern_id"], unique=False)

    op.create_table(
        "record_request",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("concern_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("source", sa.String(), nullable=False),
        sa.Column("requested_on", sa.Date(), nullable=True),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("format", sa.String(), nullable=False),
        sa.Column("notes", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(["concern_id"], ["concern.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("record_request", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_record_request_concern_id"), ["concern_id"], unique=False
        )

    op.create_table(
        "sign",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("concern_id", sa.Integer(), nullable=False),
        sa.Column("standard_key", sa.String(), nullable=True),
        sa.Column("text", sa.String(), nullable=False),
        sa.Column("ticked", sa.Boolean(), nullable=False),
        sa.Column("note", sa.String(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["concern_id"], ["concern.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("sign", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sign_concern_id"), ["concern_id"], unique=False)

    op.create_table(
        "symptom_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("concern_id", sa.Integer(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("symptom", sa.String(), nullable=False),
        sa.Column("severity", sa.Integer(), nullable=False),
        sa.Column("notes", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(["concern_id"], ["concern.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("symptom_entry", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_symptom_entry_concern_id"), ["concern_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_symptom_entry_recorded_at"), ["recorded_at"], unique=False
        )

    op.create_table(
        "treatment_change",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("concern_id", sa.Integer(), nullable=False),
        sa.Column("changed_on", sa.Date(), nullable=False),
        sa.Column("description", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(["concern_id"], ["concern.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("treatment_change", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_treatment_change_concern_id"), ["concern_id"], unique=False
        )

    op.create_table(
        "visit",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("concern_id", sa.Integer(), nullable=False),
        sa.Column("doctor_id", sa.Integer(), nullable=True),
        sa.Column("visit_on", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("diagnosis", sa.String(), nullable=False),
        sa.Column("agreement", sa.String(), nullable=True),
        sa.Column("treatment", sa.String(), nullable=False),
        sa.Column("tests", sa.String(), nullable=False),
        sa.Column("rationale", sa.String(), nullable=False),
        sa.Column("in_my_place", sa.String(), nullable=False),
        sa.Column("notes", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(["concern_id"], ["concern.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["doctor_id"], ["doctor.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("visit", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_visit_concern_id"), ["concern_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_visit_doctor_id"), ["doctor_id"], unique=False)

    op.create_table(
        "answer",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("visit_id", sa.Integer(), nullable=False),
        sa.Column("question_id", sa.Integer(), nullable=False),
        sa.Column("answer", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(["question_id"], ["question.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["visit_id"], ["visit.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("visit_id", "question_id"),
    )
    with op.batch_alter_table("answer", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_answer_question_id"), ["question_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_answer_visit_id"), ["visit_id"], unique=False)

    op.create_table(
        "attachment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("record_request_id", sa.Integer(), nullable=False),
        sa.Column("filename", sa.String(), nullable=False),
        sa.Column("media_type", sa.String(), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(["record_request_id"], ["record_request.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("attachment", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_attachment_record_request_id"), ["record_request_id"], unique=False
        )

    op.create_table(
        "visit_feelings",
        sa.Column("visit_id", sa.Integer(), nullable=False),
        sa.Column("heard", sa.Integer(), nullable=True),
        sa.Column("respected", sa.Integer(), nullable=True),
        sa.Column("validated", sa.Integer(), nullable=True),
        sa.Column("included", sa.Integer(), nullable=True),
        sa.Column("encouraged", sa.Integer(), nullable=True),
        sa.Column("brushed_off", sa.Integer(), nullable=True),
        sa.Column("hurried", sa.Integer(), nullable=True),
        sa.Column("minimized", sa.Integer(), nullable=True),
        sa.Column("trust", sa.Integer(), nullable=True),
        sa.Column("reflection", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(["visit_id"], ["visit.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("visit_id"),
    )


def downgrade() -> None:
    op.drop_table("visit_feelings")
    with op.batch_alter_table("attachment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attachment_record_request_id"))

    op.drop_table("attachment")
    with op.batch_alter_table("answer", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_answer_visit_id"))
        batch_op.drop_index(batch_op.f("ix_answer_question_id"))

    op.drop_table("answer")
    with op.batch_alter_table("visit", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_visit_doctor_id"))
        batch_op.drop_index(batch_op.f("ix_visit_concern_id"))

    op.drop_table("visit")
    with op.batch_alter_table("treatment_change", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_treatment_change_concern_id"))

    op.drop_table("treatment_change")
    with op.batch_alter_table("symptom_entry", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_symptom_entry_recorded_at"))
        batch_op.drop_index(batch_op.f("ix_symptom_entry_concern_id"))

    op.drop_table("symptom_entry")
    with op.batch_alter_table("sign", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sign_concern_id"))

    op.drop_table("sign")
    with op.batch_alter_table("record_request", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_record_request_concern_id"))

    op.drop_table("record_request")
    with op.batch_alter_table("question", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_question_concern_id"))

    op.drop_table("question")
    with op.batch_alter_table("doctor_concern", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_doctor_concern_concern_id"))

    op.drop_table("doctor_concern")
    op.drop_table("procedure")
    op.drop_table("person")
    op.drop_table("medication")
    op.drop_table("doctor")
    op.drop_table("condition")
    op.drop_table("concern")
    op.drop_table("allergy")
