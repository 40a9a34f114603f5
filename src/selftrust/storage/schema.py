"""Table definitions: the schema Alembic migrations must produce (checked by a test)."""

from __future__ import annotations

import sqlalchemy as sa

metadata = sa.MetaData()

profiles = sa.Table(
    "profiles",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("name", sa.String(80), nullable=False, unique=True),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
)

notes = sa.Table(
    "notes",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column(
        "profile_id",
        sa.Integer,
        sa.ForeignKey("profiles.id", ondelete="CASCADE"),
        nullable=False,
    ),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    sa.Index("ix_notes_profile_id", "profile_id", "id"),
)


def _owner() -> sa.Column[int]:
    return sa.Column(
        "profile_id", sa.Integer, sa.ForeignKey("profiles.id", ondelete="CASCADE"), nullable=False
    )


def _stamp(name: str, *, nullable: bool = False) -> sa.Column[object]:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


# --- 0002: safety ---------------------------------------------------------------------------
profile_settings = sa.Table(
    "profile_settings",
    metadata,
    sa.Column(
        "profile_id",
        sa.Integer,
        sa.ForeignKey("profiles.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    sa.Column("key", sa.String(60), primary_key=True),
    sa.Column("value", sa.Text, nullable=False),
)

personal_contacts = sa.Table(
    "personal_contacts",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    _owner(),
    sa.Column("name", sa.String(200), nullable=False),
    sa.Column("phone", sa.String(100), nullable=True),
    sa.Column("note", sa.Text, nullable=True),
    _stamp("created_at"),
    sa.Index("ix_personal_contacts_profile", "profile_id", "id"),
)

safety_plan_items = sa.Table(
    "safety_plan_items",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    _owner(),
    sa.Column("section", sa.String(40), nullable=False),
    sa.Column("position", sa.Integer, nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    _stamp("created_at"),
    _stamp("updated_at"),
    sa.Index("ix_safety_plan_items_profile", "profile_id", "section", "position"),
)

grounding_sessions = sa.Table(
    "grounding_sessions",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    _owner(),
    sa.Column("practice", sa.String(40), nullable=False),
    sa.Column("distress_before", sa.Integer, nullable=True),
    sa.Column("distress_after", sa.Integer, nullable=True),
    _stamp("created_at"),
    sa.Index("ix_grounding_sessions_profile", "profile_id", "id"),
)

# --- 0003: the choice ledger ----------------------------------------------------------------
choices = sa.Table(
    "choices",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    _owner(),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("gut_text", sa.Text, nullable=True),
    sa.Column("gut", sa.String(10), nullable=False),
    sa.Column("confidence", sa.Integer, nullable=False),
    sa.Column("reassurance", sa.String(10), nullable=False),
    sa.Column("area", sa.String(20), nullable=True),
    sa.Column("body_signal_id", sa.Integer, nullable=True),
    _stamp("made_at"),
    _stamp("updated_at"),
    sa.Index("ix_choices_profile", "profile_id", "id"),
)

look_backs = sa.Table(
    "look_backs",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column(
        "choice_id", sa.Integer, sa.ForeignKey("choices.id", ondelete="CASCADE"), nullable=False
    ),
    _owner(),
    sa.Column("felt_right", sa.String(10), nullable=False),
    sa.Column("note", sa.Text, nullable=True),
    _stamp("created_at"),
    sa.Index("ix_look_backs_choice", "choice_id", "id"),
    sa.Index("ix_look_backs_profile", "profile_id", "id"),
)

choice_ideas = sa.Table(
    "choice_ideas",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    _owner(),
    sa.Column("builtin_id", sa.String(60), nullable=True),
    sa.Column("text", sa.Text, nullable=True),
    sa.Column("area", sa.String(20), nullable=True),
    sa.Column("hidden", sa.Boolean, nullable=False),
    _stamp("created_at"),
    sa.UniqueConstraint("profile_id", "builtin_id", name="uq_choice_ideas_builtin"),
)

# --- 0004: inner critic to kind voice; mistakes as information ------------------------------
reframes = sa.Table(
    "reframes",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    _owner(),
    sa.Column("thought", sa.Text, nullable=False),
    sa.Column("feeling_before", sa.Integer, nullable=True),
    sa.Column("feeling_now", sa.Text, nullable=True),
    sa.Column("common_humanity", sa.Text, nullable=True),
    sa.Column("friend_words", sa.Text, nullable=True),
    sa.Column("reply", sa.Text, nullable=True),
    sa.Column("feeling_after", sa.Integer, nullable=True),
    sa.Column("traps", sa.Text, nullable=False),
    sa.Column("absolutist_words", sa.Text, nullable=False),
    sa.Column("status", sa.String(12), nullable=False),
    _stamp("created_at"),
    _stamp("updated_at"),
    sa.Index("ix_reframes_profile", "profile_id", "id"),
)

mistakes = sa.Table(
    "mistakes",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    _owner(),
    sa.Column("what_happened", sa.Text, nullable=False),
    sa.Column("expected", sa.Text, nullable=True),
    sa.Column("information", sa.Text, nullable=True),
    sa.Column("next_time", sa.Text, nullable=True),
    sa.Column("kind_sentence", sa.Text, nullable=True),
    sa.Column(
        "choice_id", sa.Integer, sa.ForeignKey("choices.id", ondelete="SET NULL"), nullable=True
    ),
    _stamp("created_at"),
    _stamp("updated_at"),
    sa.Index("ix_mistakes_profile", "profile_id", "id"),
)

# --- 0005: check-ins and validated measures -------------------------------------------------
measure_responses = sa.Table(
    "measure_responses",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    _owner(),
    sa.Column("instrument", sa.String(20), nullable=False),
    # JSON list of answers (null for a skipped item in a draft); scores are recomputed from it.
    sa.Column("answers", sa.Text, nullable=False),
    sa.Column("distress", sa.Integer, nullable=True),
    sa.Column("status", sa.String(12), nullable=False),
    _stamp("created_at"),
    _stamp("completed_at", nullable=True),
    sa.Index("ix_measure_responses_profile", "profile_id", "instrument", "id"),
)

# --- migration 0003: body signals, feeling words, practice sessions, lesson reflections ------
body_signals = sa.Table(
    "body_signals",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    _owner(),
    # JSON lists of region ids and feeling words (one signal can sit in several places).
    sa.Column("regions", sa.Text, nullable=False),
    sa.Column("feelings", sa.Text, nullable=False),
    sa.Column("intensity", sa.Integer, nullable=False),
    sa.Column("tone", sa.String(12), nullable=False),
    sa.Column("message", sa.Text, nullable=True),
    _stamp("created_at"),
    _stamp("updated_at"),
    sa.Index("ix_body_signals_profile", "profile_id", "id"),
)

body_feelings = sa.Table(
    "body_feelings",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    _owner(),
    sa.Column("word", sa.String(40), nullable=False),
    _stamp("created_at"),
    sa.UniqueConstraint("profile_id", "word", name="uq_body_feelings_word"),
)

practice_sessions = sa.Table(
    "practice_sessions",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    _owner(),
    sa.Column("practice", sa.String(40), nullable=False),
    sa.Column("minutes", sa.Integer, nullable=True),
    sa.Column("outcome", sa.String(20), nullable=False),
    sa.Column("distress_before", sa.Integer, nullable=True),
    sa.Column("distress_after", sa.Integer, nullable=True),
    _stamp("created_at"),
    sa.Index("ix_practice_sessions_profile", "profile_id", "id"),
)

lesson_reflections = sa.Table(
    "lesson_reflections",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    _owner(),
    sa.Column("lesson", sa.String(60), nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    _stamp("created_at"),
    _stamp("updated_at"),
    sa.UniqueConstraint("profile_id", "lesson", name="uq_lesson_reflections_lesson"),
)
