"""What an advisor's territory report carries, gathered from her microcentros' data
folders (docs/territory.md).

Per network (one data folder each): the microcentre (id, name, region, commune, focus,
goal), how many schools and teachers it has, per school year its indicators as
numerator and denominator (the figures her Indicadores shows, `IndicatorService`), its
sessions (date, hours, modality, held, attendance counts, practices presented) and the
practices their authors shared with the network. Never: a teacher's name, an e-mail
address, a self-assessment, an observation note, a survey comment, a private or
advisor-only practice, an attachment. The payload is plain dicts, so `sync.territory`
(which may not import services) writes it.

    build_payload(workspaces) -> {"networks": [{"network": {...}, "figures": [...],
                                                "sessions": [...], "practices": [...]}]}
    contents(workspaces) -> Contents      # what will leave, for the advisor to read first
    installation_workspaces(ws)           # every microcentro of the installation of `ws`
    export_installation(ws, out, vault)   # the report of all of them (the window's button)
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import case, func, select

from minga.core.identity import current_actor
from minga.domain.cycle_rules import SURVEY_QUESTIONS, Ratio, SessionStatus
from minga.domain.territory_schema import INDICATOR_KEYS
from minga.domain.vocab import AttendanceStatus, Role, Visibility
from minga.i18n import QT_TRANSLATE_NOOP
from minga.services.indicator_definitions import satisfaction_headline
from minga.services.indicators import IndicatorService
from minga.store.models import (
    Attendance,
    Microcentre,
    MicrocentreSession,
    Person,
    Practice,
    Presentation,
    School,
)
from minga.sync.roster import advisor_microcentre
from minga.sync.territory_errors import AdvisorOnlyTerritoryError, NoNetworkToReportError

if TYPE_CHECKING:
    from minga.core.workspace import Workspace


# What never leaves in a territory report (the contents list shows it to the advisor).
NEVER_SENT = (
    QT_TRANSLATE_NOOP("territory", "the names of teachers and other members"),
    QT_TRANSLATE_NOOP("territory", "e-mail addresses"),
    QT_TRANSLATE_NOOP("territory", "self-assessments"),
    QT_TRANSLATE_NOOP("territory", "observation notes and their replies"),
    QT_TRANSLATE_NOOP("territory", "survey answers and comments (only the counts travel)"),
    QT_TRANSLATE_NOOP("territory", "private practices and practices shared with the advisor only"),
    QT_TRANSLATE_NOOP("territory", "evidence files (photos, documents, audio, video)"),
    QT_TRANSLATE_NOOP("territory", "session minutes, agreements and attendance notes"),
    QT_TRANSLATE_NOOP("territory", "the students' figures"),
)


@dataclass(frozen=True)
class NetworkContents:
    microcentre_id: str
    name: str
    schools: int
    teachers: int
    years: list[int]
    sessions: dict[int, int]  # year -> sessions
    held: dict[int, int]
    practices: dict[int, int]  # year -> practices shared with the network

    def as_json(self) -> dict[str, Any]:
        return {
            "microcentre_id": self.microcentre_id,
            "name": self.name,
            "schools": self.schools,
            "teachers": self.teachers,
            "years": [
                {
                    "year": year,
                    "sessions": self.sessions.get(year, 0),
                    "held": self.held.get(year, 0),
                    "practices": self.practices.get(year, 0),
                }
                for year in self.years
            ],
        }


@dataclass(frozen=True)
class Contents:
    networks: list[NetworkContents]
    indicators: tuple[str, ...] = INDICATOR_KEYS
    never: tuple[str, ...] = field(default=NEVER_SENT)

    def as_json(self, translate: Any = None) -> dict[str, Any]:
        say = translate or (lambda text: text)
        return {
            "networks": [n.as_json() for n in self.networks],
            "indicators": list(self.indicators),
            "never": [say(text) for text in self.never],
        }


def contents(workspaces: Iterable[Workspace], years: Iterable[int] | None = None) -> Contents:
    """What a report of these data folders will carry, counted (nothing is written)."""
    return contents_of(build_payload(workspaces, years))


def contents_of(payload: dict[str, Any]) -> Contents:
    networks = []
    for item in payload["networks"]:
        net = item["network"]
        sessions: dict[int, int] = {}
        held: dict[int, int] = {}
        practices: dict[int, int] = {}
        years = {f["year"] for f in item["figures"]}
        for s in item["sessions"]:
            sessions[s["year"]] = sessions.get(s["year"], 0) + 1
            held[s["year"]] = held.get(s["year"], 0) + (1 if s["held"] else 0)
            years.add(s["year"])
        for p in item["practices"]:
            practices[p["year"]] = practices.get(p["year"], 0) + 1
            years.add(p["year"])
        networks.append(
            NetworkContents(
                net["microcentre_id"],
                net["name"],
                net["schools"],
                net["teachers"],
                sorted(years, reverse=True),
                sessions,
                held,
                practices,
            )
        )
    return Contents(networks)


def build_payload(
    workspaces: Iterable[Workspace], years: Iterable[int] | None = None
) -> dict[str, Any]:
    """The report's body: one entry per data folder (each one microcentre of hers).

    `years`: only these school years (their figures, sessions and practices); the hub
    then replaces only those years of her networks and keeps the others. None: every
    year."""
    networks = [network_payload(ws) for ws in workspaces]
    if not networks:
        raise NoNetworkToReportError()
    chosen = sorted(set(years)) if years is not None else None
    if chosen is not None:
        wanted = set(chosen)
        for item in networks:
            for part in ("figures", "sessions", "practices"):
                item[part] = [row for row in item[part] if row["year"] in wanted]
    return {"networks": networks, "years": chosen}


def network_payload(ws: Workspace) -> dict[str, Any]:
    with ws.db.session() as session:
        actor = current_actor(session)
        if actor.role != Role.ADVISOR:
            raise AdvisorOnlyTerritoryError()
        centre = advisor_microcentre(session, actor)
        network = _network(session, centre)
        sessions = _sessions(session, centre.id)
        practices = _practices(session, centre.id)
    figures = _figures(ws, centre.id)
    return {"network": network, "figures": figures, "sessions": sessions, "practices": practices}


def _network(session: Any, centre: Microcentre) -> dict[str, Any]:
    schools = session.scalar(
        select(func.count())
        .select_from(School)
        .where(School.deleted.is_(False), School.microcentre_id == centre.id)
    )
    teachers = session.scalar(
        select(func.count())
        .select_from(Person)
        .where(
            Person.deleted.is_(False),
            Person.role == Role.TEACHER,
            Person.membership == "active",
        )
    )
    return {
        "microcentre_id": centre.id,
        "name": centre.name,
        "region": centre.region,
        "commune": centre.commune,
        "annual_focus": centre.annual_focus,
        "annual_goal_practices": centre.annual_goal_practices,
        "schools": int(schools or 0),
        "teachers": int(teachers or 0),
    }


def _figures(ws: Workspace, microcentre_id: str) -> list[dict[str, Any]]:
    service = IndicatorService(ws.db)
    rows = []
    for year in sorted(service.years()):
        figures = service.network(year, exit_tickets=False)
        shared = figures.practices_shared
        ratios: dict[str, Ratio] = {
            "attendance": figures.attendance.ratio,
            "practices_shared": Ratio(shared.count, shared.goal or 0),
            "adoption": figures.adoption,
            "continuation": figures.continuation.ratio,
        }
        for question in SURVEY_QUESTIONS:
            ratios[question] = satisfaction_headline(figures.satisfaction, question)
        for key in INDICATOR_KEYS:
            ratio = ratios[key]
            rows.append(
                {
                    "microcentre_id": microcentre_id,
                    "year": year,
                    "key": key,
                    "numerator": int(ratio.numerator),
                    "denominator": int(ratio.denominator),
                }
            )
    return rows


def _sessions(session: Any, microcentre_id: str) -> list[dict[str, Any]]:
    advisors = select(Person.id).where(Person.role == Role.ADVISOR)
    counts = dict(
        (row[0], (int(row[1] or 0), int(row[2] or 0)))
        for row in session.execute(
            select(
                Attendance.session_id,
                func.sum(case((Attendance.status == AttendanceStatus.PRESENT, 1), else_=0)),
                func.count(),
            )
            .where(
                Attendance.deleted.is_(False),
                Attendance.status.in_([s.value for s in AttendanceStatus]),
                Attendance.person_id.not_in(advisors),
            )
            .group_by(Attendance.session_id)
        )
    )
    presented = dict(
        session.execute(
            select(Presentation.session_id, func.count(func.distinct(Presentation.practice_id)))
            .where(Presentation.deleted.is_(False))
            .group_by(Presentation.session_id)
        ).all()
    )
    rows = []
    for s in session.scalars(
        select(MicrocentreSession)
        .where(MicrocentreSession.deleted.is_(False))
        .order_by(MicrocentreSession.date, MicrocentreSession.number)
    ):
        minutes = sum(
            int(item.get("minutes") or 0)
            for item in (s.agenda or [])
            if isinstance(item, dict) and isinstance(item.get("minutes"), int)
        )
        present, expected = counts.get(s.id, (0, 0))
        rows.append(
            {
                "id": s.id,
                "microcentre_id": microcentre_id,
                "year": s.date.year,
                "date": s.date.isoformat(),
                "hours": round(min(minutes, 24 * 60) / 60, 2),
                "modality": s.modality,
                "held": s.status == SessionStatus.HELD,
                "present": present,
                "expected": expected,
                "practices_presented": int(presented.get(s.id, 0)),
            }
        )
    return rows


def _practices(session: Any, microcentre_id: str) -> list[dict[str, Any]]:
    first_held = dict(
        session.execute(
            select(Presentation.practice_id, func.min(MicrocentreSession.date))
            .join(MicrocentreSession, MicrocentreSession.id == Presentation.session_id)
            .where(
                Presentation.deleted.is_(False),
                MicrocentreSession.deleted.is_(False),
                MicrocentreSession.status == SessionStatus.HELD,
            )
            .group_by(Presentation.practice_id)
        ).all()
    )
    schools = dict(session.execute(select(School.id, School.name)).all())
    rows = []
    for p in session.scalars(
        select(Practice)
        .where(Practice.deleted.is_(False), Practice.visibility == Visibility.NETWORK)
        .order_by(Practice.created_at, Practice.id)
    ):
        presented: dt.date | None = first_held.get(p.id)
        year = presented.year if presented is not None else p.created_at.year
        rows.append(
            {
                "id": p.id,
                "microcentre_id": microcentre_id,
                "year": year,
                "title": p.title,
                "description": p.description,
                "multigrade_strategy": p.multigrade_strategy,
                "subjects": list(p.subjects or []),
                "levels": list(p.levels or []),
                "oa_codes": list(p.oa_codes or []),
                "school_name": schools.get(p.school_id or "", "") or "",
                "presented_on": presented.isoformat() if presented is not None else None,
                "version": p.version,
            }
        )
    return rows


@contextlib.contextmanager
def installation_workspaces(ws: Workspace) -> Iterator[list[Workspace]]:
    """`ws` and the other microcentros of its installation (`minga.core.networks`), the
    others opened here with the same clock and closed at the end."""
    from minga.core.networks import installation_root, list_networks
    from minga.core.workspace import Workspace as Folder

    here = Path(ws.root).resolve()
    opened: list[Workspace] = []
    try:
        for network in list_networks(installation_root(ws.root)):
            if Path(network.path).resolve() != here:
                opened.append(Folder(network.path, clock=ws.clock))
        yield [ws, *opened]
    finally:
        for other in opened:
            other.close()


def installation_contents(ws: Workspace) -> Contents:
    with installation_workspaces(ws) as workspaces:
        return contents(workspaces)


def export_installation(
    ws: Workspace, out: Path, vault: Any = None, years: Iterable[int] | None = None
) -> tuple[Any, Contents]:
    """(Advisor) The territory report of all her microcentros (of `years` only, when
    given), written to `out`; the write result (`sync.territory.Written`) and what it
    carried."""
    from minga.sync.territory import write_report

    with installation_workspaces(ws) as workspaces:
        payload = build_payload(workspaces, years)
    return write_report(ws, payload, out, vault), contents_of(payload)
