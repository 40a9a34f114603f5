"""Safety, choice ledger, reframes and mistakes, measures

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "choice_ideas",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("profile_id", sa.Integer(), nullable=False),
        sa.Column("builtin_id", sa.String(length=60), nullable=True),
        sa.Column("text", sa.Text(), nullable=True),
        sa.Column("area", sa.String(length=20), nullable=True),
        sa.Column("hidden", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["profile_id"], ["profiles.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("profile_id", "builtin_id", name="uq_choice_ideas_builtin"),
    )
    op.create_table(
        "choices",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("profile_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("gut_text", sa.Text(), nullable=True),
        sa.Column("gut", sa.String(length=10), nullable=False),
        sa.Column("confidence", sa.Integer(), nullable=False),
        sa.Column("reassurance", sa.String(length=10), nullable=False),
        sa.Column("area", sa.String(length=20), nullable=True),
        sa.Column("body_signal_id", sa.Integer(), nullable=True),
        sa.Column("made_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["profile_id"], ["profiles.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("choices", schema=None) as batch_op:
        batch_op.create_index("ix_choices_profile", ["profile_id", "id"], unique=False)

    op.create_table(
        "grounding_sessions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("profile_id", sa.Integer(), nullable=False),
        sa.Column("practice", sa.String(length=40), nullable=False),
        sa.Column("distress_before", sa.Integer(), nullable=True),
        sa.Column("distress_after", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["profile_id"], ["profiles.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("grounding_sessions", schema=None) as batch_op:
        batch_op.create_index("ix_grounding_sessions_profile", ["profile_id", "id"], unique=False)

    op.create_table(
        "measure_responses",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("profile_id", sa.Integer(), nullable=False),
        sa.Column("instrument", sa.String(length=20), nullable=False),
        sa.Column("answers", sa.Text(), nullable=False),
        sa.Column("distress", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("completed_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["profile_id"], ["profiles.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("measure_responses", schema=None) as batch_op:
        batch_op.create_index(
            "ix_measure_responses_profile", ["profile_id", "instrument", "id"], unique=False
        )

    op.create_table(
        "personal_contacts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("profile_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("phone", sa.String(length=100), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["profile_id"], ["profiles.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("personal_contacts", schema=None) as batch_op:
        batch_op.create_index("ix_personal_contacts_profile", ["profile_id", "id"], unique=False)

    op.create_table(
        "profile_settings",
        sa.Column("profile_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=60), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["profile_id"], ["profiles.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("profile_id", "key"),
    )
    op.create_table(
        "reframes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("profile_id", sa.Integer(), nullable=False),
        sa.Column("thought", sa.Text(), nullable=False),
        sa.Column("feeling_before", sa.Integer(), nullable=True),
        sa.Column("feeling_now", sa.Text(), nullable=True),
        sa.Column("common_humanity", sa.Text(), nullable=True),
        sa.Column("friend_words", sa.Text(), nullable=True),
        sa.Column("reply", sa.Text(), nullable=True),
        sa.Column("feeling_after", sa.Integer(), nullable=True),
        sa.Column("traps", sa.Text(), nullable=False),
        sa.Column("absolutist_words", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["profile_id"], ["profiles.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("reframes", schema=None) as batch_op:
        batch_op.create_index("ix_reframes_profile", ["profile_id", "id"], unique=False)

    op.create_table(
        "safety_plan_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("profile_id", sa.Integer(), nullable=False),
        sa.Column("section", sa.String(length=40), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["profile_id"], ["profiles.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("safety_plan_items", schema=None) as batch_op:
        batch_op.create_index(
            "ix_safety_plan_items_profile", ["profile_id", "section", "position"], unique=False
        )

    op.create_table(
        "look_backs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("choice_id", sa.Integer(), nullable=False),
        sa.Column("profile_id", sa.Integer(), nullable=False),
        sa.Column("felt_right", sa.String(length=10), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["choice_id"], ["choices.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["profile_id"], ["profiles.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("look_backs", schema=None) as batch_op:
        batch_op.create_index("ix_look_backs_choice", ["choice_id", "id"], unique=False)
        batch_op.create_index("ix_look_backs_profile", ["profile_id", "id"], unique=False)

    op.create_table(
        "mistakes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("profile_id", sa.Integer(), nullable=False),
        sa.Column("what_happened", sa.Text(), nullable=False),
        sa.Column("expected", sa.Text(), nullable=True),
        sa.Column("information", sa.Text(), nullable=True),
        sa.Column("next_time", sa.Text(), nullable=True),
        sa.Column("kind_sentence", sa.Text(), nullable=True),
        sa.Column("choice_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["choice_id"], ["choices.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["profile_id"], ["profiles.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("mistakes", schema=None) as batch_op:
        batch_op.create_index("ix_mistakes_profile", ["profile_id", "id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("mistakes", schema=None) as batch_op:
        batch_op.drop_index("ix_mistakes_profile")

    op.drop_table("mistakes")
    with op.batch_alter_table("look_backs", schema=None) as batch_op:
        batch_op.drop_index("ix_look_backs_profile")
        batch_op.drop_index("ix_look_backs_choice")

    op.drop_table("look_backs")
    with op.batch_alter_table("safety_plan_items", schema=None) as batch_op:
        batch_op.drop_index("ix_safety_plan_items_profile")

    op.drop_table("safety_plan_items")
    with op.batch_alter_table("reframes", schema=None) as batch_op:
        batch_op.drop_index("ix_reframes_profile")

    op.drop_table("reframes")
    op.drop_table("profile_settings")
    with op.batch_alter_table("personal_contacts", schema=None) as batch_op:
        batch_op.drop_index("ix_personal_contacts_profile")

    op.drop_table("personal_contacts")
    with op.batch_alter_table("measure_responses", schema=None) as batch_op:
        batch_op.drop_index("ix_measure_responses_profile")

    op.drop_table("measure_responses")
    with op.batch_alter_table("grounding_sessions", schema=None) as batch_op:
        batch_op.drop_index("ix_grounding_sessions_profile")

    op.drop_table("grounding_sessions")
    with op.batch_alter_table("choices", schema=None) as batch_op:
        batch_op.drop_index("ix_choices_profile")

    op.drop_table("choices")
    op.drop_table("choice_ideas")
