"""`minga demo --scale territory`: a synthetic territory straight into the hub's tables, on
SQLite and on PostgreSQL (the session's throwaway cluster, tests/support/postgres.py):
counts, figures that agree with the sessions and practices, search, determinism."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select, text

from minga.core.clock import FixedClock
from minga.core.identity import current_actor
from minga.core.workspace import Workspace
from minga.domain.errors import MingaError
from minga.domain.validation import fold
from minga.services.demo import REFERENCE_TODAY
from minga.services.demo_territory import (
    DEMO_TERRITORY,
    generate_territory,
    school_year_of,
    session_dates,
)
from minga.services.setup import SetupInput, initialize
from minga.services.territory import TerritoryService
from minga.store import search
from minga.store.territory_models import (
    TERRITORY_MODELS,
    TerritoryAdvisor,
    TerritoryFigure,
    TerritoryNetwork,
    TerritoryPractice,
    TerritorySession,
)
from tests.conftest import Cli
from tests.support.postgres import backend, new_db_url, pg_cluster  # noqa: F401

TODAY = REFERENCE_TODAY  # 20 November 2026: the December sessions are still planned


def make(folder: Path, url: str | None, **kwargs):
    with Workspace(folder, clock=FixedClock(TODAY), db_url=url) as ws:
        return generate_territory(ws, networks=4, years=3, **kwargs)


def territory_search(ws: Workspace, words: str) -> list[str]:
    """Titles of the territory's practices matching `words`, as the hub's library searches."""
    with ws.db.session() as session:
        dialect = session.get_bind().dialect.name
        if dialect == "postgresql":
            found = session.execute(
                text(
                    "SELECT title FROM territory_practices"
                    " WHERE search_document @@ minga_practice_query(:q)"
                ),
                {"q": search.ts_query(words)},
            )
        else:
            found = session.execute(
                text(
                    "SELECT p.title FROM territory_practice_fts"
                    " JOIN territory_practices AS p ON p.pk = territory_practice_fts.rowid"
                    " WHERE territory_practice_fts MATCH :q"
                ),
                {"q": search.fts_query(words)},
            )
        return list(found.scalars())


def test_a_small_territory_on_either_database(
    tmp_path: Path,
    backend: str,  # noqa: F811
    new_db_url: Callable[..., str | None],  # noqa: F811
) -> None:
    url = new_db_url()
    report = make(tmp_path / "data", url)
    assert report.networks == 4
    assert report.advisors == 2
    assert report.years == [2024, 2025, 2026]
    assert report.sessions == 4 * 3 * 10
    assert report.figures == 4 * 3 * 9
    with Workspace(tmp_path / "data", clock=FixedClock(TODAY), db_url=url) as ws:
        with ws.db.session() as session:
            actor = current_actor(session)
            assert (actor.role, actor.microcentre_id) == ("coordinator", None)
            networks = session.scalars(select(TerritoryNetwork)).all()
            advisors = {a.person_id for a in session.scalars(select(TerritoryAdvisor))}
            assert {n.advisor_id for n in networks} == advisors
            assert len({n.name for n in networks}) == 4
            sessions = session.scalars(select(TerritorySession)).all()
            practices = session.scalars(select(TerritoryPractice)).all()
            figures = session.scalars(select(TerritoryFigure)).all()
            assert len(practices) == report.practices
            assert report.sessions_held == sum(s.held for s in sessions)
        # Sessions after today are planned; December's of 2026 among them.
        assert all(s.held is False for s in sessions if s.date > TODAY)
        assert any(s.date.month == 12 and s.year == 2026 for s in sessions)
        by_year: dict[tuple[str, int], dict[str, tuple[int, int]]] = defaultdict(dict)
        for f in figures:
            by_year[f.microcentre_id, f.year][f.key] = (f.numerator, f.denominator)
        for (network, year), keys in by_year.items():
            held = [s for s in sessions if (s.microcentre_id, s.year) == (network, year) and s.held]
            shared = [p for p in practices if (p.microcentre_id, p.year) == (network, year)]
            present = sum(s.present for s in held)
            assert keys["attendance"] == (present, sum(s.expected for s in held))
            assert keys["practices_shared"] == (len(shared), 7)
            assert sum(s.practices_presented for s in held) == len(shared)
            assert keys["adoption"][1] == present
            for key, (numerator, denominator) in keys.items():
                assert 0 <= numerator <= denominator or key == "practices_shared", key
            # Every practice was presented at one of the year's sessions held.
            held_days = {s.date for s in held}
            assert all(p.presented_on in held_days for p in shared)
            assert 7 <= len(shared) <= 15 or year == 2026
        # A full year's practices: 7 to 15 per network.
        for network in networks:
            count = sum(
                1 for p in practices if (p.microcentre_id, p.year) == (network.microcentre_id, 2025)
            )
            assert 7 <= count <= 15
        # The library finds a known title, accents and capitals aside, and the hub's view
        # reads the territory.
        title = practices[0].title
        assert title in territory_search(ws, title)
        assert title in territory_search(ws, fold(title).upper())
        hub = TerritoryService(ws.db)
        assert title in [row.title for row in hub.search(fold(title), limit=200).rows]
        assert hub.territory_name() == DEMO_TERRITORY
        assert hub.years() == [2026, 2025, 2024]
        totals = hub.totals(2025)
        assert totals.networks == 4
        assert totals.present == sum(s.present for s in sessions if s.year == 2025 and s.held)
        assert totals.practices_shared == sum(1 for p in practices if p.year == 2025)


def test_same_seed_and_day_give_the_same_rows(tmp_path: Path) -> None:
    def digest(folder: Path) -> str:
        hasher = hashlib.sha256()
        with Workspace(folder) as ws, ws.db.engine.connect() as conn:
            for model in TERRITORY_MODELS:
                table = model.__tablename__
                key = "person_id" if model is TerritoryAdvisor else "1, 2, 3"
                for row in conn.execute(text(f"SELECT * FROM {table} ORDER BY {key}")):
                    hasher.update(repr(tuple(row)).encode())
        return hasher.hexdigest()

    make(tmp_path / "a", None, seed=7)
    make(tmp_path / "b", None, seed=7)
    make(tmp_path / "c", None, seed=8)
    assert digest(tmp_path / "a") == digest(tmp_path / "b") != digest(tmp_path / "c")


def test_a_folder_with_records_or_a_territory_is_refused(tmp_path: Path) -> None:
    make(tmp_path / "demo", None)
    with pytest.raises(MingaError):
        make(tmp_path / "demo", None)
    with Workspace(tmp_path / "own") as ws:
        initialize(
            ws.db, SetupInput(role="advisor", name="Rosa Catrileo", microcentre="Los Copihues")
        )
    with pytest.raises(MingaError):
        make(tmp_path / "own", None)
    with Workspace(tmp_path / "own") as ws, ws.db.session() as session:
        assert session.execute(select(TerritoryNetwork).limit(1)).first() is None


def test_school_years_and_session_days() -> None:
    assert school_year_of(dt.date(2027, 2, 10)) == 2026
    assert school_year_of(dt.date(2027, 3, 1)) == 2027
    days = session_dates(2026, 2)
    assert len(days) == 10
    assert [d.month for d in days] == list(range(3, 13))
    assert all(d.weekday() == 2 for d in days)
    assert dt.date(2026, 9, 18) not in days


def test_the_command_line_makes_the_whole_territory(cli: Cli) -> None:
    done = cli("demo", "--scale", "territory", lang="es")
    assert done.returncode == 0, done.stderr
    assert "60 microcentros" in done.stdout
    with Workspace(cli.data_dir) as ws, ws.db.session() as session:
        assert session.execute(text("SELECT count(*) FROM territory_networks")).scalar() == 60
        years = session.execute(text("SELECT count(DISTINCT year) FROM territory_figures")).scalar()
        assert years == 10
        practices = session.execute(text("SELECT count(*) FROM territory_practices")).scalar()
        assert 60 * 9 * 7 <= practices <= 60 * 10 * 15
    again = cli("demo", "--scale", "territory", lang="es")
    assert again.returncode == 2
    assert "ya tiene datos de demostración" in again.stderr
