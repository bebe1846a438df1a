"""The hub's view of its territory: the networks side by side for one school year, the
territory's totals, and the library of practices the networks shared.

Everything is read from the territory tables (migration 0012) that the imported territory
reports fill: per network and school year, each indicator as a numerator and a
denominator, so that a territory's figure is the SUM of the networks' numerators over the
SUM of their denominators (never a mean of rates); the sessions as counts (held or not,
hours, present and expected); and the practices shared with each network, searchable on
SQLite (FTS5) and PostgreSQL (tsvector with unaccent) through `minga.store.search`.

Nothing here writes: the importer (`minga.sync.territory`) is the only writer.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from minga import display
from minga.domain.cycle_rules import Ratio
from minga.domain.errors import NotFoundError
from minga.i18n import QT_TRANSLATE_NOOP
from minga.services.indicator_definitions import COUNT, DEFINITIONS
from minga.store import meta, search
from minga.store.db import Database
from minga.store.territory_models import (
    TerritoryAdvisor,
    TerritoryFigure,
    TerritoryNetwork,
    TerritoryPractice,
    TerritoryReportLog,
    TerritorySession,
)

#: The indicators in the order the Indicadores area shows them; a key a newer Minga
#: reports that this one does not know comes after them, in name order.
INDICATOR_ORDER = tuple(DEFINITIONS)

DEFAULT_PAGE = 200
#: meta: the territory a coordinator's hub serves (written at set-up).
TERRITORY_NAME = "territory_name"


def indicator_keys(keys: set[str]) -> list[str]:
    """`keys` in the order the window and the printed report show them."""
    known = [key for key in INDICATOR_ORDER if key in keys]
    return known + sorted(keys - set(INDICATOR_ORDER))


@dataclass(frozen=True)
class NetworkYear:
    """One network's figures for one school year: a row of the side-by-side table."""

    microcentre_id: str
    name: str
    commune: str
    region: str
    advisor_id: str
    advisor_name: str
    schools: int
    teachers: int
    annual_goal_practices: int
    sessions_held: int
    sessions_planned: int
    hours: float
    present: int
    expected: int
    practices_shared: int
    indicators: dict[str, Ratio] = field(default_factory=dict)
    # False once the coordinator removed its advisor: its last figures stay, frozen.
    still_reported: bool = True

    @property
    def attendance(self) -> Ratio:
        """Teachers present over teachers expected, at the sessions held."""
        return Ratio(self.present, self.expected)


@dataclass(frozen=True)
class TerritoryTotals:
    """The territory's figures for one school year: sums, and ratios of sums."""

    year: int
    networks: int
    advisors: int
    schools: int
    teachers: int
    sessions_held: int
    sessions_planned: int
    hours: float
    present: int
    expected: int
    practices_shared: int
    indicators: dict[str, Ratio] = field(default_factory=dict)

    @property
    def attendance(self) -> Ratio:
        return Ratio(self.present, self.expected)


@dataclass(frozen=True)
class GoalFigure:
    """One indicator of the territory beside the seed network's goal for it (if any), and
    how many of the networks that measured it reach that goal on their own."""

    key: str
    figure: Ratio
    goal: float | None  # a share (0..1), or a count per network (basis COUNT)
    basis: str
    source: str
    quote: str  # the English source (QT_TRANSLATE_NOOP "indicators")
    networks_reaching: int
    networks_measured: int


def reaches(ratio: Ratio, goal: float, basis: str) -> bool:
    """A network's figure meets the goal, read as the goal was measured."""
    if ratio.denominator == 0:
        return False
    if basis == COUNT:
        # practices_shared: the count over the network's own goal of the year.
        return ratio.numerator >= ratio.denominator
    return (ratio.rate or 0.0) >= goal


def goal_figures(rows: list[NetworkYear], totals: TerritoryTotals) -> list[GoalFigure]:
    """The territory's indicators against the goals, in the order they are shown."""
    result = []
    for key, figure in totals.indicators.items():
        definition = DEFINITIONS.get(key)
        goal = definition.goal if definition else None
        measured = [r.indicators[key] for r in rows if key in r.indicators]
        measured = [ratio for ratio in measured if ratio.denominator]
        result.append(
            GoalFigure(
                key=key,
                figure=figure,
                goal=goal.value if goal else None,
                basis=goal.basis if goal else "",
                source=goal.source if goal else "",
                quote=goal.quote if goal else "",
                networks_reaching=(
                    sum(reaches(r, goal.value, goal.basis) for r in measured) if goal else 0
                ),
                networks_measured=len(measured),
            )
        )
    return result


@dataclass(frozen=True)
class TerritoryPracticeRow:
    """A practice in the library's list."""

    id: str
    title: str
    microcentre_id: str
    network: str
    school: str
    subjects: list[str]
    levels: list[str]
    year: int
    presented_on: dt.date | None


@dataclass(frozen=True)
class TerritoryPracticeDetail:
    """A practice of the library, whole (the network's words, never its author's name)."""

    id: str
    title: str
    description: str
    multigrade_strategy: str
    subjects: list[str]
    levels: list[str]
    oa_codes: list[str]
    school: str
    year: int
    presented_on: dt.date | None
    microcentre_id: str
    network: str
    commune: str
    advisor_name: str


@dataclass(frozen=True)
class PracticeSearch:
    """One page of the library for a search, and how many practices match in all."""

    rows: list[TerritoryPracticeRow]
    total: int


@dataclass(frozen=True)
class LastReport:
    """The territory report received last: whose, when, and which networks it brought."""

    advisor_name: str
    received_at: dt.datetime
    networks: list[str]


@dataclass(frozen=True)
class TerritoryGlance:
    """The coordinator's Inicio: her territory at a glance."""

    territory_name: str
    year: int | None  # the school year shown: this one, or the newest one reported
    current_year: int  # the clock's school year (year != current_year: none reported yet)
    networks_total: int
    networks_reporting: int  # with something reported for `year`
    totals: TerritoryTotals | None
    last_report: LastReport | None
    # E-mails: reports whose parts are still arriving, and reports refused (kept for
    # review with the reason); advisors introduced but not accepted yet.
    reports_waiting: int
    reports_refused: int
    advisors_pending: int


class TerritoryService:
    """Read the hub's territory tables (on SQLite or PostgreSQL)."""

    def __init__(self, db: Database):
        self.db = db
        self._dialect = db.engine.dialect.name

    def territory_name(self) -> str:
        """The territory this hub serves ("SLEP Maule Costa"), or "" before set-up."""
        with self.db.session() as session:
            return meta.get(session, TERRITORY_NAME) or ""

    # --- years and networks -----------------------------------------------------------

    def years(self) -> list[int]:
        """The school years any network reported something for, newest first."""
        with self.db.session() as session:
            return sorted(_years(session), reverse=True)

    def network_count(self) -> int:
        with self.db.session() as session:
            return _network_count(session)

    def networks(self, year: int) -> list[NetworkYear]:
        """Every network with something reported for `year`, by name."""
        with self.db.session() as session:
            return self._networks(session, year)

    def totals(self, year: int, networks: list[NetworkYear] | None = None) -> TerritoryTotals:
        """The territory's figures for `year`: each one the sum over the networks (a
        ratio: the sum of numerators over the sum of denominators)."""
        rows = self.networks(year) if networks is None else networks
        indicators: dict[str, Ratio] = {}
        for key in indicator_keys({k for row in rows for k in row.indicators}):
            parts = [row.indicators[key] for row in rows if key in row.indicators]
            indicators[key] = Ratio(
                sum(p.numerator for p in parts), sum(p.denominator for p in parts)
            )
        return TerritoryTotals(
            year=year,
            networks=len(rows),
            advisors=len({row.advisor_id for row in rows}),
            schools=sum(row.schools for row in rows),
            teachers=sum(row.teachers for row in rows),
            sessions_held=sum(row.sessions_held for row in rows),
            sessions_planned=sum(row.sessions_planned for row in rows),
            hours=sum(row.hours for row in rows),
            present=sum(row.present for row in rows),
            expected=sum(row.expected for row in rows),
            practices_shared=sum(row.practices_shared for row in rows),
            indicators=indicators,
        )

    def _networks(self, session: Session, year: int) -> list[NetworkYear]:
        figures: dict[str, dict[str, Ratio]] = defaultdict(dict)
        for mc, key, numerator, denominator in session.execute(
            select(
                TerritoryFigure.microcentre_id,
                TerritoryFigure.key,
                TerritoryFigure.numerator,
                TerritoryFigure.denominator,
            ).where(TerritoryFigure.year == year)
        ):
            figures[mc][key] = Ratio(int(numerator or 0), int(denominator or 0))
        held = TerritorySession.held.is_(True)
        sessions = {
            row[0]: row[1:]
            for row in session.execute(
                select(
                    TerritorySession.microcentre_id,
                    func.count(TerritorySession.id),
                    func.sum(case((held, 1), else_=0)),
                    func.sum(case((held, TerritorySession.hours), else_=0.0)),
                    func.sum(case((held, TerritorySession.present), else_=0)),
                    func.sum(case((held, TerritorySession.expected), else_=0)),
                )
                .where(TerritorySession.year == year)
                .group_by(TerritorySession.microcentre_id)
            )
        }
        practices = dict(
            session.execute(
                select(TerritoryPractice.microcentre_id, func.count(TerritoryPractice.pk))
                .where(TerritoryPractice.year == year)
                .group_by(TerritoryPractice.microcentre_id)
            ).all()
        )
        reported = set(figures) | set(sessions) | set(practices)
        if not reported:
            return []
        rows = session.execute(
            select(TerritoryNetwork, TerritoryAdvisor.name, TerritoryAdvisor.status)
            .outerjoin(TerritoryAdvisor, TerritoryAdvisor.person_id == TerritoryNetwork.advisor_id)
            .where(TerritoryNetwork.microcentre_id.in_(reported))
            .order_by(search.caseless(self._dialect, TerritoryNetwork.name))
        ).all()
        result = []
        for network, advisor_name, advisor_status in rows:
            mc = network.microcentre_id
            planned, held_count, hours, present, expected = sessions.get(mc, (0, 0, 0.0, 0, 0))
            own = figures.get(mc, {})
            result.append(
                NetworkYear(
                    microcentre_id=mc,
                    name=network.name,
                    commune=network.commune or "",
                    region=network.region or "",
                    advisor_id=network.advisor_id,
                    advisor_name=advisor_name or "",
                    schools=network.schools or 0,
                    teachers=network.teachers or 0,
                    annual_goal_practices=network.annual_goal_practices or 0,
                    sessions_held=int(held_count or 0),
                    sessions_planned=int(planned or 0),
                    hours=round(float(hours or 0.0), 2),
                    present=int(present or 0),
                    expected=int(expected or 0),
                    practices_shared=int(practices.get(mc, 0) or 0),
                    indicators={key: own[key] for key in indicator_keys(set(own))},
                    still_reported=advisor_status == "active",
                )
            )
        return result

    # --- Inicio -----------------------------------------------------------------------

    def glance(self, today: dt.date) -> TerritoryGlance:
        """What the coordinator's Inicio shows: the networks reporting this school year
        (or the newest one reported), the territory's totals for it, the last report
        received, and what waits for her (reports in the mail, advisors to accept)."""
        from minga.mail.models import REVIEW, WAITING, InboxMessage

        with self.db.session() as session:
            name = meta.get(session, TERRITORY_NAME) or ""
            total = _network_count(session)
            found = _years(session)
            reported = sorted((y for y in found if y <= today.year), reverse=True)
            year = today.year if today.year in found else (reported[0] if reported else None)
            rows = self._networks(session, year) if year is not None else []
            log_row = session.execute(
                select(TerritoryReportLog, TerritoryAdvisor.name)
                .outerjoin(
                    TerritoryAdvisor, TerritoryAdvisor.person_id == TerritoryReportLog.advisor_id
                )
                .order_by(TerritoryReportLog.received_at.desc())
                .limit(1)
            ).first()
            last = None
            if log_row is not None:
                entry, advisor_name = log_row
                summary = entry.summary or {}
                last = LastReport(
                    advisor_name=advisor_name or str(summary.get("advisor") or ""),
                    received_at=entry.received_at,
                    networks=[str(n) for n in summary.get("imported") or []],
                )
            mail = dict(
                session.execute(
                    select(InboxMessage.status, func.count(InboxMessage.id))
                    .where(InboxMessage.status.in_((WAITING, REVIEW)))
                    .group_by(InboxMessage.status)
                ).all()
            )
            pending = session.scalar(
                select(func.count(TerritoryAdvisor.person_id)).where(
                    TerritoryAdvisor.status == "pending"
                )
            )
        return TerritoryGlance(
            territory_name=name,
            year=year,
            current_year=today.year,
            networks_total=int(total),
            networks_reporting=len(rows),
            totals=self.totals(year, rows) if year is not None else None,
            last_report=last,
            reports_waiting=int(mail.get(WAITING, 0)),
            reports_refused=int(mail.get(REVIEW, 0)),
            advisors_pending=int(pending or 0),
        )

    # --- the library ------------------------------------------------------------------

    def search(
        self,
        text: str = "",
        limit: int = DEFAULT_PAGE,
        offset: int = 0,
        *,
        year: int | None = None,
    ) -> PracticeSearch:
        """Practices matching every word typed (prefixes, accents and capitals ignored),
        newest presented first; an empty search lists them all. `year` narrows to one
        school year."""
        # PostgreSQL: the match on the table itself (read from the index); SQLite: the
        # rows FTS5 found.
        matching: Any = search.territory_practice_matches(self._dialect, text)
        if matching is None:
            pks = search.territory_practice_pks_matching(self._dialect, text)
            matching = TerritoryPractice.pk.in_(pks) if pks is not None else None
        conditions: list[Any] = []
        if matching is not None:
            conditions.append(matching)
        elif search.words(text):
            return PracticeSearch([], 0)
        if year is not None:
            conditions.append(TerritoryPractice.year == year)
        stmt: Any = (
            select(
                TerritoryPractice.id,
                TerritoryPractice.title,
                TerritoryPractice.microcentre_id,
                TerritoryNetwork.name,
                TerritoryPractice.school_name,
                TerritoryPractice.subjects,
                TerritoryPractice.levels,
                TerritoryPractice.year,
                TerritoryPractice.presented_on,
            )
            .outerjoin(
                TerritoryNetwork,
                TerritoryNetwork.microcentre_id == TerritoryPractice.microcentre_id,
            )
            .where(*conditions)
            .order_by(
                TerritoryPractice.year.desc(),
                TerritoryPractice.presented_on.desc(),
                search.caseless(self._dialect, TerritoryPractice.title),
                TerritoryPractice.pk,
            )
            .offset(max(0, offset))
            .limit(max(0, limit))
        )
        with self.db.session() as session, search.no_table_scan(session, matching is not None):
            # A search counts from the index (on PostgreSQL with no table scan), then
            # fetches its page from the index's matches too.
            total = search.count_matching_territory_practices(session, text, year)
            if total is None:
                total = session.scalar(select(func.count(TerritoryPractice.pk)).where(*conditions))
            page = session.execute(stmt).all()
            rows = [
                TerritoryPracticeRow(
                    id=row[0],
                    title=row[1],
                    microcentre_id=row[2],
                    network=row[3] or "",
                    school=row[4] or "",
                    subjects=display.stored_list(row[5], "territory"),
                    levels=display.stored_list(row[6], "territory"),
                    year=int(row[7]),
                    presented_on=row[8],
                )
                for row in page
            ]
        return PracticeSearch(rows, int(total or 0))

    def practice(self, practice_id: str) -> TerritoryPracticeDetail:
        """One practice of the library, whole."""
        with self.db.session() as session:
            found = session.execute(
                select(TerritoryPractice, TerritoryNetwork, TerritoryAdvisor.name)
                .outerjoin(
                    TerritoryNetwork,
                    TerritoryNetwork.microcentre_id == TerritoryPractice.microcentre_id,
                )
                .outerjoin(
                    TerritoryAdvisor, TerritoryAdvisor.person_id == TerritoryNetwork.advisor_id
                )
                .where(TerritoryPractice.id == practice_id)
            ).first()
            if found is None:
                raise NotFoundError(
                    QT_TRANSLATE_NOOP("errors", "The territory has no practice {id}."),
                    id=practice_id,
                )
            practice, network, advisor_name = found
            return TerritoryPracticeDetail(
                id=practice.id,
                title=practice.title,
                description=practice.description or "",
                multigrade_strategy=practice.multigrade_strategy or "",
                subjects=display.stored_list(practice.subjects, "territory"),
                levels=display.stored_list(practice.levels, "territory"),
                oa_codes=display.stored_list(practice.oa_codes, "territory"),
                school=practice.school_name or "",
                year=int(practice.year),
                presented_on=practice.presented_on,
                microcentre_id=practice.microcentre_id,
                network=network.name if network is not None else "",
                commune=(network.commune or "") if network is not None else "",
                advisor_name=advisor_name or "",
            )

    def practices_of_year(self, year: int) -> list[TerritoryPracticeRow]:
        """Every practice shared in `year`, by network and date (for the printed report)."""
        rows = self.search("", limit=100_000, year=year).rows
        return sorted(
            rows,
            key=lambda r: (r.network.casefold(), r.presented_on or dt.date.min, r.title.casefold()),
        )


__all__ = [
    "INDICATOR_ORDER",
    "GoalFigure",
    "LastReport",
    "NetworkYear",
    "PracticeSearch",
    "TerritoryGlance",
    "TerritoryPracticeDetail",
    "TerritoryPracticeRow",
    "TerritoryService",
    "TerritoryTotals",
    "goal_figures",
    "indicator_keys",
    "reaches",
]


def _years(session: Session) -> set[int]:
    """The school years any network reported something for."""
    found: set[int] = set()
    for model in (TerritoryFigure, TerritorySession, TerritoryPractice):
        found.update(session.scalars(select(model.year).distinct()))
    return found


def _network_count(session: Session) -> int:
    return session.scalar(select(func.count(TerritoryNetwork.microcentre_id))) or 0
