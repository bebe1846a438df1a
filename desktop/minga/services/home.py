"""The start page's numbers and the main window's header, from cheap queries.

`shell_info` names who and where this installation is (title bar, status bar);
`home_summary` gathers what Inicio shows for the role: a teacher's own practices by
status, recent practices, drafts to finish, and the network's counts that an advisor
watches (schools, teachers, practices shared this year against the annual goal,
sessions). Every figure is a COUNT or a short LIMIT query on indexed columns, so the
start page stays instant on a large database.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session, aliased

from minga.core.identity import Actor, current_actor
from minga.domain.cycle_rules import SessionStatus
from minga.domain.vocab import PracticeStatus, Role
from minga.services.drafts import DraftInfo
from minga.store.db import Database
from minga.store.models import (
    Draft,
    Microcentre,
    MicrocentreSession,
    Person,
    Practice,
    Presentation,
    School,
)
from minga.store.preview import ShellInfo

# How many sessions "to close" Inicio names at most.
TO_CLOSE_SHOWN = 3
# How many open agreements Inicio lists at most.
AGREEMENTS_SHOWN = 5
#: The goal when the microcentre has not set one (the Andalién Sur network's: docs/domain.md).
DEFAULT_ANNUAL_GOAL = 7


@dataclass(frozen=True)
class RecentPractice:
    id: str
    title: str
    author_name: str
    school_name: str
    status: str
    updated_at: dt.datetime


@dataclass(frozen=True)
class SessionInfo:
    id: str
    date: dt.date
    title: str
    place: str


@dataclass(frozen=True)
class NetworkCounts:
    """The microcentre as this installation knows it."""

    schools: int
    teachers: int
    practices: int
    shared_this_year: int
    annual_goal: int
    sessions_held_this_year: int
    next_session: SessionInfo | None
    # Planned sessions whose date has passed, oldest first: the advisor has to close
    # them (mark them held, with attendance) before they count as held.
    to_close: tuple[SessionInfo, ...] = ()


@dataclass(frozen=True)
class HomeSummary:
    """Everything Inicio shows, for one person on one day."""

    info: ShellInfo
    today: dt.date
    my_practices_by_status: dict[str, int]
    my_recent: list[RecentPractice]
    #: Colleagues' recent practices for a teacher; everyone's for the advisor.
    network_recent: list[RecentPractice]
    drafts: list[DraftInfo]
    drafts_total: int
    network: NetworkCounts
    #: Records kept as they came because they need a newer Minga (docs/bundle-format.md,
    #: Compatibility).
    newer_records: int = 0
    #: A newer Minga met in the network (version, folder, checked installer), while this
    #: one is older.
    update: Any = None
    #: The acta's open agreements this person answers for (hers and the whole
    #: network's; every open one for the advisor), the earliest due first, and how many.
    open_agreements: list[Any] = field(default_factory=list)
    open_agreements_total: int = 0

    @property
    def my_practices_total(self) -> int:
        return sum(self.my_practices_by_status.values())

    @property
    def is_advisor(self) -> bool:
        return self.info.role == Role.ADVISOR


def shell_info(db: Database) -> ShellInfo:
    """Name, role, school and microcentre of this installation's person."""
    with db.session() as session:
        return _shell_info(session, current_actor(session))


def home_summary(
    db: Database, *, today: dt.date | None = None, recent_limit: int = 5, drafts_limit: int = 5
) -> HomeSummary:
    """The start page's summary; `today` decides "this year" and the next session."""
    today = today or db.clock.today()
    from minga.sync import compat

    # After an update, what an older run kept for a newer Minga becomes real at once
    # (a write only when something is now understood).
    compat.reapply_pending(db)
    with db.session() as session:
        actor = current_actor(session)
        info = _shell_info(session, actor)
        by_status = {status.value: 0 for status in PracticeStatus}
        rows = session.execute(
            select(Practice.status, func.count(Practice.pk))
            # "IS NOT true" rather than "IS false": SQLite would otherwise walk the index
            # on `deleted` (every row) instead of the one on `owner`.
            .where(Practice.owner == actor.person_id, Practice.deleted.is_not(True))
            .group_by(Practice.status)
        )
        for status, count in rows:
            by_status[status] = by_status.get(status, 0) + count
        my_recent = _recent(
            session, _recent_query().where(Practice.owner == actor.person_id), recent_limit
        )
        # A teacher sees what colleagues did; the advisor watches the whole network.
        network = _recent_query()
        if actor.role != Role.ADVISOR:
            network = network.where(Practice.owner != actor.person_id)
        network_recent = _recent(session, network, recent_limit)
        drafts_total = session.scalar(select(func.count()).select_from(Draft)) or 0
        drafts = [
            DraftInfo(
                id=d.id,
                kind=d.kind,
                record_id=d.record_id,
                payload=dict(d.payload or {}),
                updated_at=d.updated_at,
            )
            for d in session.scalars(
                select(Draft).order_by(Draft.updated_at.desc(), Draft.id.desc()).limit(drafts_limit)
            )
        ]
        counts = _network(session, actor, today)
        newer_records = sum(compat.waiting(session).values())
        from minga.sync import installers

        update = installers.offer(session)
        advisor = actor.role == Role.ADVISOR
        person_id = actor.person_id
    from minga.services.year import AgreementService

    agreements = AgreementService(db).list(
        open_only=True, responsible_id=None if advisor else person_id
    )
    agreements.sort(key=lambda a: (a.due_on is None, a.due_on or today, a.session_number))
    return HomeSummary(
        info=info,
        today=today,
        my_practices_by_status=by_status,
        my_recent=my_recent,
        network_recent=network_recent,
        drafts=drafts,
        drafts_total=drafts_total,
        network=counts,
        newer_records=newer_records,
        update=update,
        open_agreements=agreements[:AGREEMENTS_SHOWN],
        open_agreements_total=len(agreements),
    )


# --- helpers ------------------------------------------------------------------------


def _shell_info(session: Session, actor: Actor) -> ShellInfo:
    school = session.get(School, actor.school_id) if actor.school_id else None
    microcentre = session.get(Microcentre, actor.microcentre_id) if actor.microcentre_id else None
    if microcentre is None and school is not None and school.microcentre_id:
        microcentre = session.get(Microcentre, school.microcentre_id)
    return ShellInfo(
        person_name=actor.name,
        role=actor.role,
        school_name=school.name if school is not None and not school.deleted else "",
        microcentre_name=(
            microcentre.name if microcentre is not None and not microcentre.deleted else ""
        ),
    )


def _recent_query() -> Select:
    author = aliased(Person)
    return (
        select(
            Practice.id,
            Practice.title,
            author.name,
            School.name,
            Practice.status,
            Practice.updated_at,
        )
        .outerjoin(author, author.id == Practice.owner)
        .outerjoin(School, School.id == Practice.school_id)
        .where(Practice.deleted.is_(False))
    )


def _recent(session: Session, stmt: Select, limit: int) -> list[RecentPractice]:
    stmt = stmt.order_by(Practice.updated_at.desc(), Practice.pk.desc()).limit(limit)
    return [
        RecentPractice(
            id=row[0],
            title=row[1],
            author_name=row[2] or "",
            school_name=row[3] or "",
            status=row[4],
            updated_at=row[5],
        )
        for row in session.execute(stmt)
    ]


def _network(session: Session, actor: Actor, today: dt.date) -> NetworkCounts:
    year_start = dt.date(today.year, 1, 1)
    schools = session.scalar(select(func.count(School.id)).where(School.deleted.is_(False)))
    teachers = session.scalar(
        select(func.count(Person.id)).where(
            Person.deleted.is_(False),
            Person.role == Role.TEACHER.value,
            Person.membership != "removed",
        )
    )
    practices = session.scalar(select(func.count(Practice.pk)).where(Practice.deleted.is_(False)))
    held = (
        MicrocentreSession.deleted.is_(False),
        MicrocentreSession.status == SessionStatus.HELD,
        MicrocentreSession.date >= year_start,
        MicrocentreSession.date <= today,
    )
    # A practice is shared when it was presented at a session of this year so far.
    shared = session.scalar(
        select(func.count(func.distinct(Presentation.practice_id)))
        .join(MicrocentreSession, MicrocentreSession.id == Presentation.session_id)
        .where(Presentation.deleted.is_(False), *held)
    )
    sessions_held = session.scalar(select(func.count(MicrocentreSession.id)).where(*held))
    upcoming = session.execute(
        select(
            MicrocentreSession.id,
            MicrocentreSession.date,
            MicrocentreSession.title,
            MicrocentreSession.place,
        )
        .where(
            MicrocentreSession.deleted.is_(False),
            MicrocentreSession.status == SessionStatus.PLANNED,
            MicrocentreSession.date >= today,
        )
        .order_by(MicrocentreSession.date, MicrocentreSession.id)
        .limit(1)
    ).first()
    to_close = session.execute(
        select(
            MicrocentreSession.id,
            MicrocentreSession.date,
            MicrocentreSession.title,
            MicrocentreSession.place,
        )
        .where(
            MicrocentreSession.deleted.is_(False),
            MicrocentreSession.status == SessionStatus.PLANNED,
            MicrocentreSession.date < today,
        )
        .order_by(MicrocentreSession.date, MicrocentreSession.id)
        .limit(TO_CLOSE_SHOWN)
    ).all()
    goal = None
    if actor.microcentre_id:
        goal = session.scalar(
            select(Microcentre.annual_goal_practices).where(Microcentre.id == actor.microcentre_id)
        )
    return NetworkCounts(
        schools=schools or 0,
        teachers=teachers or 0,
        practices=practices or 0,
        shared_this_year=shared or 0,
        annual_goal=goal or DEFAULT_ANNUAL_GOAL,
        sessions_held_this_year=sessions_held or 0,
        next_session=(
            SessionInfo(id=upcoming[0], date=upcoming[1], title=upcoming[2], place=upcoming[3])
            if upcoming
            else None
        ),
        to_close=tuple(SessionInfo(id=r[0], date=r[1], title=r[2], place=r[3]) for r in to_close),
    )
