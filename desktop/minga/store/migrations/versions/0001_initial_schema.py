"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-21
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "adoptions",
        sa.Column("practice_id", sa.String(length=36), nullable=False),
        sa.Column("session_id", sa.String(length=36), nullable=True),
        sa.Column("school_id", sa.String(length=36), nullable=True),
        sa.Column("chosen_on", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("owner", sa.String(length=36), nullable=False),
        sa.Column("version", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.Column("visibility", sa.String(length=16), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("adoptions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_adoptions_change_seq"), ["change_seq"], unique=False)
        batch_op.create_index(batch_op.f("ix_adoptions_owner"), ["owner"], unique=False)
        batch_op.create_index(batch_op.f("ix_adoptions_practice_id"), ["practice_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_adoptions_school_id"), ["school_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_adoptions_session_id"), ["session_id"], unique=False)

    op.create_table(
        "applications",
        sa.Column("adoption_id", sa.String(length=36), nullable=False),
        sa.Column("applied_on", sa.Date(), nullable=False),
        sa.Column("levels", sa.JSON(), nullable=False),
        sa.Column("students_present", sa.Integer(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("owner", sa.String(length=36), nullable=False),
        sa.Column("version", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.Column("visibility", sa.String(length=16), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("applications", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_applications_adoption_id"), ["adoption_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_applications_change_seq"), ["change_seq"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_applications_owner"), ["owner"], unique=False)

    op.create_table(
        "attachments",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("filename", sa.String(length=255), nullable=False),
        sa.Column("media_type", sa.String(length=100), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("parent_kind", sa.String(length=32), nullable=False),
        sa.Column("parent_id", sa.String(length=36), nullable=False),
        sa.Column("caption", sa.String(length=500), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("owner", sa.String(length=36), nullable=False),
        sa.Column("version", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.Column("visibility", sa.String(length=16), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("attachments", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_attachments_change_seq"), ["change_seq"], unique=False)
        batch_op.create_index(batch_op.f("ix_attachments_owner"), ["owner"], unique=False)
        batch_op.create_index("ix_attachments_parent", ["parent_kind", "parent_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_attachments_sha256"), ["sha256"], unique=False)

    op.create_table(
        "attendance",
        sa.Column("session_id", sa.String(length=36), nullable=False),
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("note", sa.String(length=500), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("owner", sa.String(length=36), nullable=False),
        sa.Column("version", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_attendance_change_seq"), ["change_seq"], unique=False)
        batch_op.create_index(batch_op.f("ix_attendance_owner"), ["owner"], unique=False)
        batch_op.create_index(batch_op.f("ix_attendance_person_id"), ["person_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_attendance_session_id"), ["session_id"], unique=False)
        batch_op.create_index(
            "ix_attendance_session_person", ["session_id", "person_id"], unique=False
        )

    op.create_table(
        "conflict_copies",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.String(length=64), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("detected_at", sa.DateTime(), nullable=False),
        sa.Column("resolved", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("conflict_copies", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_conflict_copies_record_id"), ["record_id"], unique=False
        )

    op.create_table(
        "drafts",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=True),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "exit_ticket_tallies",
        sa.Column("application_id", sa.String(length=36), nullable=False),
        sa.Column("template_id", sa.String(length=36), nullable=True),
        sa.Column("applied_on", sa.Date(), nullable=False),
        sa.Column("levels", sa.JSON(), nullable=False),
        sa.Column("students_present", sa.Integer(), nullable=False),
        sa.Column("counts", sa.JSON(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("owner", sa.String(length=36), nullable=False),
        sa.Column("version", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.Column("visibility", sa.String(length=16), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("exit_ticket_tallies", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_exit_ticket_tallies_application_id"), ["application_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_exit_ticket_tallies_change_seq"), ["change_seq"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_exit_ticket_tallies_owner"), ["owner"], unique=False)

    op.create_table(
        "improvement_cycles",
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("stage", sa.String(length=16), nullable=False),
        sa.Column("aim", sa.Text(), nullable=False),
        sa.Column("change_idea", sa.Text(), nullable=False),
        sa.Column("prediction", sa.Text(), nullable=False),
        sa.Column("indicator", sa.String(length=300), nullable=False),
        sa.Column("do_notes", sa.Text(), nullable=False),
        sa.Column("data_points", sa.JSON(), nullable=False),
        sa.Column("study_notes", sa.Text(), nullable=False),
        sa.Column("decision", sa.String(length=16), nullable=False),
        sa.Column("adjust_notes", sa.Text(), nullable=False),
        sa.Column("practice_ids", sa.JSON(), nullable=False),
        sa.Column("session_ids", sa.JSON(), nullable=False),
        sa.Column("started_on", sa.Date(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("owner", sa.String(length=36), nullable=False),
        sa.Column("version", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.Column("visibility", sa.String(length=16), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("improvement_cycles", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_improvement_cycles_change_seq"), ["change_seq"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_improvement_cycles_owner"), ["owner"], unique=False)

    op.create_table(
        "meta",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    op.create_table(
        "microcentres",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("region", sa.String(length=120), nullable=False),
        sa.Column("commune", sa.String(length=120), nullable=False),
        sa.Column("annual_focus", sa.String(length=500), nullable=False),
        sa.Column("annual_goal_practices", sa.Integer(), nullable=False),
        sa.Column("advisor_id", sa.String(length=36), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("owner", sa.String(length=36), nullable=False),
        sa.Column("version", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("microcentres", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_microcentres_change_seq"), ["change_seq"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_microcentres_owner"), ["owner"], unique=False)

    op.create_table(
        "observation_notes",
        sa.Column("observed_id", sa.String(length=36), nullable=False),
        sa.Column("school_id", sa.String(length=36), nullable=True),
        sa.Column("observed_on", sa.Date(), nullable=False),
        sa.Column("focus", sa.String(length=500), nullable=False),
        sa.Column("template_id", sa.String(length=36), nullable=True),
        sa.Column("protocol", sa.JSON(), nullable=False),
        sa.Column("evidence", sa.Text(), nullable=False),
        sa.Column("strengths", sa.Text(), nullable=False),
        sa.Column("opportunities", sa.Text(), nullable=False),
        sa.Column("agreements", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("owner", sa.String(length=36), nullable=False),
        sa.Column("version", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.Column("visibility", sa.String(length=16), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("observation_notes", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_observation_notes_change_seq"), ["change_seq"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_observation_notes_observed_id"), ["observed_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_observation_notes_owner"), ["owner"], unique=False)

    op.create_table(
        "observation_replies",
        sa.Column("note_id", sa.String(length=36), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("owner", sa.String(length=36), nullable=False),
        sa.Column("version", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.Column("visibility", sa.String(length=16), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("observation_replies", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_observation_replies_change_seq"), ["change_seq"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_observation_replies_note_id"), ["note_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_observation_replies_owner"), ["owner"], unique=False)

    op.create_table(
        "peers",
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("acked_seq", sa.Integer(), nullable=False),
        sa.Column("received_seq", sa.Integer(), nullable=False),
        sa.Column("last_seen_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("device_id"),
    )
    with op.batch_alter_table("peers", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_peers_person_id"), ["person_id"], unique=False)

    op.create_table(
        "people",
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("school_id", sa.String(length=36), nullable=True),
        sa.Column("microcentre_id", sa.String(length=36), nullable=True),
        sa.Column("email", sa.String(length=254), nullable=False),
        sa.Column("membership", sa.String(length=16), nullable=False),
        sa.Column("signing_key", sa.String(length=128), nullable=True),
        sa.Column("encryption_key", sa.String(length=128), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("owner", sa.String(length=36), nullable=False),
        sa.Column("version", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("people", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_people_change_seq"), ["change_seq"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_people_microcentre_id"), ["microcentre_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_people_owner"), ["owner"], unique=False)
        batch_op.create_index(batch_op.f("ix_people_school_id"), ["school_id"], unique=False)

    op.create_table(
        "practice_feedback",
        sa.Column("session_id", sa.String(length=36), nullable=True),
        sa.Column("practice_id", sa.String(length=36), nullable=False),
        sa.Column("author_id", sa.String(length=36), nullable=True),
        sa.Column("strengths", sa.Text(), nullable=False),
        sa.Column("suggestions", sa.Text(), nullable=False),
        sa.Column("replicability", sa.String(length=24), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("owner", sa.String(length=36), nullable=False),
        sa.Column("version", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.Column("visibility", sa.String(length=16), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("practice_feedback", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_practice_feedback_change_seq"), ["change_seq"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_practice_feedback_owner"), ["owner"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_practice_feedback_practice_id"), ["practice_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_practice_feedback_session_id"), ["session_id"], unique=False
        )

    op.create_table(
        "practices",
        sa.Column("pk", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("school_id", sa.String(length=36), nullable=True),
        sa.Column("subjects", sa.JSON(), nullable=False),
        sa.Column("levels", sa.JSON(), nullable=False),
        sa.Column("oa_codes", sa.JSON(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("multigrade_strategy", sa.Text(), nullable=False),
        sa.Column("materials", sa.Text(), nullable=False),
        sa.Column("duration_minutes", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("owner", sa.String(length=36), nullable=False),
        sa.Column("version", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.Column("visibility", sa.String(length=16), nullable=False),
        sa.PrimaryKeyConstraint("pk"),
        sa.UniqueConstraint("id"),
    )
    with op.batch_alter_table("practices", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_practices_change_seq"), ["change_seq"], unique=False)
        batch_op.create_index("ix_practices_live_updated", ["deleted", "updated_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_practices_owner"), ["owner"], unique=False)
        batch_op.create_index(batch_op.f("ix_practices_school_id"), ["school_id"], unique=False)

    op.create_table(
        "presentations",
        sa.Column("session_id", sa.String(length=36), nullable=False),
        sa.Column("practice_id", sa.String(length=36), nullable=False),
        sa.Column("presenter_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("owner", sa.String(length=36), nullable=False),
        sa.Column("version", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("presentations", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_presentations_change_seq"), ["change_seq"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_presentations_owner"), ["owner"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_presentations_practice_id"), ["practice_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_presentations_presenter_id"), ["presenter_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_presentations_session_id"), ["session_id"], unique=False
        )

    op.create_table(
        "satisfaction_responses",
        sa.Column("session_id", sa.String(length=36), nullable=False),
        sa.Column("respondent_id", sa.String(length=36), nullable=True),
        sa.Column("useful", sa.Integer(), nullable=False),
        sa.Column("prepared", sa.Integer(), nullable=False),
        sa.Column("trust", sa.Integer(), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("owner", sa.String(length=36), nullable=False),
        sa.Column("version", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.Column("visibility", sa.String(length=16), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("satisfaction_responses", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_satisfaction_responses_change_seq"), ["change_seq"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_satisfaction_responses_owner"), ["owner"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_satisfaction_responses_session_id"), ["session_id"], unique=False
        )

    op.create_table(
        "schools",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("rbd", sa.String(length=12), nullable=False),
        sa.Column("commune", sa.String(length=120), nullable=False),
        sa.Column("microcentre_id", sa.String(length=36), nullable=True),
        sa.Column("multigrade", sa.Boolean(), nullable=False),
        sa.Column("student_count", sa.Integer(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("owner", sa.String(length=36), nullable=False),
        sa.Column("version", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("schools", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_schools_change_seq"), ["change_seq"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_schools_microcentre_id"), ["microcentre_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_schools_owner"), ["owner"], unique=False)
        batch_op.create_index(batch_op.f("ix_schools_rbd"), ["rbd"], unique=False)

    op.create_table(
        "self_assessments",
        sa.Column("adoption_id", sa.String(length=36), nullable=False),
        sa.Column("application_id", sa.String(length=36), nullable=True),
        sa.Column("template_id", sa.String(length=36), nullable=True),
        sa.Column("ratings", sa.JSON(), nullable=False),
        sa.Column("adjustments", sa.Text(), nullable=False),
        sa.Column("decision", sa.String(length=16), nullable=False),
        sa.Column("reflection", sa.Text(), nullable=False),
        sa.Column("written_on", sa.Date(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("owner", sa.String(length=36), nullable=False),
        sa.Column("version", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.Column("visibility", sa.String(length=16), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("self_assessments", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_self_assessments_adoption_id"), ["adoption_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_self_assessments_application_id"), ["application_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_self_assessments_change_seq"), ["change_seq"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_self_assessments_owner"), ["owner"], unique=False)

    op.create_table(
        "sessions",
        sa.Column("microcentre_id", sa.String(length=36), nullable=True),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("start_time", sa.String(length=5), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("place", sa.String(length=200), nullable=False),
        sa.Column("modality", sa.String(length=16), nullable=False),
        sa.Column("focus", sa.String(length=500), nullable=False),
        sa.Column("agenda", sa.JSON(), nullable=False),
        sa.Column("minutes_text", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("owner", sa.String(length=36), nullable=False),
        sa.Column("version", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("sessions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sessions_change_seq"), ["change_seq"], unique=False)
        batch_op.create_index(batch_op.f("ix_sessions_date"), ["date"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_sessions_microcentre_id"), ["microcentre_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_sessions_owner"), ["owner"], unique=False)

    op.create_table(
        "templates",
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("body", sa.JSON(), nullable=False),
        sa.Column("tags", sa.JSON(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("owner", sa.String(length=36), nullable=False),
        sa.Column("version", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("templates", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_templates_change_seq"), ["change_seq"], unique=False)
        batch_op.create_index(batch_op.f("ix_templates_kind"), ["kind"], unique=False)
        batch_op.create_index(batch_op.f("ix_templates_owner"), ["owner"], unique=False)

    op.create_table(
        "bundle_log",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("bundle_id", sa.String(length=36), nullable=False),
        sa.Column("direction", sa.String(length=8), nullable=False),
        sa.Column("peer_device_id", sa.String(length=36), nullable=True),
        sa.Column("peer_person_id", sa.String(length=36), nullable=True),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("path", sa.Text(), nullable=False),
        sa.Column("summary", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["peer_device_id"],
            ["peers.device_id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("bundle_log", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_bundle_log_bundle_id"), ["bundle_id"], unique=False)

    # Full-text search on live practices, accent-insensitive (`practica` finds
    # `Práctica`), with prefix indexes for the first keystrokes. The index keys on
    # practices.pk, a rowid that VACUUM never renumbers. PostgreSQL indexes a tsvector
    # of the same columns (unaccent, no stemming), read by minga.store.search.
    if op.get_bind().dialect.name == "postgresql":
        for statement in PG_SEARCH:
            op.execute(statement)
        return
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute(
        "CREATE VIRTUAL TABLE practice_fts USING fts5("
        "title, description, multigrade_strategy, oa_codes, "
        "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')"
    )
    for statement in FTS_TRIGGERS:
        op.execute(statement)
    # The practice list sorted by title, page by page, with accents and capitals ignored.
    op.execute("CREATE INDEX ix_practices_live_title ON practices (deleted, title COLLATE NOCASE)")


FTS_COLUMNS = "title, description, multigrade_strategy, oa_codes"
# PostgreSQL: the search document of a practice (a generated column, `search_document`,
# that the models do not map), its index on live practices, and the query of what a person
# typed (`'word':* & ...`, built by minga.store.search).
# `unaccent` is a trusted extension: the database's owner may create it. The functions
# are IMMUTABLE (unaccent with its dictionary named) so an index may use them.
PG_SEARCH = (
    "CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA public",
    """CREATE FUNCTION minga_practice_document(
        title text, description text, strategy text, oa_codes text) RETURNS tsvector
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT to_tsvector('simple'::regconfig, public.unaccent(
            'public.unaccent'::regdictionary,
            coalesce(title, '') || ' ' || coalesce(description, '') || ' '
            || coalesce(strategy, '') || ' ' || coalesce(oa_codes, '')))
    $$""",
    """CREATE FUNCTION minga_practice_query(typed text) RETURNS tsquery
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT to_tsquery('simple'::regconfig,
            public.unaccent('public.unaccent'::regdictionary, typed))
    $$""",
    # Stored, so that checking a candidate row reads the document instead of computing it.
    """ALTER TABLE practices ADD COLUMN search_document tsvector GENERATED ALWAYS AS (
        minga_practice_document(title, description, multigrade_strategy, oa_codes::text))
    STORED""",
    "CREATE INDEX ix_practices_search ON practices USING gin (search_document) WHERE NOT deleted",
    "CREATE INDEX ix_practices_live_title ON practices (deleted, lower(title))",
)
FTS_TRIGGERS = (
    f"""CREATE TRIGGER practices_fts_insert AFTER INSERT ON practices
    WHEN new.deleted = 0 BEGIN
        INSERT INTO practice_fts (rowid, {FTS_COLUMNS})
        VALUES (new.pk, new.title, new.description, new.multigrade_strategy, new.oa_codes);
    END""",
    """CREATE TRIGGER practices_fts_delete AFTER DELETE ON practices BEGIN
        DELETE FROM practice_fts WHERE rowid = old.pk;
    END""",
    f"""CREATE TRIGGER practices_fts_update
    AFTER UPDATE OF title, description, multigrade_strategy, oa_codes, deleted ON practices
    BEGIN
        DELETE FROM practice_fts WHERE rowid = old.pk;
        INSERT INTO practice_fts (rowid, {FTS_COLUMNS})
        SELECT new.pk, new.title, new.description, new.multigrade_strategy, new.oa_codes
        WHERE new.deleted = 0;
    END""",
)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        _drop_fts()
    elif op.get_bind().dialect.name == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_practices_search")
        op.execute("ALTER TABLE practices DROP COLUMN IF EXISTS search_document")
        op.execute("DROP INDEX IF EXISTS ix_practices_live_title")
        op.execute("DROP FUNCTION IF EXISTS minga_practice_document(text, text, text, text)")
        op.execute("DROP FUNCTION IF EXISTS minga_practice_query(text)")
    with op.batch_alter_table("bundle_log", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_bundle_log_bundle_id"))

    op.drop_table("bundle_log")
    with op.batch_alter_table("templates", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_templates_owner"))
        batch_op.drop_index(batch_op.f("ix_templates_kind"))
        batch_op.drop_index(batch_op.f("ix_templates_change_seq"))

    op.drop_table("templates")
    with op.batch_alter_table("sessions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sessions_owner"))
        batch_op.drop_index(batch_op.f("ix_sessions_microcentre_id"))
        batch_op.drop_index(batch_op.f("ix_sessions_date"))
        batch_op.drop_index(batch_op.f("ix_sessions_change_seq"))

    op.drop_table("sessions")
    with op.batch_alter_table("self_assessments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_self_assessments_owner"))
        batch_op.drop_index(batch_op.f("ix_self_assessments_change_seq"))
        batch_op.drop_index(batch_op.f("ix_self_assessments_application_id"))
        batch_op.drop_index(batch_op.f("ix_self_assessments_adoption_id"))

    op.drop_table("self_assessments")
    with op.batch_alter_table("schools", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_schools_rbd"))
        batch_op.drop_index(batch_op.f("ix_schools_owner"))
        batch_op.drop_index(batch_op.f("ix_schools_microcentre_id"))
        batch_op.drop_index(batch_op.f("ix_schools_change_seq"))

    op.drop_table("schools")
    with op.batch_alter_table("satisfaction_responses", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_satisfaction_responses_session_id"))
        batch_op.drop_index(batch_op.f("ix_satisfaction_responses_owner"))
        batch_op.drop_index(batch_op.f("ix_satisfaction_responses_change_seq"))

    op.drop_table("satisfaction_responses")
    with op.batch_alter_table("presentations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_presentations_session_id"))
        batch_op.drop_index(batch_op.f("ix_presentations_presenter_id"))
        batch_op.drop_index(batch_op.f("ix_presentations_practice_id"))
        batch_op.drop_index(batch_op.f("ix_presentations_owner"))
        batch_op.drop_index(batch_op.f("ix_presentations_change_seq"))

    op.drop_table("presentations")
    with op.batch_alter_table("practices", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_practices_school_id"))
        batch_op.drop_index(batch_op.f("ix_practices_owner"))
        batch_op.drop_index("ix_practices_live_updated")
        batch_op.drop_index(batch_op.f("ix_practices_change_seq"))

    op.drop_table("practices")
    with op.batch_alter_table("practice_feedback", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_practice_feedback_session_id"))
        batch_op.drop_index(batch_op.f("ix_practice_feedback_practice_id"))
        batch_op.drop_index(batch_op.f("ix_practice_feedback_owner"))
        batch_op.drop_index(batch_op.f("ix_practice_feedback_change_seq"))

    op.drop_table("practice_feedback")
    with op.batch_alter_table("people", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_people_school_id"))
        batch_op.drop_index(batch_op.f("ix_people_owner"))
        batch_op.drop_index(batch_op.f("ix_people_microcentre_id"))
        batch_op.drop_index(batch_op.f("ix_people_change_seq"))

    op.drop_table("people")
    with op.batch_alter_table("peers", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_peers_person_id"))

    op.drop_table("peers")
    with op.batch_alter_table("observation_replies", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_observation_replies_owner"))
        batch_op.drop_index(batch_op.f("ix_observation_replies_note_id"))
        batch_op.drop_index(batch_op.f("ix_observation_replies_change_seq"))

    op.drop_table("observation_replies")
    with op.batch_alter_table("observation_notes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_observation_notes_owner"))
        batch_op.drop_index(batch_op.f("ix_observation_notes_observed_id"))
        batch_op.drop_index(batch_op.f("ix_observation_notes_change_seq"))

    op.drop_table("observation_notes")
    with op.batch_alter_table("microcentres", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_microcentres_owner"))
        batch_op.drop_index(batch_op.f("ix_microcentres_change_seq"))

    op.drop_table("microcentres")
    op.drop_table("meta")
    with op.batch_alter_table("improvement_cycles", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_improvement_cycles_owner"))
        batch_op.drop_index(batch_op.f("ix_improvement_cycles_change_seq"))

    op.drop_table("improvement_cycles")
    with op.batch_alter_table("exit_ticket_tallies", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_exit_ticket_tallies_owner"))
        batch_op.drop_index(batch_op.f("ix_exit_ticket_tallies_change_seq"))
        batch_op.drop_index(batch_op.f("ix_exit_ticket_tallies_application_id"))

    op.drop_table("exit_ticket_tallies")
    op.drop_table("drafts")
    with op.batch_alter_table("conflict_copies", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_conflict_copies_record_id"))

    op.drop_table("conflict_copies")
    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.drop_index("ix_attendance_session_person")
        batch_op.drop_index(batch_op.f("ix_attendance_session_id"))
        batch_op.drop_index(batch_op.f("ix_attendance_person_id"))
        batch_op.drop_index(batch_op.f("ix_attendance_owner"))
        batch_op.drop_index(batch_op.f("ix_attendance_change_seq"))

    op.drop_table("attendance")
    with op.batch_alter_table("attachments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attachments_sha256"))
        batch_op.drop_index("ix_attachments_parent")
        batch_op.drop_index(batch_op.f("ix_attachments_owner"))
        batch_op.drop_index(batch_op.f("ix_attachments_change_seq"))

    op.drop_table("attachments")
    with op.batch_alter_table("applications", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_applications_owner"))
        batch_op.drop_index(batch_op.f("ix_applications_change_seq"))
        batch_op.drop_index(batch_op.f("ix_applications_adoption_id"))

    op.drop_table("applications")
    with op.batch_alter_table("adoptions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_adoptions_session_id"))
        batch_op.drop_index(batch_op.f("ix_adoptions_school_id"))
        batch_op.drop_index(batch_op.f("ix_adoptions_practice_id"))
        batch_op.drop_index(batch_op.f("ix_adoptions_owner"))
        batch_op.drop_index(batch_op.f("ix_adoptions_change_seq"))

    op.drop_table("adoptions")


def _drop_fts() -> None:
    for trigger in ("practices_fts_insert", "practices_fts_delete", "practices_fts_update"):
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.execute("DROP TABLE IF EXISTS practice_fts")
    op.execute("DROP INDEX IF EXISTS ix_practices_live_title")
