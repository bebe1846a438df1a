"""The demo follows the school year's rules: a year plan per year, sessions numbered by
date, 7 to 10 a year and none in a break, actas approved at the next session,
agreements (most done by then), a rotating coordinator and guest presenters. Checked on
the clock's own day and on other days of the year (dates relative to the clock)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select

from minga.core.clock import FixedClock
from minga.core.workspace import Workspace
from minga.domain import school_year as sy
from minga.services.demo import generate_demo, parse_scale
from minga.services.sessions import SessionService
from minga.services.year import AgreementService, YearService
from minga.store.models import MicrocentreSession, Presentation


@pytest.mark.parametrize("shift", [0, 95, 200])
def test_the_demo_year_follows_the_rules(tmp_path: Path, clock, shift: int) -> None:
    start = clock.now() + dt.timedelta(days=shift)
    with Workspace(tmp_path / "demo", clock=FixedClock(start)) as ws:
        generate_demo(ws, scale=parse_scale("small"), seed=3, as_role="advisor")
        today = ws.clock.today()
        sessions = SessionService(ws.db).list_sessions()
        years = sorted({s.date.year for s in sessions})
        for year in years:
            plan = YearService(ws.db).get(year)
            assert plan.confirmed, year
            assert plan.focus
            of_year = [s for s in sessions if s.date.year == year]
            assert [s.number for s in of_year] == list(range(1, len(of_year) + 1))
            assert len(of_year) <= 10
            for s in of_year:
                assert plan.calendar.starts_on <= s.date, s
                assert not any(b.covers(s.date) for b in plan.calendar.breaks), s
        complete = [y for y in years if YearService(ws.db).get(y).calendar.ends_on < today]
        for year in complete:
            assert 7 <= len([s for s in sessions if s.date.year == year]) <= 10
        held = [s for s in sessions if s.status == "held"]
        assert held
        assert all(s.date < today for s in held)
        service = SessionService(ws.db)
        details = [service.get(s.id) for s in held]
        assert len({d.coordinator_id for d in details}) >= 3
        approved = [d for d in details[:-1] if d.minutes_approved_on is not None]
        assert len(approved) >= len(details) - 3
        agreements = AgreementService(ws.db).list()
        assert {a.session_id for a in agreements} == {s.id for s in held}
        assert any(a.done_on is not None for a in agreements)
        assert any(a.responsible_id is None for a in agreements)
        assert any(a.responsible_id is not None for a in agreements)
        with ws.db.session() as session:
            guests = session.execute(
                select(
                    Presentation.guest_name,
                    Presentation.guest_institution,
                    MicrocentreSession.status,
                )
                .join(MicrocentreSession, MicrocentreSession.id == Presentation.session_id)
                .where(Presentation.presenter_id.is_(None))
            ).all()
        assert guests
        assert all(name and institution for name, institution, _ in guests)
        assert {status for *_x, status in guests} == {"held"}
        assert YearService(ws.db).get(years[-1]).goal == sy.DEFAULT_GOAL
