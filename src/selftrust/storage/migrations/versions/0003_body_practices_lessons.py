"""Body signals, the person's own feeling words, practice sessions, lesson reflections

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def _owner() -> sa.Column[int]:
    return sa.Column(
        "profile_id", sa.Integer(), sa.ForeignKey("profiles.id", ondelete="CASCADE"), nullable=False
    )


def _stamp(name: str) -> sa.Column[object]:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=False)


def upgrade() -> None:
    op.create_table(
        "body_signals",
        sa.Column("id", sa.Integer(), primary_key=True),
        _owner(),
        sa.Column("regions", sa.Text(), nullable=False),
        sa.Column("feelings", sa.Text(), nullable=False),
        sa.Column("intensity", sa.Integer(), nullable=False),
        sa.Column("tone", sa.String(length=12), nullable=False),
        sa.Column("message", sa.Text(), nullable=True),
        _stamp("created_at"),
        _stamp("updated_at"),
    )
    op.create_index("ix_body_signals_profile", "body_signals", ["profile_id", "id"])
    op.create_table(
        "body_feelings",
        sa.Column("id", sa.Integer(), primary_key=True),
        _owner(),
        sa.Column("word", sa.String(length=40), nullable=False),
        _stamp("created_at"),
        sa.UniqueConstraint("profile_id", "word", name="uq_body_feelings_word"),
    )
    op.create_table(
        "practice_sessions",
        sa.Column("id", sa.Integer(), primary_key=True),
        _owner(),
        sa.Column("practice", sa.String(length=40), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=True),
        sa.Column("outcome", sa.String(length=20), nullable=False),
        sa.Column("distress_before", sa.Integer(), nullable=True),
        sa.Column("distress_after", sa.Integer(), nullable=True),
        _stamp("created_at"),
    )
    op.create_index("ix_practice_sessions_profile", "practice_sessions", ["profile_id", "id"])
    op.create_table(
        "lesson_reflections",
        sa.Column("id", sa.Integer(), primary_key=True),
        _owner(),
        sa.Column("lesson", sa.String(length=60), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        _stamp("created_at"),
        _stamp("updated_at"),
        sa.UniqueConstraint("profile_id", "lesson", name="uq_lesson_reflections_lesson"),
    )


def downgrade() -> None:
    op.drop_table("lesson_reflections")
    op.drop_index("ix_practice_sessions_profile", table_name="practice_sessions")
    op.drop_table("practice_sessions")
    op.drop_table("body_feelings")
    op.drop_index("ix_body_signals_profile", table_name="body_signals")
    op.drop_table("body_signals")
