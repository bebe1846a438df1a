"""The hub's territory view on both databases: networks side by side, the territory's
totals as sums of numerators over sums of denominators, and the library's search."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from minga.core.workspace import Workspace
from minga.domain.cycle_rules import Ratio
from minga.domain.errors import NotFoundError
from minga.services.territory import TerritoryService
from tests.support import territory_hub
from tests.support.postgres import BACKENDS, backend, db_url, new_db_url, pg_cluster  # noqa: F401

pytestmark = pytest.mark.parametrize("backend", BACKENDS, indirect=True)


@pytest.fixture
def hub(data_dir: Path, db_url: str | None) -> Iterator[TerritoryService]:  # noqa: F811
    ws = Workspace(data_dir, db_url=db_url)
    territory_hub.fill(ws.db, networks=4, years=(2025, 2026))
    yield TerritoryService(ws.db)
    ws.close()


def test_networks_side_by_side_and_the_territory_totals(hub: TerritoryService) -> None:
    assert hub.years() == [2026, 2025]
    rows = hub.networks(2026)
    assert [r.name for r in rows] == sorted(r.name for r in rows)
    assert len(rows) == 4
    by_id = {r.microcentre_id: r for r in rows}
    first = by_id["mc-001"]
    assert first.advisor_name == "Rodrigo Tapia"
    assert first.commune == "Chanco"
    assert (first.sessions_held, first.sessions_planned, first.hours) == (3, 4, 6.0)
    assert first.attendance == Ratio(15, 18)
    assert first.practices_shared == 2
    assert first.indicators["attendance"] == Ratio(11, 14)
    assert list(first.indicators) == ["attendance", "practices_shared", "adoption", "useful"]

    totals = hub.totals(2026)
    # Sums of numerators over sums of denominators, never a mean of the rates.
    assert totals.indicators["attendance"] == Ratio(10 + 11 + 12 + 13, 12 + 14 + 16 + 18)
    assert totals.indicators["useful"] == Ratio(0 + 1 + 2 + 3, 4 + 5 + 6 + 7)
    assert totals.indicators["practices_shared"] == Ratio(2 + 3 + 4 + 5, 28)
    assert (totals.networks, totals.advisors, totals.sessions_held) == (4, 2, 12)
    assert totals.hours == 24.0
    assert totals.practices_shared == 8
    assert totals.attendance == Ratio(60, 72)
    assert hub.networks(2019) == []
    assert hub.totals(2019).indicators == {}


def test_the_library_searches_every_word_as_a_prefix_accents_ignored(
    hub: TerritoryService,
) -> None:
    everything = hub.search("")
    assert everything.total == 16
    assert everything.rows[0].year == 2026
    found = hub.search("resolucion problem")
    assert found.total == 4
    assert {r.title.split(" (")[0] for r in found.rows} == {
        "Resolución de problemas con material concreto"
    }
    assert hub.search("huerto", year=2025).total == 2
    assert hub.search("TUTORÍA pares").total == 16  # the multigrade strategy is indexed
    assert hub.search("caleta").rows[0].network.startswith("Microcentro")
    assert hub.search("nadaquever").total == 0
    # Punctuation and search operators are plain text.
    assert hub.search('"huerto" -* (').total == 4
    page = hub.search("", limit=5, offset=15)
    assert (page.total, len(page.rows)) == (16, 1)


def test_a_practice_in_detail_and_one_that_is_not_there(hub: TerritoryService) -> None:
    detail = hub.practice("mc-002-p-2026-1")
    assert detail.title.startswith("Resolución de problemas")
    assert detail.network == "Microcentro Cauquenes 3"
    assert detail.advisor_name == "Carolina Fuentes"
    assert detail.levels == ["1B", "2B"]
    assert detail.oa_codes == ["LE01 OA 04"]
    assert detail.multigrade_strategy
    with pytest.raises(NotFoundError):
        hub.practice("nope")


def test_a_search_counts_from_the_index_the_same_practices_it_pages_through(
    hub: TerritoryService,
) -> None:
    from sqlalchemy import text

    from minga.store import search

    for typed, year in (("huerto", None), ("huerto", 2025), ("resolucion problem", 2026)):
        found = hub.search(typed, limit=3, year=year)
        everything = hub.search(typed, limit=1000, year=year).rows
        assert found.total == len(everything) > 0
        assert found.rows == everything[:3]
    assert hub.search("huerto", year=2019).total == 0
    with hub.db.session() as session:
        assert search.count_matching_territory_practices(session, "a") is None
        assert search.count_matching_territory_practices(session, "huerto", 2026) == 2
        if hub.db.engine.dialect.name == "postgresql":
            # The table scan is off for the count only, not for what the session does next.
            assert session.execute(text("SHOW enable_seqscan")).scalar_one() == "on"
            # The search's count and page under one: the count leaves it off for the page.
            with search.no_table_scan(session):
                search.count_matching_territory_practices(session, "huerto")
                assert session.execute(text("SHOW enable_seqscan")).scalar_one() == "off"
                plan = " ".join(
                    session.execute(
                        text(
                            "EXPLAIN SELECT id FROM territory_practices WHERE "
                            "territory_practices.search_document @@ minga_practice_query('h:*')"
                        )
                    ).scalars()
                )
                assert "Seq Scan" not in plan
            assert session.execute(text("SHOW enable_seqscan")).scalar_one() == "on"


def test_the_coordinators_glance_at_her_territory(hub: TerritoryService) -> None:
    import datetime as dt

    from minga.mail.models import IMPORTED, REVIEW, WAITING, InboxMessage
    from minga.store.territory_models import TerritoryAdvisor, TerritoryReportLog

    empty = hub.glance(dt.date(2026, 6, 1))
    assert (empty.year, empty.networks_reporting, empty.networks_total) == (2026, 4, 4)
    assert empty.last_report is None
    assert (empty.reports_waiting, empty.reports_refused, empty.advisors_pending) == (0, 0, 0)
    assert empty.totals is not None
    assert empty.totals.sessions_held == 12

    received = dt.datetime(2026, 5, 30, 14, 5, tzinfo=dt.UTC)
    with hub.db.session() as session:
        for number, moment in ((1, received - dt.timedelta(days=3)), (2, received)):
            session.add(
                TerritoryReportLog(
                    report_id=f"r-{number}",
                    advisor_id="adv-1",
                    created_at=moment,
                    received_at=moment,
                    summary={"advisor": "Carolina Fuentes", "imported": [f"Red {number}"]},
                )
            )
        for number, status in enumerate((WAITING, REVIEW, REVIEW, IMPORTED)):
            session.add(InboxMessage(message_id=f"<m{number}@x>", status=status))
        session.add(
            TerritoryAdvisor(
                person_id="adv-9",
                name="Nueva",
                signing_key="s",
                encryption_key="e",
                status="pending",
            )
        )
        session.commit()

    glance = hub.glance(dt.date(2026, 6, 1))
    assert glance.last_report is not None
    assert glance.last_report.advisor_name == "Carolina Fuentes"
    assert glance.last_report.networks == ["Red 2"]
    assert glance.last_report.received_at == received
    assert (glance.reports_waiting, glance.reports_refused, glance.advisors_pending) == (1, 2, 1)
    # Before any network reported the new school year: the newest one reported.
    early = hub.glance(dt.date(2027, 3, 1))
    assert (early.year, early.current_year, early.networks_reporting) == (2026, 2027, 4)
    # A hub nothing reached yet.
    assert hub.glance(dt.date(2010, 3, 1)).year is None
