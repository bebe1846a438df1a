"""SQLAlchemy models of every Minga entity (what they mean: docs/domain.md).

Synced records carry the sync contract fields (`SyncedMixin`). References between synced
records are *soft* (indexed ids without a FOREIGN KEY constraint): bundles may arrive in
any order and a record may reach a device before the one it points to. `minga check`
reports references that stay dangling. Local bookkeeping tables use real foreign keys.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    TypeDecorator,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from minga.core.clock import SystemClock
from minga.domain.vocab import Visibility

ID = String(36)


class UtcDateTime(TypeDecorator[dt.datetime]):
    """Aware UTC datetimes in, aware UTC datetimes out, whatever the backend stores."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Any) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(dt.UTC).replace(tzinfo=None)

    def process_result_value(self, value: dt.datetime | None, dialect: Any) -> dt.datetime | None:
        return None if value is None else value.replace(tzinfo=dt.UTC)


def clock_now(context: Any) -> dt.datetime:
    """Column default for "now": the database's clock (`Database.clock`), which SQLAlchemy
    hands over through the execution options of the insert. (The parameter must have no
    default value: SQLAlchemy passes the context only to a callable that requires it.)"""
    clock = context.execution_options.get("minga_clock") if context is not None else None
    return (clock or SystemClock()).now()


class Base(DeclarativeBase):
    type_annotation_map = {  # noqa: RUF012 (SQLAlchemy reads it once)
        dt.datetime: UtcDateTime(),
        dt.date: Date(),
        dict[str, Any]: JSON(),
        list[Any]: JSON(),
        list[str]: JSON(),
    }


class SyncedMixin:
    """The sync contract: every synced row has these (docs/architecture.md)."""

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    owner: Mapped[str] = mapped_column(ID, index=True)
    version: Mapped[str] = mapped_column(String(64))
    # The version this edit was based on (None for a new row), so an import can tell a
    # newer edit made with knowledge of ours from a concurrent one (minga.sync.merge).
    prev_version: Mapped[str | None] = mapped_column(String(64))
    updated_at: Mapped[dt.datetime] = mapped_column(default=clock_now)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    change_seq: Mapped[int] = mapped_column(Integer, default=0, index=True)

    # Kind name used in bundles and stats; set on each class.
    __kind__: str = ""


class VisibilityMixin:
    """For records a person may keep to themselves or share with the advisor only."""

    visibility: Mapped[str] = mapped_column(String(16), default=Visibility.NETWORK)


# --- The network ---------------------------------------------------------------------


class Microcentre(SyncedMixin, Base):
    __tablename__ = "microcentres"
    __kind__ = "microcentre"

    name: Mapped[str] = mapped_column(String(200))
    region: Mapped[str] = mapped_column(String(120), default="")
    commune: Mapped[str] = mapped_column(String(120), default="")
    annual_focus: Mapped[str] = mapped_column(String(500), default="")
    annual_goal_practices: Mapped[int] = mapped_column(Integer, default=7)
    advisor_id: Mapped[str | None] = mapped_column(ID)


class School(SyncedMixin, Base):
    __tablename__ = "schools"
    __kind__ = "school"

    name: Mapped[str] = mapped_column(String(200))
    rbd: Mapped[str] = mapped_column(String(12), index=True)
    commune: Mapped[str] = mapped_column(String(120), default="")
    microcentre_id: Mapped[str | None] = mapped_column(ID, index=True)
    multigrade: Mapped[bool] = mapped_column(Boolean, default=True)
    student_count: Mapped[int | None] = mapped_column(Integer)


class Person(SyncedMixin, Base):
    __tablename__ = "people"
    __kind__ = "person"

    name: Mapped[str] = mapped_column(String(120))
    role: Mapped[str] = mapped_column(String(16))
    school_id: Mapped[str | None] = mapped_column(ID, index=True)
    microcentre_id: Mapped[str | None] = mapped_column(ID, index=True)
    email: Mapped[str] = mapped_column(String(254), default="")
    # Membership as the advisor sees it: active, pending (introduced, not accepted), removed.
    membership: Mapped[str] = mapped_column(String(16), default="active")
    signing_key: Mapped[str | None] = mapped_column(String(128))
    encryption_key: Mapped[str | None] = mapped_column(String(128))


# --- Sessions -------------------------------------------------------------------------


class MicrocentreSession(SyncedMixin, Base):
    """A monthly meeting of the microcentre (reunión de microcentro)."""

    __tablename__ = "sessions"
    __kind__ = "session"

    microcentre_id: Mapped[str | None] = mapped_column(ID, index=True)
    number: Mapped[int] = mapped_column(Integer, default=0)
    date: Mapped[dt.date] = mapped_column(index=True)
    start_time: Mapped[str] = mapped_column(String(5), default="09:00")
    title: Mapped[str] = mapped_column(String(200), default="")
    place: Mapped[str] = mapped_column(String(200), default="")
    modality: Mapped[str] = mapped_column(String(16), default="in_person")
    focus: Mapped[str] = mapped_column(String(500), default="")
    # [{"title": str, "minutes": int}], in order.
    agenda: Mapped[list[Any]] = mapped_column(default=list)
    minutes_text: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(16), default="planned")
    # The member who chairs this session (the coordination rotates among the schools).
    coordinator_id: Mapped[str | None] = mapped_column(ID)
    # The day the acta was read and approved (at the next session); None: not yet.
    minutes_approved_on: Mapped[dt.date | None]


class Presentation(SyncedMixin, Base):
    """A practice presented at a session, in a slot of at most 15 minutes."""

    __tablename__ = "presentations"
    __kind__ = "presentation"

    session_id: Mapped[str] = mapped_column(ID, index=True)
    practice_id: Mapped[str] = mapped_column(ID, index=True)
    # A member who presents; None for a guest (an academic, a SLEP advisor...).
    presenter_id: Mapped[str | None] = mapped_column(ID, index=True)
    guest_name: Mapped[str] = mapped_column(String(120), default="")
    guest_institution: Mapped[str] = mapped_column(String(200), default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
    minutes: Mapped[int] = mapped_column(Integer, default=15)


class YearPlan(SyncedMixin, Base):
    """The advisor's plan of one school year: focus, goal and calendar.

    `breaks` is [{"from": "YYYY-MM-DD", "to": "YYYY-MM-DD", "label": str}] (winter
    break, holidays): no session is suggested on those days.
    """

    __tablename__ = "year_plans"
    __kind__ = "year_plan"

    microcentre_id: Mapped[str | None] = mapped_column(ID, index=True)
    year: Mapped[int] = mapped_column(Integer, index=True)
    focus: Mapped[str] = mapped_column(String(500), default="")
    goal_practices: Mapped[int] = mapped_column(Integer, default=7)
    starts_on: Mapped[dt.date]
    ends_on: Mapped[dt.date]
    breaks: Mapped[list[Any]] = mapped_column(default=list)
    # The suggested monthly date: the n-th (1-4, 5 = last) weekday (0 = Monday) of a month.
    meeting_week: Mapped[int] = mapped_column(Integer, default=5)
    meeting_weekday: Mapped[int] = mapped_column(Integer, default=2)


class Agreement(SyncedMixin, Base):
    """An agreement (acuerdo) of a session's acta: what, who, by when, done."""

    __tablename__ = "agreements"
    __kind__ = "agreement"

    session_id: Mapped[str] = mapped_column(ID, index=True)
    text: Mapped[str] = mapped_column(Text, default="")
    # A member, or None for the whole network.
    responsible_id: Mapped[str | None] = mapped_column(ID, index=True)
    due_on: Mapped[dt.date | None]
    done_on: Mapped[dt.date | None]


class Attendance(SyncedMixin, Base):
    __tablename__ = "attendance"
    __kind__ = "attendance"
    __table_args__ = (Index("ix_attendance_session_person", "session_id", "person_id"),)

    session_id: Mapped[str] = mapped_column(ID, index=True)
    person_id: Mapped[str] = mapped_column(ID, index=True)
    status: Mapped[str] = mapped_column(String(16), default="present")
    note: Mapped[str] = mapped_column(String(500), default="")


# --- Practices ------------------------------------------------------------------------


class Practice(SyncedMixin, VisibilityMixin, Base):
    """A classroom practice (práctica pedagógica). Its author is its owner.

    It has an integer `pk` besides its UUID so the full-text index can key on a rowid
    that VACUUM never renumbers.
    """

    __tablename__ = "practices"
    __kind__ = "practice"
    __table_args__ = (Index("ix_practices_live_updated", "deleted", "updated_at"),)

    pk: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    id: Mapped[str] = mapped_column(ID, unique=True)
    title: Mapped[str] = mapped_column(String(200))
    school_id: Mapped[str | None] = mapped_column(ID, index=True)
    subjects: Mapped[list[str]] = mapped_column(default=list)
    levels: Mapped[list[str]] = mapped_column(default=list)
    oa_codes: Mapped[list[str]] = mapped_column(default=list)
    description: Mapped[str] = mapped_column(Text, default="")
    multigrade_strategy: Mapped[str] = mapped_column(Text, default="")
    materials: Mapped[str] = mapped_column(Text, default="")
    duration_minutes: Mapped[int | None] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(16), default="draft")
    created_at: Mapped[dt.datetime] = mapped_column(default=clock_now)


class PracticeFeedback(SyncedMixin, VisibilityMixin, Base):
    """Evaluation of a presented practice: suggestions and a replicability judgement."""

    __tablename__ = "practice_feedback"
    __kind__ = "practice_feedback"

    session_id: Mapped[str | None] = mapped_column(ID, index=True)
    practice_id: Mapped[str] = mapped_column(ID, index=True)
    author_id: Mapped[str | None] = mapped_column(ID)
    strengths: Mapped[str] = mapped_column(Text, default="")
    suggestions: Mapped[str] = mapped_column(Text, default="")
    replicability: Mapped[str] = mapped_column(String(24), default="yes")


class Adoption(SyncedMixin, VisibilityMixin, Base):
    """A teacher's choice to apply a colleague's practice in their school."""

    __tablename__ = "adoptions"
    __kind__ = "adoption"

    practice_id: Mapped[str] = mapped_column(ID, index=True)
    session_id: Mapped[str | None] = mapped_column(ID, index=True)
    school_id: Mapped[str | None] = mapped_column(ID, index=True)
    chosen_on: Mapped[dt.date]
    status: Mapped[str] = mapped_column(String(16), default="chosen")
    notes: Mapped[str] = mapped_column(Text, default="")


class Application(SyncedMixin, VisibilityMixin, Base):
    """One time an adopted practice was applied in class."""

    __tablename__ = "applications"
    __kind__ = "application"

    adoption_id: Mapped[str] = mapped_column(ID, index=True)
    applied_on: Mapped[dt.date]
    levels: Mapped[list[str]] = mapped_column(default=list)
    students_present: Mapped[int] = mapped_column(Integer, default=0)
    notes: Mapped[str] = mapped_column(Text, default="")


class ExitTicketTally(SyncedMixin, VisibilityMixin, Base):
    """Counts of students' exit-ticket answers for one application. No names, ever.

    `counts` is {question_id: {option_id: {level: count}}}.
    """

    __tablename__ = "exit_ticket_tallies"
    __kind__ = "exit_ticket_tally"

    application_id: Mapped[str] = mapped_column(ID, index=True)
    template_id: Mapped[str | None] = mapped_column(ID)
    applied_on: Mapped[dt.date]
    levels: Mapped[list[str]] = mapped_column(default=list)
    students_present: Mapped[int] = mapped_column(Integer, default=0)
    counts: Mapped[dict[str, Any]] = mapped_column(default=dict)


class SelfAssessment(SyncedMixin, VisibilityMixin, Base):
    """Registro de autoevaluación of an adoption (or one application of it)."""

    __tablename__ = "self_assessments"
    __kind__ = "self_assessment"

    adoption_id: Mapped[str] = mapped_column(ID, index=True)
    application_id: Mapped[str | None] = mapped_column(ID, index=True)
    template_id: Mapped[str | None] = mapped_column(ID)
    ratings: Mapped[dict[str, Any]] = mapped_column(default=dict)
    adjustments: Mapped[str] = mapped_column(Text, default="")
    decision: Mapped[str] = mapped_column(String(16), default="continue")
    reflection: Mapped[str] = mapped_column(Text, default="")
    written_on: Mapped[dt.date]


class ObservationNote(SyncedMixin, VisibilityMixin, Base):
    """Peer classroom observation. The observer owns it and chooses its visibility."""

    __tablename__ = "observation_notes"
    __kind__ = "observation_note"

    observed_id: Mapped[str] = mapped_column(ID, index=True)
    school_id: Mapped[str | None] = mapped_column(ID)
    observed_on: Mapped[dt.date]
    focus: Mapped[str] = mapped_column(String(500), default="")
    template_id: Mapped[str | None] = mapped_column(ID)
    protocol: Mapped[dict[str, Any]] = mapped_column(default=dict)
    evidence: Mapped[str] = mapped_column(Text, default="")
    strengths: Mapped[str] = mapped_column(Text, default="")
    opportunities: Mapped[str] = mapped_column(Text, default="")
    agreements: Mapped[str] = mapped_column(Text, default="")
    # Impulso Docente's cycle: the one action step agreed after the feedback, and, for a
    # follow-up observation, the note it follows (to compare the two).
    action_step: Mapped[str] = mapped_column(Text, default="")
    follows_id: Mapped[str | None] = mapped_column(ID)


class ObservationConsent(SyncedMixin, Base):
    """Who may read an observation note: the observed teacher's choice, not the
    observer's. She owns it; one per note (the id comes from the note's id,
    `consent_id`). `readers` is `advisor` (the observer, she and the advisor: the default,
    also when no consent exists) or `network` (the whole microcentre)."""

    __tablename__ = "observation_consents"
    __kind__ = "observation_consent"

    note_id: Mapped[str] = mapped_column(ID, index=True)
    readers: Mapped[str] = mapped_column(String(16), default="advisor")


CONSENT_NAMESPACE = uuid.UUID("5b0f3c8e-7a51-4d0e-9a3c-6f1f0c2d9e41")


def consent_id(note_id: str) -> str:
    """The id of the consent about a note: the same on every computer."""
    return str(uuid.uuid5(CONSENT_NAMESPACE, note_id))


class ObservationReply(SyncedMixin, VisibilityMixin, Base):
    """The observed teacher's reply to a note about them (they own the reply)."""

    __tablename__ = "observation_replies"
    __kind__ = "observation_reply"

    note_id: Mapped[str] = mapped_column(ID, index=True)
    text: Mapped[str] = mapped_column(Text, default="")


class ImprovementCycle(SyncedMixin, VisibilityMixin, Base):
    """Ciclo de mejora PHEA (Planear, Hacer, Estudiar, Ajustar).

    `data_points` is [{"period": str, "value": float}] in order.
    """

    __tablename__ = "improvement_cycles"
    __kind__ = "improvement_cycle"

    title: Mapped[str] = mapped_column(String(200))
    stage: Mapped[str] = mapped_column(String(16), default="plan")
    aim: Mapped[str] = mapped_column(Text, default="")
    change_idea: Mapped[str] = mapped_column(Text, default="")
    prediction: Mapped[str] = mapped_column(Text, default="")
    indicator: Mapped[str] = mapped_column(String(300), default="")
    do_notes: Mapped[str] = mapped_column(Text, default="")
    data_points: Mapped[list[Any]] = mapped_column(default=list)
    study_notes: Mapped[str] = mapped_column(Text, default="")
    decision: Mapped[str] = mapped_column(String(16), default="")
    adjust_notes: Mapped[str] = mapped_column(Text, default="")
    practice_ids: Mapped[list[str]] = mapped_column(default=list)
    session_ids: Mapped[list[str]] = mapped_column(default=list)
    started_on: Mapped[dt.date | None]
    # The run chart's median comes from this many first points (6..10) and stays until
    # a change is marked: `change_periods` are the periods where a new phase starts.
    baseline_points: Mapped[int] = mapped_column(Integer, default=6)
    change_periods: Mapped[list[str]] = mapped_column(default=list)


class SatisfactionResponse(SyncedMixin, VisibilityMixin, Base):
    """Satisfaction survey after a session: one answer, or a tally of `count` answers.

    Levels go from 1 (not at all) to 4 (very much).
    """

    __tablename__ = "satisfaction_responses"
    __kind__ = "satisfaction_response"

    session_id: Mapped[str] = mapped_column(ID, index=True)
    respondent_id: Mapped[str | None] = mapped_column(ID)
    useful: Mapped[int] = mapped_column(Integer)
    prepared: Mapped[int] = mapped_column(Integer)
    trust: Mapped[int] = mapped_column(Integer)
    count: Mapped[int] = mapped_column(Integer, default=1)
    # "I brought what I learnt into my practice" (0: an answer from before the question).
    applied: Mapped[int] = mapped_column(Integer, default=0)
    comment: Mapped[str] = mapped_column(Text, default="")


class SurveyAnswer(SyncedMixin, VisibilityMixin, Base):
    """One teacher's anonymous answer to a session's survey (minga.domain.anonymous).

    Its sync fields are the same for every answer (nil owner, version at clock zero, the
    1970 edit time), its id random. On a teacher's computer it is her own answer, read
    back only there; on the advisor's, the pool whose tally (from 3 answers) travels.
    The advisor's Minga rewrites the pool in the order of its random ids after each
    import (`minga.sync.survey_pool.settle`), so not even the rowids keep the order the
    answers arrived in.
    """

    __tablename__ = "survey_answers"
    __kind__ = "survey_answer"

    session_id: Mapped[str] = mapped_column(ID, index=True)
    useful: Mapped[int] = mapped_column(Integer)
    prepared: Mapped[int] = mapped_column(Integer)
    trust: Mapped[int] = mapped_column(Integer)
    applied: Mapped[int] = mapped_column(Integer)
    comment: Mapped[str] = mapped_column(Text, default="")


class StudentAggregate(SyncedMixin, VisibilityMixin, Base):
    """Students' figures of one school and level for one month, counts only (no names):
    the month's attendance percentage, or a shared diagnostic's students per level of
    achievement (`achievement`: level name -> number of students)."""

    __tablename__ = "student_aggregates"
    __kind__ = "student_aggregate"

    school_id: Mapped[str] = mapped_column(ID, index=True)
    level: Mapped[str] = mapped_column(String(8))
    period: Mapped[str] = mapped_column(String(40))
    measure: Mapped[str] = mapped_column(String(16))
    name: Mapped[str] = mapped_column(String(200), default="")
    students: Mapped[int] = mapped_column(Integer, default=0)
    attendance_percent: Mapped[float | None] = mapped_column(Float)
    achievement: Mapped[dict[str, Any]] = mapped_column(default=dict)


class Template(SyncedMixin, Base):
    """Observation protocols, self-assessment rubrics and exit-ticket question sets."""

    __tablename__ = "templates"
    __kind__ = "template"

    kind: Mapped[str] = mapped_column(String(32), index=True)
    name: Mapped[str] = mapped_column(String(200))
    revision: Mapped[int] = mapped_column(Integer, default=1)
    body: Mapped[dict[str, Any]] = mapped_column(default=dict)
    tags: Mapped[list[str]] = mapped_column(default=list)


class Attachment(SyncedMixin, VisibilityMixin, Base):
    """Evidence file attached to a record; the bytes live content-addressed by SHA-256."""

    __tablename__ = "attachments"
    __kind__ = "attachment"
    __table_args__ = (Index("ix_attachments_parent", "parent_kind", "parent_id"),)

    sha256: Mapped[str] = mapped_column(String(64), index=True)
    filename: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(Integer)
    parent_kind: Mapped[str] = mapped_column(String(32))
    parent_id: Mapped[str] = mapped_column(ID)
    caption: Mapped[str] = mapped_column(String(500), default="")


class Erasure(SyncedMixin, Base):
    """A person's data erased at her request (Ley 21.719): it travels like a tombstone.

    Every computer that holds one replaces that person's personal data, her records'
    texts and the notes about her with placeholders, removes her evidence files, and
    does it again after every import, so an older bundle never brings her data back
    (`minga.core.erasure`). Written by the person herself or by the network's advisor;
    never undone (docs/privacy.md).
    """

    __tablename__ = "erasures"
    __kind__ = "erasure"

    person_id: Mapped[str] = mapped_column(ID, index=True)


SYNCED_MODELS: tuple[type[SyncedMixin], ...] = (
    Microcentre,
    School,
    Person,
    MicrocentreSession,
    Presentation,
    Attendance,
    YearPlan,
    Agreement,
    Practice,
    PracticeFeedback,
    Adoption,
    Application,
    ExitTicketTally,
    SelfAssessment,
    # Consents come before the notes: a bundle's consent is known when its notes and
    # replies are checked (minga.sync.importer).
    ObservationConsent,
    ObservationNote,
    ObservationReply,
    ImprovementCycle,
    SatisfactionResponse,
    SurveyAnswer,
    StudentAggregate,
    Template,
    Attachment,
    Erasure,
)

MODELS_BY_KIND: dict[str, type[SyncedMixin]] = {m.__kind__: m for m in SYNCED_MODELS}


# --- Local bookkeeping (never synced) -------------------------------------------------


class Meta(Base):
    """This installation: device id, its person, clock, counters, schema facts."""

    __tablename__ = "meta"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Draft(Base):
    """An unfinished form, autosaved every few seconds (never lose typing)."""

    __tablename__ = "drafts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(32))
    record_id: Mapped[str | None] = mapped_column(ID)
    payload: Mapped[dict[str, Any]] = mapped_column(default=dict)
    updated_at: Mapped[dt.datetime] = mapped_column(default=clock_now)


class ConflictCopy(Base):
    """The losing side when two versions of a record met: recoverable by its owner.

    One row per (kind, record_id, version), so the same loser never piles up. Copies
    travel in bundles like records (their own `change_seq`), so the owner sees a conflict
    even when it was detected on the advisor's computer.
    """

    __tablename__ = "conflict_copies"
    __table_args__ = (
        Index(
            "ux_conflict_copies_kind_record_version", "kind", "record_id", "version", unique=True
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(32))
    record_id: Mapped[str] = mapped_column(ID, index=True)
    version: Mapped[str] = mapped_column(String(64))
    payload: Mapped[dict[str, Any]] = mapped_column(default=dict)
    detected_at: Mapped[dt.datetime] = mapped_column(default=clock_now)
    resolved: Mapped[bool] = mapped_column(Boolean, default=False)
    change_seq: Mapped[int] = mapped_column(Integer, default=0, index=True)


class UnknownRecord(Base):
    """A record of a kind this Minga does not know, from a newer Minga, kept as it came.

    `payload` is the exact JSON line received; the sync fields beside it were checked
    and drive the merge (higher version wins) and the relay (its own `change_seq`). When
    Minga is updated and knows the kind, the record is applied for real
    (`minga.sync.compat.reapply`). docs/bundle-format.md, Compatibility.
    """

    __tablename__ = "unknown_records"

    kind: Mapped[str] = mapped_column(String(40), primary_key=True)
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    owner: Mapped[str] = mapped_column(ID)
    version: Mapped[str] = mapped_column(String(64))
    deleted: Mapped[bool] = mapped_column(Boolean)
    visibility: Mapped[str | None] = mapped_column(String(16))
    schema_version: Mapped[str] = mapped_column(String(8))
    payload: Mapped[str] = mapped_column(Text)
    change_seq: Mapped[int] = mapped_column(Integer, index=True)


class UnknownFields(Base):
    """Fields of a known record that this Minga does not know (a newer Minga's optional
    fields), as they came (`fields`: a JSON object), sent again with the record."""

    __tablename__ = "unknown_fields"

    kind: Mapped[str] = mapped_column(String(40), primary_key=True)
    record_id: Mapped[str] = mapped_column(ID, primary_key=True)
    version: Mapped[str] = mapped_column(String(64))
    fields: Mapped[str] = mapped_column(Text)


class Peer(Base):
    """A device this installation exchanges bundles with, and what it acknowledged."""

    __tablename__ = "peers"

    device_id: Mapped[str] = mapped_column(ID, primary_key=True)
    person_id: Mapped[str] = mapped_column(ID, index=True)
    # Highest local change_seq the peer confirmed having received.
    acked_seq: Mapped[int] = mapped_column(Integer, default=0)
    # Highest change_seq of the peer that we have received (sent back as our ack).
    received_seq: Mapped[int] = mapped_column(Integer, default=0)
    last_seen_at: Mapped[dt.datetime | None]


class BundleLog(Base):
    """History of bundles sent and received, with their summaries."""

    __tablename__ = "bundle_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    bundle_id: Mapped[str] = mapped_column(ID, index=True)
    direction: Mapped[str] = mapped_column(String(8))
    peer_device_id: Mapped[str | None] = mapped_column(ForeignKey("peers.device_id"))
    peer_person_id: Mapped[str | None] = mapped_column(ID)
    at: Mapped[dt.datetime] = mapped_column(default=clock_now)
    path: Mapped[str] = mapped_column(Text, default="")
    summary: Mapped[dict[str, Any]] = mapped_column(default=dict)


# The territory's tables (a coordinator's hub) share this metadata: the migrations and
# the check that models and migrations agree see them. Imported last: they build on Base.
from minga.store import territory_models  # noqa: E402, F401
