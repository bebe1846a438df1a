"""The territory's tables: what a coordinator's hub keeps of the networks' reports.

A SLEP's (or DAEM's) hub receives *territory report bundles* from the advisors it trusts:
per network, its indicators as numerators and denominators (so a territory's figure is
the sum of the networks' own), the sessions held (date, hours, modality, attendance
counts) and the practices their authors shared with the network. These tables hold the
latest of each; they are the hub's own bookkeeping and never travel in member bundles.
Nothing personal is kept: no teacher is named, no e-mail, no self-assessment, no
observation note, no survey comment (docs/territory.md).

On an advisor's or teacher's laptop the tables exist and stay empty.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Boolean, Float, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from minga.store.models import ID, Base, clock_now


class TerritoryAdvisor(Base):
    """An advisor the coordinator accepted (fingerprint read aloud), and her keys."""

    __tablename__ = "territory_advisors"

    person_id: Mapped[str] = mapped_column(ID, primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    signing_key: Mapped[str] = mapped_column(String(128))
    encryption_key: Mapped[str] = mapped_column(String(128))
    # pending: introduced by a report or an invitation, not accepted yet; active; removed.
    status: Mapped[str] = mapped_column(String(16), default="active")
    accepted_at: Mapped[dt.datetime | None]


class TerritoryNetwork(Base):
    """One microcentre as its advisor last reported it."""

    __tablename__ = "territory_networks"

    microcentre_id: Mapped[str] = mapped_column(ID, primary_key=True)
    advisor_id: Mapped[str] = mapped_column(ID, index=True)
    name: Mapped[str] = mapped_column(String(200))
    region: Mapped[str] = mapped_column(String(120), default="")
    commune: Mapped[str] = mapped_column(String(120), default="")
    annual_focus: Mapped[str] = mapped_column(String(500), default="")
    annual_goal_practices: Mapped[int] = mapped_column(Integer, default=7)
    schools: Mapped[int] = mapped_column(Integer, default=0)
    teachers: Mapped[int] = mapped_column(Integer, default=0)
    # The report bundle that last wrote this network, and when it was made (the newest
    # report wins; an older one arriving later changes nothing).
    report_id: Mapped[str] = mapped_column(ID)
    reported_at: Mapped[dt.datetime]
    received_at: Mapped[dt.datetime] = mapped_column(default=clock_now)


class TerritoryFigure(Base):
    """One indicator of one network in one school year: numerator over denominator."""

    __tablename__ = "territory_figures"

    microcentre_id: Mapped[str] = mapped_column(ID, primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(32), primary_key=True)
    numerator: Mapped[int] = mapped_column(Integer, default=0)
    denominator: Mapped[int] = mapped_column(Integer, default=0)


class TerritorySession(Base):
    """A monthly session of a network: when, how long, how, and how many came."""

    __tablename__ = "territory_sessions"
    __table_args__ = (Index("ix_territory_sessions_network_year", "microcentre_id", "year"),)

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    microcentre_id: Mapped[str] = mapped_column(ID)
    year: Mapped[int] = mapped_column(Integer)
    date: Mapped[dt.date]
    hours: Mapped[float] = mapped_column(Float, default=0.0)
    modality: Mapped[str] = mapped_column(String(16), default="in_person")
    held: Mapped[bool] = mapped_column(Boolean, default=False)
    present: Mapped[int] = mapped_column(Integer, default=0)
    expected: Mapped[int] = mapped_column(Integer, default=0)
    practices_presented: Mapped[int] = mapped_column(Integer, default=0)


class TerritoryPractice(Base):
    """A practice its author shared with her network, as the territory's library shows it.

    Searched like the network's library: FTS5 (`territory_practice_fts`) on SQLite, a
    stored tsvector (`search_document`, unmapped) with unaccent on PostgreSQL."""

    __tablename__ = "territory_practices"
    __table_args__ = (Index("ix_territory_practices_network_year", "microcentre_id", "year"),)

    pk: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    id: Mapped[str] = mapped_column(ID, unique=True)
    microcentre_id: Mapped[str] = mapped_column(ID)
    year: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    multigrade_strategy: Mapped[str] = mapped_column(Text, default="")
    subjects: Mapped[list[str]] = mapped_column(default=list)
    levels: Mapped[list[str]] = mapped_column(default=list)
    oa_codes: Mapped[list[str]] = mapped_column(default=list)
    school_name: Mapped[str] = mapped_column(String(200), default="")
    presented_on: Mapped[dt.date | None]
    version: Mapped[str] = mapped_column(String(64))


class TerritoryReportLog(Base):
    """Each territory report received (or refused), for the hub's history."""

    __tablename__ = "territory_reports"

    report_id: Mapped[str] = mapped_column(ID, primary_key=True)
    advisor_id: Mapped[str] = mapped_column(ID, index=True)
    created_at: Mapped[dt.datetime]
    received_at: Mapped[dt.datetime] = mapped_column(default=clock_now)
    path: Mapped[str] = mapped_column(Text, default="")
    summary: Mapped[dict[str, Any]] = mapped_column(default=dict)


TERRITORY_MODELS = (
    TerritoryAdvisor,
    TerritoryNetwork,
    TerritoryFigure,
    TerritorySession,
    TerritoryPractice,
    TerritoryReportLog,
)
